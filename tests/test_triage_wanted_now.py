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
        # newcomer29: "in the meeting" of an invitation to one dated ahead
        "hello ma'am this is Joy from Santos Printing, we would like to ask if you can join us "
        "in the meeting with the council procurement next week, maybe tuesday or wednesday",
        "Bonjour, pourriez-vous nous rejoindre dans la salle du conseil mardi prochain pour la "
        "présentation au maire ?",
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


# newcomer16 H1: wanted now by those in a meeting with an outside party, however it is said
# (a public body, a lawyer or a notary across the table; "they're holding", « ils vous
# attendent », "FaceTime in", « on est avec le maire là maintenant »).
MEETING_NOW = [
    "Claire, c'est Sophie, on est en réunion avec la mairie là, ils veulent te parler, tu "
    "peux nous rejoindre en visio ?",
    "Hello Claire, Tom here. Dan's with the solicitors at the moment going through the lease "
    "and he's asking whether you could come on the line, they're waiting.",
    "salut c'est luc on est avec le préfet et son chef de cabinet là maintenant ils "
    "aimeraient t'avoir au téléphone deux minutes",
    "Bonjour c'est Nadia pour Paul, il est chez le notaire pour la succession, ils vous "
    "attendent au téléphone.",
    "Board visit from the funder happening now, they're asking for you. Can you Zoom in?",
]


@pytest.mark.parametrize("text", MEETING_NOW)
def test_wanted_now_in_a_meeting_with_an_outside_party_is_urgent(text: str):
    is_urgent, reasons = urgent("voicemail", text)
    assert is_urgent and any("meeting happening now" in r for r in reasons), reasons


# newcomer16 H2: an inspector or official on the premises now, not one to come or gone.
@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Claire, une contrôleuse de l'URSSAF est dans nos locaux depuis ce matin. "
        "Rappelle-moi.",
        "Hi Claire, environmental health have just arrived for an unannounced visit. Call me.",
        "Claire c'est Paul, on a l'huissier à l'accueil, il veut voir le gérant, je fais quoi ?",
    ],
)
def test_an_official_on_the_premises_now_is_urgent(text: str):
    is_urgent, reasons = urgent("voicemail", text)
    assert is_urgent, reasons


@pytest.mark.parametrize(
    "text",
    [
        "L'inspection du travail viendra dans nos locaux mardi prochain, tu peux préparer les "
        "contrats ?",
        "Ofsted will be on site on 14 January for the full inspection.",
        "Bonjour, le contrôleur de la CAF est passé hier dans nos locaux, tout s'est bien passé.",
    ],
)
def test_a_visit_to_come_or_over_is_not_urgent(text: str):
    is_urgent, reasons = urgent("email", text)
    assert not is_urgent, reasons


# newcomer16 H3: the press waiting on a comment today.
def test_a_journalist_wanting_a_comment_today_is_urgent():
    is_urgent, reasons = urgent(
        "voicemail",
        "bonjour c'est anne une journaliste du Progrès prépare un papier sur notre déficit et "
        "attend notre réponse avant ce soir",
    )
    assert is_urgent, reasons


# newcomer16 H4: « Rappel : » before a date within a day is a reminder, not a call.
@pytest.mark.parametrize("lead", ["Petit rappel :", "Rappel :", "Pour rappel,"])
def test_a_reminder_before_a_deadline_within_a_day_keeps_it(lead: str):
    at = datetime.fromisoformat("2026-12-03T16:00:00+01:00")  # a Thursday afternoon
    text = (
        f"Bonjour Claire,\n\n{lead} le dossier doit être déposé vendredi 4 décembre à 9 h. Il "
        "me manque encore votre partie.\n\nHélène"
    )
    verdict = classify(Message("m", "email", text, subject="Dossier", at=at))
    assert verdict.urgent, verdict.reasons
