"""Kinds an outside tester found (issue 8, session 8): a breakage told by what the screen
shows, outages of what visitors fill in, credentials out in the open, meetings with weighty
people about to start, and the calm cases that must stay calm (a planned cut, a public link
or blank labels made on purpose, a clock time that belongs to a named day). Each urgent case
failed before its fix and is now found by the rules, not only by the second opinion."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from boundaries.triage import Message
from boundaries.triage.batch import triage_line
from boundaries.triage.second_opinion import judge

BY_THE_RULES = [
    # What visitors fill in or sign into, down as a whole or showing errors.
    "The donation form is down.",
    "Thanks for the report, looks good. Separately: the donation form has been throwing errors "
    "since noon and we're losing donations.",
    "the members area is offline since this morning",
    "Checkout keeps giving an error, nobody can pay.",
    # Credentials out in the open.
    "Le mot de passe admin a fuité sur Facebook.",
    "Bonne nouvelle pour la subvention ! Autre chose : le mot de passe admin a fuité sur Facebook.",
    "Our API keys were posted on a public forum by a volunteer.",
    "someone leaked the admin password in the group chat",
    # Told by what the screen shows, in a short call-back.
    "salut c'est Paul, l'écran de la caisse est tout noir, rappelle-moi",
    "salut c'est Paul, euh l'écran de la caisse est tout noir, ça veut plus rien savoir, "
    "rappelle-moi",
    "hi it's Joe, the website says forbidden on every page, call me back",
    "hi it is Joe, every page of the website says forbidden, call me back",
    "bonjour c'est Nadia, le site il fait n'importe quoi, ça affiche des trucs en chinois, "
    "rappelez-moi",
    "the till has gone haywire and the queue is out the door",
    "all the screens in reception went black",
    # Wanted in a meeting with weighty people, now or within the hour.
    "We're with the auditors now and they need you to join the Teams call immediately",
    "Meeting with the funding body in 20 min, they want to ask you about the data protection "
    "setup, can you dial in?",
    "The regulator's inspection call starts at the top of the hour and they asked for our IT "
    "consultant to join. Link below.",
    # A time of tomorrow beside a named period is still tomorrow's.
    "We got a letter from the city: they want the trip logs for 1-15 November submitted by 9am "
    "tomorrow, or our licence review goes ahead without them.",
]

CALM = [
    # Planned, not happening.
    "Enedis prévoit une coupure de courant le 15 janvier de 9h à 11h, pour info.",
    "Coupure de courant prévue le 15 janvier, pour info.",
    "A power cut is scheduled for Sunday morning, just so you know.",
    # Done on purpose.
    "I've shared the brochure by public link so the partners can download it, as agreed.",
    "I've shared the agenda by public link for the volunteers.",
    "Could we print blank labels for the volunteers to fill in by hand at the fair in March?",
    # A figure going down is not an outage.
    "Page views are down this month.",
    "Bookings are down 20% on last year, can we talk about the newsletter?",
    # The screen's colours, not a fault.
    "Could the new menu screen be black and white rather than colour?",
]


@pytest.mark.parametrize("text", BY_THE_RULES)
def test_urgent_by_the_rules(text: str) -> None:
    verdict = judge(Message("m", "voicemail", text))
    assert verdict.urgent and not verdict.possible, verdict.reasons
    assert not verdict.content_free


@pytest.mark.parametrize("text", CALM)
def test_calm(text: str) -> None:
    verdict = judge(Message("m", "email", text))
    assert not verdict.urgent, verdict.reasons


def test_a_clock_time_of_a_named_day_is_decided_by_that_day() -> None:
    """« le 15 janvier à 11h » is not within a day by its words; sent on 14 January it is."""
    text = "The tender must be filed on 15 January at 11am."
    far = Message("m", "email", text, at=datetime.fromisoformat("2026-11-30T09:00:00+01:00"))
    near = Message("m", "email", text, at=datetime.fromisoformat("2027-01-14T09:00:00+01:00"))
    assert not judge(far).urgent
    assert judge(near).urgent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Would it be possible to add Apple Pay to the payment page next year? No rush.",
            "request",
        ),
        (
            "Can the till print receipts in French as well? Just wondering for the spring.",
            "request",
        ),
        ("Est-ce qu'on peut avoir le devis pour la nouvelle salle ?", "request"),
        ("On peut avoir un récapitulatif des heures de novembre ?", "request"),
        (
            "What happens if the domain expires? Just want to understand for the handbook.",
            "request",
        ),
        (
            "On est un peu bloqués sur le choix du nom du festival, tu aurais un avis ? "
            "Pas pressé.",
            "request",
        ),
        # asked the same way, a meeting is still scheduling
        (
            "Could we have half an hour on the phone tomorrow about December's payroll?",
            "scheduling",
        ),
        (
            "Serait-il possible de caler une visio la semaine prochaine pour faire le point ?",
            "scheduling",
        ),
        (
            "the audit return is due on the 31st of January, can we get something in the diary",
            "scheduling",
        ),
        # "instead" about work, not about a time for a call
        ("Our volunteer's laptop crashed so she'll send the photos next week instead.", "info"),
    ],
)
def test_whether_it_could_be_done_is_a_request(text: str, intent: str) -> None:
    line = json.dumps({"id": "m", "channel": "email", "text": text})
    assert triage_line(line)["intent"] == intent


def test_who_is_calling_names_no_topic() -> None:
    """« du comité des fêtes » is who calls, not what the call is about."""
    verdict = judge(
        Message(
            "m",
            "voicemail",
            "salut c'est Martine du comité des fêtes, rappelle-moi quand tu peux, bisous",
        )
    )
    assert verdict.content_free and verdict.intent == "unknown", verdict.reasons
