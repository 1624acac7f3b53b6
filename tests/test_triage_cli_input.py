"""`boundaries triage` on imperfect input (SPEC §5, §9): the run goes on past a malformed
line, the exit status says one was there, a wrong type is named, a byte-order mark is read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from boundaries.triage.batch import triage_line

GOOD = {"id": "a", "channel": "voicemail", "text": "salut c'est marc rappelle-moi"}
BOM = "\ufeff"


def triage(stdin: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", "--rules-only", *options],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_all_lines_readable_exits_0_and_one_malformed_line_exits_1_after_the_whole_run():
    ok = triage(json.dumps(GOOD) + "\n")
    assert ok.returncode == 0 and ok.stderr == ""
    lines = [json.dumps(GOOD), "{broken", json.dumps({**GOOD, "id": "c"})]
    bad = triage("\n".join(lines) + "\n")
    assert bad.returncode == 1
    out = [json.loads(line) for line in bad.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c"]  # the run went on past line 2
    assert "error" in out[1] and "error" not in out[2]
    assert "1 of 3 lines could not be triaged; it got" in bad.stderr and "Fix:" in bad.stderr
    assert "Traceback" not in bad.stderr


@pytest.mark.parametrize(
    ("raw_id", "words"),
    [
        (1, "'id' must be a string, not 1"),
        (2.5, "'id' must be a string, not 2.5"),
        (True, "'id' must be a string, not true"),
        (["x"], "'id' must be a string"),
        ("", "'id' must be a non-empty string"),
    ],
)
def test_an_id_of_the_wrong_type_is_named_as_such_not_as_missing(raw_id: object, words: str):
    answer = triage_line(json.dumps({**GOOD, "id": raw_id}))
    assert words in answer["error"] and "missing" not in answer["error"]
    if isinstance(raw_id, int | float) and not isinstance(raw_id, bool):
        assert answer["id"] == raw_id  # the line can still be matched to its answer


def test_blank_lines_get_an_error_object_but_do_not_make_the_run_fail():
    result = triage(json.dumps(GOOD) + "\n\n   \n")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", None, None]


def test_a_missing_id_is_still_called_missing():
    answer = triage_line(json.dumps({"channel": "sms", "text": "hello"}))
    assert "missing required field 'id'" in answer["error"]


def test_a_byte_order_mark_at_the_start_of_stdin_is_not_an_error():
    result = triage(BOM + json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "id": "b"}) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"] and all("error" not in o for o in out)


def test_a_byte_order_mark_in_updates_and_eval_files_is_not_an_error(tmp_path: Path):
    updates = tmp_path / "updates.jsonl"
    update = {"id": "u1", "to": "marc@horizon.example", "subject": "Site", "text": "En ligne."}
    updates.write_text(BOM + json.dumps(update) + "\n", encoding="utf-8")
    labelled = tmp_path / "dev.jsonl"
    expect = {"lang": "fr", "content_free": True, "intent": "unknown", "urgent": False}
    labelled.write_text(BOM + json.dumps({**GOOD, "expect": expect}) + "\n", encoding="utf-8")
    result = triage("", "--eval", str(labelled), "--updates", str(updates), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_or_utf32_input_with_its_byte_order_mark_is_read(encoding: str) -> None:
    """What PowerShell's `>` writes: one output line per input line, read as written."""
    lines = [
        json.dumps(GOOD, ensure_ascii=False),
        json.dumps({**GOOD, "id": "é"}, ensure_ascii=False),
    ]
    data = "\n".join(lines) + "\n"
    raw = data.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    done = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", "--rules-only"],
        input=raw,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", "é"]
    assert all(o["content_free"] for o in out)


@pytest.mark.parametrize("mark", [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
def test_utf8_lines_behind_a_stray_utf16_or_utf32_mark_are_read_as_utf8(mark: bytes) -> None:
    """A mark a tool put before UTF-8 lines (trial32 §9) is dropped, not read as UTF-16."""
    lines = [json.dumps(GOOD), json.dumps({**GOOD, "id": "é"}, ensure_ascii=False)]
    done = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", "--rules-only"],
        input=mark + ("\n".join(lines) + "\n").encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", "é"]
    assert all("error" not in o and o["content_free"] for o in out)


def test_lines_ended_by_a_carriage_return_alone_are_lines(tmp_path: Path):
    # old Mac editors end lines with "\r" alone (newcomer28): each line is still one message
    good = '{"id": "a", "channel": "sms", "text": "hi"}'
    done = triage(good + "\r" + good.replace('"a"', '"b"') + "\r")
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["a", "b"]
