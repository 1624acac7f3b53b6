"""SPEC §8 figures and the premium: a scenario worked out by hand, and properties."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from boundaries.cli.main import cli
from boundaries.config import load_config
from boundaries.domain.figures import (
    DEFAULT_CALL_MINUTES,
    UNKNOWN,
    ClientFigures,
    Contact,
    Period,
    WeekFigures,
    client_figures,
)
from boundaries.domain.premium import missing_key, missing_why, premium
from boundaries.reporting.evidence import simulated_contacts
from boundaries.simulation.events import parse_lines
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "report"
PARIS = ZoneInfo("Europe/Paris")
HAND = load_config(DATA / "hand.toml")
ADDITIVE = [
    "calls",
    "rung",
    "interruptions",
    "adhoc_used",
    "bursts",
    "voicemails",
    "content_free",
    "status_checks",
    "already_answered",
    "urgent_presses",
    "urgent_messages",
    "minutes_on_calls",
    "demanded_calls",
]


def paris(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=PARIS)


def acme(at: datetime, **facts: object) -> Contact:
    return Contact(at=at, client="acme", caller="+33111111111", **facts)  # type: ignore[arg-type]


def by_id(figures: list[ClientFigures]) -> dict[str, ClientFigures]:
    return {f.id: f for f in figures}


def test_figures_of_a_small_scenario_match_spec_8_worked_by_hand():
    # Acme: standing call Fridays 10:00-10:30 (slot opens 09:50), 1 ad-hoc call a week,
    # 100 EUR an hour for 10 billed hours a week; refocus 20 minutes.
    contacts = [
        acme(paris(2, 9), rang=True, answered=True, adhoc=True, minutes=12),  # interruption
        acme(paris(2, 11), voicemail=True, content_free=True),  # burst: 3 calls in 10 min
        acme(paris(2, 11, 5), voicemail=True, status_check=True, answered_by="u1", topic="devis"),
        acme(paris(2, 11, 10), voicemail=True, topic="planning"),
        acme(paris(4, 14), rang=True, answered=True, urgent_press=True, minutes=8),  # interruption
        acme(paris(6, 9, 55), rang=True, answered=True, minutes=30),  # in its slot
        acme(paris(10, 19), voicemail=True, status_check=True, topic="traiteur"),
        Contact(at=paris(10, 12), client="acme", channel="email", urgent=True, topic="fuite"),
    ]
    period = Period(date(2026, 11, 2), date(2026, 11, 15))  # two whole weeks
    f = by_id(client_figures(HAND, contacts, period, now=paris(10, 20)))["acme"]
    t = f.total
    assert (t.calls, t.rung, t.answered, t.interruptions) == (7, 3, 3, 2)
    assert (t.bursts, t.voicemails, t.content_free) == (1, 4, 1)
    assert (t.status_checks, t.already_answered, t.urgent_presses, t.urgent_messages) == (
        2,
        1,
        1,
        1,
    )
    assert t.minutes_on_calls == 50
    # Hours lost: interruption call time (12 + 8) plus 20 minutes for each of the 2.
    assert math.isclose(f.hours_lost, (20 + 2 * 20) / 60)
    assert f.adhoc_used_max_week == 1
    # Demanded: week 1 has 3 attempts outside the slot (09:00, the burst once, 14:00), 2
    # beyond the allowance of 1; week 2 has 1 attempt, within the allowance. Each is valued
    # at the average answered call (50 / 3 min) plus 20 minutes of refocus.
    assert [w.demanded_calls for _, w in sorted(f.by_week.items())] == [2, 0]
    # Averaged over the period's 14 days, 2 weeks.
    demanded = 2 * (50 / 3 + 20) / 60 / 2
    assert math.isclose(f.demanded_hours_per_week, demanded)
    client = HAND.client("acme")
    assert client is not None
    p = premium(client, f.demanded_hours_per_week)
    assert p is not None
    assert p.suggested_rate == math.ceil(100 * (10 + demanded) / 10) == 107
    assert p.percent == round(100 * demanded / 10, 1) == 6.1
    # As of Tuesday 10th: raised since Friday's standing call (the urgent email is not).
    assert f.agenda == ["traiteur"]


def test_a_call_whose_length_never_came_is_no_call_of_zero_minutes():
    """trial32 §11: a live call connected with no status callback (its length unknown) was
    averaged as 0 minutes, so each demanded call was valued at the refocus time alone; SPEC
    §8 values it at the average of the answered calls whose length is known, 10 minutes when
    there is none."""
    contacts = [
        acme(paris(2, 9), rang=True, answered=True, adhoc=True, timed=False),
        acme(paris(2, 11), voicemail=True),
        acme(paris(2, 15), voicemail=True),
    ]
    period = Period(date(2026, 11, 2), date(2026, 11, 8))
    f = by_id(client_figures(HAND, contacts, period, now=paris(8, 20)))["acme"]
    assert f.average_call_minutes == DEFAULT_CALL_MINUTES
    assert math.isclose(f.demanded_hours, 2 * (DEFAULT_CALL_MINUTES + 20) / 60)
    timed = [*contacts, acme(paris(3, 9), rang=True, answered=True, adhoc=True, minutes=6)]
    g = by_id(client_figures(HAND, timed, period, now=paris(8, 20)))["acme"]
    assert g.average_call_minutes == 6  # the timed call alone


def test_report_json_of_a_replayed_scenario_matches_the_hand_computation(tmp_path):
    result = CliRunner().invoke(
        cli,
        [
            "report",
            "--config",
            str(DATA / "hand.toml"),
            "--events",
            str(DATA / "hand.jsonl"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["from"], report["to"], report["weeks"]) == ("2026-11-02", "2026-11-10", 1.29)
    acme_, calme, unknown = report["clients"]
    # Mon 09:00 rings on the allowance (12 min); 11:00-11:10 is a burst to voicemail (one
    # content-free, one status check the morning's update answers); Wed 14:00 presses 1 and
    # rings (8 min); Fri 09:55 is in the standing slot (30 min); Tue 19:00 is after hours.
    expected = {
        "calls": 7,
        "rung": 3,
        "interruptions": 2,
        "adhoc_allowance": 1,
        "adhoc_used_max_week": 1,
        "bursts": 1,
        "voicemails": 4,
        "content_free": 1,
        "status_checks": 2,
        "already_answered": 1,
        "urgent_presses": 1,
        "urgent_messages": 0,
        "minutes_on_calls": 50.0,
        "hours_lost": 1.0,
        "next_standing_call": "2026-11-13T10:00:00+01:00",
        "step": None,
    }
    assert {k: acme_[k] for k in expected} == expected
    # 2 calls beyond terms over the 9 days, 9 / 7 weeks (newcomer14 M3: not over the two
    # calendar weeks they touch, which would halve a week that straddles a Monday).
    demanded = 2 * (50 / 3 + 20) / 60 / (9 / 7)
    assert acme_["demanded_hours_per_week"] == round(demanded, 2)
    assert acme_["premium"]["suggested_rate"] == math.ceil(100 * (10 + demanded) / 10) == 110
    assert acme_["premium"]["percent"] == 9.5
    assert "110" in acme_["premium"]["explanation"] and "100" in acme_["premium"]["explanation"]
    assert [t["calls"] for t in acme_["trend"]] == [6, 1]
    assert [t["week"] for t in acme_["trend"]] == ["2026-11-02", "2026-11-09"]
    # Calme's call is in its standing slot: no interruption, no demand, but no billed hours.
    assert (calme["interruptions"], calme["demanded_hours_per_week"]) == (0, 0.0)
    assert calme["premium"] is None and calme["premium_missing"] == "billed_hours_per_week"
    assert unknown["id"] == UNKNOWN and unknown["calls"] == 1 and unknown["premium"] is None


def test_a_rate_that_is_not_whole_has_no_premium_percent_when_nothing_is_demanded():
    client = replace(HAND.clients[0], hourly_rate=85.5)
    p = premium(client, 0.0)
    assert p is not None and p.percent == 0 and p.suggested_rate == 86


def test_premium_names_the_missing_key():
    calme = HAND.client("calme")
    assert calme is not None
    assert premium(calme, 3.0) is None and missing_key(calme) == "billed_hours_per_week"
    free = replace(HAND.clients[0], hourly_rate=0.0)
    assert premium(free, 1.0) is None and missing_key(free) == "hourly_rate"
    # Given as 0, it is to be set; not given, to be added (newcomer6 L2).
    unset = replace(HAND.clients[0], hourly_rate=None)
    assert premium(unset, 1.0) is None and missing_key(unset) == "hourly_rate"
    assert (missing_why(free), missing_why(unset), missing_why(calme)) == (
        "zero",
        "absent",
        "absent",
    )
    assert missing_why(HAND.clients[0]) is None


# -- properties ------------------------------------------------------------------------------

MONDAY = date(2026, 11, 2)

call_facts = st.fixed_dictionaries(
    {
        "day": st.integers(0, 20),
        "minute": st.integers(8 * 60, 19 * 60),
        "rang": st.booleans(),
        "minutes": st.floats(0, 60, allow_nan=False),
        "adhoc": st.booleans(),
        "press": st.booleans(),
        "content_free": st.booleans(),
        "status": st.booleans(),
        "answered_by": st.booleans(),
        "urgent": st.booleans(),
        "client": st.sampled_from(["acme", "calme", None]),
    }
)


def make(f: dict[str, object]) -> Contact:
    at = datetime.combine(MONDAY + timedelta(days=int(f["day"])), datetime.min.time(), PARIS)  # type: ignore[call-overload]
    at += timedelta(minutes=int(f["minute"]))  # type: ignore[call-overload]
    rang = bool(f["rang"])
    return Contact(
        at=at.astimezone(UTC),
        client=f["client"],  # type: ignore[arg-type]
        caller="+33700000000",
        rang=rang,
        answered=rang,
        adhoc=rang and bool(f["adhoc"]),
        minutes=float(f["minutes"]) if rang else 0.0,  # type: ignore[arg-type]
        urgent_press=bool(f["press"]),
        voicemail=not rang,
        content_free=not rang and bool(f["content_free"]),
        status_check=not rang and bool(f["status"]),
        answered_by="u" if f["answered_by"] else None,
        urgent=not rang and bool(f["urgent"]),
    )


PERIOD = Period(MONDAY, MONDAY + timedelta(days=20))


def counts(w: WeekFigures | ClientFigures) -> dict[str, float]:
    t = w.total if isinstance(w, ClientFigures) else w
    return {k: round(getattr(t, k), 6) for k in ADDITIVE}


@settings(max_examples=60, deadline=None)
@given(st.lists(call_facts, max_size=40))
def test_figures_are_additive_over_weeks(facts):
    contacts = [make(f) for f in facts]
    whole = by_id(client_figures(HAND, contacts, PERIOD))
    for monday in PERIOD.mondays():
        week = Period(monday, monday + timedelta(days=6))
        alone = by_id(client_figures(HAND, contacts, week))
        for cid, f in alone.items():
            assert counts(f) == counts(whole[cid].by_week[monday])
    for f in whole.values():
        summed = sum(f.by_week.values(), WeekFigures())
        assert counts(summed) == counts(f)


# Calls around the midnights of Sun 8 to Wed 11 Nov: runs and bursts across a day's start.
night_facts = st.tuples(call_facts, st.integers(6, 9), st.integers(-30, 30)).map(
    lambda t: {**t[0], "day": t[1], "minute": t[2]}
)


@settings(max_examples=150, deadline=None)
@given(st.lists(night_facts, max_size=40), st.integers(7, 9))
def test_a_period_that_starts_in_a_burst_counts_it_where_it_began(facts, first_day):
    """newcomer15 M3's kind: whatever day a period starts on, the weeks it holds whole, and
    the days it holds of a week, read the demand and bursts they read inside a longer
    period: a burst that began before the period is that burst (counted in its own week),
    not its remaining calls one by one."""
    contacts = [make(f) for f in facts]
    whole = by_id(client_figures(HAND, contacts, PERIOD))
    first = MONDAY + timedelta(days=first_day)
    part = by_id(client_figures(HAND, contacts, Period(first, MONDAY + timedelta(days=13))))
    monday = MONDAY + timedelta(days=7)
    for cid, f in part.items():
        assert f.by_week[monday].bursts <= whole[cid].by_week[monday].bursts
        assert f.by_week[monday].demanded_calls <= whole[cid].by_week[monday].demanded_calls
        if first == monday:
            assert counts(f.by_week[monday]) == counts(whole[cid].by_week[monday])


def test_a_burst_across_sunday_midnight_is_not_monday_s_demand():
    """newcomer15 M3 by hand: Sun 23:55, Mon 00:02 and 00:05 are one burst, begun on Sunday;
    with Mon 11:00 and 11:30 (allowance 1), Monday alone demands 1 call, as Monday's week
    does in the two days, not 3 (the burst's remaining calls one by one)."""
    contacts = [
        acme(paris(8, 23, 55), voicemail=True),
        acme(paris(9, 0, 2), voicemail=True),
        acme(paris(9, 0, 5), voicemail=True),
        acme(paris(9, 11), voicemail=True),
        acme(paris(9, 11, 30), voicemail=True),
    ]
    both = by_id(client_figures(HAND, contacts, Period(date(2026, 11, 8), date(2026, 11, 9))))
    monday = by_id(client_figures(HAND, contacts, Period(date(2026, 11, 9), date(2026, 11, 9))))
    assert both["acme"].total.bursts == 1
    week = both["acme"].by_week[date(2026, 11, 9)]
    assert (week.bursts, week.demanded_calls) == (0, 1)
    f = monday["acme"]
    assert (f.total.calls, f.total.bursts, f.total.demanded_calls) == (4, 0, 1)
    assert math.isclose(f.demanded_hours_per_week, 0.5)


def test_a_store_report_of_this_week_sees_the_burst_that_began_last_sunday(tmp_path):
    """newcomer15 M3 through the store: `report --weeks 1` on a Monday reads the calls of
    the day before, so the burst begun on Sunday night is no demand of this week."""
    events = tmp_path / "sun.jsonl"
    lines = [
        {"at": at, "type": "call", "from": "+33 1 11 11 11 11", "duration_min": 10,
         "voicemail": "on peut parler du devis ?"}
        for at in ("2026-11-08T23:55:00+01:00", "2026-11-09T00:02:00+01:00",
                   "2026-11-09T00:05:00+01:00", "2026-11-09T11:00:00+01:00",
                   "2026-11-09T11:30:00+01:00")
    ]  # fmt: skip
    events.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    config = str(DATA / "hand.toml")
    database = f"sqlite:///{tmp_path / 'sun.sqlite3'}"
    runner = CliRunner()
    saved = runner.invoke(
        cli, ["simulate", "--config", config, "--events", str(events), "--save",
              "--database", database],
    )  # fmt: skip
    assert saved.exit_code == 0, saved.output
    now = ["--now", "2026-11-09T12:00:00+01:00"]
    for weeks in ([], ["--weeks", "1"]):
        result = runner.invoke(
            cli, ["report", "--config", config, "--database", database, "--json", *now, *weeks]
        )
        assert result.exit_code == 0, result.output
        [acme_figures] = [c for c in json.loads(result.output)["clients"] if c["id"] == "acme"]
        assert acme_figures["demanded_hours_per_week"] == 0.5, (weeks, acme_figures)


@settings(max_examples=60, deadline=None)
@given(st.lists(call_facts, max_size=40), st.randoms(use_true_random=False))
def test_figures_do_not_depend_on_the_order_of_events(facts, rnd):
    contacts = [make(f) for f in facts]
    shuffled = list(contacts)
    rnd.shuffle(shuffled)
    a = by_id(client_figures(HAND, contacts, PERIOD))
    b = by_id(client_figures(HAND, shuffled, PERIOD))
    assert {k: counts(v) for k, v in a.items()} == {k: counts(v) for k, v in b.items()}
    # the same up to float rounding: minutes of calls at the same instant add up in another
    # order (found by hypothesis: 0.5297571608817473 and …472)
    assert {k: v.demanded_hours_per_week for k, v in a.items()} == pytest.approx(
        {k: v.demanded_hours_per_week for k, v in b.items()}, rel=1e-12
    )


@settings(max_examples=25, deadline=None)
@given(st.lists(st.booleans(), min_size=10, max_size=10))
def test_figures_are_unchanged_by_truth_urgent(flags):
    lines = (DATA / "hand.jsonl").read_text(encoding="utf-8").splitlines()
    marked = []
    for line, flag in zip(lines, flags, strict=True):
        event = json.loads(line)
        event.pop("truth_urgent", None)
        if flag:
            event["truth_urgent"] = True
        marked.append(json.dumps(event))
    region = HAND.consultant.region
    plain = simulated_contacts(HAND, list(parse_lines(lines, region)))
    other = simulated_contacts(HAND, list(parse_lines(marked, region)))
    period = Period(date(2026, 11, 2), date(2026, 11, 10))
    a, b = client_figures(HAND, plain, period), client_figures(HAND, other, period)
    assert [counts(f) for f in a] == [counts(f) for f in b]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(-10, 29), st.floats(1, 30)), max_size=25))
def test_a_client_calling_only_in_its_standing_slots_has_premium_zero(calls):
    # Acme's slot: Fridays 09:50-10:30 (opens 10 minutes before its 10:00 start).
    contacts = [
        acme(
            paris(6, 10) + timedelta(weeks=week, minutes=offset),
            rang=True,
            answered=True,
            minutes=length,
        )
        for week, offset, length in calls
    ]
    period = Period(MONDAY, MONDAY + timedelta(days=27))
    f = by_id(client_figures(HAND, contacts, period))["acme"]
    client = HAND.client("acme")
    assert client is not None
    p = premium(client, f.demanded_hours_per_week)
    assert f.total.interruptions == 0 and f.demanded_hours_per_week == 0
    assert p is not None and p.percent == 0 and p.suggested_rate == 100


@settings(max_examples=60, deadline=None)
@given(st.lists(call_facts, max_size=30), st.integers(0, 2), st.integers(0, 6), st.integers(0, 6))
def test_a_partial_week_reads_the_same_weekly_demand_as_the_whole_week(facts, week, a, b):
    """newcomer12 M3: the allowance is taken per calendar week, so demand a week is averaged
    over the calendar weeks the period touches: any part of a week that holds all of the
    week's contacts gives the whole week's figure (four calls on a Tuesday are not x 7)."""
    monday = MONDAY + timedelta(weeks=week)
    first, last = monday + timedelta(days=min(a, b)), monday + timedelta(days=max(a, b))
    inside = [c for c in map(make, facts) if first <= c.at.astimezone(PARIS).date() <= last]
    part = by_id(client_figures(HAND, inside, Period(first, last)))
    whole = by_id(client_figures(HAND, inside, Period(monday, monday + timedelta(days=6))))
    for cid, f in part.items():
        assert math.isclose(f.demanded_hours_per_week, whole[cid].demanded_hours_per_week)
        assert math.isclose(f.demanded_hours_per_week, f.demanded_hours)  # one week: itself


@settings(max_examples=60, deadline=None)
@given(st.lists(call_facts, max_size=30), st.integers(0, 13))
def test_seven_days_read_their_demand_as_is_whichever_day_they_start(facts, start):
    """newcomer14 M3: a period of exactly one week is one week, whether or not it straddles
    a Monday; it is not divided by the two calendar weeks it touches."""
    first = MONDAY + timedelta(days=start)
    last = first + timedelta(days=6)
    inside = [c for c in map(make, facts) if first <= c.at.astimezone(PARIS).date() <= last]
    for f in client_figures(HAND, inside, Period(first, last)):
        assert math.isclose(f.demanded_hours_per_week, f.demanded_hours)
        assert math.isclose(f.hours_lost_per_week, f.hours_lost)


@settings(max_examples=60, deadline=None)
@given(st.lists(call_facts, max_size=30), st.integers(0, 13), st.integers(0, 13))
def test_a_day_with_no_call_moves_the_weekly_demand_by_a_seventh_at_most(facts, start, length):
    """newcomer14 M3: one more day with no new call (a Sunday becoming a Monday included)
    never halves the weekly figures: they shrink by at most days / (days + 1), and not at
    all while the period is a week or less (a partial week is not multiplied up either);
    not at all either when the day is in a week nothing was recorded in (trial35 §2)."""
    first = MONDAY + timedelta(days=start)
    last = first + timedelta(days=length)
    inside = [c for c in map(make, facts) if first <= c.at.astimezone(PARIS).date() <= last]
    before = by_id(client_figures(HAND, inside, Period(first, last)))
    after = by_id(client_figures(HAND, inside, Period(first, last + timedelta(days=1))))
    for cid, f in before.items():
        g = after[cid]
        # the days averaged over: those of weeks nothing was recorded in are not (trial35 §2)
        days = round(f.weeks * 7) - f.unrecorded_days
        keep = 1.0 if days < 7 else days / (days + 1)
        assert math.isclose(g.demanded_hours, f.demanded_hours)
        assert g.demanded_hours_per_week <= f.demanded_hours_per_week + 1e-9
        assert g.demanded_hours_per_week >= f.demanded_hours_per_week * keep - 1e-9


def test_four_calls_on_tuesday_read_the_same_on_sunday_night_and_monday_morning():
    """newcomer14 M3 by hand: 4 calls on Tue 3 Nov (allowance 1) read 1.5 h a week, 15 %,
    from Tuesday to Monday 9 Nov (one week) alike; 8 days make 1.5 / (8 / 7)."""
    contacts = [acme(paris(3, h), voicemail=True) for h in (9, 11, 14, 16)]
    for last in (3, 8, 9):
        f = by_id(client_figures(HAND, contacts, Period(date(2026, 11, 3), date(2026, 11, last))))
        assert math.isclose(f["acme"].demanded_hours_per_week, 1.5), last
    f = by_id(client_figures(HAND, contacts, Period(date(2026, 11, 3), date(2026, 11, 10))))
    # Mon 9 and Tue 10 are in a week in which nothing was recorded for anyone: no evidence
    # (trial35 §2); a call of another client that week makes them count
    assert math.isclose(f["acme"].demanded_hours_per_week, 1.5)
    calm = Contact(at=paris(10, 9), client="calme", caller="+33222222222", voicemail=True)
    period = Period(date(2026, 11, 3), date(2026, 11, 10))
    f = by_id(client_figures(HAND, [*contacts, calm], period))
    assert math.isclose(f["acme"].demanded_hours_per_week, 1.5 * 7 / 8)


def test_last_weeks_start_no_earlier_than_the_first_event():
    """newcomer14 M3: `--weeks 3` on a replay that began on Mon 2 Nov reports from 2 Nov,
    not from 19 Oct: weeks before anything was recorded would thin the averages."""
    args = ["report", "--config", str(DATA / "hand.toml"), "--events", str(DATA / "hand.jsonl")]
    result = CliRunner().invoke(cli, [*args, "--json", "--weeks", "3"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["from"], report["to"], report["weeks"]) == ("2026-11-02", "2026-11-10", 1.29)
    result = CliRunner().invoke(cli, [*args, "--json", "--weeks", "1"])
    assert json.loads(result.output)["from"] == "2026-11-09"


def test_four_calls_on_one_day_are_priced_as_that_week_s_demand():
    """newcomer12 M3 by hand: 4 attempts outside the slot on Tuesday, allowance 1: 3 demanded
    calls x (10 min + 20 refocus) = 1.5 h for the week, whether the period is that day or
    the whole week; 15 % on 10 billed hours, not 105 %."""
    contacts = [acme(paris(3, h), voicemail=True) for h in (9, 11, 14, 16)]
    for period in (Period(date(2026, 11, 3), date(2026, 11, 3)),
                   Period(date(2026, 11, 2), date(2026, 11, 8))):  # fmt: skip
        f = by_id(client_figures(HAND, contacts, period))["acme"]
        assert f.total.demanded_calls == 3 and math.isclose(f.demanded_hours_per_week, 1.5)
        p = premium(HAND.clients[0], f.demanded_hours_per_week)
        assert p is not None and (p.percent, p.suggested_rate) == (15.0, 115)


def test_whole_weeks_with_nothing_recorded_are_left_out_of_every_weekly_average():
    """trial35 §2: figures from the store averaged over weeks the service recorded nothing
    (the premium halved after a gap) while the coach's verdict called those weeks no
    evidence. One rule now: a whole week with no contact of any client is left out; a week
    in which another client called is a quiet week for acme, and counts."""
    week1 = [acme(paris(3, h), voicemail=True) for h in (9, 11, 14, 16)]  # Tue 3 Nov
    calm = Contact(at=paris(17, 15, 0), client="calme", caller="+33222222222", voicemail=True)
    november = Period(date(2026, 11, 2), date(2026, 11, 29))  # four whole weeks
    alone = by_id(client_figures(HAND, week1, november))["acme"]
    assert alone.unrecorded == (date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23))
    assert math.isclose(alone.demanded_hours_per_week, 1.5)  # that week's, as if alone
    first_week = by_id(client_figures(HAND, week1, Period(date(2026, 11, 2), date(2026, 11, 8))))
    assert math.isclose(first_week["acme"].demanded_hours_per_week, 1.5)
    with_calm = by_id(client_figures(HAND, [*week1, calm], november))["acme"]
    assert with_calm.unrecorded == (date(2026, 11, 9), date(2026, 11, 23))
    assert math.isclose(with_calm.demanded_hours_per_week, 0.75)  # over two recorded weeks
