"""The day a message says something is needed by (the triage's `due`, README "How the
triage works"): read so that a deferral reply never asks a client to wait past it
(trial51 §4)."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify

SUNDAY = datetime.fromisoformat("2026-12-06T10:00:00+01:00")


@pytest.mark.parametrize(
    "words, due",
    [
        ("Kindly do the needful regarding the FCRA renewal documents, we must file before 10th.",
         "2026-12-10"),
        ("le rapport annuel à la COCOF, on doit le rentrer pour le 15", "2026-12-15"),
        ("the insurance renewal is due on 3 January, can we discuss it", "2027-01-03"),
        ("please send the signed lease by Friday", "2026-12-11"),
        ("il nous faut le devis au plus tard le 18 décembre", "2026-12-18"),
        ("we need the quote for the 20th december board meeting", "2026-12-20"),
        # no day something is needed by: a meeting's day, a wait, a day gone
        ("la réunion est prévue pour le 15, on en parle", ""),
        ("can we meet on the 15th to go over the budget", ""),
        ("the plumber can't come before the 12th", ""),
        ("we sent the file on the 2nd, all good", ""),
        ("hi it's Dave, call me back", ""),
    ],
)  # fmt: skip
def test_the_day_something_is_needed_by(words: str, due: str):
    verdict = classify(Message("x", "voicemail", words, at=SUNDAY))
    assert verdict.due == due, verdict
    assert ("due" in verdict.as_json("x")) == bool(due)


def test_without_a_sending_time_no_day_is_read():
    assert classify(Message("x", "sms", "we must file before 10th")).due == ""
