"""newcomer56's false alarms, each kind in words of our own: a harm denied with "nothing"
("Nothing's broken, but…"), a phone dropped down the drain (a fall, not a line down), the
first day of a span (« arrêt du 12 au 18 ») and the sender's own step ("I'll scan it over
tomorrow") are no emergency; the harm itself still is."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

MONDAY_MORNING = "2026-11-09T09:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Sorry for the alarming subject. Nothing's on fire: the holiday rota is due on the 15th.",
         "email"),
        ("Tom dropped his phone down the drain, so ring the office if you need him", "sms"),
        ("Léa nous a déposé un arrêt de travail du 9 au 13 novembre, pour la paie ça change quoi ?",
         "email"),
        ("Ben's resignation letter is in, his last day is the 30th. I'll scan it over tomorrow.",
         "email"),
    ],
)  # fmt: skip
def test_a_harm_denied_a_fall_a_span_or_ones_own_step_is_no_emergency(
    text: str, channel: str
) -> None:
    answer = rules(text, channel, MONDAY_MORNING)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("the phones are down since 8, nobody can call the front desk", "sms"),
        ("Nothing works since the update this morning, the tills are dead", "email"),
    ],
)
def test_the_harm_itself_still_is(text: str, channel: str) -> None:
    answer = rules(text, channel, MONDAY_MORNING)
    assert answer["urgent"], answer["reasons"]
