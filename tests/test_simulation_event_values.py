"""Event values read from JSON Lines (SPEC §6, §9): every field checked where events are read,
so `simulate`, `report --events` and `coach --events` refuse the same lines the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from boundaries.cli.main import cli
from boundaries.simulation.events import EventsError, load_events
from tests.conftest import EXAMPLES, english_example

CONFIG = str(EXAMPLES / "boundaries.toml")
GOOD = '{"at": "2026-11-03T09:00:00+01:00", "type": "call", "from": "+33123456789"}'
CALL = '{"at": "2026-11-03T10:00:00+01:00", "type": "call", "from": "+33123456789", '


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def commands(path: Path) -> list[list[str]]:
    """Every command that reads an events file, for an English consultant (the refusals are
    in the consultant's language; the English words are asserted)."""
    base = ["--config", str(english_example(path.parent)), "--events", str(path)]
    return [
        ["simulate", *base],
        ["simulate", *base, "--json"],
        ["report", *base, "--json"],
        ["report", *base],
        ["coach", *base, "--client", "horizon"],
    ]


def run(args: list[str]) -> Result:
    return CliRunner().invoke(cli, args)


@pytest.mark.parametrize(
    ("line", "field", "words"),
    [
        (
            '{"at": "9999-12-31T23:59:00+01:00", "type": "call", "from": "+33123456789"}',
            "at",
            "years",
        ),
        (
            '{"at": "0001-01-01T00:00:00-01:00", "type": "call", "from": "+33123456789"}',
            "at",
            "years",
        ),
        (CALL + '"duration_min": NaN}', "duration_min", "0 to 1440"),
        (CALL + '"duration_min": Infinity}', "duration_min", "0 to 1440"),
        (CALL + '"duration_min": 1e308}', "duration_min", "0 to 1440"),
        (CALL + '"duration_min": -5}', "duration_min", "0 to 1440"),
        (CALL + '"duration_min": "12"}', "duration_min", "without quotes"),
        (CALL + '"duration_min": true}', "duration_min", "without quotes"),
        (CALL + '"would_press_urgent": "false"}', "would_press_urgent", "JSON boolean"),
        (CALL + '"would_press_urgent": 1}', "would_press_urgent", "JSON boolean"),
        (CALL + '"truth_urgent": "yes"}', "truth_urgent", "JSON boolean"),
        (CALL + '"voicemail": 42}', "voicemail", "JSON string"),
        (
            '{"at": "2026-11-03T10:00:00+01:00", "type": "away", "until": "9999-12-31T23:00:00Z"}',
            "until",
            "years",
        ),
        (
            '{"at": "2026-11-03T10:00:00+01:00", "type": "invite", "from": "a@b.example", '
            '"start": "2026-11-04T10:00:00+01:00", "minutes": 30.5}',
            "minutes",
            "whole number",
        ),
        (
            '{"at": "2026-11-03T10:00:00+01:00", "type": "invite", "from": "a@b.example", '
            '"start": "2026-11-04T10:00:00+01:00", "minutes": 100000}',
            "minutes",
            "0 to 1440",
        ),
        (
            '{"at": "2026-11-03T10:00:00+01:00", "type": "email_in", "from": "a@b.example", '
            '"subject": ["x"], "text": "hello"}',
            "subject",
            "JSON string",
        ),
    ],
)
def test_an_event_value_out_of_its_type_or_range_is_refused_naming_line_and_field(
    tmp_path: Path, line: str, field: str, words: str
):
    path = write(tmp_path, GOOD, line)
    with pytest.raises(EventsError) as info:
        load_events(path)
    message = str(info.value)
    assert "line 2" in message and f"'{field}'" in message and words in message
    assert "Fix:" in message
    for args in commands(path):
        result = run(args)
        assert result.exit_code == 1, (args, result.output)
        assert "line 2" in result.output and f"'{field}'" in result.output, args
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), args


def test_values_at_the_edges_of_their_range_are_accepted(tmp_path: Path):
    path = write(
        tmp_path,
        GOOD,
        CALL + '"duration_min": 0, "would_press_urgent": false, "truth_urgent": null}',
        CALL + '"duration_min": 1440, "would_press_urgent": true, "voicemail": null}',
        '{"at": "2026-11-03T11:00:00+01:00", "type": "invite", "from": "a@b.example", '
        '"start": "2026-11-04T10:00:00+01:00", "minutes": 30.0, "title": "Point"}',
    )
    events = load_events(path)
    assert [e.duration_min for e in events[1:3]] == [0.0, 1440.0]
    assert [e.would_press_urgent for e in events[1:3]] == [False, True]
    assert events[3].minutes == 30
    result = run(["simulate", "--config", CONFIG, "--events", str(path), "--json"])
    assert result.exit_code == 0, result.output
    json.loads(result.output, parse_constant=lambda c: pytest.fail(f"{c} in the JSON output"))


def test_a_string_false_is_not_taken_for_an_urgent_press(tmp_path: Path):
    """The newcomer's case: "false" (a string) made the replay notify the consultant."""
    path = write(tmp_path, CALL.replace("10:00", "05:00") + '"would_press_urgent": "false"}')
    result = run(
        [
            "simulate",
            "--config",
            str(english_example(tmp_path)),
            "--events",
            str(path),
            "--trace",
            str(tmp_path / "t.jsonl"),
        ]
    )
    assert result.exit_code == 1
    assert "'would_press_urgent' = \"false\" must be a JSON boolean" in result.output


def test_an_events_file_starting_with_a_byte_order_mark_is_read(tmp_path: Path):
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (GOOD + "\n").encode())
    assert len(load_events(path)) == 1
    result = run(["simulate", "--config", CONFIG, "--events", str(path), "--json"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_an_empty_events_file_is_refused_by_simulate_report_and_coach_alike(
    tmp_path: Path, content: str
):
    path = tmp_path / "empty.jsonl"
    path.write_text(content, encoding="utf-8")
    for args in commands(path):
        result = run(args)
        assert result.exit_code == 1, (args, result.output)
        assert "holds no events" in result.output and "Fix:" in result.output, args


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:00+01:00", "0001-01-01T00:00:00+01:00"])
def test_a_now_outside_the_years_a_replay_handles_is_a_usage_error_not_a_traceback(
    tmp_path: Path, moment: str
):
    events = str(EXAMPLES / "events.jsonl")
    database = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    for args in (
        ["report", "--config", CONFIG, "--events", events, "--now", moment],
        ["coach", "--config", CONFIG, "--events", events, "--client", "horizon", "--now", moment],
        ["mail", "sync", "--config", CONFIG, "--database", database, "--now", moment],
        [
            "skip",
            "--config",
            CONFIG,
            "--database",
            database,
            "--client",
            "horizon",
            "--on",
            moment[:10],
        ],
        [
            "coach",
            "--config",
            CONFIG,
            "--database",
            database,
            "--client",
            "horizon",
            "--record",
            "talk",
            "--on",
            moment[:10],
        ],
    ):
        result = run(args)
        # said in the consultant's language (French here) from the catalogues: a day refused
        # by skip or --record (newcomer14 L2, exit status 1), an option's value refused
        # (newcomer58 §4, exit status 2)
        assert result.exit_code == (1 if args[0] == "skip" or "--record" in args else 2)
        if args[0] == "mail":
            # read with the options, before the configuration: the terminal's language
            assert "outside the years 1970-2199" in result.output, result.output
        else:
            assert "en dehors des années 1970–2199" in result.output, result.output


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
        (
            '{"at": "2026-10-15T10:00:00+02:00", "type": "call", "duration_min": '
            + "9" * 5000
            + "}",
            "not readable as JSON",
        ),
    ],
)
def test_an_events_line_python_cannot_parse_is_named_not_a_traceback(
    tmp_path: Path, line: str, said: str
):
    """A newcomer's events file with one deeply nested line gave simulate, report, coach
    and serve --load-history a RecursionError traceback (session 24)."""
    path = tmp_path / "events.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    for command in ("simulate", "report"):
        result = CliRunner().invoke(
            cli, [command, "--config", str(english_example(tmp_path)), "--events", str(path)]
        )
        assert result.exit_code != 0 and "Traceback" not in result.output, result.output
        assert "line 1" in result.output and said in result.output and "Fix:" in result.output


def test_simulate_save_writes_nothing_into_another_application_s_database(tmp_path: Path):
    """A newcomer's `simulate --save --database sqlite:///other.sqlite3` created Boundaries'
    tables beside another application's (session 24); `events` already refused that file."""
    import sqlite3

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("create table invoices (id integer)")
    args = ["simulate", "--config", str(EXAMPLES / "boundaries.toml")]
    args += ["--events", str(EXAMPLES / "events.jsonl"), "--save"]
    result = CliRunner().invoke(cli, [*args, "--database", f"sqlite:///{other}"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "invoices" in result.output and "sqlite:///boundaries.sqlite3" in result.output
    with sqlite3.connect(other) as conn:
        names = [r[0] for r in conn.execute("select name from sqlite_master")]
    assert names == ["invoices"]
    # a new file is still made into a Boundaries database
    fresh = tmp_path / "fresh.sqlite3"
    assert CliRunner().invoke(cli, [*args, "--database", f"sqlite:///{fresh}"]).exit_code == 0


def test_boundaries_tables_being_created_by_another_command_are_not_another_application(
    tmp_path: Path,
):
    """Four `simulate --save` at once on a new PostgreSQL database: one saw the tables another
    was creating, with no schema revision yet, and refused them as another application's
    (« appartient à une autre application »). Boundaries' own tables are not foreign; a table
    of another application beside them still is."""
    import sqlite3

    from boundaries.cli.store_access import refuse_foreign
    from boundaries.errors import BoundariesError

    ours = tmp_path / "ours.sqlite3"
    with sqlite3.connect(ours) as conn:
        conn.execute("create table account (id integer)")
        conn.execute("create table event (id integer)")
    refuse_foreign(f"sqlite:///{ours}")  # passes: a Boundaries database in the making
    with sqlite3.connect(ours) as conn:
        conn.execute("create table invoices (id integer)")
    with pytest.raises(BoundariesError, match="invoices"):
        refuse_foreign(f"sqlite:///{ours}")


def test_every_line_at_fault_is_named_at_once(tmp_path: Path):
    # trial34 §14: an events file with six bad lines was refused one line per run
    good = '{"at": "2026-11-02T09:00:00+01:00", "type": "call", "from": "+33 1 23 45 67 89"}'
    bad = [
        "not json",
        '{"type": "call", "from": "+33 1 23 45 67 89"}',
        '{"at": "2026-11-02T09:00:00+01:00", "type": "call"}',
    ]
    path = write(tmp_path, good, bad[0], good, bad[1], bad[2], good)
    with pytest.raises(EventsError) as refused:
        load_events(path)
    said = str(refused.value)
    assert all(f"line {n}" in said for n in (2, 4, 5)), said
    assert said.count(str(path)) == 3 and "more lines" not in said, said
    many = write(tmp_path, *(["not json"] * 14))
    with pytest.raises(EventsError) as capped:
        load_events(many)
    assert "line 10" in str(capped.value) and "line 11" not in str(capped.value)
    assert "… and 4 more lines at fault" in str(capped.value)
    assert "… et 4 autres lignes en défaut" in capped.value.said("fr")


def test_the_example_of_a_missing_until_comes_after_the_events_own_time(tmp_path):
    """trial35 §10: an `away` at 13:00 without `until` was told to add one at 12:00, which
    the next run refused as before its start."""
    events = tmp_path / "events.jsonl"
    events.write_text('{"at": "2026-11-02T13:00:00+01:00", "type": "away"}\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["simulate", "--config", str(EXAMPLES / "boundaries.toml"), "--events", str(events)]
    )
    assert result.exit_code != 0
    assert '"until": "2026-11-02T14:00:00+01:00"' in result.output, result.output
