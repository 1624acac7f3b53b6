"""A regulator's same-day ask, an outbreak on the farm, and another party's trouble told as
news (newcomer20 H2–H4, newcomer19 M1, newcomer20 M2).

Written for these tests in other words than the testers'."""

from __future__ import annotations

import pytest

from tests.triage_support import judged

URGENT = [
    # a condition on today's order is not a problem over
    (
        "sms",
        "building control say the hall stays shut tonight unless the fire doors are sorted by 5pm",
    ),
    ("sms", "the water board wants a written plan by end of the day"),
    ("email", "Hi,\n\nThe Food Standards Agency expects a full recall list by 4pm.\n\nNed"),
    ("sms", "vet thinks it's bluetongue in the ewes, waiting on the ministry"),
    (
        "voicemail",
        "hi it's Bram the whole yard's under movement restrictions since this morning ring me",
    ),
    ("sms", "fièvre aphteuse suspectée sur le troupeau, la DDPP arrive"),
    ("sms", "trading standards officer coming at 3, she'll want the finance paperwork"),
    (
        "voicemail",
        "c'est Odile l'inspectrice de la DDPP passe cet après-midi elle voudra voir "
        "le registre d'élevage",
    ),
    ("sms", "lambing gone wrong in the top shed, ewe down, vet is 40 min out"),
    # the fire is next door but reaching ours
    ("sms", "the fire next door is spreading to our store room"),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_same_day_orders_and_outbreaks_are_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


ELSEWHERE = [
    (
        "email",
        "Hi,\n\nDid you hear the garden centre up the road got hit by ransomware? Worth "
        "a look at our backups at the next call.\n\nPat",
    ),
    (
        "email",
        "Hello,\n\nOur neighbours at the print shop had a flood in their basement on "
        "Sunday. Makes me think about our insurance. Something for March?\n\nJen",
    ),
    ("sms", "the garage next door got broken into again, poor guys. should we get a camera?"),
    (
        "email",
        "Hi,\n\nThe data breach at that big hotel chain is in the papers again. Are we "
        "covered? Let's put it on the April agenda.\n\nRaj",
    ),
]


def test_an_officials_visit_on_another_day_is_not_today():
    urgent, reasons = judged(
        "sms",
        "the environmental health officer is coming at 11 on Thursday, he'll want the "
        "cleaning logs",
    )
    assert not urgent, reasons


def test_a_shows_plot_is_no_harm():
    urgent, reasons = judged(
        "email",
        "Hi,\n\nOur panto opens on the 12th: a thriller with a fire, a flood and a "
        "collapsing bridge! Fancy two tickets?\n\nJo",
    )
    assert not urgent, reasons
    assert any(r.startswith("not urgent") for r in reasons), reasons


@pytest.mark.parametrize(("channel", "text"), ELSEWHERE)
def test_another_partys_trouble_told_as_news_is_not_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons
    assert any("someone else" in r for r in reasons), reasons  # the second opinion is not asked


def test_trouble_done_to_us_by_another_party_stays_urgent():
    urgent, reasons = judged(
        "email",
        "Hi,\n\nOur shop has been hacked by another shop's website, they copied "
        "everything this morning.\n\nLiz",
    )
    assert urgent, reasons
