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

from boundaries.i18n import day as local_day
from boundaries.i18n import in_zone, written
from boundaries.languages import LANGUAGES

EN_MOMENT = "EEEE, MMMM d 'at' h:mm a"


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


def moment(at: datetime, lang: str, zone: ZoneInfo, named: bool = False) -> str:
    """A moment in the reader's words, in `zone` (« vendredi 4 décembre à 10 h »); with
    `named`, the zone's name follows ("… at 10:00 AM Eastern Time": `i18n.in_zone`)."""
    local = at.astimezone(zone)
    if lang != "fr":
        said = written(local, EN_MOMENT, "en", zone)
    else:
        hour = f"{local.hour} h" + (f" {local.minute:02d}" if local.minute else "")
        said = f"{day(at, lang, zone)} à {hour}"
    return in_zone(said, lang if lang in LANGUAGES else "en", zone) if named else said


def day(at: datetime, lang: str, zone: ZoneInfo) -> str:
    """The day of `at` in `zone`, in the reader's words (« mardi 1er décembre », "Tuesday,
    December 1": `i18n.day`)."""
    return local_day(at.astimezone(zone).date(), lang)


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
