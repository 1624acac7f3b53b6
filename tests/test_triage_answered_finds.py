"""Answered-by that finds the update, and only that one (issue 8, item 6): the kinds of status
check the earlier rules missed or linked to the wrong email, each in words of our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from boundaries.triage.answered_link import asked_after_thanks
from boundaries.triage.batch import load_updates, triage_batch

UPDATES = [
    {
        "id": "u-stock",
        "to": "ines@fromagerie-alpage.example",
        "subject": "Stock sync repaired",
        "text": "Hi Inès, the stock sync between the till and the web shop is repaired: the "
        "cheese counts now match and the missing orders of Monday were replayed. Sam",
        "at": "2026-11-16T17:00:00+01:00",
    },
    {
        "id": "u-gift",
        "to": "ines@fromagerie-alpage.example",
        "subject": "Gift vouchers",
        "text": "Hi Inès, the printed gift vouchers are ordered from the printer and arrive "
        "next week. Sam",
        "at": "2026-11-10T09:00:00+01:00",
    },
]


@pytest.fixture
def updates(tmp_path: Path) -> Any:
    path = tmp_path / "updates.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in UPDATES), encoding="utf-8")
    return load_updates(path)


def _answer(updates: Any, text: str, sender: str, subject: str = "") -> dict[str, Any]:
    data = {
        "id": "m",
        "channel": "email",
        "text": text,
        "from": sender,
        "subject": subject,
        "at": "2026-11-30T09:00:00+01:00",
    }
    return triage_batch([json.dumps(data)], updates)[0]


def test_thanks_for_one_piece_of_work_then_a_question_on_another_is_not_linked_to_the_first(
    updates: Any,
) -> None:
    text = (
        "The stock counts look right again, thanks a lot. Where are we with the loyalty "
        "card for regulars? We spoke about it before the sync trouble with the web shop.\n\nInès"
    )
    answer = _answer(updates, text, "ines@fromagerie-alpage.example", "Re: Stock sync repaired")
    assert answer["intent"] == "status_check"
    assert "answered_by" not in answer, answer["reasons"]


def test_a_question_is_read_alone_only_after_thanks_for_work() -> None:
    thanked = "The refunds all went through, thanks. Is the newsletter out? It was due Monday."
    assert asked_after_thanks(thanked) == ("Is the newsletter out?", True)
    signed = "Is the newsletter out? It was due Monday.\n\nThanks so much,\nInès Rey"
    assert asked_after_thanks(signed)[1] is False
