"""A message that skips or moves a call (SPEC §10: a matter of scheduling, never a topic of
that call's agenda) carries `moves_call`, however the verb is put: "let's skip our Wednesday
call" and « donc on décale notre point » put "skip" and « absente » on a client's agenda
(a newcomer, session 24)."""

from __future__ import annotations

import json

import pytest

from boundaries.triage.batch import triage_batch


def answer(text: str) -> dict:
    return triage_batch([json.dumps({"id": "m", "channel": "email", "text": text})])[0]


@pytest.mark.parametrize(
    "text",
    [
        "hi Camille, let's skip our Wednesday call, I'm travelling. Jen",
        "Bonjour Camille, je serai absente la semaine prochaine donc on décale notre point à "
        "la semaine d'après. Isabelle",
        "We're moving the weekly call to Thursday this once, is 4pm ok?",
        "On annule le rendez-vous de vendredi, Karim est malade.",
    ],
)
def test_skipping_or_moving_a_call_is_marked_and_never_an_agenda_topic_word(text: str):
    got = answer(text)
    assert got["intent"] == "scheduling" and got.get("moves_call") is True, got
    assert got["topic"].lower() not in {"skip", "absente", "moving", "annule"}


def test_a_call_asked_for_is_not_a_moved_one():
    got = answer("Could we have a call on Thursday about the budget?")
    assert not got.get("moves_call"), got
