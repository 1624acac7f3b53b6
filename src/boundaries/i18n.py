"""Message catalogues (locales/*.toml) and dates in the reader's language (Babel)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from babel.core import Locale, get_global
from babel.dates import (
    format_date,
    format_datetime,
    get_day_names,
    get_timezone_location,
    get_timezone_name,
)

from boundaries.languages import LANGUAGES

LOCALES = {"fr": "fr_FR", "en": "en_US"}


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """The catalogue of a language ("fr" or "en"; anything else reads English)."""
    name = lang if lang in LANGUAGES else "en"
    text = resources.files("boundaries.locales").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def mail_word(lang: str, country: str | None) -> str:
    """The word for an email a client of `country` (ISO 3166) reads or hears in `lang`: the
    catalogue's `[words] email`, or its regional form `email_<country>` where it has one
    (« courriel » in Québec, where « e-mail » reads as France's: trial51 §12)."""
    words: dict[str, str] = catalogue(lang).get("words", {})
    return words.get(f"email_{country}", words.get("email", "email"))


@cache
def messages(name: str, lang: str) -> dict[str, Any]:
    """The catalogue locales/<lang>/<name>.toml ("accounts", …) of a language ("fr" or "en";
    anything else reads English)."""
    chosen = lang if lang in LANGUAGES else "en"
    path = resources.files("boundaries.locales").joinpath(chosen, f"{name}.toml")
    return tomllib.loads(path.read_text("utf-8"))


def said(catalogue: str, lang: str, key: str, /, **values: object) -> str:
    """The message `key` ("section.name") of the catalogue locales/<lang>/<catalogue>.toml in
    `lang`, filled with `values`; a whole number written `{n:event|events}` takes the word
    in its grammatical number (`counted`)."""
    section, _, entry = key.partition(".")
    template: str = messages(catalogue, lang)[section][entry]
    return template.format(**counted(lang, values))


def text(lang: str, key: str, **values: object) -> str:
    """A message such as "voice.greeting", filled with `values` (counts as in `said`)."""
    section, _, name = key.partition(".")
    template: str = catalogue(lang)[section][name]
    return template.format(**counted(lang, values))


class _Counted(int):
    """A whole number that `{n:word|words}` writes as the word in its grammatical number by
    Babel's CLDR plural rules (the first form for "one", the last for any other); `{n}` and
    every other format spec as the number itself."""

    lang: str = "en"

    def __format__(self, spec: str) -> str:
        if "|" not in spec:
            return int.__format__(int(self), spec)
        forms = spec.split("|")
        one = Locale.parse(LOCALES.get(self.lang, "en_US")).plural_form(int(self)) == "one"
        return forms[0] if one else forms[-1]


class _Named(str):
    """A name that `{name:de}` writes after French « de », elided before a vowel or a mute h
    (« la ligne d'Éloïse », « la ligne de Claire »; trial49 §2); `{name}` and every other
    format spec as the name itself."""

    def __format__(self, spec: str) -> str:
        if spec == "de":
            return f"d'{self}" if elides(self, mute_h=True) else f"de {self}"
        return str.__format__(str(self), spec)


def elides(word: str, mute_h: bool = False) -> bool:
    """Whether French elides « de », « le » before `word`: it starts with a vowel (accented
    or not), or with an h when `mute_h` (a person's name: « d'Hélène »; a place keeps its h
    aspirated: « heure de Hong Kong »)."""
    first = word[:1].lower()
    return first in _VOWELS or (mute_h and first == "h")


_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")


def number(value: int, lang: str = "en") -> int:
    """`value` as a whole number an f-string writes with its word in `lang`'s grammatical
    number: f"{number(n):notification|notifications}" (`_Counted`), for the English-only
    texts of `/healthz` and the logs."""
    counted_ = _Counted(value)
    counted_.lang = lang if lang in LOCALES else "en"
    return counted_


def counted(lang: str, values: dict[str, object]) -> dict[str, object]:
    """`values` with each whole number (not a bool) made a `_Counted` in `lang`: « 1 nouvel
    événement », « 163 nouveaux événements » from one message (trial46: « 163 nouvel(s)
    événement(s) »)."""
    out: dict[str, object] = {}
    for name, value in values.items():
        if isinstance(value, int) and not isinstance(value, bool):
            out[name] = number(value, lang)
        elif type(value) is str:
            out[name] = _Named(value)
        else:
            out[name] = value
    return out


VOICE_ACCENTS = {
    ("en", "GB"): "en-GB",
    ("en", "IE"): "en-GB",
    ("en", "AU"): "en-AU",
    ("en", "NZ"): "en-AU",
    ("en", "CA"): "en-CA",
    ("en", "IN"): "en-IN",
    ("fr", "CA"): "fr-CA",
}
"""The `language` a caller of a country hears `<Say>` speak, where the provider's voices have
its accent (Twilio, TwiML `<Say>`: en-AU, en-CA, en-GB, en-IN, en-US, fr-CA, fr-FR among the
languages every voice speaks); Ireland and New Zealand hear the nearest one."""


def voice_language(lang: str, country: str | None = None) -> str:
    """The `language` attribute of TwiML `<Say>` for a caller speaking `lang` ("fr"/"en") in
    `country` (ISO 3166, e.g. the client's `Client.country`; None: unknown): the country's
    accent where there is one (`VOICE_ACCENTS`), else the catalogue's (`voice.language`:
    en-US, fr-FR). A London client was greeted in American English (trial45 B8)."""
    return VOICE_ACCENTS.get((lang, (country or "").upper())) or text(lang, "voice.language")


def written(value: date | datetime, pattern: str, lang: str, zone: ZoneInfo | None = None) -> str:
    """`value` written with the CLDR `pattern` (Babel) in `lang`, a moment in `zone`, the first
    of the month as French writes it: « mardi 1er décembre », « 1er déc. » (Imprimerie
    nationale's rule; CLDR writes « 1 »). Every date of every screen, letter, greeting and
    notification goes through here, so none writes « 1 décembre »."""
    locale = LOCALES.get(lang, "en_US")
    if isinstance(value, datetime):
        local = value.astimezone(zone) if zone is not None else value
        if lang == "fr" and local.day == 1:
            pattern = _first_as_ordinal(pattern)
        return str(format_datetime(local, pattern, tzinfo=zone or local.tzinfo, locale=locale))
    if lang == "fr" and value.day == 1:
        pattern = _first_as_ordinal(pattern)
    return str(format_date(value, pattern, locale=locale))


_DAY_FIELD = re.compile(r"(?<!d)d(?!d)")


def _first_as_ordinal(pattern: str) -> str:
    """`pattern` with its day-of-month field (a lone `d`, outside quoted text) written
    « 1er »: CLDR patterns quote literal text between apostrophes."""
    parts = pattern.split("'")
    parts[::2] = [_DAY_FIELD.sub("'1er'", p) for p in parts[::2]]
    return "'".join(parts)


@cache
def when(
    moment: datetime,
    lang: str,
    zone: ZoneInfo,
    named: bool = False,
    said_in: date | None = None,
) -> str:
    """A moment as people say it, in `zone`: « vendredi 12 mars à 10 h », « mardi 1er
    décembre à 16 h », "Friday, March 12 at 10 AM"; with `named`, the zone is said too
    (`in_zone`); with `said_in` (the day it is said), the year too when it is another one
    (« vendredi 12 décembre 2036 à 10 h »)."""
    local = moment.astimezone(zone)
    key = "when.on_the_hour" if local.minute == 0 else "when.with_minutes"
    if said_in is not None and local.year != said_in.year:
        key += "_year"
    pattern = text(lang, key)
    said = written(local, pattern, lang, zone)
    return in_zone(said, lang, zone) if named else said


def weekly(moment: datetime, lang: str, zone: ZoneInfo) -> str:
    """The weekday and hour of `moment` in `zone` as a weekly habit: "Wednesdays at 4 PM",
    « le mercredi à 16 h » (patterns `when.weekly_*` of the catalogue, Babel/CLDR)."""
    local = moment.astimezone(zone)
    key = "when.weekly_on_the_hour" if local.minute == 0 else "when.weekly_with_minutes"
    pattern = text(lang, key)
    return str(format_datetime(local, pattern, tzinfo=zone, locale=LOCALES.get(lang, "en_US")))


REGION_NAMED = frozenset(
    {
        "America_Eastern",
        "America_Central",
        "America_Mountain",
        "America_Pacific",
        "Atlantic",
        "Newfoundland",
        "Alaska",
        "Hawaii_Aleutian",
    }
)
"""CLDR metazones that people name a time by rather than by a city: North America's
("Eastern Time", « heure de l'Est »). A city would be wrong there: CLDR's exemplar city of
America/Toronto, the zone of every Québec number (phonenumbers) and the target of the alias
America/Montreal, is Toronto, and a Montréal client is not told « heure de l'Est »."""
REGION_LOCALES = {"fr": "fr_CA", "en": "en_US"}
"""The locale whose names of those metazones people use: Canadian French (« heure de
l'Est », where France's French says « heure de l'Est nord-américain »)."""


def recurring(moment: datetime, following: datetime | None, lang: str, zone: ZoneInfo) -> str:
    """A standing call as a habit, from its next start `moment` and the start of the one
    after `following` on the same weekday and hour: "Wednesdays at 4 PM" (`weekly`) when a
    week apart; else how often and when next: "every 2 weeks, next on Tuesday, December 8 at
    8:30 AM", « une fois par mois, le prochain le vendredi 25 décembre à 8 h 30 » (catalogue
    `when.every_weeks`, `when.monthly`, `when.next_only`). A monthly or fortnightly call said
    "Tuesdays" promised the client four times the calls (trial50 §6)."""
    if following is None:
        return text(lang, "when.next_only", moment=when(moment, lang, zone))
    days = (following - moment).days
    if days <= 7:
        return weekly(moment, lang, zone)
    said = when(moment, lang, zone)
    if days % 7 == 0 and days <= 21:
        return text(lang, "when.every_weeks", count=days // 7, moment=said)
    if 28 <= days <= 31:
        return text(lang, "when.monthly", moment=said)
    return text(lang, "when.next_only", moment=said)


def in_zone(moment: str, lang: str, zone: ZoneInfo) -> str:
    """A moment already written in `zone`, followed by the zone's name as people say it: in
    North America by its metazone's generic name in CLDR (`REGION_NAMED`: "… at 10 AM Eastern
    Time", « … à 10 h, heure de l'Est »), elsewhere by its exemplar city (Babel: « … à 10 h,
    heure de Paris », "… at 10 AM Sydney time")."""
    canonical = get_global("zone_aliases").get(zone.key, zone.key)
    if get_global("meta_zones").get(canonical) in REGION_NAMED:
        locale = REGION_LOCALES.get(lang, "en_US")
        name = str(get_timezone_name(zone, "long", zone_variant="generic", locale=locale))
        return text(lang, "when.in_region_zone", moment=moment, zone=name.replace("’", "'"))
    city = str(get_timezone_location(zone, locale=LOCALES.get(lang, "en_US"), return_city=True))
    # French elides before a vowel (« heure d'Abidjan »); English has no such form.
    elided = elides(city) and "in_zone_elided" in catalogue(lang)["when"]
    return text(lang, "when.in_zone_elided" if elided else "when.in_zone", moment=moment, city=city)


def day(value: date, lang: str) -> str:
    """A date as people write it in a letter or say it (« mardi 1er décembre », "Tuesday,
    December 1"): French writes the first of the month as an ordinal (`written`)."""
    return written(value, "EEEE d MMMM" if lang == "fr" else "EEEE, MMMM d", lang)


def working_days(days: frozenset[int] | set[int], lang: str) -> str:
    """Weekdays (0 = Monday) as the language abbreviates them (Babel/CLDR), a run of three or
    more as a range: "Mon–Fri", « lun.–ven. », "Mon, Wed, Fri"; a run across the weekend from
    its first day: "Sun–Thu" (a week that starts on Sunday, trial38 §7), "Sat, Sun"."""
    names = get_day_names("abbreviated", locale=LOCALES.get(lang, "en_US"))
    ordered = sorted(days)
    runs = (
        [(first + i) % 7 for i in range(len(ordered))]
        for first in (ordered if len(ordered) < 7 else ordered[:1])
    )
    run = next((r for r in runs if set(r) == set(ordered)), None)
    if run is None:
        return ", ".join(str(names[d]) for d in ordered)
    if len(run) > 2:
        return f"{names[run[0]]}–{names[run[-1]]}"
    return ", ".join(str(names[d]) for d in run)


def phone_written(e164: str) -> str:
    """A stored E.164 number as people write it (+33 1 23 45 67 89, ITU-T E.123 international
    form, `phonenumbers`); the number as given when it cannot be read."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
