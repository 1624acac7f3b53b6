"""The call decision: each rule, and properties that must hold for any sequence of calls."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from boundaries.config import parse_config
from boundaries.domain.decision import Action, IncomingCall, decide
from boundaries.domain.history import MemoryHistory, PastCall
from boundaries.domain.schedule import Calendar, week_start
from tests.conftest import BASE_TOML

PARIS = ZoneInfo("Europe/Paris")
HORIZON = "+33123456789"
STRANGER = "+33970123456"
CONFIG = parse_config(BASE_TOML)
CAL = Calendar(CONFIG)


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def run(calls: list[tuple[datetime, str, bool]]) -> list[tuple[str, bool]]:
    """Decide a sequence of calls, recording each, as the live service and simulator do."""
    history = MemoryHistory()
    out = []
    for at, caller, pressed in calls:
        d = decide(CONFIG, history, at, IncomingCall(caller), CAL)
        if d.action is Action.VOICEMAIL and d.offer_urgent_line and pressed:
            d = decide(CONFIG, history, at, IncomingCall(caller, urgent_press=True), CAL)
        history.record_call(
            PastCall(
                at,
                caller,
                d.client_id,
                str(d.action),
                used_allowance=d.uses_allowance,
                notified=d.action is Action.NOTIFY,
            ),
            week_start(PARIS, at),
        )
        out.append((str(d.action), d.uses_allowance))
    return out


def test_call_in_standing_slot_connects_without_using_the_allowance():
    d = decide(CONFIG, MemoryHistory(), paris(2026, 11, 27, 9, 55), IncomingCall(HORIZON))
    assert d.action is Action.CONNECT and d.in_standing_slot and not d.uses_allowance
    assert "standing call" in d.reason


def test_adhoc_calls_ring_until_the_weekly_allowance_is_used():
    monday = paris(2026, 11, 23, 9, 30)
    calls = [(monday + timedelta(hours=h), HORIZON, False) for h in (0, 1, 2)]
    assert run(calls) == [("connect", True), ("connect", True), ("voicemail", False)]


def test_allowance_reason_is_readable():
    history = MemoryHistory()
    monday = paris(2026, 11, 23, 9, 30)
    week = week_start(PARIS, monday)
    for _ in range(2):
        history.record_call(PastCall(monday, HORIZON, "horizon", "connect", True), week)
    d = decide(CONFIG, history, monday + timedelta(hours=2), IncomingCall(HORIZON))
    assert d.reason == "ad-hoc allowance for Association Horizon used: 2 of 2 this week"
    assert d.offer_urgent_line


def test_allowance_renews_on_monday_in_the_consultant_zone():
    friday = paris(2026, 11, 27, 15, 0)
    calls = [(friday, HORIZON, False), (friday + timedelta(hours=1), HORIZON, False)]
    calls.append((friday + timedelta(hours=2), HORIZON, False))
    calls.append((paris(2026, 11, 30, 9, 5), HORIZON, False))
    assert [a for a, _ in run(calls)] == ["connect", "connect", "voicemail", "connect"]


def test_outside_working_hours_goes_to_voicemail():
    d = decide(CONFIG, MemoryHistory(), paris(2026, 11, 23, 13, 0), IncomingCall(HORIZON))
    assert d.action is Action.VOICEMAIL and d.reason == "outside working hours"


def test_away_goes_to_voicemail_and_urgent_press_notifies():
    history = MemoryHistory()
    at = paris(2026, 11, 23, 15, 0)
    history.record_away(at - timedelta(minutes=5), at + timedelta(hours=1))
    d = decide(CONFIG, history, at, IncomingCall(HORIZON))
    assert d.action is Action.VOICEMAIL and d.reason.startswith("away until")
    urgent = decide(CONFIG, history, at, IncomingCall(HORIZON, urgent_press=True))
    assert urgent.action is Action.NOTIFY


def test_an_absence_that_ends_another_day_names_the_day_it_ends():
    """Newcomer5 L4: "away until 19:00" for an absence that ends on Sunday reads as "back
    tonight"; the day is said when it is not the day of the call, the hour alone when it is."""
    at = paris(2026, 12, 1, 10, 0)  # Tuesday
    for until, said in [
        (paris(2026, 12, 1, 19, 0), "away until 19:00"),
        (paris(2026, 12, 6, 19, 0), "away until Sun 6 Dec 19:00"),
        (paris(2026, 12, 8, 19, 0), "away until Tue 8 Dec 19:00"),
    ]:
        history = MemoryHistory()
        history.record_away(at - timedelta(days=1), until)
        d = decide(CONFIG, history, at, IncomingCall(HORIZON))
        assert d.action is Action.VOICEMAIL and d.reason == said
        assert dict(d.facts)["until"] == until.isoformat()


def test_urgent_press_connects_when_reachable_even_past_the_allowance():
    monday = paris(2026, 11, 23, 9, 30)
    calls = [(monday + timedelta(hours=h), HORIZON, True) for h in (0, 1, 2)]
    assert [a for a, _ in run(calls)] == ["connect", "connect", "connect"]
    assert run(calls)[2] == ("connect", False)  # the urgent one does not use the allowance


def test_unknown_caller_gets_a_neutral_voicemail_and_no_urgent_line():
    d = decide(CONFIG, MemoryHistory(), paris(2026, 11, 23, 10, 0), IncomingCall(STRANGER, True))
    assert d.action is Action.VOICEMAIL and d.client_id is None and not d.offer_urgent_line


def test_repeated_call_after_a_voicemail_does_not_break_through():
    lunch = paris(2026, 11, 23, 13, 55)  # outside working hours
    calls = [(lunch, HORIZON, False), (lunch + timedelta(minutes=7), HORIZON, False)]
    assert [a for a, _ in run(calls)] == ["voicemail", "voicemail"]


def test_a_burst_sent_to_voicemail_stays_there_after_an_urgent_press_rang():
    """trial48 W1: voicemail, voicemail, an urgent press that rang, then a fifth call three
    minutes later rang as an ad-hoc call; the burst went to voicemail, so it stays there."""
    monday = paris(2026, 11, 23, 10, 0)  # working hours, allowance 1 a week unused
    history = MemoryHistory()
    actions = []
    for minutes, pressed in ((0, False), (4, False), (8, True), (11, False)):
        at = monday + timedelta(minutes=minutes)
        call = IncomingCall(HORIZON, urgent_press=pressed)
        d = decide(CONFIG, history, at, call, CAL)
        actions.append((str(d.action), d.why))
        # the first one rang unanswered and fell back to the voicemail: no allowance used
        action = "voicemail" if minutes == 0 else str(d.action)
        history.record_call(PastCall(at, HORIZON, d.client_id, action), week_start(PARIS, at))
    assert actions[:3] == [
        ("connect", "adhoc"),
        ("voicemail", "repeated"),
        ("connect", "urgent_reachable"),
    ]
    assert actions[3] == ("voicemail", "repeated")


def test_a_call_again_after_one_that_rang_may_ring():
    """A line dropped: the call before rang, no voicemail in the burst, the allowance left."""
    monday = paris(2026, 11, 23, 9, 30)
    calls = [(monday, HORIZON, False), (monday + timedelta(minutes=5), HORIZON, False)]
    assert run(calls) == [("connect", True), ("connect", True)]


def test_second_urgent_press_in_a_burst_does_not_notify_twice():
    history = MemoryHistory()
    at = paris(2026, 11, 23, 15, 0)
    history.record_away(at, at + timedelta(hours=2))
    actions = []
    for k in range(3):
        when = at + timedelta(minutes=5 * k)
        d = decide(CONFIG, history, when, IncomingCall(HORIZON, urgent_press=True))
        actions.append(d.action)
        history.record_call(
            PastCall(when, HORIZON, "horizon", str(d.action), notified=d.action is Action.NOTIFY)
        )
    assert actions == [Action.NOTIFY, Action.VOICEMAIL, Action.VOICEMAIL]


def test_an_urgent_press_rung_unanswered_notifies_instead_of_ringing_again():
    reachable = paris(2026, 11, 23, 10, 0)  # Monday, working hours
    pressed = IncomingCall(HORIZON, urgent_press=True, unanswered=True)
    d = decide(CONFIG, MemoryHistory(), reachable, pressed, CAL)
    assert d.action is Action.NOTIFY and d.why == "urgent_unanswered"
    # In the client's standing-call slot too: the ring there went unanswered as well.
    slot = paris(2026, 11, 27, 10, 5)  # Friday, during the call
    assert decide(CONFIG, MemoryHistory(), slot, pressed, CAL).action is Action.NOTIFY
    # A call that was not rung for nothing is untouched: it still rings in the slot.
    assert decide(CONFIG, MemoryHistory(), slot, IncomingCall(HORIZON), CAL).action is (
        Action.CONNECT
    )


def test_an_urgent_press_after_an_alert_of_the_burst_is_not_a_second_alert():
    away = paris(2026, 11, 23, 13, 0)  # lunch: not reachable
    already = IncomingCall(HORIZON, urgent_press=True, alerted=True)
    d = decide(CONFIG, MemoryHistory(), away, already, CAL)
    assert d.action is Action.VOICEMAIL and d.why == "urgent_again"
    unanswered = IncomingCall(HORIZON, urgent_press=True, unanswered=True, alerted=True)
    assert decide(CONFIG, MemoryHistory(), paris(2026, 11, 23, 10), unanswered, CAL).why == (
        "urgent_again"
    )
    # Reachable, the press still rings: an alert out is no reason not to pick up.
    reachable = decide(CONFIG, MemoryHistory(), paris(2026, 11, 23, 10), already, CAL)
    assert reachable.action is Action.CONNECT


call_times = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=21 * 24 * 60 - 1),
        st.sampled_from([HORIZON, STRANGER]),
        st.booleans(),
    ),
    max_size=40,
).map(
    lambda xs: [
        (paris(2026, 10, 12) + timedelta(minutes=m), who, pressed) for m, who, pressed in sorted(xs)
    ]
)


@settings(max_examples=150, deadline=None)
@given(call_times)
def test_weekly_allowance_is_never_exceeded(calls):
    results = run(calls)
    per_week: dict[object, int] = {}
    for (at, _, _), (_, used) in zip(calls, results, strict=True):
        week = week_start(PARIS, at)
        per_week[week] = per_week.get(week, 0) + used
    assert all(n <= 2 for n in per_week.values())


@settings(max_examples=100, deadline=None)
@given(call_times)
def test_decisions_are_deterministic(calls):
    assert run(calls) == run(calls)


@settings(max_examples=150, deadline=None)
@given(call_times)
def test_repeating_a_call_never_makes_it_urgent(calls):
    """Calling again (without pressing 1) never yields a notification or an urgent connect."""
    quiet = [(at, who, False) for at, who, _ in calls]
    doubled = sorted(quiet + [(at + timedelta(minutes=1), who, False) for at, who, _ in quiet])
    assert all(action != "notify" for action, _ in run(doubled))
    history_free = run(quiet)
    assert all(action != "notify" for action, _ in history_free)
    # Whatever rings after repetition rings for a reason other than urgency: in a slot or
    # on the allowance.
    for (at, who, _), (action, used) in zip(doubled, run(doubled), strict=True):
        if action == "connect" and who == HORIZON:
            assert used or CAL.slot_at("horizon", at) is not None


@given(
    short=st.lists(
        st.tuples(st.integers(0, 4 * 24 * 60), st.integers(1, 180)), min_size=0, max_size=20
    ),
    probe=st.integers(0, 5 * 24 * 60),
)
def test_an_absence_counts_however_many_shorter_ones_start_inside_it(
    short: list[tuple[int, int]], probe: int
):
    # SPEC §6: the consultant is away inside every `away` interval. A week off with short
    # absences recorded inside it (in any order) still holds every moment of the week.
    monday = datetime(2026, 11, 2, 8, tzinfo=PARIS)
    history = MemoryHistory()
    intervals = [(monday, monday + timedelta(days=4, hours=11))]
    intervals += [
        (monday + timedelta(minutes=s), monday + timedelta(minutes=s + d)) for s, d in short
    ]
    for start, until in reversed(intervals) if len(short) % 2 else intervals:
        history.record_away(start, until)
    at = monday + timedelta(minutes=probe)
    holding = [until for start, until in intervals if start <= at < until]
    assert history.away_until(at) == (max(holding) if holding else None)


def test_a_week_off_holds_after_ten_short_absences_recorded_inside_it():
    monday = datetime(2026, 11, 2, 8, tzinfo=PARIS)
    history = MemoryHistory()
    history.record_away(monday, monday + timedelta(days=4))
    for k in range(10):
        history.record_away(
            monday + timedelta(minutes=10 * k), monday + timedelta(minutes=10 * k + 5)
        )
    assert history.away_until(monday + timedelta(days=2)) == monday + timedelta(days=4)
