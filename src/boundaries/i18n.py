"""Message catalogues (locales/*.toml) and dates in the reader's language (Babel)."""

from __future__ import annotations

import tomllib
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

LANGUAGES = ("fr", "en")
LOCALES = {"fr": "fr_FR", "en": "en_US"}


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """The catalogue of a language ("fr" or "en"; anything else reads English)."""
    name = lang if lang in LANGUAGES else "en"
    text = resources.files("boundaries.locales").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def text(lang: str, key: str, **values: object) -> str:
    """A message such as "voice.greeting", filled with `values`."""
    section, _, name = key.partition(".")
    template: str = catalogue(lang)[section][name]
    return template.format(**values)


@cache
def when(moment: datetime, lang: str, zone: ZoneInfo) -> str:
    """A moment as people say it: « vendredi 12 mars à 10 h », "Friday, March 12 at 10 AM"."""
    local = moment.astimezone(zone)
    pattern = text(lang, "when.on_the_hour" if local.minute == 0 else "when.with_minutes")
    return str(format_datetime(local, pattern, tzinfo=zone, locale=LOCALES.get(lang, "en_US")))
