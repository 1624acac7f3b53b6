"""The VTIMEZONE of the feed, right for every occurrence of a series without end (§3, §11).

icalendar's `Timezone.from_tzinfo` (what `Calendar.add_missing_timezones` writes) lists each
change of the zone as an RDATE between two dates and says "This timezone only works from … to
…": a weekly call without end would be shown an hour off by a program that reads the embedded
zone once the list ran out (its DTSTARTs are also the local time after each change, an hour
off for a program that reads them in TZOFFSETFROM as RFC 5545 says). Here the zone's current
yearly rules are written as RRULEs without end, as the tz database states them (and as
calendar servers write them); changes before those rules settled, when the feed reaches back
that far, are RDATEs. All come from the `ZoneInfo` the decision uses, so the feed and the
decision cannot disagree.
"""

from __future__ import annotations

import calendar as months
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import icalendar

HORIZON_YEAR = 2150
"""Rules are looked for back from this year: the tz database's explicit changes end well
before (Morocco's list runs to 2087); after them a zone follows one yearly rule for ever."""
SETTLED_YEARS = 30
"""A rule must hold this many years up to the horizon to be taken as the zone's own."""
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Change:
    """One change of a zone's offset: the local wall time it happens at (naive, in the offset
    before it, as RFC 5545 §3.6.5 writes an observance's DTSTART), the offsets around it, and
    the observance it starts (daylight saving or not, its abbreviation)."""

    local: datetime
    offset_from: timedelta
    offset_to: timedelta
    dst: bool
    name: str

    def same_kind(self, other: Change) -> bool:
        """Whether `other` is this change another year (same offsets, name and hour)."""
        return (self.offset_from, self.offset_to, self.dst, self.name, self.local.time()) == (
            other.offset_from,
            other.offset_to,
            other.dst,
            other.name,
            other.local.time(),
        )

    def rules(self) -> set[str]:
        """The yearly RRULE parts this change's day fits: its weekday counted from the start
        or the end of the month, that weekday within a week of days (for rules such as
        Israel's "the Friday before the last Sunday"), or its day of the month; e.g.
        {"BYMONTH=3;BYDAY=-1SU", "BYMONTH=3;BYMONTHDAY=29", "BYMONTH=3;BYDAY=SU;BYMONTHDAY=…"}."""
        day, month, weekday = self.local.day, self.local.month, WEEKDAYS[self.local.weekday()]
        length = months.monthrange(self.local.year, month)[1]
        out = {f"BYMONTH={month};BYMONTHDAY={day}"}
        if day <= 28:
            out.add(f"BYMONTH={month};BYDAY={(day - 1) // 7 + 1}{weekday}")
        if day + 7 > length:
            out.add(f"BYMONTH={month};BYDAY=-1{weekday}")
        for first in range(max(1, day - 6), min(day, length - 6) + 1):
            days = ",".join(str(d) for d in range(first, first + 7))
            out.add(f"BYMONTH={month};BYDAY={weekday};BYMONTHDAY={days}")
        return out


def _state(zone: ZoneInfo, at: datetime) -> tuple[timedelta | None, timedelta | None, str | None]:
    local = at.astimezone(zone)
    return local.utcoffset(), local.dst(), local.tzname()


@lru_cache(maxsize=4096)
def changes(zone: ZoneInfo, year: int) -> tuple[Change, ...]:
    """The changes of `zone` in `year` (UTC), in order, each found to the second."""
    out: list[Change] = []
    at = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    state = _state(zone, at)
    step = timedelta(days=1)  # no zone changes twice within a day
    while at < end:
        following = min(at + step, end)
        new = _state(zone, following)
        if new != state:  # changed in (at, following]: found to the second
            lo, hi = int(at.timestamp()), int(following.timestamp())
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _state(zone, datetime.fromtimestamp(mid, UTC)) == state:
                    lo = mid
                else:
                    hi = mid
            moment = datetime.fromtimestamp(hi, UTC)
            offset_from = datetime.fromtimestamp(lo, UTC).astimezone(zone).utcoffset()
            offset_from = offset_from or timedelta()
            changed = moment.astimezone(zone)
            out.append(
                Change(
                    local=(moment + offset_from).replace(tzinfo=None),
                    offset_from=offset_from,
                    offset_to=changed.utcoffset() or timedelta(),
                    dst=(changed.dst() or timedelta()) > timedelta(),
                    name=_name(changed),
                )
            )
            state, at = _state(zone, moment), moment
            continue
        at = following
    return tuple(out)


@dataclass(frozen=True)
class YearlyRules:
    """How a zone has changed every year since `since` and will for ever: each change of
    `since` with the RRULE part it follows (empty: the zone no longer changes)."""

    since: int
    changes: tuple[tuple[Change, str], ...]


@lru_cache(maxsize=64)
def yearly_rules(zone: ZoneInfo, not_after: int) -> YearlyRules | None:
    """The rules `zone` follows from some year up to `HORIZON_YEAR`, from the earliest year
    (not before `not_after`) they hold; None when no rule holds up to the horizon."""
    settled = changes(zone, HORIZON_YEAR)
    fits = [c.rules() for c in settled]
    since = HORIZON_YEAR
    for year in range(HORIZON_YEAR - 1, not_after - 1, -1):
        earlier = changes(zone, year)
        if len(earlier) != len(settled) or not all(
            a.same_kind(b) for a, b in zip(earlier, settled, strict=True)
        ):
            break
        narrowed = [f & c.rules() for f, c in zip(fits, earlier, strict=True)]
        if not all(narrowed):
            break
        fits, since = narrowed, year
    if HORIZON_YEAR - since < SETTLED_YEARS:
        return None
    first = changes(zone, since)
    return YearlyRules(since, tuple((c, _preferred(f)) for c, f in zip(first, fits, strict=True)))


def _preferred(fits: set[str]) -> str:
    """The simplest rule that fits: a weekday counted in the month ("BYDAY=-1SU"), then a
    weekday within a week of days, then a day of the month."""

    def rank(part: str) -> tuple[int, str]:
        return ("BYMONTHDAY" in part) + ("BYDAY" not in part), part

    return min(fits, key=rank)


def vtimezone(zone: ZoneInfo, first: date) -> icalendar.Timezone:
    """A VTIMEZONE for `zone` right from `first` (the earliest DTSTART it serves) for ever:
    the offset at the start of the year before, the changes until the zone's yearly rules
    settled (as DTSTART and RDATEs, when any are left after that start), then those rules as
    RRULEs without end. A zone with no rule up to `HORIZON_YEAR` (none in the tz database
    today) has every change until then written out, and says so in a COMMENT."""
    start = first.year - 1
    rules = yearly_rules(zone, start)
    settled = rules.since if rules is not None else HORIZON_YEAR
    out = icalendar.Timezone()
    out.add("TZID", zone.key)
    if rules is None:
        out.add("COMMENT", f"Every change until {HORIZON_YEAR} is listed.")
    opening = datetime(start, 1, 1)
    at = opening.replace(tzinfo=zone)
    offset = at.utcoffset() or timedelta()
    out.add_component(
        _observance(
            Change(opening, offset, offset, (at.dst() or timedelta()) > timedelta(), _name(at))
        )
    )
    history: dict[tuple[timedelta, timedelta, bool, str], list[Change]] = {}
    for year in range(start, settled):
        for change in changes(zone, year):
            key = (change.offset_from, change.offset_to, change.dst, change.name)
            history.setdefault(key, []).append(change)
    for group in history.values():
        observance = _observance(group[0])
        if len(group) > 1:
            observance.add("RDATE", [c.local for c in group[1:]])
        out.add_component(observance)
    for change, part in rules.changes if rules is not None else ():
        observance = _observance(change)
        observance.add("RRULE", icalendar.vRecur.from_ical(f"FREQ=YEARLY;{part}"))
        out.add_component(observance)
    return out


def _observance(change: Change) -> icalendar.Component:
    """The STANDARD or DAYLIGHT sub-component that `change` starts (its DTSTART the local
    time before the change, in TZOFFSETFROM, as RFC 5545 §3.6.5 reads it)."""
    out = icalendar.TimezoneDaylight() if change.dst else icalendar.TimezoneStandard()
    out.add("TZNAME", change.name)
    out.TZOFFSETFROM = change.offset_from
    out.TZOFFSETTO = change.offset_to
    out.DTSTART = change.local
    return out


def _name(local: datetime) -> str:
    return local.tzname() or ""
