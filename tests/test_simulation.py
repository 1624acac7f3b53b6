"""The simulator on the example month: what each policy rings, and what Boundaries guarantees."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.domain.schedule import Calendar, week_start
from boundaries.simulation.engine import simulate
from boundaries.simulation.events import EventsError, load_events, parse_lines
from tests.conftest import EXAMPLES, english_example

EVENTS = EXAMPLES / "events.jsonl"


def simulate_cli(events: Path | str, *options: str, config: Path = EXAMPLES / "boundaries.toml"):
    """`boundaries simulate` on the example config (or `config`), in process."""
    args = ["simulate", "--config", str(config), "--events", str(events)]
    return CliRunner().invoke(cli, [*args, *options])


@pytest.fixture(scope="module")
def events(example_config):
    return load_events(EVENTS, example_config.consultant.region)


@pytest.fixture(scope="module")
def runs(example_config, events):
    return {
        name: simulate(example_config, events, name, trace=True)
        for name in ("boundaries", "always-answer", "email-only", "phone-dnd")
    }


def calls_of(events):
    return [e for e in events if e.type == "call"]


def test_scenario_spans_a_dst_change_and_has_urgent_events(example_config, events):
    offsets = {e.at.astimezone(example_config.consultant.zone).utcoffset() for e in events}
    assert len(offsets) >= 2
    assert sum(e.truth_urgent for e in events) >= 3


def test_boundaries_keeps_adhoc_interruptions_within_the_weekly_allowance(
    example_config, events, runs
):
    cal = Calendar(example_config)
    zone = example_config.consultant.zone
    per_week: dict[tuple[str, object], int] = defaultdict(int)
    urgent_presses: dict[tuple[str, object], int] = defaultdict(int)
    for event, row in zip(events, runs["boundaries"].trace, strict=True):
        if event.type != "call" or row["client"] is None:
            continue
        key = (row["client"], week_start(zone, event.at))
        if row["interruption"]:
            assert cal.slot_at(row["client"], event.at) is None
            per_week[key] += 1
        if event.would_press_urgent:
            urgent_presses[key] += 1
    assert per_week, "the scenario should contain ad-hoc calls that ring"
    for (client, week), n in per_week.items():
        allowance = example_config.client(client).adhoc_calls_per_week
        assert n <= allowance + urgent_presses[(client, week)], (client, week, n)


def test_boundaries_never_rings_for_unknown_callers(runs):
    rows = [r for r in runs["boundaries"].trace if r["type"] == "call" and r["client"] is None]
    assert rows and not any(r["rang"] for r in rows)


def test_boundaries_rings_every_standing_call_without_counting_an_interruption(
    example_config, events, runs
):
    cal = Calendar(example_config)
    in_slot = [
        (e, r)
        for e, r in zip(events, runs["boundaries"].trace, strict=True)
        if e.type == "call" and r["client"] and cal.slot_at(r["client"], e.at)
    ]
    zone = example_config.consultant.zone
    after_dst = [e for e, _ in in_slot if e.at.astimezone(zone).utcoffset() == timedelta(hours=1)]
    assert len(in_slot) >= 12 and after_dst
    assert all(r["rang"] and not r["interruption"] for _, r in in_slot)


def test_boundaries_learns_of_every_urgent_event_within_15_minutes(events, runs):
    result = runs["boundaries"]
    assert result.totals.urgent_total >= 3 and result.totals.urgent_missed == 0
    for event, row in zip(events, result.trace, strict=True):
        if event.would_press_urgent:
            learnt = datetime.fromisoformat(row["learnt_at"])
            assert learnt - event.at <= timedelta(minutes=15)


def test_always_answer_rings_every_call_and_email_only_none(events, runs):
    n = len(calls_of(events))
    assert runs["always-answer"].totals.rung == n
    assert runs["email-only"].totals.rung == 0
    assert runs["email-only"].totals.notifications == 0


def test_phone_dnd_rings_exactly_the_second_calls_within_three_minutes(events, runs):
    last: dict[str, datetime] = {}
    expected = []
    for e in calls_of(events):
        prev = last.get(e.sender)
        expected.append(prev is not None and e.at - prev <= timedelta(minutes=3))
        last[e.sender] = e.at
    got = [r["rang"] for r in runs["phone-dnd"].trace if r["type"] == "call"]
    assert got == expected and any(expected)


def test_boundaries_interrupts_far_less_than_always_answer(runs):
    assert runs["boundaries"].totals.interruptions * 4 < runs["always-answer"].totals.interruptions


def test_one_deferral_reply_per_client_per_day(example_config, events, runs):
    """Each reply (keyed by client and the day it goes out) is marked once in the trace, and
    every voicemail it answers was left before that day's `reply_at` (SPEC §10)."""
    zone = example_config.consultant.zone
    reply_at = example_config.mail.reply_at
    replies: dict[str, int] = defaultdict(int)
    for e, r in zip(events, runs["boundaries"].trace, strict=True):
        if r["reply_key"] is None:
            continue
        _, client, day = r["reply_key"].split(":")
        assert client == r["client"]
        local = e.at.astimezone(zone)
        assert (local.date().isoformat(), local.time()) < (day, reply_at)
        replies[r["reply_key"]] += r["reply"]
    assert replies and set(replies.values()) == {1}
    assert runs["boundaries"].totals.replies == len(replies)


def test_removing_truth_urgent_changes_only_the_urgent_figures(example_config):
    lines = EVENTS.read_text(encoding="utf-8").splitlines()
    stripped = []
    for line in lines:
        data = json.loads(line)
        data.pop("truth_urgent", None)
        stripped.append(json.dumps(data))
    region = example_config.consultant.region
    for policy in ("boundaries", "always-answer", "email-only", "phone-dnd"):
        a = simulate(example_config, list(parse_lines(lines, region)), policy, trace=True)
        b = simulate(example_config, list(parse_lines(stripped, region)), policy, trace=True)
        ja, jb = a.as_json(), b.as_json()
        urgent_keys = {"urgent_total", "urgent_missed", "urgent_max_delay_min"}
        assert ja["urgent_total"] > 0 and jb["urgent_total"] == 0
        for key in ja:
            if key == "per_client":
                for client, counts in ja[key].items():
                    for k, v in counts.items():
                        if k not in urgent_keys:
                            assert jb[key][client][k] == v, (policy, client, k)
            elif key not in urgent_keys:
                assert jb[key] == ja[key], (policy, key)
        assert a.trace == b.trace


def test_cli_json_has_the_contract_fields():
    result = simulate_cli(EVENTS, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in [
        "policy",
        "weeks",
        "calls",
        "rung",
        "interruptions",
        "interruptions_per_week",
        "voicemails",
        "replies",
        "agenda_items",
        "urgent_total",
        "urgent_missed",
        "urgent_max_delay_min",
        "per_client",
    ]:
        assert key in data
    assert set(data["per_client"]) == {"horizon", "velo", "harbor", "unknown"}


def test_cli_trace_has_one_line_per_event(tmp_path: Path, events):
    trace = tmp_path / "trace.jsonl"
    result = simulate_cli(EVENTS, "--trace", str(trace), "--policy", "phone-dnd")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [r["i"] for r in rows] == list(range(len(events)))
    for key in ("type", "client", "action", "rang", "interruption", "notified", "learnt_at"):
        assert key in rows[0]


def test_cli_compare_prints_every_policy():
    result = simulate_cli(EVENTS, "--compare")
    assert result.exit_code == 0, result.output
    for name in ("boundaries", "always-answer", "email-only", "phone-dnd", "interruptions"):
        assert name in result.output


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"at": "2026-11-03T10:00:00+01:00", "type": "fax"}', "unknown event type 'fax'"),
        ('{"at": "2026-11-03T10:00:00", "type": "call", "from": "+33123456789"}', "no UTC offset"),
        ('{"at": "yesterday", "type": "call", "from": "+33123456789"}', "not ISO 8601"),
        ('{"at": "2026-11-03T10:00:00+01:00", "type": "call"}', "needs 'from'"),
        ('{"at": "2026-11-03T10:00:00+01:00", "type": "away"}', "missing field 'until'"),
        # newcomer12 M6: an end before its start is refused, not turned into nothing.
        (
            '{"at": "2026-11-03T10:00:00+01:00", "type": "away", '
            '"until": "2026-11-02T10:00:00+01:00"}',
            "'until' 2026-11-02T10:00:00+01:00 is before 'at' 2026-11-03T10:00:00+01:00",
        ),
        (
            '{"at": "2026-11-03T10:00:00+01:00", "type": "away", '
            '"until": "2026-11-03T10:00:00+01:00"}',
            "is the same moment as 'at'",
        ),
        (
            '{"at": "2026-11-03T10:00:00+01:00", "type": "invite", "from": "a@b.fr", '
            '"start": "2026-10-03T14:00:00+01:00", "minutes": 30}',
            "is over before its invitation arrives",
        ),
        ("{not json", "not valid JSON"),
        ('{"at": "2026-11-03T10:00:00+01:00"}', "missing field 'type'"),
        ('{"at": "2026-11-03T10:00:00+01:00", "type": null}', "unknown event type null"),
        ('{"at": "2026-11-03T10:00:00+01:00", "type": 3}', "unknown event type 3"),
        ("null", "expected a JSON object, got null"),
        ('["call"]', "expected a JSON object, got an array"),
        ("hello", "not valid JSON (Expecting value, column 1)"),
    ],
)
def test_bad_events_are_refused_naming_the_line(tmp_path: Path, line: str, message: str):
    good = '{"at": "2026-11-03T09:00:00+01:00", "type": "call", "from": "+33123456789"}'
    path = tmp_path / "events.jsonl"
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(EventsError, match="line 2") as info:
        load_events(path)
    assert message in str(info.value)
    # Every refusal gives its fix, in JSON's words, never Python's (None, NoneType, dict).
    assert "Fix:" in str(info.value)
    assert not {"None", "NoneType", "dict", "list"} & set(str(info.value).split())
    result = simulate_cli(path, config=english_example(tmp_path))
    assert result.exit_code == 1 and message in result.output
    assert "Traceback" not in result.output


def test_a_trace_that_cannot_be_written_says_what_to_pass(tmp_path: Path):
    where = tmp_path / "no-such-folder" / "t.jsonl"
    result = simulate_cli(EVENTS, "--trace", str(where))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert str(where) in result.output and "Fix: pass --trace" in result.output


def test_events_out_of_order_are_replayed_in_time_order(tmp_path: Path):
    path = tmp_path / "events.jsonl"
    path.write_text(
        '{"at": "2026-11-03T10:00:00+01:00", "type": "call", "from": "+33123456789"}\n'
        '{"at": "2026-11-03T09:00:00+01:00", "type": "call", "from": "+33472001122"}\n',
        encoding="utf-8",
    )
    trace = tmp_path / "trace.jsonl"
    result = simulate_cli(path, "--json", "--trace", str(trace))
    assert result.exit_code == 0, result.output
    assert "le rejeu suit l'ordre du temps" in result.output  # the example speaks French
    rows = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [(r["i"], r["client"]) for r in rows] == [(0, "horizon"), (1, "velo")]


def test_an_email_sender_with_a_display_name_is_recognised(example_config):
    assert example_config.client_by_email("Marc Dupont <MARC@horizon.example>").id == "horizon"
    assert example_config.client_by_email("someone@else.example") is None


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("fr", ("Politique « boundaries » sur 3,71 semaines", "ont sonné", "Objet : "), "rang"),
        ("en", ("Policy 'boundaries' over 3.71 weeks", "rang you", "Subject: "), "sonné"),
    ],
)
def test_the_replay_is_told_in_the_consultants_language(
    tmp_path: Path, lang: str, said: tuple[str, ...], not_said: str
):
    """newcomer44 §10: with consultant.language = "fr" the simulate table, its mail sample and
    its notes were English (SPEC §2: French and English throughout)."""
    config = tmp_path / "boundaries.toml"
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    config.write_text(text.replace('language = "fr"', f'language = "{lang}"', 1), encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["simulate", "--config", str(config), "--events", str(EVENTS), "--mail"]
    )
    assert result.exit_code == 0, result.output
    assert all(words in result.output for words in said), result.output[:600]
    assert not_said not in result.output.split("---")[0]  # the table and the count


def test_the_replay_reads_a_voicemail_with_the_learned_second_opinion_as_live(tmp_path: Path):
    """trial45 B1: the replay judged voicemails by the rules alone, so one only the learned
    second opinion flags (live: `urgency: possible`, an alert at once) was a deferral reply
    and an agenda topic in the replay, and an urgent event missed."""
    from boundaries.triage import Message, classify
    from boundaries.triage.second_opinion import verdicts

    said = (
        "hi it's marc the boiler pressure dropped to zero and the radiators are cold, the "
        "building has no heat and it's freezing"
    )
    at = datetime.fromisoformat("2026-11-30T10:00:00+01:00")
    message = Message("0", "voicemail", said, at=at)
    # the case this test is about: the rules alone let it wait, the second opinion does not
    assert not classify(message).urgent
    [live] = verdicts([message])
    assert live.urgent and live.urgency == "possible", live.reasons

    scenario = tmp_path / "events.jsonl"
    lines = [
        {"at": "2026-11-30T09:00:00+01:00", "type": "away", "until": "2026-11-30T18:00:00+01:00"},
        {"at": at.isoformat(), "type": "call", "from": "+33123456789", "voicemail": said,
         "truth_urgent": True},
    ]  # fmt: skip
    scenario.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    trace = tmp_path / "trace.jsonl"
    result = simulate_cli(scenario, "--json", "--trace", str(trace))
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["urgent_missed"] == 0 and figures["agenda_items"] == 0, figures
    call = [json.loads(line) for line in trace.read_text().splitlines()][1]
    assert call["notified"] and call["action"] == "notify", call
