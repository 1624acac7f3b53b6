"""newcomer53/54's misses and false alarms, each kind in words of our own: a calm word that
covers the rest ("otherwise all good", « sinon tout va bien ») or one item only (« aucune
urgence pour ça ») leaves the matter told urgent; a change wanted in the passive (« que ce
soit corrigé avant … »), a third party wanting a thing by a time said first (« ils exigent
pour demain midi »), a time at midnight or an hour in words ("collects at four") are
deadlines. Not urgent: the sender's own step ("the photos I'll send tonight", « je
t'envoie sa bio dans la journée »), an alternative offered (« ou sinon en visio »,
« sinon propose-nous des créneaux »), an alarm word laughed off ("DISASTER 😂")."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

THURSDAY_MORNING = "2026-11-19T09:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "The paper printed the tasting as starting at 7pm, it's 6pm. Could you put a "
            "correction on our page today? Otherwise all good here.",
            "email",
        ),
        (
            "Le programme en ligne dit 20 h au lieu de 19 h. Tu peux corriger aujourd'hui ? "
            "Sinon tout va bien de notre côté.",
            "email",
        ),
        (
            "Deux choses :\n1) le photographe a envoyé ses fichiers, il attend ton retour sur la "
            "sélection avant ce soir, sinon il part en vacances sans les retoucher ;\n2) tu as "
            "encore les maquettes de l'an dernier ? Aucune urgence pour ça.",
            "email",
        ),
        (
            "Le panneau à l'entrée indique encore les anciens horaires. J'aimerais que ce soit "
            "remplacé avant qu'on ouvre demain matin à 8 h.",
            "email",
        ),
        (
            "La préfecture a confirmé la visite et ils exigent pour demain midi la liste des "
            "participants. Tu t'en occupes ?",
            "email",
        ),
        (
            "did you fix the checkout thing? the promo goes live at midnight and we've a "
            "thousand people on the list, can you send it over",
            "sms",
        ),
    ],
)
def test_a_matter_told_beside_a_calm_word_or_a_deadline_said_otherwise_is_urgent(
    text: str, channel: str
) -> None:
    answer = rules(text, channel, THURSDAY_MORNING)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Could you write a short post about the fair for our page? Monday would be fine, "
            "with the pictures I'll send tonight.",
            "email",
        ),
        (
            "Tu pourrais préparer l'annonce du nouveau chef pour la semaine prochaine ? Je "
            "t'envoie sa photo dans la journée.",
            "email",
        ),
        (
            "on fait le bilan avec les partenaires le 10 à 15 h, tu peux venir ou sinon en "
            "visio, tu me dis",
            "voicemail",
        ),
        (
            "On aimerait se voir la semaine prochaine pour la campagne d'été, mardi ou jeudi à "
            "10 h ? Sinon propose-nous des créneaux.",
            "email",
        ),
        (
            "CATASTROPHE 😂 the story has our name without the accent. whatever, it's gone "
            "tomorrow",
            "sms",
        ),
    ],
)
def test_the_senders_own_step_an_alternative_or_a_laughed_off_alarm_is_not(
    text: str, channel: str
) -> None:
    answer = rules(text, channel, THURSDAY_MORNING)
    assert not answer["urgent"], answer["reasons"]


def test_a_calm_word_on_its_own_matter_still_calms_a_message_of_one_matter() -> None:
    answer = rules("Tu as encore les maquettes de l'an dernier ? Aucune urgence pour ça.", "sms")
    assert not answer["urgent"], answer["reasons"]
