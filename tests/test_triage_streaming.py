"""`boundaries triage` on a pipe or a terminal answers each line as it comes (trial43 §9).

A program that wrote one message and waited for its answer waited for ever: the answers came
in batches of 256 lines, or at the end of the input. Now a pause of the input gives back every
answer of the lines received so far; a file is still read in batches.
"""

from __future__ import annotations

import codecs
import json
import os
import select
import subprocess
import sys
import threading

from boundaries.cli.arriving import arriving_lines
from boundaries.triage.batch import _batches, triage_answers
from boundaries.triage.parallel import answered_in_order


def _utf8(head: bytes) -> tuple[int, str]:
    return 0, "utf-8"


def _read_all(chunks: list[bytes], encoding_of_head=_utf8) -> list[str | None]:
    """What `arriving_lines` gives when `chunks` are written one after the other, each
    after the reader has drained the one before (a `None` where it caught up)."""
    read_end, write_end = os.pipe()
    out: list[str | None] = []
    lines = arriving_lines(read_end, encoding_of_head)
    try:
        for chunk in chunks:
            os.write(write_end, chunk)
            for line in lines:
                out.append(line)
                if line is None:
                    break
        os.close(write_end)
        out.extend(lines)
    finally:
        os.close(read_end)
    return out


def test_a_pause_of_the_writer_is_marked_between_the_lines():
    got = _read_all([b'{"a": 1}\n{"b": 2}\n', b'{"c": 3}\n'])
    assert got == ['{"a": 1}\n', '{"b": 2}\n', None, '{"c": 3}\n', None]


def test_line_ends_of_every_kind_even_split_between_two_writes():
    """ "\\r\\n" cut after its "\\r" is one line end, a lone "\\r" is one, and a last line without
    an end is a line."""
    got = [line for line in _read_all([b"one\r", b"\ntwo\rthree\r\n", b"four"]) if line]
    assert got == ["one\n", "two\n", "three\n", "four"]


def test_a_character_split_between_two_writes_is_read_whole():
    text = "Bonjour, le dépôt est refusé\n".encode()
    cut = text.index("é".encode()) + 1
    got = [line for line in _read_all([b"ok\n" + text[:cut], text[cut:]]) if line]
    assert got == ["ok\n", "Bonjour, le dépôt est refusé\n"]


def test_the_encoding_is_chosen_on_the_first_bytes():
    """UTF-16 from PowerShell, its mark dropped by the codec the head named."""

    def utf16(head: bytes) -> tuple[int, str]:
        return (0, "utf-16") if head.startswith(codecs.BOM_UTF16_LE) else (0, "utf-8")

    data = codecs.BOM_UTF16_LE + "ligne un\r\nligne deux\r\n".encode("utf-16-le")
    got = [line for line in _read_all([data], utf16) if line]
    assert got == ["ligne un\n", "ligne deux\n"]


def test_a_pause_answers_the_lines_held_before_the_batch_is_full():
    """The batcher gives what it holds at a pause, then an empty batch: on workers, every
    answer in flight comes back before the next line is read."""
    pulled: list[str | None] = []

    def given():
        for item in ["a", None, "b", "c", None, "d", "e"]:
            pulled.append(item)
            yield item

    def answer(batch):
        return [{"line": line} for line in batch]

    answers = answered_in_order(_batches(given(), 256), answer, 2)
    assert [a["line"] for a in next(answers)] == ["a"]
    assert [a["line"] for a in next(answers)] == ["b", "c"]
    assert "d" not in pulled  # answered while the input was paused
    assert [a["line"] for done in answers for a in done] == ["d", "e"]


def test_triage_answers_each_line_before_the_next_arrives():
    lines = iter(
        [
            json.dumps({"id": "1", "channel": "sms", "text": "the site is down"}),
            None,
            json.dumps({"id": "2", "channel": "sms", "text": "call me"}),
        ]
    )
    answers = triage_answers(lines, learned=False, workers=1)
    assert next(answers)["id"] == "1"  # before the third item is even asked for
    assert next(answers)["id"] == "2"


def test_a_program_that_waits_for_each_answer_gets_it(tmp_path):
    """The whole process on a pipe kept open: each message is answered while the writer
    waits, before standard input ends."""
    run = subprocess.Popen(
        [sys.executable, "-m", "boundaries", "triage", "--rules-only"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert run.stdin is not None and run.stdout is not None
    killer = threading.Timer(120, run.kill)  # a hang fails the test instead of the run
    killer.start()
    try:
        got = []
        for number, text in enumerate(
            ["le site est en panne, plus personne ne peut payer", "fyi the report went out"]
        ):
            run.stdin.write(
                (json.dumps({"id": str(number), "channel": "sms", "text": text}) + "\n").encode()
            )
            run.stdin.flush()
            ready, _, _ = select.select([run.stdout], [], [], 60)
            assert ready, f"no answer to line {number} while the pipe stays open"
            got.append(json.loads(run.stdout.readline()))
        run.stdin.close()
        assert run.wait(timeout=60) == 0
    finally:
        killer.cancel()
        run.kill()
    assert [a["id"] for a in got] == ["0", "1"]
    assert got[0]["urgent"] and not got[1]["urgent"]
