"""`boundaries triage` answers batches on worker processes (issue 8, benchmark): the answers
are the same as in one process, in the same order, blank and bad lines on their own lines,
and a worker that dies costs no line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
