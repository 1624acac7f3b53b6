"""Turns TOML text into a validated domain `Config`, collecting every problem with its line."""

from __future__ import annotations

import re
import tomllib
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from pydantic import ValidationError

from boundaries.config.calendars import (
    calendar_sources,
    clock_time,
    no_overlaps,
    standing_call,
)
from boundaries.config.checks import (
    Salvage,
    currency_problem,
    email_problem,
    explain,
    region_problem,
)
from boundaries.config.errors import ConfigError, Problem, told
from boundaries.config.locate import KeyLocator, dotted, tokens_outside_strings
from boundaries.config.mail import mail_settings
from boundaries.config.phones import phone_as_dialled
from boundaries.config.regions import client_whereabouts, region_of_zone
from boundaries.config.schema import ClientSpec, ConfigSpec
from boundaries.config.service import service_settings, speech_settings
from boundaries.domain.model import (
    WEEKDAYS,
    Client,
    Config,
    Consultant,
    Mail,
    WorkingHours,
)
from boundaries.errors import Said
from boundaries.languages import LANGUAGES
from boundaries.textfiles import NotText, read_text, readable_fix

_HOURS = re.compile(
    r"^\s*(?P<days>[a-z]{3}(?:\s*-\s*[a-z]{3})?(?:\s*,\s*[a-z]{3}(?:\s*-\s*[a-z]{3})?)*)"
    r"\s+(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$"
)


class _Collector:
    def __init__(self, locator: KeyLocator, salvage: Salvage | None = None) -> None:
        self.locator = locator
        self.salvage = salvage
        self.problems: list[Problem] = []

    def where(self, loc: tuple[str | int, ...]) -> str:
        """`loc` (in what was left) as the file's location, e.g. `client[1]`."""
        return dotted(self.salvage.original(loc) if self.salvage is not None else loc)

    def stood_in(self, loc: tuple[str | int, ...]) -> bool:
        """Whether `loc` (in what was left) holds a stand-in for a value set aside."""
        return self.salvage is not None and self.salvage.stood_in(self.salvage.original(loc))

    def refused(self, loc: tuple[str | int, ...]) -> bool:
        """Whether the file's value at `loc` (in what was left) was refused, its problem
        named already: a check that needs it must not say it is missing."""
        return self.salvage is not None and self.salvage.was_set_aside(self.salvage.original(loc))

    def add(self, loc: tuple[str | int, ...], message: str) -> None:
        """A problem at `loc` (in what was left); `message` is a `Said` (`told`) to be said in
        the consultant's language."""
        if self.salvage is not None:  # a location in what was left: back to the file's
            loc = self.salvage.original(loc)
            if self.salvage.stood_in(loc):
                return  # about a stand-in for a value already named
        problem = Problem(dotted(loc), message, self.locator.line(loc))
        if problem not in self.problems:
            self.problems.append(problem)


def load_config(path: str | Path) -> Config:
    """Read and validate a configuration file; raise `ConfigError` naming every problem, in
    the language of its `consultant.language` when the file reads as TOML (`parse_config`).
    A file that cannot be read is a problem of its key "(file)"."""
    p = Path(path)
    try:
        text = read_text(p)
    except (OSError, NotText) as exc:
        raise ConfigError(str(p), [_unread(exc)]) from None
    return parse_config(text, source=str(p))


def _unread(exc: OSError | NotText) -> Problem:
    """Why the file could not be read, a problem of the whole file ("(file)")."""
    if isinstance(exc, NotText):
        return Problem(told("refused.file"), Said(exc.words), exc.line)
    if isinstance(exc, FileNotFoundError):
        return Problem(told("refused.file"), told("file.missing"))
    why = told("file.unreadable", why=exc.strerror, fix=readable_fix())
    return Problem(told("refused.file"), why)


_TOML_FIXES: tuple[tuple[str, str], ...] = (
    ("Illegal character '\\n'", "unclosed_double"),
    ("Expected '\"'", "unclosed_double"),
    ('Expected "\'"', "unclosed_single"),
    ("Cannot overwrite a value", "key_twice"),
    ("twice", "table_twice"),
    ("Expected '=' after a key", "no_equals"),
    ("Expected ']'", "table_name"),
    ("Invalid value", "value"),
    ("Expected newline", "newline"),
)
"""Words of Python's `tomllib` errors (the first that matches) and the key of what to do about
each under [toml] of locales/<lang>/config.toml ("other" for the rest)."""


def _toml_problem(error: str) -> Said:
    """A `tomllib` syntax error: its own words (English, as the library gives them), and the
    fix by those words (`_TOML_FIXES`) with where a correct example is."""
    fix = next((f for words, f in _TOML_FIXES if words in error), "other")
    return told("toml.invalid", error=error, fix=told("toml." + fix))


def _language(raw: dict[str, object]) -> str | None:
    """The `consultant.language` of a file read as TOML ("fr", "en"), else None: the
    language to refuse it in, even when the rest of it is refused."""
    consultant = raw.get("consultant")
    lang = consultant.get("language") if isinstance(consultant, dict) else None
    return lang if isinstance(lang, str) and lang in LANGUAGES else None


MAX_NESTING = 16
"""Levels of lists and tables a configuration may nest: its deepest setting nests three
(`[[client]]` → `standing_calls` → a call); a deeper file is a mistake, refused whole."""


def _deeper_than(value: object, most: int) -> bool:
    """Whether `value` (read TOML) nests lists or tables more than `most` levels deep;
    walked without recursion, so that any depth is measured."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > most:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def _brackets_deeper_than(text: str, most: int) -> bool:
    """Whether the brackets and braces of TOML `text` (outside strings and comments) open
    more than `most` levels at once: a table header ("[client]", "[[client]]") opens one or
    two and closes them on its line, as a value's list or inline table does."""
    depth = 0
    for _, ch in tokens_outside_strings(text.splitlines()):
        if ch in "[{":
            depth += 1
            if depth > most:
                return True
        elif ch in "]}":
            depth = max(depth - 1, 0)
    return False


def parse_config(text: str, source: str = "boundaries.toml") -> Config:
    """Validate TOML text into a `Config`; raise `ConfigError` naming every problem (its
    `language` the file's `consultant.language`, when the text is TOML and gives one)."""
    try:
        # measured on the text first: a file nested thousands deep would make the TOML reader
        # recurse until Python stops it, which leaves the interpreter fragile afterwards
        too_deep = _brackets_deeper_than(text, MAX_NESTING)
        raw = {} if too_deep else tomllib.loads(text)
        too_deep = too_deep or _deeper_than(raw, MAX_NESTING)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        problem = Problem(told("refused.syntax"), _toml_problem(str(exc)), line)
        raise ConfigError(source, [problem]) from None
    except RecursionError:  # nested thousands deep: beyond what the TOML reader can follow
        raw, too_deep = {}, True
    if too_deep:  # refused before the schema walks it (trial32 §5: a traceback)
        problem = Problem(told("refused.syntax"), told("toml.too_deep", most=MAX_NESTING), None)
        raise ConfigError(source, [problem], _language(raw))
    language = _language(raw)
    out_of_order: list[Problem] = []
    if isinstance(raw.get("clients"), list):
        # "[[clients]]" for "[[client]]": named once, and its tables checked as clients
        line = next(
            (i for i, row in enumerate(text.splitlines(), 1) if row.strip() == "[[clients]]"),
            None,
        )
        out_of_order.append(Problem("clients", told("toml.clients"), line))
        existing = raw.get("client")
        raw["client"] = (existing if isinstance(existing, list) else []) + raw.pop("clients")
    salvage = Salvage(raw)
    out = _Collector(KeyLocator(text), salvage)
    out.problems.extend(out_of_order)
    spec: ConfigSpec | None = None
    first = True
    while spec is None:
        try:
            spec = ConfigSpec.model_validate(salvage.raw)
        except ValidationError as exc:
            errors = exc.errors()
            if first:  # later rounds only find what setting values aside left missing
                for err in errors:
                    out.add(
                        tuple("client" if p == "clients" else p for p in err["loc"]), explain(err)
                    )
                first = False
            if not salvage.set_aside(errors):
                raise ConfigError(source, _in_file_order(out.problems), language) from None
    # With values set aside, the rest is still checked: every problem is named at once.
    config = _build(spec, out, Path(source).parent)
    if out.problems or config is None:
        raise ConfigError(source, _in_file_order(out.problems), language)
    return config


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line is None, p.line or 0))


def _build(spec: ConfigSpec, out: _Collector, folder: Path) -> Config | None:
    c = spec.consultant
    zone: ZoneInfo | None = None
    try:
        zone = ZoneInfo(c.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        out.add(("consultant", "timezone"), told("consultant.zone", zone=c.timezone))
    if (problem := email_problem(c.email)) is not None:
        out.add(("consultant", "email"), problem)
    if c.region is not None and (problem := region_problem(c.region)) is not None:
        out.add(("consultant", "region"), problem)
        region: str | None = ""  # refused, and said so once: not again on every number
    elif c.region is None and zone is None:
        region = ""  # the time zone is refused, and said so: no number is blamed for it
    else:
        region = (c.region or (region_of_zone(c.timezone) if zone else None) or "").upper() or None
    phone = _phone(c.phone, region, ("consultant", "phone"), out)
    hours = [
        _hours(h, ("consultant", "working_hours", i), out) for i, h in enumerate(c.working_hours)
    ]
    rule_zone = zone or ZoneInfo("UTC")
    clients = [
        _client(i, cs, region, c.language, rule_zone, out) for i, cs in enumerate(spec.clients)
    ]
    ids = [cs.id for cs in spec.clients]
    for i, cid in enumerate(ids):
        if cid in ids[:i]:
            out.add(("client", i, "id"), told("client.duplicate_id", id=cid))
    _unique_contacts(spec.clients, region, out)
    calendar = calendar_sources(spec.calendar, folder, out)
    mail = mail_settings(spec.mail, out, folder)
    service = service_settings(spec.service, out)
    speech = speech_settings(spec.speech, folder, out)
    # The standing calls that could be read are checked against each other even when the
    # file has other problems (all of them are named at once, SPEC §3): in the zone the
    # rules were read in, and with the consultant's number not needed for it.
    kept = [(i, cl) for i, cl in enumerate(clients) if cl is not None]
    consultant = Consultant(
        name=c.name,
        email=c.email,
        phone=phone or "",
        timezone=c.timezone if zone is not None else str(rule_zone),
        language=c.language,
        working_hours=tuple(h for h in hours if h is not None),
        region=region,
    )
    config = Config(
        consultant=consultant,
        clients=tuple(cl for _, cl in kept),
        service=service,
        speech=speech,
        mail=mail or Mail(),
        calendar=calendar,
    )
    no_overlaps(config, out, [i for i, _ in kept])
    if out.problems or zone is None or phone is None:
        return None
    return config


NATIONAL_DIGITS = (5, 15)
"""Digits a phone number written without its country code may have in some country (E.164
allows 15 in all; the shortest national numbers have 5): outside, no country could read it."""


def _phone(raw: str, region: str | None, loc: tuple[str | int, ...], out: _Collector) -> str | None:
    """E.164 form of `raw`, else a problem at `loc`. `region` "" means the region key was
    refused (said there): a national number then fails without blaming the number."""
    try:
        # an extension named in a word libphonenumber does not know (« poste 12 »), read as
        # the webhooks read it (trial50: refused here as "too long", accepted from a call)
        number = phonenumbers.parse(phone_as_dialled(raw), region or None)
    except phonenumbers.NumberParseException as exc:
        no_country = exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
        if region == "" and no_country:
            # the time zone or region was refused (said there) and no number is blamed for
            # it; but one no country could have is named, so that a file's problems come
            # all at once (trial37 §10: '12' was said only once the zone was fixed)
            digits = sum(ch.isdigit() for ch in raw)
            if not NATIONAL_DIGITS[0] <= digits <= NATIONAL_DIGITS[1]:
                out.add(loc, told("phone.no_country_yet", raw=raw, digits=digits))
            return None
        if region is None and no_country:
            out.add(loc, told("phone.no_country", raw=raw))
            return None
        out.add(loc, told("phone.unreadable", raw=raw, why=exc))
        return None
    if not phonenumbers.is_valid_number(number):
        # A number with its own country code is judged against that country, not `region`:
        # "'+221 33 821' is too short for a Senegal number (+221)" (newcomer58 §9), with why
        # (phonenumbers' length check) when it says.
        country = phonenumbers.region_code_for_country_code(number.country_code or 0)
        where = country if country != phonenumbers.UNKNOWN_REGION else region
        why = {
            phonenumbers.ValidationResult.TOO_SHORT: "phone.too_short",
            phonenumbers.ValidationResult.TOO_LONG: "phone.too_long",
        }.get(phonenumbers.is_possible_number_with_reason(number), "phone.invalid")
        whose = (
            told("phone.whose", country=_country_name(where), code=number.country_code)
            if where
            else ""
        )
        out.add(loc, told(why, raw=raw, whose=whose, fix=told("phone.fix")))
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _country_name(region: str) -> Said:
    """The name of a country code in any language ("SN" → "Senegal", « Sénégal »; Babel's
    CLDR), else the code."""
    from babel import Locale

    return Said(lambda lang: str(Locale(lang).territories.get(region, region)))


def _hours(raw: str, loc: tuple[str | int, ...], out: _Collector) -> WorkingHours | None:
    hint = told("hours.fix")
    m = _HOURS.match(raw.lower())
    if not m:
        out.add(loc, told("hours.unreadable", raw=raw, fix=hint))
        return None
    days: set[int] = set()
    for part in m.group("days").split(","):
        ends = [d.strip() for d in part.split("-")]
        if any(d not in WEEKDAYS for d in ends):
            out.add(loc, told("hours.unknown_day", raw=raw, days=", ".join(WEEKDAYS), fix=hint))
            return None
        a, b = WEEKDAYS.index(ends[0]), WEEKDAYS.index(ends[-1])
        # a range over the weekend runs on into the next week: "sun-thu" is Sunday to
        # Thursday, the working week in Israel and the Gulf (trial35 §8)
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    start = clock_time(m.group("start"))
    # "24:00" closes the day: "mon-sun 00:00-24:00" means always.
    end = time.max if m.group("end") in ("24:00", "24:0") else clock_time(m.group("end"))
    # Each fault named where it is: a start of 25:00 is not blamed on the end.
    bad = [(name, m.group(name)) for name, t in (("start", start), ("end", end)) if t is None]
    if bad:
        which = {name: told("hours." + name, value=value) for name, value in bad}
        key = "hours.not_times" if len(which) > 1 else "hours.not_a_time"
        out.add(loc, told(key, raw=raw, which=next(iter(which.values())), **which, fix=hint))
        return None
    if start is None or end is None or end <= start:
        out.add(
            loc,
            told("hours.backwards", raw=raw, end=m.group("end"), start=m.group("start"), fix=hint),
        )
        return None
    return WorkingHours(frozenset(days), start, end)


def _client(
    i: int,
    cs: ClientSpec,
    consultant_region: str | None,
    default_lang: str,
    zone: ZoneInfo,
    out: _Collector,
) -> Client | None:
    region = (cs.region or consultant_region or "").upper() or None
    if cs.region is None and consultant_region == "":
        region = ""  # the consultant's region was refused
    if cs.region is not None and (problem := region_problem(cs.region)) is not None:
        out.add(("client", i, "region"), problem)
        region = ""
    if (problem := currency_problem(cs.currency)) is not None:
        out.add(("client", i, "currency"), problem)
    phones = [_phone(p, region, ("client", i, "phones", j), out) for j, p in enumerate(cs.phones)]
    for j, email in enumerate(cs.emails):
        if (problem := email_problem(email)) is not None:
            out.add(("client", i, "emails", j), problem)
    calls = [
        standing_call(sc, ("client", i, "standing_calls", j), zone, out)
        for j, sc in enumerate(cs.standing_calls)
    ]
    own_zone = cs.timezone
    if own_zone is not None and not _known_zone(own_zone):
        out.add(("client", i, "timezone"), told("client.zone", zone=own_zone))
        return None
    if any(p is None for p in phones) or any(sc is None for sc in calls):
        return None
    # one number written twice in two ways ("01 23 45 67 89", "0033 1 23 45 67 89") is one
    # number (trial46: `check` listed it twice)
    numbers = list(dict.fromkeys(p for p in phones if p is not None))
    timezone, country, countries = client_whereabouts(
        numbers, cs.region if region else None, own_zone
    )
    return Client(
        id=cs.id,
        name=cs.name,
        language=cs.language or default_lang,
        phones=tuple(numbers),
        emails=tuple(dict.fromkeys(e.lower() for e in cs.emails)),
        standing_calls=tuple(sc for sc in calls if sc is not None),
        adhoc_calls_per_week=cs.adhoc_calls_per_week,
        urgent_line=cs.urgent_line,
        hourly_rate=cs.hourly_rate,
        currency=cs.currency,
        billed_hours_per_week=cs.billed_hours_per_week,
        timezone=timezone,
        country=country,
        countries=countries,
    )


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _unique_contacts(
    clients: list[ClientSpec], default_region: str | None, out: _Collector
) -> None:
    """An address or a number belongs to one client; numbers are compared in E.164, so
    "+33 1 23 45 67 89" and "01 23 45 67 89" are the same number."""
    seen: dict[str, str] = {}
    for i, cs in enumerate(clients):
        # A client whose id was set aside is named by its place in the file.
        me = out.where(("client", i)) if out.stood_in(("client", i, "id")) else repr(cs.id)
        for j, email in enumerate(cs.emails):
            owner = seen.setdefault("mail:" + email.lower(), me)
            if owner != me:
                out.add(
                    ("client", i, "emails", j), told("client.email_taken", email=email, owner=owner)
                )
        region = (cs.region or default_region or "").upper() or None
        for j, phone in enumerate(cs.phones):
            try:
                # read as `_phone` reads it: « 418-555-0123 poste 22 » is that number (trial51
                # §10: set aside here as unreadable, and the number taken twice said nothing)
                number = phonenumbers.parse(phone_as_dialled(phone), region)
                key = "tel:" + phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                )
            except phonenumbers.NumberParseException:
                continue  # refused already, with its own message
            owner = seen.setdefault(key, me)
            if owner != me:
                taken = told("client.phone_taken", phone=phone, number=key[4:], owner=owner)
                out.add(("client", i, "phones", j), taken)
