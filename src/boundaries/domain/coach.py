"""The conversation of SPEC §8: five steps, the evidence around each, and when to move on."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from boundaries.domain.figures import ClientFigures, Period

STEPS = ("talk", "pushback", "defer", "rates", "decide")
"""The steps, in order (SPEC §8)."""

JUDGE_AFTER_WEEKS = 3
"""Whole weeks of figures after the step's own week before saying whether it worked, and how
many of the latest are judged: the demand as it is now (SPEC §8's example, "three weeks after
`defer`, ad-hoc demand still above twice the allowance")."""

EVIDENCE_WEEKS = 4
"""How many weeks before a step are shown next to those after it."""

MIN_EXCESS = 0.5
"""Ad-hoc calls a week beyond a limit (the allowance, or twice it) that put a client over it:
one call a fortnight. Less is no pattern to talk about: with no calls allowed, one voicemail
in three months (0.1 a week) started the direct conversation, and after `defer` it moved on
to a rise (trial34 §1)."""


def beyond(demand: float, limit: float) -> bool:
    """Whether a weekly ad-hoc `demand` is over `limit` by more than `MIN_EXCESS`: one call a
    fortnight beyond it is no pattern (README; trial37 §5: 1.5 a week for 1 allowed started
    the direct conversation). Compared to the 1/100 of a call the figures are shown to."""
    return round(demand - limit, 2) > MIN_EXCESS


def earliest_step_day(
    client_first: date | None, account_first: date | None, today: date
) -> tuple[date | None, str]:
    """The earliest day a step with a client may be recorded on, and why: "client", the day
    of its first stored event; "account", the store's first event, the client having none
    yet; "none" (no bound: None) when nothing is stored to judge it against. A step is judged
    against the figures around it, so a day before any of them is a typo (of the year, say),
    not a step. Local days; never after `today`."""
    if client_first is not None:
        return min(client_first, today), "client"
    if account_first is not None:
        return min(account_first, today), "account"
    return None, "none"


class Verdict(StrEnum):
    """What the figures say about the current step."""

    NO_STEP = "no_step"  # nothing recorded yet and the client asks beyond its terms
    WITHIN_TERMS = "within_terms"  # nothing recorded and nothing to talk about
    TOO_EARLY = "too_early"  # fewer than three whole weeks after the step's own week
    TOO_FEW = "too_few"  # nothing recorded yet, and fewer than three whole weeks of figures
    WORKED = "worked"  # ad-hoc demand at or under the allowance
    PARTLY = "partly"  # better than twice the allowance, not yet within it
    NOT_WORKED = "not_worked"  # still above twice the allowance: move on
    LAST = "last"  # `decide` was taken: there is no further step


@dataclass(frozen=True)
class WeekEvidence:
    """One week of a client's figures: calls, interruptions, ad-hoc demand (a burst once)."""

    week: date
    calls: int
    interruptions: int
    adhoc_demand: int
    complete: bool
    # False: nothing at all was stored that week (the service was not recording), not a
    # client who did not call (trial40 §7, as the dashboard says it)
    recorded: bool = True


@dataclass(frozen=True)
class Advice:
    """Where a client's conversation stands and what to do next."""

    client_id: str
    step: str | None
    on: date | None
    before: tuple[WeekEvidence, ...]
    after: tuple[WeekEvidence, ...]
    demand_per_week: float  # ad-hoc demand a week over the complete weeks judged
    allowance: int
    verdict: Verdict
    next_step: str | None
    move_on: bool
    judged: tuple[WeekEvidence, ...] = ()  # the complete weeks `demand_per_week` is taken over

    @property
    def window(self) -> Period | None:
        """The days the verdict judged after a recorded step (Monday of the first judged week
        to Sunday of the last), which the script's figures cover too; None without a recorded
        step (the whole period is judged) or before a whole week has passed since its week."""
        if self.step is None or not self.judged:
            return None
        return Period(self.judged[0].week, self.judged[-1].week + timedelta(days=6))


def next_after(step: str | None) -> str | None:
    """The step that follows `step` (the first when None; None after the last)."""
    if step is None:
        return STEPS[0]
    i = STEPS.index(step)
    return STEPS[i + 1] if i + 1 < len(STEPS) else None


def _recorded(monday: date, period: Period, recorded_weeks: Collection[date] | None) -> bool:
    """Whether the week of `monday` was recorded: an event was stored in it, or it is the
    week the period ends in, begun after a recorded week (nothing yet on a Monday morning is
    a week just begun, not a service that was off, trial48 R3)."""
    if recorded_weeks is None or monday in recorded_weeks:
        return True
    return monday + timedelta(days=6) > period.last and monday - timedelta(days=7) in (
        recorded_weeks
    )


def advise(
    figures: ClientFigures,
    period: Period,
    recorded: Sequence[tuple[str, date]],
    recorded_weeks: Collection[date] | None = None,
) -> Advice:
    """Judge the client's latest recorded step (`recorded`: (step, local day), oldest first).

    Weeks before the step are those that ended before its week began; weeks since are the
    step's own week (Monday to Sunday, consultant's zone) and those after it, all shown. The
    step's own week is never judged: the client has not yet had a whole week of the new
    terms, and one heavy week there would outweigh the weeks that follow. The verdict judges
    the demand as it is now: the latest `JUDGE_AFTER_WEEKS` complete weeks after the step's
    week (`Advice.judged`; fewer is too early). The step has not worked when the client's
    ad-hoc demand there (call attempts outside its standing-call slots, a burst once) is
    still above twice its weekly allowance (SPEC §8); it worked when the demand is within
    the allowance. Without a recorded step, the complete weeks of the whole period are
    judged against the allowance, and a step is proposed only on `JUDGE_AFTER_WEEKS` of them
    or more (`Verdict.TOO_FEW` before).

    `recorded_weeks` are the Mondays (local) of the weeks in which any event was stored for
    any client (None: every week counts): a week without one is no evidence, whatever it
    shows. Nothing recorded at all — after the last event, or in a gap between two (a replay
    ending, a call weeks later) — is a service that was not recording, not a client who
    stopped calling, and three such weeks must not read as "it worked" (newcomer58 §10,
    trial60 §4); a client silent while others are recorded still counts."""
    weeks = [
        WeekEvidence(
            monday,
            wk.calls,
            wk.interruptions,
            wk.attempts_outside_terms,
            monday + timedelta(days=6) <= period.last
            and monday >= period.first
            and (recorded_weeks is None or monday in recorded_weeks),
            _recorded(monday, period, recorded_weeks),
        )
        for monday, wk in sorted(figures.by_week.items())
    ]
    allowance = figures.adhoc_allowance
    if not recorded:
        judged = [w for w in weeks if w.complete]
        demand = _per_week(judged or weeks)
        if len(judged) < JUDGE_AFTER_WEEKS and beyond(demand, allowance):
            # one call on the first day is no pattern (trial35 §6: "over a single day, I had
            # 1 call from you, about 1 a working day"): a step is proposed on as many whole
            # weeks as one is judged on
            verdict = Verdict.TOO_FEW
        elif not beyond(demand, allowance):
            verdict = Verdict.WITHIN_TERMS
        else:
            verdict = Verdict.NO_STEP
        nxt = STEPS[0] if verdict is Verdict.NO_STEP else None
        return Advice(
            figures.id,
            None,
            None,
            (),
            tuple(weeks),
            demand,
            allowance,
            verdict,
            nxt,
            nxt is not None,
            tuple(judged),
        )
    step, on = recorded[-1]
    own_week = on - timedelta(days=on.weekday())
    before = tuple(w for w in weeks if w.week < own_week)[-EVIDENCE_WEEKS:]
    after = tuple(w for w in weeks if w.week >= own_week)
    judged = [w for w in after if w.week > own_week and w.complete][-JUDGE_AFTER_WEEKS:]
    demand = _per_week(judged)
    following = next_after(step)
    if following is None:
        verdict, move_on = Verdict.LAST, False
    elif len(judged) < JUDGE_AFTER_WEEKS:
        verdict, move_on = Verdict.TOO_EARLY, False
    elif beyond(demand, 2 * allowance):
        verdict, move_on = Verdict.NOT_WORKED, True
    elif not beyond(demand, allowance):
        verdict, move_on = Verdict.WORKED, False
    else:
        verdict, move_on = Verdict.PARTLY, False
    return Advice(
        figures.id,
        step,
        on,
        before,
        after,
        demand,
        allowance,
        verdict,
        following,
        move_on,
        tuple(judged),
    )


def _per_week(weeks: Sequence[WeekEvidence]) -> float:
    return sum(w.adhoc_demand for w in weeks) / len(weeks) if weeks else 0.0
