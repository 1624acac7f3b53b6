"""The simulated day: the same world rules for every policy, and the figures it produces."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from boundaries.domain.agenda import Agenda
from boundaries.domain.busy import BusyTimes
from boundaries.domain.decision import is_reachable
from boundaries.domain.history import BURST_MIN_CALLS, BURST_WINDOW, MemoryHistory, caller_key
from boundaries.domain.model import Client, Config
from boundaries.domain.replies import DeferralReply
from boundaries.domain.schedule import Calendar, Skips, end_of_working_day
from boundaries.simulation.events import Event
from boundaries.simulation.followup import follow_through
from boundaries.simulation.policies import Policy, make_policy

URGENT_DEADLINE_MIN = 15.0
"""An urgent event learnt of later than this is missed (SPEC §6)."""

UNKNOWN = "unknown"


@dataclass
class Counts:
    """Figures for one client, or for everyone."""

    calls: int = 0
    rung: int = 0
    answered: int = 0
    interruptions: int = 0
    adhoc_rung: int = 0
    urgent_presses: int = 0
    bursts: int = 0
    voicemails: int = 0
    notifications: int = 0
    replies: int = 0
    agenda_items: int = 0
    answered_by_update: int = 0  # status checks an earlier update already answered
    emails_in: int = 0
    call_minutes: float = 0.0
    urgent_total: int = 0
    urgent_missed: int = 0
    urgent_max_delay_min: float = 0.0


@dataclass
class Result:
    """What the consultant would have lived through under one policy."""

    policy: str
    weeks: float
    totals: Counts
    per_client: dict[str, Counts]
    trace: list[dict[str, Any]] = field(default_factory=list)
    letters: list[DeferralReply | Agenda] = field(default_factory=list)
    """The deferral replies and agendas that would have been sent, in sending order."""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"policy": self.policy, "weeks": self.weeks}
        out.update(_rounded(asdict(self.totals)))
        out["interruptions_per_week"] = round(self.totals.interruptions / self.weeks, 2)
        out["per_client"] = {k: _rounded(asdict(v)) for k, v in sorted(self.per_client.items())}
        for k, v in out["per_client"].items():
            v["interruptions_per_week"] = round(self.per_client[k].interruptions / self.weeks, 2)
        return out


def _rounded(d: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 1) if isinstance(v, float) else v for k, v in d.items()}


def weeks_spanned(config: Config, events: Sequence[Event]) -> float:
    """Calendar days from the first event's day to the last's, inclusive, in weeks."""
    if not events:
        return 1.0
    zone = config.consultant.zone
    first = events[0].at.astimezone(zone).date()
    last = events[-1].at.astimezone(zone).date()
    return round(((last - first).days + 1) / 7, 2)


class _Day:
    """The world's clock-dependent facts: reachability, review times, bursts."""

    def __init__(self, config: Config, history: MemoryHistory, calendar: Calendar) -> None:
        self.config = config
        self.history = history
        self.calendar = calendar
        self._runs: dict[str, tuple[datetime, int]] = {}
        self._notified: dict[str, datetime] = {}
        self._reviews: dict[tuple[date, bool], datetime] = {}

    def reachable(self, at: datetime) -> bool:
        return is_reachable(self.config, self.history, at, self.calendar)

    def review(self, at: datetime) -> datetime:
        """The end-of-day review at which the consultant learns of `at`'s messages."""
        c = self.config.consultant
        local = at.astimezone(c.zone)
        end = c.day_ends[local.weekday()]
        key = (local.date(), end is None or local.time() > end)
        cached = self._reviews.get(key)
        if cached is None:
            cached = self._reviews[key] = end_of_working_day(c, at)
        return cached

    def burst(self, key: str, at: datetime) -> bool:
        """Count this call in its run; True when the run just became a burst."""
        run = self._runs.get(key)
        if run is not None and at - run[0] <= BURST_WINDOW:
            self._runs[key] = (run[0], run[1] + 1)
            return run[1] + 1 == BURST_MIN_CALLS
        self._runs[key] = (at, 1)
        return False

    def recently_notified(self, key: str, at: datetime) -> bool:
        last = self._notified.get(key)
        return last is not None and at - last <= BURST_WINDOW

    def notified(self, key: str, at: datetime) -> None:
        self._notified[key] = at


@dataclass(slots=True)
class _Step:
    """What happened with one event, for the figures and the trace."""

    action: str
    client: Client | None = None
    rang: bool = False
    answered: bool = False
    interruption: bool = False
    notified: bool = False
    reply: bool = False
    agenda: bool = False
    answered_by: str | None = None
    adhoc: bool = False  # rang on the client's weekly allowance
    urgent_press: bool = False  # the caller pressed 1
    learnt: datetime | None = None


def simulate(
    config: Config,
    events: Sequence[Event],
    policy_name: str = "boundaries",
    trace: bool = False,
    busy: BusyTimes | None = None,
    skipped: Skips = (),
) -> Result:
    """Replay events through a policy; every policy lives the same simulated day.

    `busy`: the consultant's own meetings (`simulate --busy`); during them nobody is reachable,
    whatever the policy, and Boundaries sends ad-hoc calls to voicemail ("busy").
    `skipped`: standing calls cancelled (`boundaries skip`, read from the store the replay is
    saved to): no slot, as live.
    """
    calendar = Calendar(config, skipped, busy=busy)
    history = MemoryHistory()
    policy = make_policy(policy_name, config, calendar, history)
    day = _Day(config, history, calendar)
    per_client: dict[str, Counts] = {}
    rows: list[dict[str, Any]] = []

    for event in events:
        kind = event.type
        if kind == "away":
            assert event.until is not None
            history.record_away(event.at, event.until)
            step = _Step("away", learnt=event.at)
            counts = None  # the consultant's own event: nobody's figures
        else:
            if kind == "call":
                client = config.client_by_phone(event.sender)
            else:
                client = config.client_by_email(event.to if kind == "email_out" else event.sender)
            counts = per_client.get(client.id if client else UNKNOWN)
            if counts is None:
                counts = per_client[client.id if client else UNKNOWN] = Counts()
            if kind == "call":
                step = _call(event, client, policy, calendar, day, counts)
            elif kind == "email_in":
                outcome = policy.on_email(event, client)
                counts.emails_in += 1
                step = _Step(
                    outcome.action,
                    client,
                    notified=outcome.notified,
                    agenda=outcome.action == "agenda",
                    answered_by=outcome.reason if outcome.action == "answered" else None,
                    learnt=event.at if outcome.notified else day.review(event.at),
                )
            elif kind == "invite":
                action = policy.on_invite(event, client).action
                step = _Step(
                    action,
                    client,
                    agenda=action == "propose_standing_call",
                    learnt=day.review(event.at),
                )
            else:  # email_out: the consultant's own update
                policy.on_update(event, client)
                step = _Step("update", client, learnt=event.at)
            counts.notifications += step.notified
            counts.replies += step.reply
            counts.agenda_items += step.agenda
            counts.answered_by_update += step.answered_by is not None

        if event.truth_urgent and counts is not None:
            assert step.learnt is not None
            delay = (step.learnt - event.at).total_seconds() / 60
            counts.urgent_total += 1
            counts.urgent_missed += delay > URGENT_DEADLINE_MIN
            counts.urgent_max_delay_min = max(counts.urgent_max_delay_min, delay)
        if trace:
            rows.append(_trace_row(event, step))
    heard = getattr(policy, "heard", None)
    letters: list[DeferralReply | Agenda] = []
    if heard is not None and events:
        letters = follow_through(config, calendar, heard, events, per_client, rows)
    return Result(
        policy_name,
        weeks_spanned(config, events),
        _sum(per_client.values()),
        per_client,
        rows,
        letters,
    )


def _call(
    event: Event,
    client: Client | None,
    policy: Policy,
    calendar: Calendar,
    day: _Day,
    counts: Counts,
) -> _Step:
    key = caller_key(client.id if client else None, event.sender)
    outcome = policy.on_call(event, client)
    step = _Step(outcome.action, client, rang=outcome.rang, notified=outcome.notified)
    if step.rang:
        step.answered = day.reachable(event.at)
        in_slot = outcome.in_slot
        if in_slot is None and client is not None:
            in_slot = calendar.slot_at(client.id, event.at) is not None
        step.interruption = client is None or not in_slot
    if not step.answered:
        vm = policy.on_voicemail(
            event,
            client,
            step.notified or day.recently_notified(key, event.at),
            pressed=outcome.urgent_press,
        )
        step.reply, step.agenda, step.answered_by = vm.reply, vm.agenda, vm.answered_by
        if vm.notified:
            step.notified = True
            step.action = "notify"
    if step.notified:
        day.notified(key, event.at)
    adhoc = outcome.used_allowance and step.answered
    step.adhoc = adhoc
    step.urgent_press = outcome.urgent_press
    policy.record(event, client, step.action, adhoc, step.notified)
    counts.calls += 1
    counts.rung += step.rang
    counts.answered += step.answered
    counts.interruptions += step.interruption
    counts.adhoc_rung += adhoc
    counts.urgent_presses += outcome.urgent_press
    counts.bursts += day.burst(key, event.at)
    counts.voicemails += not step.answered
    if step.answered:
        counts.call_minutes += event.duration_min
    step.learnt = event.at if step.answered or step.notified else day.review(event.at)
    return step


def _sum(parts: Iterable[Counts]) -> Counts:
    total = Counts()
    for part in parts:
        for f in fields(Counts):
            if f.name == "urgent_max_delay_min":
                total.urgent_max_delay_min = max(
                    total.urgent_max_delay_min, part.urgent_max_delay_min
                )
            else:
                setattr(total, f.name, getattr(total, f.name) + getattr(part, f.name))
    return total


def _trace_row(event: Event, step: _Step) -> dict[str, Any]:
    return {
        "i": event.index,
        "type": event.type,
        "at": event.at.isoformat(),
        "client": step.client.id if step.client else None,
        "action": step.action,
        "rang": step.rang,
        "answered": step.answered,
        "interruption": step.interruption,
        "notified": step.notified,
        "reply": step.reply,
        "reply_key": None,
        "agenda": step.agenda,
        "agenda_key": None,
        "answered_by": step.answered_by,
        "adhoc": step.adhoc,
        "urgent_press": step.urgent_press,
        "learnt_at": step.learnt.isoformat() if step.learnt else None,
    }
