"""Urgency set by an authority (newcomer18 H4, H8): a same-day deadline with a threat or a
reportable matter, premises closed by an inspector or a council, and a calm word about one
matter that does not cover another announced after it ("btw", « au fait »).

Written for these tests in the shapes an outside tester found, in other words than theirs."""

from __future__ import annotations

import pytest

from tests.triage_support import judged


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "hi it's jo from the kennels one of the dogs tested positive for something "
            "notifiable and the state vet wants a call back before three today",
        ),
        ("sms", "licensing want the signed plan by 5pm today or they pull tonight's gig"),
        (
            "email",
            "Hello,\n\nThe landlord needs the deposit by noon today or we lose the unit.\n\nRob",
        ),
        (
            "voicemail",
            "bonjour c'est Inès, la DDPP veut qu'on la rappelle avant 17h, c'est une maladie "
            "à déclaration obligatoire sur l'élevage",
        ),
    ],
)
def test_a_same_day_deadline_with_a_threat_or_a_reportable_matter_is_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("sms", "environmental health just shut the cafe, notice on the door"),
        ("sms", "the council have closed the site office this morning pending a check"),
        ("voicemail", "oui c'est Gaëlle les services vétérinaires ont fermé l'atelier ce matin"),
        ("email", "Bonjour,\n\nArrêté de fermeture reçu ce matin pour le restaurant.\n\nLéa"),
        ("email", "Hi,\n\nWe've been served a prohibition notice on the kitchen.\n\nTom"),
        # a calm word about one matter, then another announced
        ("sms", "rota all sorted thanks. btw the fire officer shut the function room"),
        ("sms", "c'est réglé pour le devis. au fait l'inspection a fermé la cuisine"),
    ],
)
def test_premises_closed_by_an_authority_now_are_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "email",
            "Hi,\n\nEnvironmental health closed the cafe back in 2019; worth a chat on "
            "compliance at our next call?\n\nSam",
        ),
        ("sms", "the council will close the car park next month for resurfacing"),
        ("sms", "we closed the shop early today, all fine"),
        ("sms", "can you call me today or we can do monday, whichever suits"),
    ],
)
def test_a_closure_to_come_or_past_and_a_choice_of_day_are_not(channel, text):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons
