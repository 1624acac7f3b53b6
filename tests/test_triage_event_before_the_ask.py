"""Newcomer59's urgency kinds, each in words of our own: the event an answer is needed for,
told in the sentence just before the question or after a question asked aloud (a voicemail
has no question mark); a meeting the other side asked for later today; a student's grades
or personal records opened by someone who should not; an allergen warning gone from what
is on sale. With the guards that keep their look-alikes calm."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

URGENT = [
    # the event told just before the ask
    (
        "email",
        "Hi, mostly fine on the new site. One thing: the video on the home page plays without "
        "sound. Leila shows exactly this page to the investors tomorrow at 9:00. Could you "
        "have a look?",
    ),
    (
        "email",
        "Bonjour, le module 3 affiche encore l'ancien logo. Sonia le présente au comité "
        "demain matin. Pourriez-vous regarder ?",
    ),
    # after a question asked aloud, no question mark in the transcript
    (
        "voicemail",
        "oui bonjour c'est Nadia est-ce que vous pouvez me confirmer le poids des palettes le "
        "transporteur passe les chercher demain matin merci",
    ),
    (
        "voicemail",
        "oui bonjour c'est Hugo est-ce que vous pouvez me dire quelle adresse mettre sur le "
        "bon de livraison le camion charge demain matin merci",
    ),
    # a meeting the other side asked for, later today, the consultant asked to join
    ("sms", "The bank wants to see us today at 3 instead of Thursday. Can you join by video?"),
    ("sms", "Le propriétaire veut nous voir aujourd'hui à 17 h, tu peux venir ?"),
    # grades or personal records opened by someone who should not
    (
        "email",
        "Bonjour, un parent a pu ouvrir le tableau des notes de toute la classe depuis le lien "
        "envoyé hier. Pouvez-vous le fermer ?",
    ),
    (
        "email",
        "Hi, a supplier told us they were able to download the students' grades from the "
        "portal with the guest login. Can you lock it?",
    ),
    # an allergen warning gone from a product on sale
    (
        "email",
        "The online page for the oat cookies: the line 'contains peanuts' has disappeared "
        "since the update, and orders are coming in. Can you fix it?",
    ),
]

CALM = [
    # a call-back asked for a time: the time is the ask's own, not an event
    ("voicemail", "bonjour c'est Paul est-ce que vous pourriez me rappeler demain matin merci"),
    ("voicemail", "hi it's Dana could you give me a ring tomorrow morning about the quote"),
    # the event long before the question, or a day ahead
    (
        "email",
        "Hello, the bank reviews the slides next Thursday. Could you go over page 4 when you "
        "have a moment?",
    ),
    # a meeting asked for on another day
    ("sms", "The funder wants to meet us next Tuesday. Can you join?"),
    # who looks after the data is a role, not the data: « responsable de la protection des
    # renseignements personnels », and the policy is online
    (
        "email",
        "Salut, la politique de confidentialité est en ligne et tu es indiqué comme responsable "
        "de la protection des renseignements personnels. La bannière vient la semaine prochaine.",
    ),
    # an allergen named, nothing gone
    ("email", "Could you add 'contains peanuts' to the new cookie page before the spring launch?"),
]

AT = "2026-11-24T10:05:00+01:00"


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_urgent_kinds_of_newcomer59(channel: str, text: str):
    answer = rules(text, channel, AT)
    assert answer["urgent"] is True, answer["reasons"]


@pytest.mark.parametrize(("channel", "text"), CALM)
def test_their_look_alikes_stay_calm(channel: str, text: str):
    answer = rules(text, channel, AT)
    assert answer["urgent"] is False, answer["reasons"]
