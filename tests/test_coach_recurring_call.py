"""A coach script names a standing call as often as it is held (trial50 §6: a monthly and a
fortnightly call were said "le jeudi", "Tuesdays": four and two times the calls agreed)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundaries.i18n import recurring

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2026, 12, 8, 8, 30, tzinfo=PARIS)  # a Tuesday


@pytest.mark.parametrize(
    ("days", "lang", "said"),
    [
        (7, "en", "Tuesdays at 8:30 AM"),
        (7, "fr", "le mardi à 8 h 30"),
        (14, "en", "every 2 weeks, next on Tuesday, December 8 at 8:30 AM"),
        (14, "fr", "toutes les 2 semaines, le prochain le mardi 8 décembre à 8 h 30"),
        (28, "en", "once a month, next on Tuesday, December 8 at 8:30 AM"),
        (35, "fr", "le prochain le mardi 8 décembre à 8 h 30"),
    ],
)
def test_a_call_is_said_as_often_as_it_is_held(days: int, lang: str, said: str) -> None:
    assert recurring(START, START + timedelta(days=days), lang, PARIS) == said


def test_a_call_with_no_next_one_is_said_by_its_date() -> None:
    assert recurring(START, None, "en", PARIS) == "next on Tuesday, December 8 at 8:30 AM"
