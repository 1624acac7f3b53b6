"""The emails clients read: subject, text and HTML rendered from per-language templates.

Templates live in `locales/<lang>/mail/<name>.subject.txt`, `<name>.txt` and `<name>.html`
(Jinja2; the HTML ones are autoescaped). Dates are written with Babel the way people write
them: « vendredi 4 décembre à 10 h », "Friday, December 4 at 10:00 AM".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from babel.dates import format_date, format_datetime

from boundaries.i18n import LANGUAGES, LOCALES

EN_MOMENT = "EEEE, MMMM d 'at' h:mm a"
EN_DAY = "EEEE, MMMM d"


@dataclass(frozen=True)
class Letter:
    """One email's words: a one-line subject, a plain-text body and its HTML twin."""

    subject: str
    text: str
    html: str


@cache
def _environment() -> jinja2.Environment:
    root = resources.files("boundaries.locales")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root)),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env


def moment(at: datetime, lang: str, zone: ZoneInfo) -> str:
    """A moment in the reader's words, in the consultant's zone (« vendredi 4 décembre à 10 h »)."""
    local = at.astimezone(zone)
    if lang != "fr":
        return str(format_datetime(local, EN_MOMENT, tzinfo=zone, locale="en_US"))
    hour = f"{local.hour} h" + (f" {local.minute:02d}" if local.minute else "")
    return f"{day(at, lang, zone)} à {hour}"


def day(at: datetime, lang: str, zone: ZoneInfo) -> str:
    """A day in the reader's words (« mardi 1 décembre », "Tuesday, December 1")."""
    local = at.astimezone(zone).date()
    if lang != "fr":
        return str(format_date(local, EN_DAY, locale="en_US"))
    # French writes the first of the month as an ordinal: « mardi 1er décembre ».
    number = "1er" if local.day == 1 else str(local.day)
    weekday, month = (str(format_date(local, p, locale=LOCALES["fr"])) for p in ("EEEE", "MMMM"))
    return f"{weekday} {number} {month}"


def render(name: str, lang: str, **context: Any) -> Letter:
    """Render the `name` letter ("reply", "agenda") in `lang` ("fr" or "en", else English).

    Raises `jinja2.TemplateNotFound` when the templates are missing from the installation.
    """
    lang = lang if lang in LANGUAGES else "en"
    env = _environment()
    subject = env.get_template(f"{lang}/mail/{name}.subject.txt").render(**context)
    text = env.get_template(f"{lang}/mail/{name}.txt").render(**context)
    html = env.get_template(f"{lang}/mail/{name}.html").render(**context)
    # Templates mark paragraphs generously; a letter never has two blank lines in a row.
    text = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", text))
    return Letter(" ".join(subject.split()), text.strip() + "\n", html.strip() + "\n")
