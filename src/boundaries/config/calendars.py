"""Checks of the calendar keys: standing calls (rule, start, exceptions), their overlaps, and
`[calendar]` (busy calendars, CalDAV). Part of the loader, kept apart to stay readable."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from boundaries.config.errors import told
from boundaries.config.schema import CalendarSpec, StandingCallSpec
from boundaries.domain.model import CalendarSources, Config, StandingCall
from boundaries.domain.recurrence import RuleError, read_rule
from boundaries.domain.schedule import Calendar, anchor, local_occurrences, parse_rule
from boundaries.errors import Said

OVERLAP_HORIZON = timedelta(days=366)
"""How far ahead weekly and daily calls are checked for overlaps: their pattern repeats within
a year (the clock changes included)."""
CALENDAR_CYCLE = timedelta(days=28 * 366)
"""How far ahead calls are checked when one is monthly or yearly: the days of the month fall on
the same weekdays again after 28 years (1901-2099), so a call on the 13th meets a Friday call
in some year of it (trial60 §2: "BYMONTH=10;BYMONTHDAY=13" met Friday 10:00 in October 2028,
past a one-year check that passed, and `serve` would have refused the file on a later start)."""
_WEEKLY_AT_MOST = re.compile(r"\bFREQ=(WEEKLY|DAILY|HOURLY|MINUTELY|SECONDLY)\b", re.I)
LOOPBACK = ("localhost", "127.0.0.1", "::1")


class Problems(Protocol):
    """Where problems are collected (the loader's collector), each a `Said` (`told`)."""

    def add(self, loc: tuple[str | int, ...], message: str) -> None: ...

    def refused(self, loc: tuple[str | int, ...]) -> bool: ...

    def stood_in(self, loc: tuple[str | int, ...]) -> bool: ...

    def where(self, loc: tuple[str | int, ...]) -> str: ...


def clock_time(raw: str) -> time | None:
    """ "HH:MM" as a time, or None when it is not one."""
    try:
        hh, mm = (int(x) for x in raw.split(":"))
        return time(hh, mm)
    except ValueError:
        return None


def standing_call(
    sc: StandingCallSpec, loc: tuple[str | int, ...], zone: ZoneInfo, out: Problems
) -> StandingCall | None:
    """The standing call `sc` at `loc`, else None with its problems at `loc` (a bad start
    does not hide a bad rule: both are named)."""
    start = clock_time(sc.start) if re.fullmatch(r"\d{1,2}:\d{2}", sc.start.strip()) else None
    if start is None:
        out.add((*loc, "start"), told("standing.start", start=sc.start))
    where = (*loc, "rrule")
    # A `since` that is not a date was named at its place: the rule is not also told that
    # it has none (one mistake, one problem; newcomer14 L3).
    since_refused = sc.since is None and out.refused((*loc, "since"))
    try:
        rule = read_rule(sc.rrule, zone, has_since=sc.since is not None or since_refused)
    except RuleError as exc:
        out.add(where, told("standing.rule", rule=_short(sc.rrule), problem=Said(exc.words)))
        return None
    if start is None or since_refused:
        return None
    call = StandingCall(
        rrule=rule.text,
        start=start,
        minutes=sc.minutes,
        since=sc.since,
        exdates=tuple(sorted(set(sc.exdates))),
    )
    # Refused only when the rule never occurs at all, from its anchor to three years ahead: a
    # series that has ended (UNTIL, COUNT passed) is valid, and `check` warns about it
    # (advice.py), so a configuration that worked yesterday is never refused today.
    first = datetime.combine(anchor(call), time())
    today = datetime.combine(datetime.now(UTC).astimezone(zone).date(), time())
    until = max(first, today) + timedelta(days=3 * 366)
    try:  # a date to come is the common answer, and the quick one to find
        occurs = next(local_occurrences(call, max(first, today), until, today.year), None) or next(
            local_occurrences(call, first, until), None
        )
    except Exception as exc:
        out.add(where, told("standing.cannot_expand", rule=_short(sc.rrule), why=exc))
        return None
    if occurs is None:
        check = told("standing.check_until") if sc.since or "UNTIL" in rule.text else ""
        out.add(where, told("standing.never", rule=_short(sc.rrule), check=check))
        return None
    if not _since_is_a_call(call, rule.interval, loc, out):
        return None
    if not _exdates_are_occurrences(call, sc.exdates, loc, out):
        return None
    return call


def _since_is_a_call(
    call: StandingCall, interval: int, loc: tuple[str | int, ...], out: Problems
) -> bool:
    """Whether `since`, when it decides which weeks (days, months, years) have the call
    (INTERVAL), is the date of one of its calls, as the INTERVAL refusal asks. One that is
    not would start the series on another day than the one written, without a word
    (newcomer14 L3); the problem names that day as the fix. (With COUNT alone, `since` only
    says where counting begins: the first call is the first day of the rule from it.)"""
    if call.since is None or interval == 1:
        return True
    day = call.since
    rule = parse_rule(call)
    lo = datetime.combine(day, time())
    if rule.between(lo, datetime.combine(day, time.max), inc=True):
        return True
    first = rule.after(lo)
    starts, fix = told("standing.no_call"), ""
    if first is not None:
        starts = told("standing.starts_on", day=first.date().isoformat(), weekday=_weekday(first))
        fix = told("standing.since_fix", day=first.date().isoformat())
    out.add(
        (*loc, "since"),
        told(
            "standing.since",
            day=day.isoformat(),
            weekday=_weekday(day),
            rule=_short(call.rrule),
            starts=starts,
            fix=fix,
        ),
    )
    return False


def _weekday(day: date) -> Said:
    """The name of the weekday of `day` in any language (Babel: "Friday", « vendredi »)."""
    from babel.dates import format_date

    from boundaries.i18n import LOCALES

    return Said(lambda lang: str(format_date(day, "EEEE", locale=LOCALES.get(lang, "en_US"))))


def _exdates_are_occurrences(
    call: StandingCall, exdates: list[date], loc: tuple[str | int, ...], out: Problems
) -> bool:
    """Whether every date of `exdates` is a day the call happens on; one that is not leaves
    nothing out (a call moved to another weekday, a typo), which is named at its place."""
    ok = True
    for j, day in enumerate(exdates):
        rule = parse_rule(call, year=day.year)
        lo = datetime.combine(day, time())
        if rule.between(lo, datetime.combine(day, time.max), inc=True):
            continue
        after = rule.after(lo)
        example = told("standing.such_as", day=after.date().isoformat()) if after else ""
        out.add(
            (*loc, "exdates", j),
            told("standing.exdate", day=day.isoformat(), rule=call.rrule, example=example),
        )
        ok = False
    return ok


def _short(raw: str) -> str:
    return repr(raw if len(raw) <= 80 else raw[:77] + "...")


def calendar_sources(spec: CalendarSpec, folder: Path, out: Problems) -> CalendarSources:
    """The `[calendar]` section: busy calendars (https:// addresses, or .ics files relative to
    `folder`, the configuration file's, which must exist and be iCalendar) and the CalDAV
    calendar; what cannot be used is a problem at its key."""
    sources: list[str] = []
    for j, raw in enumerate(spec.busy):
        source = raw.strip()
        scheme = source.split("://", 1)[0].lower() if "://" in source else ""
        if scheme == "webcal":
            source = "https://" + source.split("://", 1)[1]
        elif scheme == "http":
            host = (urlsplit(source).hostname or "").lower()
            if host not in LOOPBACK:
                out.add(("calendar", "busy", j), told("calendar.plain_http", raw=raw))
                continue
        elif scheme not in ("", "https", "file"):
            out.add(("calendar", "busy", j), told("calendar.scheme", raw=raw, scheme=scheme))
            continue
        if scheme in ("", "file"):
            path = Path(source[7:] if scheme == "file" else source).expanduser()
            if scheme == "":
                path = path if path.is_absolute() else (folder / path)
                source = str(path)
            if (problem := busy_file_problem(path)) is not None:
                out.add(
                    ("calendar", "busy", j), told("calendar.busy_file", raw=raw, problem=problem)
                )
                continue
        sources.append(source)
    caldav = spec.caldav_url.strip() if spec.caldav_url else None
    if caldav and (problem := caldav_url_problem(caldav)) is not None:
        out.add(("calendar", "caldav_url"), problem)
    return CalendarSources(
        busy=tuple(sources),
        refresh_minutes=spec.refresh_minutes,
        caldav_url=caldav,
        caldav_username=spec.caldav_username,
    )


def busy_file_problem(path: Path) -> str | None:
    """Why the busy calendar file at `path` cannot be read as iCalendar, with the fix: missing,
    not iCalendar, too large, or holding events whose times cannot be read
    (`calendar_problem`): a `Said`, in any language; None when it can."""
    fix = told("calendar.file_fix")
    from boundaries.integrations.calendar.busy import MAX_BYTES, calendar_problem, web_page

    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return told("calendar.file_missing", path=path, fix=fix)
    except IsADirectoryError:
        return told("calendar.file_folder", path=path, fix=fix)
    except OSError as exc:
        return told("calendar.file_unreadable", path=path, why=exc.strerror, fix=fix)
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if web_page(text):
        return told("calendar.web_page", path=path, fix=fix)
    if not text.upper().startswith("BEGIN:VCALENDAR"):
        return told("calendar.not_icalendar", path=path, fix=fix)
    if len(data) > MAX_BYTES:
        return told("calendar.too_large", path=path, mb=MAX_BYTES // 1_000_000, fix=fix)
    if calendar_problem(text) is None:  # events whose times cannot be read, named
        return None
    return Said(lambda lang: calendar_problem(text, lang) or "")


def caldav_url_problem(url: str) -> Said | None:
    """Why `url` cannot be the CalDAV calendar the standing calls are written to, with the
    fix; None when it can: an https:// address (plain http:// only on loopback, for local
    servers and tests: the password would travel unencrypted), and the caldav library
    installed (the extra `boundaries[caldav]`)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return told("calendar.caldav_not_http", url=url)
    if parts.scheme.lower() == "http" and parts.hostname.lower() not in LOOPBACK:
        return told("calendar.caldav_plain_http", url=url)
    if importlib.util.find_spec("caldav") is None:
        return told("calendar.caldav_library")
    return None


def _when(start: datetime, zone: ZoneInfo) -> Said:
    """A call's start in `zone`, its weekday in any language: "Fri 2026-12-04 10:00",
    « ven. 2026-12-04 10:00 » (Babel's abbreviated weekday)."""
    from babel.dates import format_datetime

    from boundaries.i18n import LOCALES

    local = start.astimezone(zone)

    def words(lang: str) -> str:
        weekday = format_datetime(local, "EEE", locale=LOCALES.get(lang, "en_US"))
        return f"{weekday} {local:%Y-%m-%d %H:%M}"

    return Said(words)


def no_overlaps(config: Config, out: Problems, positions: Sequence[int] | None = None) -> None:
    """Refuse standing calls (of any clients) that overlap within the next year, or the next
    28 years when one of them is monthly or yearly (`CALENDAR_CYCLE`).

    Expanded by the same `Calendar` the decision uses, so what is checked is what happens.
    `positions[i]` is the place in the file of `config.clients[i]` (clients that could not be
    read are left out of `config`); by default the same. Each client's calls are its own,
    whatever its id: a `Calendar` finds a client by id, so two clients sharing one (a
    duplicate id, named by the loader) would otherwise both get the calls of one of them,
    and "overlap" with themselves. A client whose id was refused is named by its place in
    the file, not by the stand-in put there (trial32 §8).
    """
    zone = config.consultant.zone
    now = datetime.now(UTC)
    spans: list[tuple[datetime, datetime, int, int]] = []
    rules = [sc.rrule for client in config.clients for sc in client.standing_calls]
    weekly = all(_WEEKLY_AT_MOST.search(rule) for rule in rules)
    horizon = OVERLAP_HORIZON if weekly or len(rules) < 2 else CALENDAR_CYCLE
    for i, client in enumerate(config.clients):
        calendar = Calendar(replace(config, clients=(client,)))
        for slot in calendar.between(client.id, now, now + horizon):
            spans.append((slot.start, slot.end, i, slot.call_index))
    spans.sort()
    reported: set[tuple[int, int, int, int]] = set()
    latest: tuple[datetime, datetime, int, int] | None = None
    for span in spans:
        if latest is not None and span[0] < latest[1]:
            key = (latest[2], latest[3], span[2], span[3])
            if key not in reported:
                reported.add(key)
                other = config.clients[latest[2]].id
                who = told("standing.who", id=other)
                at = positions[latest[2]] if positions is not None else latest[2]
                if out.stood_in(("client", at, "id")):  # its id was refused
                    who = told("standing.who_placed", where=out.where(("client", at)))
                elif sum(c.id == other for c in config.clients) > 1:  # its id names two
                    who = told("standing.who_at", where=out.where(("client", at)), id=other)
                place = positions[span[2]] if positions is not None else span[2]
                out.add(
                    ("client", place, "standing_calls", span[3]),
                    told("standing.overlaps", index=latest[3], who=who, when=_when(span[0], zone)),
                )
        if latest is None or span[1] > latest[1]:
            latest = span
