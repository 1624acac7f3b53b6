"""A subject line that only names a matter ("ACCIDENT !!", "EMERGENCY EVACUATION") over a body
that tells it calmly and says so (newcomer29): the body says what the consultant is needed for
(SPEC §5). A label over a body that tells a live harm, or that has no calm word of its own,
still raises the message."""

from __future__ import annotations

import pytest

from tests.triage_support import assert_calm_and_said, triage

CALM_UNDER_A_LABEL = [
    (
        "ACCIDENT !!",
        "Bonjour,\n\nPour votre dossier : samedi un client a glissé dans l'escalier, le SAMU "
        "est venu, il est rentré chez lui le soir même avec une cheville bandée. J'ai fait la "
        "déclaration à l'assureur lundi. Rien à faire de votre côté.\n\nGilberte",
    ),
    (
        "EMERGENCY EVACUATION",
        "Hi,\n\nFYI we're running our evacuation drill on Thursday, every tenant gets a "
        "courtesy text. Nothing's actually wrong.\n\nDarlene",
    ),
    (
        "Flood!!",
        "Hi Sam, the basement flood from March is finally closed with the insurer, they paid "
        "out last week. Nothing to do, just for your records.\n\nTom",
    ),
]
LIVE_UNDER_A_LABEL = [
    ("ACCIDENT", "One of our riders fell and the ambulance is on its way, can you call me?"),
    ("SERVER DOWN", "No idea why, nobody can take card payments since 9."),
    (
        "Fuite",
        "Rien à faire pour le devis, mais l'eau coule du plafond de la réserve sur les cartons.",
    ),
]


@pytest.mark.parametrize(("subject", "text"), CALM_UNDER_A_LABEL)
def test_a_label_over_a_calm_account_is_not_urgent_and_says_why(subject: str, text: str):
    answer = triage(text, "email", subject=subject)
    assert not answer["urgent"], answer["reasons"]
    assert any(r.startswith("not urgent") for r in answer["reasons"]), answer["reasons"]


@pytest.mark.parametrize(("subject", "text"), LIVE_UNDER_A_LABEL)
def test_a_label_over_a_live_harm_stays_urgent(subject: str, text: str):
    assert triage(text, "email", subject=subject)["urgent"]


def test_the_body_alone_still_calms_a_message_without_a_subject():
    assert_calm_and_said(CALM_UNDER_A_LABEL[0][1], "email")
