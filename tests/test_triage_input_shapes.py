"""What people hand `boundaries triage` instead of JSON Lines (newcomer28 P4, P5): a JSON
array, JSON spread over several lines, a spreadsheet's CSV export. Each line's error names
the shape and the fix; the run still answers every line. An updates file that gives one id
twice is refused, naming both lines."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.triage.batch import UpdatesError, load_updates

MESSAGE = {"id": "m1", "channel": "sms", "text": "the till is down"}
SENT = {"id": "u1", "to": "a@b.example", "text": "Sent the quote."}


@pytest.mark.parametrize(
    ("given", "named"),
    [
        (json.dumps([MESSAGE, {**MESSAGE, "id": "m2"}]) + "\n", "JSON array"),
        (json.dumps([MESSAGE], indent=2) + "\n", "JSON array"),
        (json.dumps(MESSAGE, indent=2) + "\n", "spread over several lines"),
        ("\ufeffid;channel;text\nm1;sms;the till is down\n", "CSV export"),
    ],
)
def test_another_shape_than_json_lines_is_named_with_the_fix(given: str, named: str):
    result = CliRunner().invoke(cli, ["triage"], input=given)
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [json.loads(line)["error"] for line in result.stdout.splitlines()]
    assert errors and named in errors[0] and "one JSON object per line" in errors[0]


def test_a_line_that_is_plain_bad_json_gets_no_guess():
    result = CliRunner().invoke(cli, ["triage"], input='{"id": "m1", "text": \n')
    error = json.loads(result.stdout.splitlines()[0])["error"]
    assert error.startswith("not valid JSON") and "looks like" not in error


def test_an_unclosed_object_is_named_at_the_end_of_its_line():
    """newcomer44 §9: the line's newline was parsed too, so the fault was put at column 1 of
    a second line; `simulate` and `--updates` named the line's last column."""
    line = '{"id": "1", "channel": "sms", "text": "hello"'
    result = CliRunner().invoke(cli, ["triage"], input=line + "\n")
    error = json.loads(result.stdout.splitlines()[0])["error"]
    assert f"(column {len(line) + 1})" in error and "before its object is closed" in error


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ('"str"', "one JSON object per line"),
        ('{"id": "2", "channel": "voicemail"}', "the voicemail transcript"),
        ('{"id": "3", "channel": "sms", "text": null}', "'text' as text"),
        ('{"id": "4", "channel": "fax", "text": "x"}', '"voicemail" (a transcript)'),
    ],
)
def test_each_refused_message_says_what_to_do(line: str, fix: str):
    """newcomer44 §9: these errors named the problem with no fix, unlike the others."""
    result = CliRunner().invoke(cli, ["triage"], input=line + "\n")
    error = json.loads(result.stdout.splitlines()[0])["error"]
    assert "Fix: " in error and fix in error


def test_an_update_id_given_twice_is_refused_naming_both_lines(tmp_path: Path):
    update = {"id": "u1", "to": "a@b.example", "subject": "Quote", "text": "Sent the quote."}
    path = tmp_path / "updates.jsonl"
    path.write_text(
        json.dumps(update) + "\n" + json.dumps({**update, "subject": "VAT"}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(UpdatesError) as refused:
        load_updates(path)
    assert 'line 2: id "u1" is already the id of line 1' in str(refused.value)
    assert "Fix: give each update an id of its own" in str(refused.value)


def test_a_file_given_as_an_argument_is_told_to_come_on_standard_input():
    result = CliRunner().invoke(cli, ["triage", "messages.jsonl"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "Fix: boundaries triage < messages.jsonl" in result.output


def test_every_bad_update_line_is_named_in_one_run(tmp_path: Path):
    """newcomer28 P5: the run stopped at the first bad line, so each was found a run at a time."""
    update = {"id": "u1", "to": "a@b.example", "subject": "Quote", "text": "Sent the quote."}
    lines = [
        json.dumps(update),
        "not json",
        json.dumps({**update, "id": "u2", "at": "last Tuesday"}),
        json.dumps({"to": "a@b.example"}),
        json.dumps({**update, "id": "u4"}),
    ]
    path = tmp_path / "updates.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["triage", "--updates", str(path)], input="")
    assert result.exit_code != 0 and "Traceback" not in result.output
    told = result.stderr
    assert "3 update lines" in told
    for number in (2, 3, 4):
        assert f"line {number}:" in told
    assert "line 1:" not in told and "line 5:" not in told
    assert "not valid JSON" in told and "ISO 8601" in told and "'id'" in told
    assert told.rstrip().splitlines()[-1].startswith("Fix: correct these lines")


def test_a_long_run_of_bad_update_lines_is_counted_past_the_first_ones(tmp_path: Path):
    path = tmp_path / "updates.jsonl"
    path.write_text("oops\n" * 45, encoding="utf-8")
    with pytest.raises(UpdatesError) as refused:
        load_updates(path)
    told = str(refused.value)
    assert "45 update lines" in told and "line 20:" in told and "line 21:" not in told
    assert "and 25 more" in told


@pytest.mark.parametrize(
    ("line", "named", "fix"),
    [
        # newcomer32: an array on one line was told it "needs an 'id' string"
        (json.dumps([{"id": "u1"}, {"id": "u2"}]), "a JSON array, not one update", "jq -c"),
        # an id that is there but empty, or an update that is only an id, went in silently
        (json.dumps({"id": "", "to": "a@b.example", "text": "Sent."}), "non-empty id", '"id"'),
        (json.dumps({"id": "u1"}), "has no 'text' and no 'subject'", '"text": '),
        (json.dumps({"id": "u1", "to": "a@b.example"}), "has no 'text'", '"text": '),
        (json.dumps({**SENT, "at": 1732000000}), "1732000000", '"2026-'),
        (json.dumps({**SENT, "text": 5}), "'text' must be a string", "double quotes"),
        # a line that is not JSON carries its own fix, naming an update's fields
        ("this is not json", "not valid JSON", "id, to, subject, text, at"),
        ("u1;a@b.example;Quote;Sent", "CSV export", "id, to, subject, text, at"),
    ],
)
def test_an_update_line_that_cannot_be_used_is_named_with_its_own_fix(
    tmp_path: Path, line: str, named: str, fix: str
):
    path = tmp_path / "updates.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(UpdatesError) as refused:
        load_updates(path)
    said = str(refused.value).splitlines()[1]
    assert said.startswith("  line 1: ") and named in said
    assert fix in said.split("Fix:", 1)[1]


def test_an_update_with_a_subject_but_no_text_or_no_to_is_kept(tmp_path: Path):
    path = tmp_path / "updates.jsonl"
    update = {"id": "u1", "to": "a@b.example", "subject": "VAT return filed"}
    unaddressed = {"id": "u2", "text": "The VAT return was filed yesterday."}
    path.write_text(json.dumps(update) + "\n" + json.dumps(unaddressed) + "\n", encoding="utf-8")
    assert [u.id for u in load_updates(path).updates] == ["u1", "u2"]


def test_an_empty_updates_file_is_said_to_hold_no_update(tmp_path: Path):
    path = tmp_path / "updates.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["triage", "--updates", str(path)], input=json.dumps(MESSAGE))
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == "m1"
    assert "holds no update" in result.stderr and "Fix:" in result.stderr


@pytest.mark.parametrize(
    ("args", "named"),
    [
        # newcomer36: both were taken without a word, or as a file named "-"
        (["--json"], "--json gives the scores of --eval"),
        (["--updates", "-"], "--updates - would read standard input"),
    ],
)
def test_options_that_cannot_work_together_are_named(args: list[str], named: str):
    result = CliRunner().invoke(cli, ["triage", *args], input=json.dumps(MESSAGE))
    assert result.exit_code == 2 and named in result.output and "Fix:" in result.output


def test_a_terminal_on_standard_input_is_told_how_to_give_messages():
    """newcomer44 §9: `boundaries triage` typed at a terminal waited in silence."""
    leader, follower = pty.openpty()
    try:
        run = subprocess.Popen(
            [sys.executable, "-m", "boundaries", "triage"],
            stdin=follower,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        os.write(leader, b"\x04")  # Ctrl-D: the end of what was typed
        _, told = run.communicate(timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert run.returncode == 0
    assert b"Ctrl-D ends" in told and b"boundaries triage < messages.jsonl" in told


def test_a_file_on_standard_input_gets_no_terminal_hint():
    run = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage"],
        input=json.dumps(MESSAGE).encode() + b"\n",
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 0 and b"Ctrl-D" not in run.stderr
