"""Report and coach wording: catalogues and Jinja2 scripts under locales/<lang>/, Babel numbers."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, get_date_format
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal, format_percent
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from boundaries.i18n import LOCALES, when, written
from boundaries.languages import LANGUAGES

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"


def language(lang: str | None) -> str:
    """ "fr" or "en" (anything else reads English)."""
    return lang if lang in LANGUAGES else "en"


@cache
def _catalogue(lang: str) -> dict[str, Any]:
    path = LOCALE_DIR / language(lang) / "report.toml"
    return tomllib.loads(path.read_text("utf-8"))


def say(lang: str, key: str, /, **values: object) -> str:
    """A message of locales/<lang>/report.toml such as "report.calls", filled with `values`."""
    section, _, name = key.partition(".")
    template: str = _catalogue(language(lang))[section][name]
    return template.format(**values)


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(LOCALE_DIR)),
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def script(lang: str, step: str, **values: object) -> str:
    """The conversation script of a step (locales/<lang>/coach/<step>.txt.j2), filled."""
    template = _environment().get_template(f"{language(lang)}/coach/{step}.txt.j2")
    return template.render(**values).strip() + "\n"


def locale(lang: str) -> str:
    return LOCALES.get(language(lang), "en_US")


def number(lang: str, value: float, digits: int = 1) -> str:
    """A number as the reader writes it: 1,234.5 / 1 234,5 (at most `digits` decimals)."""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return str(format_decimal(value, format=pattern, locale=locale(lang)))


def plural_form(lang: str, value: float | Decimal) -> str:
    """The CLDR plural category ("one", "other", "many"…) of `value` in `lang` (Babel): pass
    the number as it is written (a `Decimal` keeps its written decimals: "1.00" is "other" in
    English, « 1,00 » "one" in French)."""
    return str(Locale.parse(locale(lang)).plural_form(value))


def as_written(lang: str, written: str) -> Decimal:
    """The number a text written by `number` (or a `Count`) shows, with its written decimals:
    « 1 234,50 » is Decimal("1234.50") in French, "1,234.5" Decimal("1234.5") in English."""
    symbols = Locale.parse(locale(lang)).number_symbols["latn"]
    plain = "".join(ch for ch in written if not ch.isspace())
    plain = plain.replace(symbols["group"], "").replace(symbols["decimal"], ".")
    return Decimal(plain.replace("\u2212", "-"))


class _Worded:
    """A value a message writes as `written`, with the grammatical number `form` ("one" or
    another CLDR category) that `{x:word|words}` picks the first or the last form by."""

    written: str
    form: str

    def __str__(self) -> str:
        return self.written

    def __format__(self, spec: str) -> str:
        if not spec:
            return self.written
        forms = spec.split("|")
        return forms[0] if self.form == "one" else forms[-1]


class Count(_Worded):
    """A count for a message: `{n}` writes the number as the reader does (`number`, at most
    `digits` decimals, or exactly `digits` with `fixed`), `{n:call|calls}` the word or words
    in its grammatical number by Babel's CLDR rules: the first for "one", the last for every
    other form (« 0 appel », « 1,5 heure », "1 call", "0 calls", "1.00 hours"). One message
    can hold several counts, each in its own number."""

    def __init__(self, lang: str, value: float, digits: int = 0, fixed: bool = False) -> None:
        self.value = value
        if fixed:
            pattern = "#,##0" + ("." + "0" * digits if digits else "")
            self.written = str(format_decimal(value, format=pattern, locale=locale(lang)))
        else:
            self.written = number(lang, value, digits)
        # The grammatical number is that of the figure as the reader sees it, read back from
        # the written text, never from a second rounding (0.95 is written "1" by Babel's
        # half-even rounding but float `round` makes it 0.9: "1 hours").
        self.form = plural_form(lang, as_written(lang, self.written))


class Listed(_Worded):
    """Items for a message: `{x}` writes them as the reader lists them (Babel's CLDR list
    pattern: "talk and pushback", « talk et pushback »), `{x:it|them}` the first form for one
    item, the last for several."""

    def __init__(self, lang: str, items: list[str]) -> None:
        self.items = items
        self.written = str(format_list(items, locale=locale(lang))) if items else ""
        self.form = "one" if len(items) == 1 else "other"


def counted(lang: str, value: float, digits: int = 0) -> Count:
    """`Count` of `value` in `lang` (see there)."""
    return Count(language(lang), value, digits)


def span(lang: str, days: int, recorded: int | None = None, last: bool = True) -> str:
    """The period a script looks back on, as long as it really is: "les 2 dernières semaines"
    for 14 days, "les 26 derniers jours" for 26 (never "4 weeks" for 3.7), "the last week"
    for 7. The grammatical number comes from Babel's CLDR plural rules for the language
    (messages `span.weeks_<form>` / `span.days_<form>` of locales/<lang>/report.toml). With
    `recorded` fewer than `days` (weeks nothing was recorded in left out, as the figures
    are), the days counted: "the 33 days recorded" (trial36 §5: "over the last 54 days" over
    figures of 33). Not `last` (a period that ended well before the day it is said on):
    "the 26 days", "the 2 weeks" (messages `span.past_<unit>_<form>`; trial40 §7)."""
    if recorded is not None and recorded < days:
        form = plural_form(lang, recorded)
        messages = _catalogue(language(lang))["span"]
        counted: str = messages.get(f"recorded_{form}", messages["recorded_other"])
        return counted.format(n=number(lang, recorded, 0))
    unit, count = ("weeks", days // 7) if days % 7 == 0 else ("days", days)
    form = plural_form(lang, count)
    messages = _catalogue(language(lang))["span"]
    unit = unit if last else f"past_{unit}"
    template: str = messages.get(f"{unit}_{form}", messages[f"{unit}_other"])
    return template.format(n=number(lang, count, 0))


def singular(lang: str, value: float, digits: int = 1) -> bool:
    """Whether `value`, written with at most `digits` decimals (`number`), takes the singular
    in `lang` by Babel's CLDR plural rules: « 0,8 heure », « 1,5 heure », "1 hour", but
    « 2 heures », "0.8 hours"."""
    return Count(language(lang), value, digits).form == "one"


def times_a_week(lang: str, n: int) -> str:
    """How often something may happen each week, in words: "once a week", "twice a week",
    "3 times a week" (messages `times.*` of locales/<lang>/report.toml)."""
    key = {1: "times.once", 2: "times.twice"}.get(n, "times.other")
    return say(lang, key, n=number(lang, n, 0))


def percent(lang: str, value: float) -> str:
    """`value` in percent (53.2 → "53 %" in French, "53%" in English); one decimal below 1 %
    (0.4 → « 0,4 % », "0.4%"), where a whole number would say 0 beside a rise it rounds up
    (« 0 % de plus, soit 86 € de l'heure au lieu de 85 € », a newcomer, session 24)."""
    if 0 < abs(value) < 1:
        pattern = Locale.parse(locale(lang)).percent_formats[None].pattern
        one_decimal = pattern.replace("#,##0", "#,##0.0", 1)
        return str(format_percent(value / 100, format=one_decimal, locale=locale(lang)))
    return str(format_percent(value / 100, locale=locale(lang)))


def money(lang: str, value: float, currency: str) -> str:
    """An amount with its currency, without cents when it is whole: "131 €", "$131",
    "$1,000", « 12 000 JPY » (CLDR's currency pattern for `lang`, Babel, its fraction
    digits left out; trial36 §1: cutting ".00" and ",00" out of the text made "$1,000.00"
    "$10")."""
    if not float(value).is_integer():
        return _spaced(str(format_currency(value, currency, locale=locale(lang))))
    pattern = Locale.parse(locale(lang)).currency_formats["standard"].pattern
    whole = re.sub(r"[.,]0+(?=[^0#]|$)", "", pattern)
    return _spaced(str(format_currency(value, currency, locale=locale(lang), format=whole,
                                       currency_digits=False)))  # fmt: skip


# CLDR's currencySpacing (https://unicode.org/reports/tr35/tr35-numbers.html#Currencies), which
# Babel does not apply: a currency written before the digits that ends in a letter ("CHF",
# "F CFA") is parted from them by a no-break space, "CHF 3,019" (trial37 §11); "$", "€", "CA$"
# are symbols and stay against the number.
_LETTER_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")


def _spaced(amount: str) -> str:
    return _LETTER_THEN_DIGIT.sub("\u00a0", amount, count=1)


def day(lang: str, value: date) -> str:
    """A date in full: "12 octobre 2026", "1er janvier 2027", "October 12, 2026" (CLDR's
    long date, the first of the month as French writes it: `i18n.written`)."""
    pattern = get_date_format("long", locale=locale(lang)).pattern
    return written(value, pattern, language(lang))


def short_day(lang: str, value: date) -> str:
    """A date without the year: "12 oct.", "1er déc.", "Oct 12"."""
    return written(value, "d MMM" if lang == "fr" else "MMM d", language(lang))


def moment(lang: str, value: datetime, zone: ZoneInfo) -> str:
    """A moment as people say it («vendredi 13 novembre à 10 h»), in `zone`."""
    return when(value, language(lang), zone)


def weekday(lang: str, value: date) -> str:
    """The day of the week: "vendredi", "Friday"."""
    return str(format_date(value, format="EEEE", locale=locale(lang)))
