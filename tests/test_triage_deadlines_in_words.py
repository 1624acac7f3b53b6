"""Deadlines and meetings told in few or plain words (SPEC §5: a deadline within about a day,
or a meeting with an outside party today the consultant is asked to join). The first case of
each kind is a tester's missed message (newcomer42); the others are the same kind in other
words. Rules alone (`learned=False`)."""

from __future__ import annotations

import pytest

from tests.triage_support import rules as rules_alone


def rules(text: str, channel: str = "sms") -> dict:
    return rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        # work ordered outright, with a time within the day
        "Le spot radio reprend le slogan d'un concurrent. Première diffusion demain 7h. "
        "Corrigez. KB",
        "The banner on the homepage still shows last year's prices. Sale starts tonight at 8. "
        "Fix it.",
        # a file to send, said with « envoies »
        "Camille la banderole de ce soir dit 'Atlas Auto Premiun'. L'imprimeur peut refaire "
        "avant 17h si tu lui envoies le bon fichier",
        # "in like an hour"
        "the signage guy is on site now and the logo file is the wrong size, he needs a new "
        "file in like an hour or he can only come back next week",
        # a clock time of tomorrow in two digits
        "Je reviens vers vous concernant les kakemonos de notre stand. Sont-ils prêts ? Le "
        "montage du stand est prévu demain à 14 heures",
        # an office of state wanting a meeting this morning
        "sorry it's early the MEC's office wants a quick run-through of the briefing at eight "
        "thirty this morning on Teams can you join",
    ],
)
def test_a_deadline_or_meeting_told_in_few_words_is_urgent(text: str):
    answer = rules(text)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Corrigez la coquille de la page 3 quand vous aurez un moment, rien ne presse.",
        "Le montage du stand est prévu le 14 décembre à 14 heures, on en reparle.",
        "Je vous envoie le bon fichier demain matin.",
        "Fix it when you can, the campaign only starts in January.",
    ],
)
def test_the_same_words_without_a_deadline_are_not_urgent(text: str):
    answer = rules(text)
    assert answer["urgency"] != "urgent", answer["reasons"]
