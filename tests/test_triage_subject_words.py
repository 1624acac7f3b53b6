"""A subject that names no matter is not a topic (probe14 kind 12): a mail client's
placeholder ("(no subject)", « (sans objet) ») or words that only say how pressing the email
is or how to read it ("EMERGENCY", "Time sensitive", « À lire »); nor is a caller who
introduces themselves by a title and a place (« c'est la secrétaire à la mairie »)."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.topic import from_subject


def email(text: str, subject: str) -> Message:
    return Message("m", "email", text, subject=subject)


@pytest.mark.parametrize("subject", ["(sans objet)", "[No Subject]", "(no subject)"])
def test_a_placeholder_subject_leaves_a_call_back_content_free(subject: str) -> None:
    verdict = classify(email("Salut, tu peux me rappeler quand tu as un moment ?", subject))
    assert verdict.content_free and verdict.topic == "", verdict.reasons


@pytest.mark.parametrize(
    "subject", ["URGENT!!!", "Time-critical", "À lire", "IMPORTANT - please read"]
)
def test_an_alarm_or_reading_instruction_is_not_the_topic(subject: str) -> None:
    verdict = classify(email("Could you update the volunteer rota template?", subject))
    assert "rota" in verdict.topic, verdict.topic


def test_a_subject_that_names_its_matter_beside_an_alarm_word_stays() -> None:
    assert from_subject("URGENT: payroll export") == "payroll export"
    assert from_subject("Help with the payroll export") == "Help with the payroll export"


def test_empty_brackets_left_by_a_removed_tag_are_not_kept() -> None:
    assert from_subject("[Urgent] Locked out of the admin page") == "Locked out of the admin page"


def voicemail(text: str) -> Message:
    return Message("v", "voicemail", text)


@pytest.mark.parametrize(
    ("text", "caller", "matter"),
    [
        (
            "oui bonjour c'est la secrétaire à la mairie de Saint-Pons euh le logiciel "
            "d'état civil refuse d'imprimer les actes depuis ce matin",
            ("secrétaire", "mairie", "saint"),
            ("logiciel", "état", "civil", "actes"),
        ),
        (
            "hi it's the office at Greenway Dental um the x-ray software won't open any "
            "images since the update",
            ("office", "greenway", "dental"),
            ("x-ray", "software", "images"),
        ),
    ],
)
def test_a_caller_introduced_by_a_title_and_a_place_is_not_the_topic(
    text: str, caller: tuple[str, ...], matter: tuple[str, ...]
) -> None:
    topic = classify(voicemail(text)).topic.lower()
    assert not any(w in topic for w in caller), topic
    assert any(w in topic for w in matter), topic
