"""Call-backs as people type and say them (newcomer25, newcomer26), each in words of our own:
« rappel stp » after a name and a firm asks for a call and says nothing more; "I tried your
number twice" is part of asking for one, not a topic; "abt the" names a topic as "about
the" does."""

from __future__ import annotations

import pytest

from tests.triage_support import triage


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("sms", "Maud, plomberie Garnier, rappel svp"),
        ("sms", "c Yann rappel stp"),
        (
            "voicemail",
            "good morning, this is Ravi from Skyline Fit, I tried your number three times, "
            "please call back, it is urgent, regarding that thing. Thank you.",
        ),
        (
            "voicemail",
            "allô c'est Karine, j'ai essayé votre numéro deux fois, rappelez-moi s'il vous plaît",
        ),
    ],
)
def test_a_call_back_with_only_who_is_calling_is_content_free(channel: str, text: str):
    answer = triage(text, channel)
    assert answer["content_free"], answer["reasons"]
    assert answer["intent"] == "unknown" and answer["topic"] == ""


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        ("pls ring me abt the van insurance", "van insurance"),
        ("rappel stp pour le devis de la cuisine", "devis"),
    ],
)
def test_a_call_back_that_names_its_topic_says_something(text: str, topic_word: str):
    answer = triage(text, "sms")
    assert not answer["content_free"], answer["reasons"]
    assert topic_word in answer["topic"]


def test_a_reminder_headed_rappel_is_no_call_back():
    answer = triage("Rappel : la facture 12 est à régler avant le 15.", "email")
    assert not answer["content_free"]
