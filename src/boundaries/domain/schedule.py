"""Standing-call slots and working time in the consultant's zone (DST-safe)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from boundaries.domain.model import Config, Consultant, StandingCall

SLOT_LEAD = timedelta(minutes=10)
"""A standing-call slot opens this long before the call's start (SPEC §4)."""

DEFAULT_ANCHOR = date(2000, 1, 3)
"""First day a rule counts from when a standing call has no `since` (a Monday)."""


@dataclass(frozen=True, order=True)
class Slot:
    """One occurrence of a standing call, in UTC: [opens, end) with the call at `start`."""

    opens: datetime
    start: datetime
    end: datetime
    client_id: str


def parse_rule(call: StandingCall, year: int | None = None) -> rrule:
    """The dateutil rule of a standing call, starting at its anchor in local naive time.

    With `year`, a rule whose occurrences do not depend on where it starts counting (no
    `since`, COUNT or INTERVAL) starts on 1 January of that year: same dates, less iterating.
    """
    first = call.since or DEFAULT_ANCHOR
    if year is not None and anchor_free(call):
        first = date(year, 1, 1)
    rule = rrulestr("RRULE:" + call.rrule, dtstart=datetime.combine(first, call.start))
    assert isinstance(rule, rrule)
    return rule


def anchor_free(call: StandingCall) -> bool:
    """Whether the rule's dates are the same whatever day it starts counting from."""
    upper = call.rrule.upper()
    return call.since is None and "COUNT=" not in upper and "INTERVAL=" not in upper


def to_utc(local_naive: datetime, zone: ZoneInfo) -> datetime:
    """Attach the zone to a local wall time (first of a repeated hour) and convert to UTC."""
    return local_naive.replace(tzinfo=zone).astimezone(UTC)


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


class Calendar:
    """Answers "is this a standing-call slot?" and "when is the next one?", with a year cache."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.zone = config.consultant.zone
        self._rules = {
            c.id: [(sc, parse_rule(sc)) for sc in c.standing_calls] for c in config.clients
        }
        self._years: dict[tuple[str, int], _Year] = {}

    def _expand(self, client_id: str, year: int) -> list[Slot]:
        slots: list[Slot] = []
        lo, hi = datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)
        for call, rule in self._rules.get(client_id, []):
            if anchor_free(call):
                rule = parse_rule(call, year)
            for local in rule.between(lo, hi, inc=True):
                start = to_utc(local, self.zone)
                end = to_utc(local + timedelta(minutes=call.minutes), self.zone)
                slots.append(Slot(start - SLOT_LEAD, start, end, client_id))
        return slots

    def _year(self, client_id: str, year: int) -> _Year:
        key = (client_id, year)
        cached = self._years.get(key)
        if cached is None:
            if client_id == ANY:
                slots = [s for c in self._rules for s in self._expand(c, year)]
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

    def next_call(self, client_id: str, after: datetime) -> Slot | None:
        """The next standing call of this client starting after `after`, within two years."""
        for y in (after.year - 1, after.year, after.year + 1, after.year + 2):
            cached = self._year(client_id, y)
            i = bisect.bisect_right(cached.starts, after)
            if i < len(cached.slots):
                return cached.slots[i]
        return None


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
