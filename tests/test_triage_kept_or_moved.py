"""A standing call asked to be kept or moved, and words that are no topic (trial52 §1, §2):
the reply answers the move and never offers the call in question (SPEC §10, README "How the
triage works"); a topic names the matter, never a verb of talk."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify

WEDNESDAY = datetime.fromisoformat("2026-12-02T09:30:00+01:00")


@pytest.mark.parametrize(
    "text, call",
    [
        ("Est-ce qu'on maintient le point de vendredi ou on décale à lundi ?", "point de vendredi"),
        ("on garde le point de jeudi ou pas ?", "point de jeudi"),
        ("Est-ce qu'on maintient le point de demain ou on décale à jeudi ?", "point de demain"),
        ("Hello, it is about Friday's meeting, could we do Monday instead, same time?", "friday"),
        ("is Thursday's call still on or shall we push it to next week?", "thursday"),
    ],
)
def test_a_call_asked_to_be_kept_or_moved_is_a_move_named_by_its_call(text: str, call: str):
    verdict = classify(Message("m", "voicemail", text, at=WEDNESDAY))
    assert verdict.moves_call and verdict.intent == "scheduling", verdict
    assert call in verdict.topic.lower(), verdict.topic


@pytest.mark.parametrize(
    "text, topic",
    [
        ("just checking where the payroll audit stands", "payroll audit"),
        ("on pourrait se caler un petit point aujourd'hui avec le bureau", ""),
        ("Pour info, le comité est reporté. Pas besoin de répondre.", None),
    ],
)
def test_a_verb_of_talk_is_no_topic(text: str, topic: str | None):
    verdict = classify(Message("t", "voicemail", text, at=WEDNESDAY))
    for verb in ("stands", "caler", "répondre"):
        assert verb not in verdict.topic, verdict.topic
    if topic is not None:
        assert verdict.topic == topic, verdict.topic


def test_checking_where_a_thing_stands_asks_where_it_stands():
    verdict = classify(Message("t", "voicemail", "hi just checking where the LMS migration stands"))
    assert verdict.intent == "status_check", verdict.reasons


def test_a_french_shorthand_alone_is_french():
    assert classify(Message("s", "sms", "dispo 5 min?")).lang == "fr"


@pytest.mark.parametrize(
    "text, intent",
    [
        ("just wanted to see if you got my email about the board pack", "status_check"),
        ("je voulais savoir si vous avez bien reçu mon mail pour la subvention", "status_check"),
        ("Let's sync sometime next week to kick things off", "scheduling"),
    ],
)
def test_intents_a_newcomer_found_misread(text: str, intent: str):
    """trial52 §6: whether something sent has arrived asks where it stands; "let's sync" asks
    for a meeting (and "sync" is no topic)."""
    verdict = classify(Message("i", "voicemail", text, at=WEDNESDAY))
    assert verdict.intent == intent, verdict.reasons
    assert "sync" not in verdict.topic
