"""`boundaries triage` answers batches on worker processes (issue 8, benchmark): the answers
are the same as in one process, in the same order, blank and bad lines on their own lines,
and a worker that dies costs no line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

import pytest

from boundaries.triage import parallel
from boundaries.triage.batch import triage_answers

TEXTS = [
    ("sms", "le site est en panne depuis ce matin, plus personne ne peut payer"),
    ("email", "Hi Claire, could you send me the minutes of the board? Thanks, Jen"),
    ("voicemail", "salut c'est Marc rappelle-moi"),
    ("sms", "fyi the grant report went out"),
    ("email", "Bonjour, où en est le dossier de subvention ? Marc"),
]


def lines(n: int) -> list[str]:
    """`n` input lines: messages, with a blank line and a malformed one among them."""
    out = []
    for i in range(n):
        channel, text = TEXTS[i % len(TEXTS)]
        out.append(json.dumps({"id": str(i), "channel": channel, "text": f"{text} ({i})"}))
    out[7] = ""
    out[11] = '{"id": "bad", "channel": "pigeon", "text": "x"}'
    return out


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="worker processes are forked",
)
def test_answers_on_workers_are_those_of_one_process_in_order():
    given = lines(40)
    alone = list(triage_answers(given, batch=4, workers=1))
    shared = list(triage_answers(given, batch=4, workers=2))
    assert shared == alone
    assert [a.get("id") for a in shared[:7]] == [str(i) for i in range(7)]
    assert "error" in shared[7] and shared[11]["id"] == "bad" and "error" in shared[11]
    assert len(shared) == 40


def _dies_in_a_worker(parent: int) -> parallel.AnswerBatch:
    def answer(batch: Sequence[str]) -> list[dict[str, Any]]:
        if os.getpid() != parent:
            os._exit(3)  # a worker killed mid-batch (out of memory, a signal)
        return [{"id": line} for line in batch]

    return answer


def test_a_worker_that_dies_costs_no_line():
    batches = [[f"{b}-{i}" for i in range(3)] for b in range(6)]
    done = list(parallel.answered_in_order(batches, _dies_in_a_worker(os.getpid()), workers=2))
    assert [a["id"] for batch in done for a in batch] == [x for b in batches for x in b]


def test_one_core_keeps_every_batch_in_this_process():
    parent = os.getpid()
    batches = [["a"], ["b"], ["c"]]
    done = list(parallel.answered_in_order(batches, _dies_in_a_worker(parent), workers=1))
    assert done == [[{"id": "a"}], [{"id": "b"}], [{"id": "c"}]]


def test_the_process_answers_every_line_in_order_on_two_cores():
    """The whole process, on more lines than one batch (256), on the cores it may use."""
    given = lines(600)
    done = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", "--rules-only"],
        input="\n".join(given) + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1, done.stderr  # the malformed line
    assert len(answers) == 600
    ids = [a.get("id") for a in answers]
    assert ids[:7] == [str(i) for i in range(7)] and ids[599] == "599"
    assert ids[300:310] == [str(i) for i in range(300, 310)]
    assert answers[0]["urgent"] and answers[300]["urgent"]  # 300 % 5 == 0: the outage


def test_ctrl_c_keeps_the_lines_answered_and_exits_130(tmp_path):
    """trial43: Ctrl-C (SIGINT to the process group) printed "Aborted!", exited 1 and lost
    the lines already answered. Now they stay written, in order, and the exit status is 130."""
    messages = tmp_path / "messages.jsonl"
    messages.write_text(
        "".join(
            json.dumps({"id": str(i), "channel": "sms", "text": f"can you send invoice {i}"}) + "\n"
            for i in range(40_000)
        )
    )
    with messages.open() as given, (tmp_path / "out.jsonl").open("w") as out:
        run = subprocess.Popen(
            [sys.executable, "-m", "boundaries", "triage", "--rules-only"],
            stdin=given,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            # a run started in the background inherits SIGINT ignored: as at a terminal
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        # wait until answers flow, then interrupt the whole group as a terminal's Ctrl-C does
        deadline = time.monotonic() + 120
        while (tmp_path / "out.jsonl").stat().st_size < 10_000 and time.monotonic() < deadline:
            time.sleep(0.2)
        os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=120)
    answered = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert run.returncode == 130, (err, (tmp_path / "out.jsonl").read_text()[:300])
    assert 0 < len(answered) < 40_000
    assert [a["id"] for a in answered] == [str(i) for i in range(len(answered))]
    lines = "line" if len(answered) == 1 else "lines"
    assert f"Interrupted: {len(answered)} {lines} answered" in err
    assert f"tail -n +{len(answered) + 1}" in err
