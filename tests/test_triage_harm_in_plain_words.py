"""Urgent harm told in plain words (SPEC §5: a concrete harm or breakage needs the consultant
today). The first case of each kind is a tester's missed message (newcomer41); the others are
the same kind in other words. The rules are judged alone (`learned=False`): the learned
second opinion must not be what finds these."""

from __future__ import annotations

import pytest

from tests.triage_support import rules as rules_alone


def rules(text: str, channel: str = "voicemail") -> dict:
    return rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        # a device stuck on a screen
        "hi Camille it's Siobhán um sorry to be a nuisance it's just the tills in all six shops "
        "are showing a message about an update and they won't go past it um we open at ten",
        "the card machines are stuck on the loading screen since we switched them on",
        "les caisses restent bloquées sur la mise à jour depuis ce matin, on ne peut rien "
        "encaisser",
        # what the browser refuses
        "a donor emailed to say Chrome wouldn't let her go through to the donation page at all",
        "le site ne me laisse pas payer, ça tourne et ça revient à la page d'accueil",
        # wanted in a meeting going on now
        "oui bonjour Madame Lambert du cabinet euh nous vous attendons Maître Dechamps est en "
        "salle de réunion depuis dix heures avec Monsieur Gilson est-ce que vous pouvez vous "
        "connecter",
        "we're all waiting for you on the Teams call with the auditors, can you dial in?",
        # a worker here now who leaves without an answer
        "Camille c'est Sandrine je suis devant la clinique le technicien d'Orange il est là "
        "mais il dit que la fibre arrive pas dans le bon local il repart à neuf heures si "
        "personne lui dit quoi faire",
        "the engineer from the line company is on site and he leaves at eleven unless someone "
        "tells him where the router goes",
        # a stranger at the computers, posing as their support
        "eh hello it's Dougie at the Thistle a young guy came in about half twelve said he was "
        "from the IT company doing maintenance and he went round the PCs and plugged a USB "
        "stick into the reception one",
        "un monsieur s'est présenté de la part de l'informaticien et il a branché une clé USB "
        "sur l'ordinateur de l'accueil, on ne l'avait jamais vu",
    ],
)
def test_harm_told_in_plain_words_is_urgent(text: str):
    answer = rules(text)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "we ordered a USB stick for the reception PC, can you set it up next week?",
        "the technician from our IT support came today and everything is installed, thanks",
        "the fibre engineer is booked for Thursday, he leaves at noon so let's be ready",
        "Chrome lets her through fine now, thanks for fixing the certificate yesterday",
    ],
)
def test_the_same_words_without_the_harm_are_not_urgent(text: str):
    answer = rules(text)
    assert answer["urgency"] != "urgent", answer["reasons"]
