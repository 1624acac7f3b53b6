"""Message catalogues (locales/*.toml) and dates in the reader's language (Babel)."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, get_timezone_location

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
def when(moment: datetime, lang: str, zone: ZoneInfo, named: bool = False) -> str:
    """A moment as people say it, in `zone`: « vendredi 12 mars à 10 h », "Friday, March 12
    at 10 AM"; with `named`, the zone is said too (`in_zone`)."""
    local = moment.astimezone(zone)
    pattern = text(lang, "when.on_the_hour" if local.minute == 0 else "when.with_minutes")
    said = str(format_datetime(local, pattern, tzinfo=zone, locale=LOCALES.get(lang, "en_US")))
    return in_zone(said, lang, zone) if named else said


def weekly(moment: datetime, lang: str, zone: ZoneInfo) -> str:
    """The weekday and hour of `moment` in `zone` as a weekly habit: "Wednesdays at 4 PM",
    « le mercredi à 16 h » (patterns `when.weekly_*` of the catalogue, Babel/CLDR)."""
    local = moment.astimezone(zone)
    key = "when.weekly_on_the_hour" if local.minute == 0 else "when.weekly_with_minutes"
    pattern = text(lang, key)
    return str(format_datetime(local, pattern, tzinfo=zone, locale=LOCALES.get(lang, "en_US")))


def in_zone(moment: str, lang: str, zone: ZoneInfo) -> str:
    """A moment already written in `zone`, followed by the zone's name as people say it,
    by its exemplar city in CLDR (Babel): "… at 10 AM New York time", « … à 10 h, heure de
    Montréal »."""
    city = str(get_timezone_location(zone, locale=LOCALES.get(lang, "en_US"), return_city=True))
    # French elides before a vowel (« heure d'Abidjan »); English has no such form.
    elides = city[:1].lower() in _VOWELS and "in_zone_elided" in catalogue(lang)["when"]
    return text(lang, "when.in_zone_elided" if elides else "when.in_zone", moment=moment, city=city)


_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûü")


def day(value: date, lang: str) -> str:
    """A date as people write it in a letter or say it (« mardi 1er décembre », "Tuesday,
    December 1"): French writes the first of the month as an ordinal."""
    if lang != "fr":
        return str(format_date(value, "EEEE, MMMM d", locale="en_US"))
    number = "1er" if value.day == 1 else str(value.day)
    weekday, month = (str(format_date(value, p, locale=LOCALES["fr"])) for p in ("EEEE", "MMMM"))
    return f"{weekday} {number} {month}"
