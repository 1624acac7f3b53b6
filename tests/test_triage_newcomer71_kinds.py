"""Newcomer71's misses and false alarms, as kinds in words of our own.

Urgent: a charge by the day that starts within a day ("free days end tomorrow, then it's
$150/day", « 90 € par jour à partir de demain »); officials who turned up and stopped the work
this morning ("turned up at" is people arriving, not a thing found again).

Not urgent: the police as paperwork told done ("police report filed", "the police took her
statement"), an incident said closed (« l'incident … est désormais clos »), the paperwork of a
breach ("the data breach log template"), a record the sender cannot find ("I can't see it
anywhere")."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

TUESDAY = "2026-12-08T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "any news on the pallets at Felixstowe? the free days run out tomorrow, after that it's "
        "£95/day",
        "Le conteneur est toujours au port, les jours de franchise se terminent demain, ensuite "
        "c'est 120 € par jour.",
        "FYI the labour inspectors turned up at the workshop this morning and stopped the "
        "machines until we show the safety register.",
    ],
)
def test_money_lost_by_the_day_from_tomorrow_or_work_stopped_now_is_urgent(text: str):
    assert rules(text, "sms", at=TUESDAY)["urgent"], rules(text, "sms", at=TUESDAY)["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Update on the stolen phone: police report filed, the line is blocked, the insurer has "
        "the reference. Nothing else needed from you.",
        "Driver is fine, the police took his statement last night, the van is at the garage.",
        "Pour information, le sinistre de l'entrepôt est désormais clos, l'assureur a réglé.",
        "could you send me the data breach procedure template, we want it in the staff "
        "handbook for January",
        "did the grant report go in in the end? Tom thinks so but I can't see it anywhere",
        "the keys turned up at reception this morning, panic over",
    ],
)
def test_done_closed_or_paperwork_is_not_urgent(text: str):
    answer = rules(text, "email", at=TUESDAY)
    assert not answer["urgent"], answer["reasons"]
