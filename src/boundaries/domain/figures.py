"""SPEC §8 figures per client and per week: pure functions of observed calls and messages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from boundaries.domain.history import BURST_MIN_CALLS, BURST_WINDOW
from boundaries.domain.model import Client, Config
from boundaries.domain.period import Period
from boundaries.domain.schedule import Calendar

__all__ = [
    "UNKNOWN",
    "ClientFigures",
    "Contact",
    "Period",
    "Reply",
    "WeekFigures",
    "client_figures",
]

UNKNOWN = "unknown"
LEAD_IN = timedelta(days=1)
"""How long before a period its calls are read, to tell which burst a call of the period
belongs to: a burst's calls are within 20 minutes of its first (SPEC §4), so a day before
the period sees any burst across its start (unless calls came every 20 minutes or less for
the whole day before it)."""
"""The figures' id for callers who are no client (SPEC §8: `"id": "unknown"`)."""

DEFAULT_CALL_MINUTES = 10.0
"""Length of a demanded call when the client had no answered call to average (SPEC §8)."""


@dataclass(frozen=True, slots=True)
class Contact:
    """One call attempt or one message from a client, as the figures need it.

    `at` is aware (any zone; compared in UTC). `channel` is "call" or "email". For a call:
    `rang` (the policy let it ring), `answered` (the consultant picked up), `adhoc` (it rang
    on the weekly allowance), `minutes` (call time when answered), `urgent_press` (pressed 1),
    `voicemail` (not answered: it went to voicemail), `timed` (an answered call's length is
    known: a live call whose `completed` status never came is not). For what was said (a
    voicemail or an email), the triage's verdict: `content_free`, `status_check`,
    `answered_by` (the update that already answers a status check), `urgent`, `topic`.
    `caller` groups the calls of unknown numbers into bursts.
    """

    at: datetime
    client: str | None
    channel: str = "call"
    caller: str = ""
    rang: bool = False
    answered: bool = False
    adhoc: bool = False
    minutes: float = 0.0
    timed: bool = True
    urgent_press: bool = False
    voicemail: bool = False
    content_free: bool = False
    status_check: bool = False
    answered_by: str | None = None
    urgent: bool = False
    topic: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """A deferral reply to a client (SPEC §8: "the replies sent or waiting for approval"):
    `at` (aware) is when it went out, or when it was due while it still `waiting` for the
    consultant's approval (`approve_replies`, SPEC §10)."""

    client: str
    at: datetime
    waiting: bool = False


@dataclass
class WeekFigures:
    """The additive counts of one client in one week (or summed over several)."""

    calls: int = 0
    rung: int = 0
    answered: int = 0
    timed: int = 0  # answered calls whose length is known
    interruptions: int = 0
    adhoc_used: int = 0
    bursts: int = 0
    voicemails: int = 0
    content_free: int = 0
    status_checks: int = 0
    already_answered: int = 0
    urgent_presses: int = 0
    urgent_messages: int = 0
    minutes_on_calls: float = 0.0
    interruption_minutes: float = 0.0  # answered interruptions' call time
    attempts_outside_terms: int = 0  # out-of-slot attempts, a burst once (before allowance)
    demanded_calls: int = 0  # of those, beyond the weekly allowance
    replies_sent: int = 0  # deferral replies that went out
    calls_outside: int = 0  # calls outside the client's standing-call slots, each counted

    def __add__(self, other: WeekFigures) -> WeekFigures:
        return WeekFigures(*[getattr(self, n) + getattr(other, n) for n in _WEEK_FIELDS])


_WEEK_FIELDS = tuple(f.name for f in fields(WeekFigures))


@dataclass
class ClientFigures:
    """Everything SPEC §8 reports of one client over a period."""

    id: str
    adhoc_allowance: int
    refocus_minutes: int
    weeks: float
    by_week: dict[date, WeekFigures]
    total: WeekFigures = field(default_factory=WeekFigures)
    agenda: list[str] = field(default_factory=list)
    # a client with no standing call: the topics its replies said were noted (`noted_topics`)
    noted: list[str] = field(default_factory=list)
    # later standing calls (start UTC) that already hold topics: heard after the next call's
    # agenda went out, they wait for the call the reply names (`domain.agenda.agenda_calls`)
    later_agendas: list[tuple[datetime, list[str]]] = field(default_factory=list)
    replies_waiting: int = 0  # deferral replies waiting for approval now, whenever composed
    # the Mondays of the weeks of the period in which nothing was recorded for any client
    # (`unrecorded_weeks`) and how many of the period's days they hold: no evidence, left out
    # of every weekly average
    unrecorded: tuple[date, ...] = ()
    unrecorded_days: int = 0

    @property
    def adhoc_used_max_week(self) -> int:
        return max((w.adhoc_used for w in self.by_week.values()), default=0)

    @property
    def hours_lost(self) -> float:
        """Interruption call time plus `refocus_minutes` per interruption, in hours."""
        t = self.total
        return (t.interruption_minutes + self.refocus_minutes * t.interruptions) / 60

    @property
    def average_call_minutes(self) -> float:
        """Average length of the client's answered calls whose length is known; 10 minutes when
        none (SPEC §8): a call whose end the provider never reported (no status callback) is
        no call of 0 minutes (trial32 §11)."""
        t = self.total
        return t.minutes_on_calls / t.timed if t.timed else DEFAULT_CALL_MINUTES

    @property
    def demanded_hours(self) -> float:
        """Demanded availability over the period, in hours (SPEC §8)."""
        value = self.average_call_minutes + self.refocus_minutes
        return self.total.demanded_calls * value / 60

    @property
    def nothing_recorded(self) -> bool:
        """True when nothing was recorded for any client on any day of the period (every
        week `unrecorded`): no figures, not a client that asked for nothing (trial36 §5)."""
        return self.unrecorded_days >= round(self.weeks * 7)

    @property
    def averaging_weeks(self) -> float:
        """The weeks a weekly average divides by: the period's length in weeks (days / 7),
        at least one. Never fewer than one, so a partial week is not multiplied up (four
        calls on a Tuesday are not x 7, newcomer12 M3); and not the calendar weeks the
        period touches, so the same seven days read the same figure whether or not they
        straddle a Monday (newcomer14 M3): the figure moves by a seventh a day at most. The
        days of the weeks in which nothing was recorded for any client (`unrecorded`) are
        left out: a service that was not recording, not a client who stopped calling, as the
        coach reads them (trial35 §2: the premium halved after three such weeks)."""
        return max(self.weeks - self.unrecorded_days / 7, 1.0)

    @property
    def demanded_hours_per_week(self) -> float:
        """Demanded availability (SPEC §8) averaged over `averaging_weeks`, in hours a week:
        a period of a week or less reads its demand as is, a longer one its average."""
        return self.demanded_hours / self.averaging_weeks

    @property
    def adhoc_demand_per_week(self) -> float:
        """Out-of-slot call attempts a week (a burst once), averaged over `averaging_weeks`:
        what the allowance is set against, averaged as the demand is."""
        return self.total.attempts_outside_terms / self.averaging_weeks

    @property
    def hours_lost_per_week(self) -> float:
        """`hours_lost` averaged over `averaging_weeks`, in hours a week."""
        return self.hours_lost / self.averaging_weeks


class _Call(NamedTuple):
    """A call as bursts and demand see it: when, its week's Monday (None for a call before
    the period, which only tells which burst a call of the period belongs to), outside the
    slots."""

    at: datetime
    week: date | None
    outside: bool


def _slots(
    cal: Calendar, client_id: str, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """The client's standing-call slots [opens, end) that meet [start, end), in time order."""
    out: list[tuple[datetime, datetime]] = []
    slot = cal.slot_at(client_id, start) or cal.next_call(client_id, start)
    while slot is not None and slot.opens < end:
        out.append((slot.opens, slot.end))
        slot = cal.next_call(client_id, slot.start)
    return out


def _runs(calls: Sequence[_Call]) -> list[list[_Call]]:
    """Calls (time order) cut into runs: a run holds the calls within 20 minutes of its first
    (SPEC §4); a run of three or more is a burst. The simulator counts bursts the same way."""
    runs: list[list[_Call]] = []
    for call in calls:
        if runs and call.at - runs[-1][0].at <= BURST_WINDOW:
            runs[-1].append(call)
        else:
            runs.append([call])
    return runs


def client_figures(
    config: Config,
    contacts: Iterable[Contact],
    period: Period,
    calendar: Calendar | None = None,
    now: datetime | None = None,
    replies: Iterable[Reply] = (),
) -> list[ClientFigures]:
    """The figures of every client (config order) and of unknown callers (last, id
    "unknown", only when there were some) over `period`, from the contacts inside it, and
    the deferral `replies` sent inside it or waiting for approval (whenever composed).

    Weeks are Monday to Sunday in the consultant's zone (SPEC §3); a contact outside the
    period is ignored, except that the calls before it tell which burst a call of the
    period belongs to. A call is an interruption when it rang outside the client's
    standing-call slots (SPEC §6); a burst (SPEC §4) is counted once, in the week of its
    first call: a burst that began before the period is not counted in it, nor are its
    remaining calls counted one by one (newcomer15 M3: a period that starts in the middle
    of a burst does not see it as several attempts). Demanded availability (SPEC §8): per
    week, the call attempts outside the client's slots, a burst counting once, beyond
    `adhoc_calls_per_week`. `now` (default: the end of the period) decides which topics
    still wait for the next standing call. Give the calls of at least the day before the
    period with `contacts` (`LEAD_IN`) so that a burst across its start is seen whole.
    """
    zone = config.consultant.zone
    cal = calendar or Calendar(config)
    start, end = period.bounds(zone)
    moment = now or end
    grouped: dict[str, list[Contact]] = defaultdict(list)
    before: dict[str, list[Contact]] = defaultdict(list)  # calls before the period
    for c in contacts:
        who = c.client if c.client is not None else UNKNOWN
        if start <= c.at < end:
            grouped[who].append(c)
        elif c.at < start and c.channel == "call":
            before[who].append(c)
    written: dict[str, list[Reply]] = defaultdict(list)
    for r in replies:
        if r.waiting or start <= r.at < end:
            written[r.client].append(r)
    out = [
        _one(
            config,
            cal,
            c,
            sorted(grouped.get(c.id, []), key=_order),
            period,
            moment,
            sorted(before.get(c.id, []), key=_order),
        )
        for c in config.clients
    ]
    gaps = unrecorded_weeks(period, [c.at for group in grouped.values() for c in group], zone)
    gap_days = sum(
        1
        for i in range(period.days)
        if (d := period.first + timedelta(days=i)) - timedelta(days=d.weekday()) in gaps
    )
    for f in out:
        _add_replies(f, written.get(f.id, []), zone)
        f.unrecorded, f.unrecorded_days = gaps, gap_days
    if grouped.get(UNKNOWN):
        unknown = sorted(grouped[UNKNOWN], key=_order)
        earlier = sorted(before.get(UNKNOWN, []), key=_order)
        callers = _one(config, cal, None, unknown, period, moment, earlier)
        # the same weeks with nothing recorded: no figures for unknown callers either
        # (trial40 §7: their row read zeros beside the clients' "nothing recorded")
        callers.unrecorded, callers.unrecorded_days = gaps, gap_days
        out.append(callers)
    return out


def unrecorded_weeks(
    period: Period, moments: Iterable[datetime], zone: ZoneInfo
) -> tuple[date, ...]:
    """The Mondays (local) of the weeks (Monday to Sunday) `period` touches in which none of
    `moments` (every client's contacts, UTC) falls, oldest first."""
    recorded = {
        m.astimezone(zone).date() - timedelta(days=m.astimezone(zone).weekday()) for m in moments
    }
    return tuple(monday for monday in period.mondays() if monday not in recorded)


def _add_replies(f: ClientFigures, replies: list[Reply], zone: ZoneInfo) -> None:
    """Count a client's replies: those sent in the week they went out, those waiting apart."""
    for r in replies:
        if r.waiting:
            f.replies_waiting += 1
            continue
        day = r.at.astimezone(zone).date()
        monday = day - timedelta(days=day.weekday())
        if monday in f.by_week:
            f.by_week[monday].replies_sent += 1
            f.total.replies_sent += 1


def _order(c: Contact) -> tuple[datetime, str, str]:
    return (c.at, c.channel, c.caller)


def _one(
    config: Config,
    cal: Calendar,
    client: Client | None,
    contacts: list[Contact],
    period: Period,
    now: datetime,
    before: Sequence[Contact] = (),
) -> ClientFigures:
    """One client's figures from its contacts in time order (a single pass: weeks and
    standing-call slots are walked alongside, not looked up per contact); `before`: its
    calls before the period, in time order, for the bursts they begin."""
    zone = config.consultant.zone
    refocus = config.service.refocus_minutes
    allowance = client.adhoc_calls_per_week if client else 0
    mondays = period.mondays()
    weeks: dict[date, WeekFigures] = {monday: WeekFigures() for monday in mondays}
    ends = [datetime.combine(m + timedelta(days=7), time(), zone).astimezone(UTC) for m in mondays]
    slots = _slots(cal, client.id, *period.bounds(zone)) if client else []
    calls: dict[str, list[_Call]] = defaultdict(list)  # by caller key, for bursts
    for c in before:
        calls[client.id if client else "tel:" + c.caller].append(_Call(c.at, None, False))
    k = j = 0
    for c in contacts:
        while k < len(ends) - 1 and c.at >= ends[k]:
            k += 1
        monday = mondays[k]
        w = weeks[monday]
        if c.channel == "call":
            while j < len(slots) and slots[j][1] <= c.at:
                j += 1
            out_of_slot = not (j < len(slots) and slots[j][0] <= c.at)
            calls[client.id if client else "tel:" + c.caller].append(
                _Call(c.at, monday, out_of_slot)
            )
            w.calls += 1
            w.calls_outside += out_of_slot
            w.rung += c.rang
            w.answered += c.answered
            w.timed += c.answered and c.timed
            w.adhoc_used += c.adhoc
            w.urgent_presses += c.urgent_press
            if c.answered:
                w.minutes_on_calls += c.minutes
            if c.rang and out_of_slot:
                w.interruptions += 1
                if c.answered:
                    w.interruption_minutes += c.minutes
            if not c.voicemail:
                # an urgent transcript of a call that rang through (`reporting.evidence`)
                w.urgent_messages += c.urgent
                continue
            w.voicemails += 1
            # a ring in the client's own slot that went to voicemail is the consultant's
            # missed standing call: saying nothing then is not the client's failing
            w.content_free += c.content_free and (out_of_slot or not c.rang)
        w.status_checks += c.status_check
        w.already_answered += c.status_check and c.answered_by is not None
        w.urgent_messages += c.urgent
    for run_calls in calls.values():
        for run in _runs(run_calls):
            began = run[0].week
            if len(run) >= BURST_MIN_CALLS:
                if began is None:
                    continue  # a burst that began before the period: counted in its own week
                weeks[began].bursts += 1
                first_outside = next((call for call in run if call.outside), None)
                if first_outside is not None and first_outside.week is not None:
                    weeks[first_outside.week].attempts_outside_terms += 1
            else:
                for call in run:
                    if call.outside and call.week is not None:
                        weeks[call.week].attempts_outside_terms += 1
    total = WeekFigures()
    for w in weeks.values():
        w.demanded_calls = max(0, w.attempts_outside_terms - allowance)
        total = total + w
    return ClientFigures(
        id=client.id if client else UNKNOWN,
        adhoc_allowance=allowance,
        refocus_minutes=refocus,
        weeks=period.weeks,
        by_week=weeks,
        total=total,
        agenda=agenda_topics(cal, client, contacts, now) if client else [],
        noted=noted_topics(client, contacts, now) if client else [],
    )


def agenda_topics(
    cal: Calendar, client: Client, contacts: Sequence[Contact], now: datetime
) -> list[str]:
    """Topics waiting for the client's next standing call: what its voicemails and emails
    raised since its last standing call began (before `now`), neither urgent nor
    content-free, each topic once, oldest first. Empty when it has no standing call
    (`noted_topics` then)."""
    if not client.standing_calls:
        return []
    return _topics(contacts, previous_standing_call(cal, client.id, now), now)


def noted_topics(client: Client, contacts: Sequence[Contact], now: datetime) -> list[str]:
    """For a client with no standing call, the topics its messages raised up to `now` (those
    given, the period's), as `agenda_topics` reads them: its replies say they are noted,
    and with no call to take them up they wait for the consultant (trial35 §5: stored, and
    shown nowhere). Empty for a client with standing calls."""
    return [] if client.standing_calls else _topics(contacts, None, now)


def _topics(contacts: Sequence[Contact], since: datetime | None, now: datetime) -> list[str]:
    """The topics of `contacts` from `since` (None: all) to `now`, neither urgent (by its
    words, or by the caller pressing 1: as the live agenda, `integrations.mail.heard`,
    trial42 §2) nor content-free, each once, oldest first."""
    seen: dict[str, None] = {}
    for c in contacts:
        said = c.voicemail or c.channel != "call"
        fresh = (since is None or c.at >= since) and c.at <= now
        urgent = c.urgent or c.urgent_press
        if said and fresh and c.topic and not urgent and not c.content_free:
            seen.setdefault(c.topic, None)
    return list(seen)


def previous_standing_call(cal: Calendar, client_id: str, now: datetime) -> datetime | None:
    """Start (UTC) of the client's last standing call that began at or before `now`."""
    probe = now - timedelta(days=62)
    last: datetime | None = None
    while True:
        slot = cal.next_call(client_id, probe)
        if slot is None or slot.start > now:
            return last
        last, probe = slot.start, slot.start
