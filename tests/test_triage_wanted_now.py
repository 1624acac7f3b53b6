"""Wanted now in a meeting with someone waiting on an answer, and a deadline today whose
missing pushes things months away (held-out misses, session 16): urgent (SPEC §5: needs the
consultant today)."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify

AT = datetime.fromisoformat("2027-03-10T10:00:00+01:00")  # a Wednesday morning


def urgent(channel: str, text: str) -> tuple[bool, tuple[str, ...]]:
    verdict = classify(Message("m", channel, text, at=AT))
    return verdict.urgent, verdict.reasons


WANTED_NOW = [
    (
        "sms",
        "Claire, on est en réunion avec le contrôleur de l'URSSAF, il demande comment on "
        "calcule les primes. Tu peux nous rejoindre maintenant ? Le lien est dans ton agenda.",
    ),
    (
        "voicemail",
        "hi it's nadia we're on the call with the funder right now and they keep asking about "
        "the evaluation figures can you join us now",
    ),
    (
        "voicemail",
        "salut c'est paul on est en visio avec le banquier pour le crédit il veut voir le "
        "prévisionnel tu sais nous rejoindre là maintenant",
    ),
    (
        "email",
        "Claire, can you get on the phone now? The officer from the licensing team is here and "
        "has questions about our staff training records.",
    ),
]


@pytest.mark.parametrize(("channel", "text"), WANTED_NOW)
def test_wanted_now_where_someone_waits_on_an_answer_is_urgent(channel: str, text: str):
    is_urgent, reasons = urgent(channel, text)
    assert is_urgent, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Can you join the Teams call with the bank on Thursday at 10? They have questions about "
        "the forecast.",
        "The inspector asked about the fire doors last month, could we go over it at our next "
        "call?",
    ],
)
def test_a_meeting_later_or_questions_asked_before_are_not_urgent(text: str):
    is_urgent, reasons = urgent("email", text)
    assert not is_urgent, reasons


@pytest.mark.parametrize(
    "text",
    [
        "the driver from the depot goes at four today otherwise the next slot is in january can "
        "you approve the payment",
        "le chauffeur passe à 16h aujourd'hui sinon le prochain passage c'est en janvier tu peux "
        "valider le paiement",
    ],
)
def test_a_later_date_that_a_missed_deadline_costs_does_not_calm_it(text: str):
    is_urgent, reasons = urgent("voicemail", text)
    assert is_urgent, reasons


def test_a_date_far_off_still_calms_a_message_about_it():
    is_urgent, reasons = urgent("email", "The audit is in January, no rush. Can you send the plan?")
    assert not is_urgent, reasons
