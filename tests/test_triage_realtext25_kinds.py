"""Realtext25's false alarms, as kinds in words of our own: the part of today already gone
("earlier today") dates no deadline; a fire of speech ("put out every other fire") is no fire;
the sender's own plan for tomorrow before an ask that names its own day is no event the
answer is needed for; hackers named as a worry are no break-in."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

WEDNESDAY = "2026-11-04T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "Earlier today I got a reminder about last year's outage, funny how long ago that "
        "feels. Anyway, can we talk about the roadmap next month?",
        "Plus tôt ce matin j'ai relu le compte rendu de la panne de l'an dernier. On en "
        "reparle au prochain point ?",
    ],
)
def test_the_part_of_today_already_gone_is_no_deadline(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


def test_harm_earlier_today_that_goes_on_is_still_urgent():
    answer = rules(
        "Earlier today the payment page went down and it is still down, customers cannot pay.",
        "email",
        at=WEDNESDAY,
    )
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "I expect to have everything migrated by midday tomorrow, and will probably take the "
        "rest of tomorrow to put out every other fire in the cluster. Would anytime Friday "
        "work?",
        "I'll have the data migrated by midday tomorrow. Would Friday work for the review?",
        "Je vous aurai envoyé le fichier demain midi. Jeudi 14h ça vous irait pour en parler ?",
        "Fire off the deck to the board when it's ready, no rush at all.",
    ],
)
def test_the_senders_own_plan_and_a_fire_of_speech_are_not_urgent(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


def test_an_event_told_before_the_ask_still_makes_it_urgent():
    answer = rules(
        "Thomas is showing this module to the client tomorrow at 9:00. Could you have a look?",
        "email",
        at=WEDNESDAY,
    )
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Je débute avec mon NAS, j'ai lu qu'il fallait se protéger des hackers, quels "
        "réglages me conseillez-vous ?",
        "I'm new to this and a bit worried about hackers: which router settings would you "
        "recommend?",
    ],
)
def test_hackers_named_as_a_worry_are_not_a_break_in(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Hackers got into our mailbox this morning and are sending invoices to our clients.",
        "Des hackers ont pris le contrôle de notre site cette nuit.",
        "On s'est fait hacker le compte Instagram ce matin.",
    ],
)
def test_what_hackers_did_is_still_urgent(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert answer["urgent"], answer["reasons"]


def test_a_meeting_tomorrow_called_off_with_a_new_day_asked_is_still_urgent():
    """The ask names its own day, but tomorrow's meeting is what the answer is needed for."""
    answer = rules(
        "Yannick, demain 9h je ne pourrai pas finalement. On décale au lundi 30 même heure ?",
        "sms",
        at="2026-11-25T21:10:00+01:00",
    )
    assert answer["urgent"], answer["reasons"]
