"""Harms that held-out writers told in words no rule read (session 16): private details on a
public page, a site showing an intruder's ads, a work phone stolen, a debtor gone under with
more goods leaving today, a call with an outside party later today. Each is urgent (SPEC §5)."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.integrations.notify.wording import why
from boundaries.triage import Message, classify

AT = datetime.fromisoformat("2027-03-10T10:00:00+01:00")  # a Wednesday morning

URGENT = [
    (
        "email",
        "Bonjour, la page « Notre équipe » du site affiche maintenant les adresses "
        "personnelles et les numéros de portable des bénévoles, alors que plusieurs nous "
        "avaient expressément demandé de ne pas les publier.",
    ),
    (
        "email",
        "Hi Claire, since this morning the homepage of the festival site shows what looks like "
        "an online casino advert instead of the line-up.",
    ),
    (
        "voicemail",
        "bonjour c'est pascal rien de grave hein mais le natel de léa a été volé ce matin dans "
        "le tram avec l'appli de l'atelier dessus",
    ),
    (
        "email",
        "For your information, Kestrel Foods went into administration yesterday. They owe us "
        "£12,300 on three invoices. Their van is booked to pick up another 30 cases this "
        "afternoon.",
    ),
    (
        "email",
        "The regulation team have asked for a call at 4pm today about our late return. Priya "
        "will be on it; could you join as well?",
    ),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_told_in_other_words_it_is_still_urgent(channel: str, text: str):
    verdict = classify(Message("m", channel, text, at=AT))
    assert verdict.urgent and not verdict.possible, verdict.reasons  # clear evidence, a rule


@pytest.mark.parametrize(
    "text",
    [
        "The contact page shows the wrong addresses for our two shops, can you fix it next week?",
        "We have our team call at 3 today, could you join?",
        "Harbour Deli settled their last invoice, all good on our side.",
    ],
)
def test_the_same_words_without_the_harm_are_not_urgent(text: str):
    verdict = classify(Message("m", "email", text, at=AT))
    assert not verdict.urgent, verdict.reasons


def test_a_call_later_today_is_told_as_such_in_both_languages():
    verdict = classify(Message("m", "email", URGENT[-1][1], at=AT))
    said = [r for r in verdict.reasons if r.startswith("urgent:")]
    assert said and "later today" in said[0], verdict.reasons
    assert "later today" in why(said[0], "en")
    assert "aujourd'hui" in why(said[0], "fr") and "later" not in why(said[0], "fr")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Évacuation",
            "Bonjour Claire,\n\nPour info, l'exercice d'évacuation annuel aura lieu le 12 mars. "
            "Rien à faire de votre côté.\n\nFatou",
        ),
        ("Fire drill", "Hi Claire, the fire evacuation drill will take place next month. Ben"),
    ],
)
def test_a_drill_to_come_is_no_harm_even_named_alone_in_the_subject(subject: str, text: str):
    """newcomer16 M7: the harm word names what the drill is about, wherever it stands."""
    verdict = classify(Message("m", "email", text, subject=subject, at=AT))
    assert not verdict.urgent, verdict.reasons


def test_a_harm_beside_a_drill_to_come_is_still_urgent():
    text = "The evacuation drill is next month. Right now the kitchen is on fire, call me!"
    assert classify(Message("m", "email", text, subject="Drill", at=AT)).urgent
