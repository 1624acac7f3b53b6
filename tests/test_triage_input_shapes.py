"""What people hand `boundaries triage` instead of JSON Lines (newcomer28 P4, P5): a JSON
array, JSON spread over several lines, a spreadsheet's CSV export. Each line's error names
the shape and the fix; the run still answers every line. An updates file that gives one id
twice is refused, naming both lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.triage.batch import UpdatesError, load_updates

MESSAGE = {"id": "m1", "channel": "sms", "text": "the till is down"}


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
    assert "3 update line(s)" in told
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
    assert "45 update line(s)" in told and "line 20:" in told and "line 21:" not in told
    assert "and 25 more" in told
