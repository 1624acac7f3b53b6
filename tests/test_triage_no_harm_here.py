"""Harm words that tell no harm here now (SPEC §5: a problem that is over, someone else's,
supposed, or a threat in a scam the client did not act on is not urgent). The first case of
each kind is a tester's false alarm (newcomer41); the others are the same kind in other
words. Rules alone (`learned=False`)."""

from __future__ import annotations

import pytest

from tests.triage_support import rules as rules_alone


def rules(text: str, channel: str = "email") -> dict:
    return rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        # a false alarm
        "Fausse alarme c'était le wifi du bar, Jeff avait débranché le routeur pour brancher la "
        "machine à fumée, tout marche",
        "False alarm on the server room alarm, the cleaner leant on the panel. All fine.",
        # the police asking for records
        "The police asked us for footage from last Sunday about a car scrape in the lane, could "
        "you look at making the recorder keep a month?",
        "la police nous a demandé les enregistrements de la caméra du parking pour une affaire "
        "du mois dernier, on les garde combien de temps ?",
        # the police next time
        "any news on the CCTV recorder just so I know what to tell the police next time thanks",
        # a condition, not a breakage
        "could we move Thursday's meeting to Friday same time, give me a shout if that doesn't "
        "work thanks",
        "on décale à vendredi, dis-moi si ça ne marche pas pour toi",
        # someone else's, said "not us" before the sentence goes on
        "Thought I'd mention: the B&B next door was hit by ransomware last week and they've been "
        "on paper since. Not us, thank goodness, and no need to reply, just made me glad we did "
        "the backups work in the summer.",
        # a suspect message asked about, nothing done
        "Is this a real thing? I didn't click anything.\nTom\n\n---------- Forwarded message "
        "---------\nFrom: Mail Administrator <admin@mail.example>\nSubject: WARNING\n\nYour "
        "mailbox will be deleted in 24 hours. Verify your account now.",
        "Bonjour, est-ce que c'est une arnaque ? Je n'ai pas cliqué.\n\n---------- Message "
        "transféré ---------\nVotre compte sera suspendu aujourd'hui avant 18h, confirmez vos "
        "identifiants.",
        # said not urgent, then put off to a day by the sender (newcomer44)
        "Pas d'urgence mais l'imprimante est en panne, on en parle vendredi",
        "No rush, but the printer is broken, we can talk about it on Friday",
        "Rien d'urgent : l'imprimante est en panne, on verra ça au point de vendredi",
        # a span of hours in words
        "la pharmacie sera fermée le vingt-cinq décembre et ouverte de dix à seize heures le "
        "vingt-quatre, c'est pour votre planification",
    ],
)
def test_harm_words_that_tell_no_harm_here_now_are_not_urgent(text: str):
    answer = rules(text)
    assert answer["urgency"] != "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # someone did click
        "Is this a real thing? I didn't click but Sarah clicked the link and entered her "
        "password this morning.",
        # the police here about a break-in
        "The police are here, someone broke into the office overnight and the server is gone.",
        # said not urgent, but nobody can work: no day to put it off to
        "Pas d'urgence mais le serveur est en panne et personne ne peut travailler",
        # not over: the alarm is real
        "The fire alarm is going off in the server room and there's smoke, we've evacuated.",
    ],
)
def test_real_harm_near_the_same_words_stays_urgent(text: str):
    answer = rules(text)
    assert answer["urgency"] == "urgent", answer["reasons"]
