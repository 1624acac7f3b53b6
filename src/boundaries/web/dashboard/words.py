"""Dashboard wording: the catalogue locales/<lang>/dashboard.toml and Babel formatting."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal

from boundaries.i18n import LOCALES, written
from boundaries.languages import LANGUAGES
from boundaries.reporting import wording

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locales"
SHARED = frozenset({"steps"})
"""Catalogue sections the dashboard reads from the report's catalogue (`reporting.wording`)."""


def language(lang: str | None) -> str:
    """ "fr" or "en" (anything else reads English)."""
    return lang if lang in LANGUAGES else "en"


def browser_language(header: str | None) -> str | None:
    """The first of our `LANGUAGES` a browser's Accept-Language header (RFC 9110 §12.5.4)
    prefers, by its q-values ("en-GB,en;q=0.9,fr;q=0.8" is "en"), else None."""
    ranked: list[tuple[float, int, str]] = []
    for order, item in enumerate((header or "").split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, order, primary))
    return min(ranked)[2] if ranked else None


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """The dashboard's messages in `lang`."""
    path = LOCALE_DIR / language(lang) / "dashboard.toml"
    return tomllib.loads(path.read_text("utf-8"))


class Words:
    """Messages, numbers, money and dates in one language, for the templates."""

    def __init__(self, lang: str | None, zone: ZoneInfo) -> None:
        self.lang = language(lang)
        self.locale = LOCALES[self.lang]
        self.zone = zone

    def __call__(self, key: str, /, **values: object) -> str:
        """The message `section.name`, filled with `values`. The names of the conversation's
        steps are the report's and the coach's (`steps.*` of locales/<lang>/report.toml): one
        vocabulary on every screen."""
        section, _, name = key.partition(".")
        if section in SHARED:
            return wording.say(self.lang, key, **values)
        template: str = catalogue(self.lang)[section][name]
        return template.format(**values) if values else template

    def label(self, section: str, key: str) -> str:
        """The catalogue's name for a stored value (an event kind, an action…), or the value
        itself, readable, when the catalogue has none. Provider values spelled with hyphens
        ("no-answer") read the catalogue's underscore key."""
        found = catalogue(self.lang).get(section, {}).get(key.replace("-", "_"))
        return str(found) if found is not None else key.replace("_", " ").replace("-", " ")

    def reason(self, why: str, facts: dict[str, str], at: datetime | None = None) -> str:
        """Why a call was decided as it was (a `Decision`'s `why` and `facts`, as stored), in
        this language: the message `reasons.<why>` filled with the facts; an unreachable state
        (`facts["unreachable"]`) reads `reasons.<state>`, a moment (`start`, `until`) its
        localised time, with its date (`moment`) when it is not on the local day of `at` (the
        decision's time): an absence until next Sunday never reads as "until 7 PM". "" when
        the catalogue has no such reason (never another language)."""
        messages = catalogue(self.lang).get("reasons", {})
        if why == "allowance_used" and str(facts.get("of")) == "0":
            why = "no_allowance"  # "0 of 0 this week" says nothing (trial36 §11)
        template = messages.get(why)
        if template is None:
            return ""
        values: dict[str, object] = dict(facts)
        state = facts.get("unreachable")
        if state is not None:
            values["unreachable"] = self.reason(
                state, {k: v for k, v in facts.items() if k != "unreachable"}, at
            )
        for moment in ("start", "until"):
            if moment in facts:
                values[moment] = self._when(facts[moment], at)
        try:
            return str(template).format(**values)
        except (KeyError, IndexError, ValueError):
            return ""

    def _when(self, value: str, at: datetime | None) -> str:
        """A stored moment: its time when it falls on the local day of `at` (or `at` is not
        known), else its date and time."""
        moment = datetime.fromisoformat(value)
        same_day = at is None or (
            moment.astimezone(self.zone).date() == at.astimezone(self.zone).date()
        )
        return self.time(moment) if same_day else self.moment(moment)

    def time(self, value: datetime | str) -> str:
        """A moment's day and time in the consultant's zone: « ven. 13 h 08 », "Fri 1:08 PM"."""
        at = datetime.fromisoformat(value) if isinstance(value, str) else value
        return written(at, self._pattern("format.time", at), self.lang, self.zone)

    def count(self, value: float | int | None, digits: int = 0) -> wording.Count:
        """A count for a message that says it in words (`counted.*`): `{n}` the number with
        exactly `digits` decimals as `number` writes it, `{n:appel|appels}` the word in the
        number's CLDR grammatical number (`reporting.wording.Count`)."""
        return wording.Count(self.lang, value or 0, digits, fixed=True)

    def number(self, value: float | int | None, digits: int = 0) -> str:
        if value is None:
            return "–"
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def money(self, value: float | None, currency: str) -> str:
        """An amount as the report writes it, without cents when whole: « 270 € », "$270"."""
        if value is None:
            return "–"
        return wording.money(self.lang, value, currency)

    def percent(self, value: float) -> str:
        """A share in percent as the report writes it: « 55 % », "55%"."""
        return wording.percent(self.lang, value)

    def increase(self, percent: float) -> str:
        """A rise in percent as the report writes it: « +217 % », "+217%"."""
        return "+" + wording.percent(self.lang, percent)

    def moment(self, value: datetime | str | None) -> str:
        """A moment in the consultant's zone: « ven. 6 nov. à 13 h 08 », « mar. 1er déc. à 16 h »,
        "Fri, Nov 6, 1:08 PM"."""
        if value is None:
            return "–"
        at = datetime.fromisoformat(value) if isinstance(value, str) else value
        return written(at, self._pattern("format.moment", at), self.lang, self.zone)

    def _pattern(self, key: str, at: datetime) -> str:
        """The date pattern `key`, or its `<key>_on_the_hour` twin for a moment on the hour
        where the language writes it apart (« 10 h » beside « 11 h 38 »)."""
        section, _, name = key.partition(".")
        patterns = catalogue(self.lang).get(section, {})
        if at.astimezone(self.zone).minute == 0 and f"{name}_on_the_hour" in patterns:
            return str(patterns[f"{name}_on_the_hour"])
        return str(patterns[name])

    def day(self, value: date | str) -> str:
        """A day such as « 12 oct. », « 1er déc. », "Oct 12"."""
        d = date.fromisoformat(value) if isinstance(value, str) else value
        return written(d, self("format.day"), self.lang)
