"""Standing-call slots and working time in the consultant's zone (DST-safe).

This is the one recurrence model: the configuration check, the overlap check, the decision,
the simulator, the greeting and the calendar feed all expand standing calls here.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from boundaries.domain.busy import BusyTimes
from boundaries.domain.model import Client, Config, Consultant, StandingCall

SLOT_LEAD = timedelta(minutes=10)
"""A standing-call slot opens this long before the call's start (SPEC §4)."""

DEFAULT_ANCHOR = date(2000, 1, 3)
"""The day a rule counts from when its standing call has no `since` (a Monday).

Only rules whose days do not depend on where counting starts may go without `since` (the
configuration refuses the others: FREQ=WEEKLY without BYDAY, COUNT, INTERVAL other than 1),
so for every accepted rule this anchor changes no date; it only gives dateutil a start.
"""

Skips = Collection[tuple[str, date]]
"""Cancelled occurrences: (client id, local date of the standing call)."""


@dataclass(frozen=True, order=True)
class Slot:
    """One occurrence of a standing call, in UTC: [opens, end) with the call at `start`.

    `day` is the occurrence's local date as the rule names it (what `skip --on` takes).
    """

    opens: datetime
    start: datetime
    end: datetime
    client_id: str
    day: date = field(default=date.min, compare=False)
    call_index: int = field(default=0, compare=False)


def anchor(call: StandingCall) -> date:
    """The first day the call's rule counts from: `since`, else `DEFAULT_ANCHOR`."""
    return call.since or DEFAULT_ANCHOR


def parse_rule(call: StandingCall, year: int | None = None) -> rrule:
    """The dateutil rule of a standing call, starting at its anchor in local naive time.

    With `year`, a rule whose occurrences do not depend on where it starts counting (no
    `since`, COUNT or INTERVAL) starts on 1 January of that year: same dates, less iterating.
    Raises `ValueError` for a rule the configuration would have refused.
    """
    first = anchor(call)
    if year is not None and anchor_free(call):
        first = date(year, 1, 1)
    rule = rrulestr("RRULE:" + call.rrule, dtstart=datetime.combine(first, call.start))
    if not isinstance(rule, rrule):  # an RRULE line alone always gives an rrule
        raise ValueError(f"cannot read rule {call.rrule!r}")
    return rule


def anchor_free(call: StandingCall) -> bool:
    """Whether the rule's dates are the same whatever day it starts counting from."""
    if call.since is not None:
        return False
    parts = dict(p.partition("=")[::2] for p in call.rrule.upper().split(";"))
    return "COUNT" not in parts and parts.get("INTERVAL", "1") == "1"


def to_utc(local_naive: datetime, zone: ZoneInfo) -> datetime:
    """A local wall time in UTC, resolved as RFC 5545 §3.3.5 says calendar programs do.

    A time that does not exist (skipped by a spring-forward change) is read with the offset
    before the change, i.e. it moves forward by the length of the gap (02:30 → 03:30 in
    Paris); a time that occurs twice (fall-back) is the first of the two. zoneinfo's
    `fold=0` does exactly this.
    """
    return local_naive.replace(tzinfo=zone, fold=0).astimezone(UTC)


def occurrence(local: datetime, call: StandingCall, zone: ZoneInfo, client_id: str, j: int) -> Slot:
    """The slot of one occurrence: end = start + the call's length (never a local subtraction)."""
    start = to_utc(local, zone)
    end = start + timedelta(minutes=call.minutes)
    return Slot(start - SLOT_LEAD, start, end, client_id, local.date(), j)


def local_occurrences(
    call: StandingCall, lo: datetime, hi: datetime, year: int | None = None
) -> Iterator[datetime]:
    """Local (naive) start times of a call in [lo, hi], its exceptions (`exdates`) removed."""
    excluded = set(call.exdates)
    for local in parse_rule(call, year).between(lo, hi, inc=True):
        if local.date() not in excluded:
            yield local


class _Year:
    """The slots of one calendar year, sorted, with the keys bisect needs."""

    __slots__ = ("opens", "slots", "starts")

    def __init__(self, slots: list[Slot]) -> None:
        slots.sort()
        self.slots = slots
        self.opens = [s.opens for s in slots]
        self.starts = [s.start for s in slots]

    def containing(self, at: datetime) -> Slot | None:
        i = bisect.bisect_right(self.opens, at) - 1
        # Slots of one client never overlap, so only the last two opened can hold `at`.
        for slot in self.slots[max(i - 1, 0) : i + 1]:
            if slot.opens <= at < slot.end:
                return slot
        return None


ANY = "*"
"""Key of the merged slots of every client (is the consultant in some standing call?)."""
MINUTE = timedelta(minutes=1)


class Calendar:
    """Answers "is this a standing-call slot?", "when is the next one?" and "is the consultant
    busy?", with a year cache. `skipped` occurrences have no slot; `busy` holds the times of
    the consultant's own calendars (SPEC §11)."""

    def __init__(self, config: Config, skipped: Skips = (), busy: BusyTimes | None = None) -> None:
        self.config = config
        self.zone = config.consultant.zone
        self.skipped = frozenset(skipped)
        self.busy = busy or BusyTimes()
        self._years: dict[tuple[str, int], _Year] = {}

    def with_changes(self, skipped: Skips | None = None, busy: BusyTimes | None = None) -> Calendar:
        """A calendar of the same configuration with other skips or busy times."""
        return Calendar(
            self.config,
            self.skipped if skipped is None else skipped,
            self.busy if busy is None else busy,
        )

    def _expand(self, client_id: str, year: int) -> list[Slot]:
        slots: list[Slot] = []
        client = self.config.client(client_id)
        if client is None:
            return slots
        lo, hi = datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)
        for j, call in enumerate(client.standing_calls):
            for local in local_occurrences(call, lo, hi, year if anchor_free(call) else None):
                if (client_id, local.date()) not in self.skipped:
                    slots.append(occurrence(local, call, self.zone, client_id, j))
        return slots

    def between(self, client_id: str, start: datetime, end: datetime) -> list[Slot]:
        """This client's slots whose call starts in [start, end), in time order."""
        out: list[Slot] = []
        for y in range(start.year - 1, end.year + 2):
            out.extend(s for s in self._year(client_id, y).slots if start <= s.start < end)
        return out

    def _year(self, client_id: str, year: int) -> _Year:
        key = (client_id, year)
        cached = self._years.get(key)
        if cached is None:
            if client_id == ANY:
                slots = [s for c in self.config.clients for s in self._expand(c.id, year)]
            else:
                slots = self._expand(client_id, year)
            cached = self._years[key] = _Year(slots)
        return cached

    @staticmethod
    def _years_around(at: datetime) -> tuple[int, ...]:
        """Local years whose slots may hold `at` (no zone is more than a day from UTC)."""
        if at.month == 1 and at.day <= 2:
            return (at.year - 1, at.year)
        if at.month == 12 and at.day >= 30:
            return (at.year, at.year + 1)
        return (at.year,)

    def slot_at(self, client_id: str, at: datetime) -> Slot | None:
        """The slot of this client's standing call that `at` falls in, if any."""
        for y in self._years_around(at):
            slot = self._year(client_id, y).containing(at)
            if slot is not None:
                return slot
        return None

    def any_slot_at(self, at: datetime, except_client: str | None = None) -> Slot | None:
        """A slot of another client's standing call at `at` (the consultant is busy then)."""
        for y in self._years_around(at):
            year = self._year(ANY, y)
            i = bisect.bisect_right(year.opens, at)
            # Slots of different clients never overlap either: look at the last few opened.
            for slot in year.slots[max(i - 3, 0) : i]:
                if slot.opens <= at < slot.end and slot.client_id != except_client:
                    return slot
        return None

    def has_call(self, client_id: str, start: datetime) -> bool:
        """Whether this client has a standing call starting at `start` (UTC): False once it
        is skipped, or moved away by a change of the configuration."""
        return any(s.start == start for s in self.between(client_id, start, start + MINUTE))

    def next_call(self, client_id: str, after: datetime) -> Slot | None:
        """The next standing call of this client starting after `after`, within two years."""
        for y in (after.year - 1, after.year, after.year + 1, after.year + 2):
            cached = self._year(client_id, y)
            i = bisect.bisect_right(cached.starts, after)
            if i < len(cached.slots):
                return cached.slots[i]
        return None


def next_standing_call(
    config: Config, client: Client, now: datetime, skipped: Skips = ()
) -> Slot | None:
    """The next real standing call of `client` starting after `now` (UTC-aware), skipped
    occurrences left out; None when it has none within two years.

    What the greeting, the agenda and the deferral replies name (SPEC §10, §11). Build a
    `Calendar` once and call `next_call` when asking many times.
    """
    return Calendar(config, skipped).next_call(client.id, now)


def in_working_hours(consultant: Consultant, local: datetime) -> bool:
    """Whether a local wall time lies inside one of the consultant's working blocks."""
    t = local.time()
    for start, end in consultant.blocks[local.weekday()]:  # noqa: SIM110 (hot path: no genexpr)
        if start <= t < end:
            return True
    return False


def end_of_working_day(consultant: Consultant, at: datetime) -> datetime:
    """The first end of a working day at or after `at`: when messages get reviewed."""
    zone = consultant.zone
    day = at.astimezone(zone).date()
    for _ in range(15):
        end = consultant.day_ends[day.weekday()]
        if end is not None:
            review = to_utc(datetime.combine(day, end), zone)
            if review >= at:
                return review
        day += timedelta(days=1)
    # No working hours at all: review at the end of the calendar day.
    return to_utc(datetime.combine(at.astimezone(zone).date() + timedelta(days=1), time()), zone)


def week_start(zone: ZoneInfo, at: datetime) -> date:
    """The Monday of the consultant-zone week containing `at`."""
    return local_week_start(at.astimezone(zone))


def local_week_start(local: datetime) -> date:
    """The Monday of the week of a local datetime."""
    day = local.date()
    return day - timedelta(days=day.weekday())
