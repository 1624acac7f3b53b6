"""Alarming words that are not today's (newcomer19 M3, M4; newcomer20 M1, M3, H5): a
problem said over in other words than "fixed" (found again, put out, relaunched, redone, the
claim closed, finally arrived), a harm dated by its month, a workshop scenario, a weekly
test; and a buyer about to walk away tomorrow, which is urgent.

Written for these tests in other words than the testers'."""

from __future__ import annotations

import pytest

from tests.triage_support import judged

CALM = [
    ("sms", "the van we reported stolen on friday turned up at the station car park, drama over"),
    (
        "email",
        "Hi,\n\nThe burst pipe in the kitchen was repaired on Monday and the insurer "
        "settled the claim.\n\nMo",
    ),
    (
        "sms",
        "Le serveur a planté dans la nuit mais le prestataire l'a redémarré à 7h, tout "
        "marche maintenant.",
    ),
    (
        "sms",
        "la cave a été inondée cet hiver, le propriétaire a tout remis en état. on en "
        "reparle au prochain point",
    ),
    (
        "email",
        "Hi,\n\nSmall fire in the bin store on Saturday; the caretaker put it out in "
        "five minutes and nobody was hurt. Could we talk fire safety at next month's "
        "review?\n\nLin",
    ),
    (
        "email",
        "Hello,\n\nThe pallets stuck at customs last week finally cleared this "
        "morning. Can you send the invoice?\n\nAmit",
    ),
    (
        "email",
        "Hi,\n\nLooking back: the break-in in March and the outage in June. Could we "
        "plan a lessons-learned session?\n\nKim",
    ),
    (
        "email",
        "Hi,\n\nFor the tabletop on the 20th, the scenario: a phishing email leads to "
        "ransomware on the finance server and the phones go down. Any comments?\n\nAl",
    ),
    (
        "email",
        "Hi,\n\nThe fire alarm test runs every Thursday at 9am, just so you know if "
        "you're on site.\n\nEd",
    ),
]


@pytest.mark.parametrize(("channel", "text"), CALM)
def test_a_problem_over_a_dated_harm_and_a_scenario_are_not_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons
    assert any(r.startswith("not urgent") for r in reasons), reasons  # no second opinion


URGENT = [
    ("sms", "the wholesaler says they'll drop us if tomorrow's delivery is short again"),
    ("sms", "the bank will freeze the account tomorrow morning if the form is not in"),
    ("sms", "the laptop was stolen from the car last night, it had the payroll on it"),
    ("sms", "the office was flooded last night and it's still coming in"),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_a_threat_for_tomorrow_and_a_harm_still_going_are_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons
