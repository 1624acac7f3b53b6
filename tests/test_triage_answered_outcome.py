"""Answered-by (SPEC §5: a wrong link is worse than none) and what an update could not have
said (newcomer67, in words of our own): how an event went is not told by the update that only
booked it."""

from __future__ import annotations

import json

from boundaries.triage.answered import UpdateIndex
from boundaries.triage.batch import triage_line
from tests.answered_support import sent_update

HANNAH = "hannah.moss@larkfield-college.example.org"
BOOKED = sent_update(
    "booked",
    HANNAH,
    "Timetable move – where we are",
    "Hi Hannah,\n\nQuick status on the timetable move:\n- all 24 class groups are imported;\n"
    "- the parents' portal dry run is booked for Wednesday 9 December with your IT lead;\n"
    "- go-live is planned for Monday 14 December.\n\nBest,\nIngrid",
    "2026-12-07T17:00:00+00:00",
)
REPORTED = sent_update(
    "reported",
    HANNAH,
    "Parents' portal dry run – done",
    "Hi Hannah,\n\nThe parents' portal dry run went well this morning: 40 test logins, two "
    "small display fixes, nothing blocking. Go-live stays on Monday.\n\nBest,\nIngrid",
    "2026-12-09T12:30:00+00:00",
)


def answer(text: str, sender: str, at: str, *updates) -> dict[str, object]:
    line = json.dumps({"id": "c", "channel": "email", "text": text, "at": at, "from": sender})
    return triage_line(line, UpdateIndex(list(updates)))


HOW_WENT = (
    "Ingrid,\n\nHow did Wednesday's parents' portal dry run go? Our IT lead said nothing.\n\nHannah"
)
ASKED = "2026-12-10T09:00:00+00:00"


def test_how_an_event_went_is_not_told_by_the_update_that_booked_it():
    got = answer(HOW_WENT, HANNAH, ASKED, BOOKED)
    assert got["intent"] == "status_check", got
    assert got.get("answered_by") is None, got["reasons"]


def test_how_an_event_went_is_never_linked_to_the_update_that_booked_it():
    # (with the report sent after the event there too, the check is not linked to the
    # booking; the update found first is the one refused, none is taken in its place)
    got = answer(HOW_WENT, HANNAH, ASKED, BOOKED, REPORTED)
    assert got.get("answered_by") != "booked", got["reasons"]
