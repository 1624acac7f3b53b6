"""A very long email is searched in full for an urgent passage, and a topic is words a
client can read in an agenda: no links, no endless "word" (issue 8, session 4)."""

from __future__ import annotations

import json

import pytest

from boundaries.triage.batch import triage_line
from boundaries.triage.long_text import HEAD, JUDGED, MIDDLE


def _line(text: str, channel: str = "email") -> str:
    return json.dumps({"id": "m", "channel": channel, "text": text})


@pytest.mark.parametrize("where", [0.3, 0.5, 0.8])
def test_an_urgent_passage_in_the_middle_of_a_long_email_is_found(where: float) -> None:
    filler = "Here is the quarterly narrative, section by section, with the figures. " * 500
    cut = int(len(filler) * where)
    alarm = "\n\nPS: the payroll server is down and nobody can log in, salaries go at 4pm.\n\n"
    text = "Hi Claire,\n" + filler[:cut] + alarm + filler[cut:] + "\nDave"
    assert len(text) > JUDGED * 1.5
    answer = triage_line(_line(text))
    assert answer["urgent"] is True
    in_middle = HEAD < text.index("PS:") < len(text) - (JUDGED - HEAD)
    assert in_middle == any("in the middle of the text" in r for r in answer["reasons"])


def test_a_long_calm_email_stays_calm() -> None:
    text = "Voici le compte rendu détaillé de la réunion du comité. " * 800
    assert len(text) > JUDGED
    assert triage_line(_line(text))["urgent"] is False


def test_the_middle_is_searched_only_up_to_its_bound() -> None:
    filler = "Here is the quarterly narrative, section by section. " * 4000
    text = filler + "the payroll server is down and nobody can log in" + filler
    assert len(text) > JUDGED + 2 * MIDDLE
    assert triage_line(_line(text))["urgent"] is False  # bounded cost: beyond it, unread


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Hi Claire, please look at https://drive.example.com/file/d/1AbCdEfGhIjKlMnOpQrSt"
            "UvWxYz0123456789/view?usp=sharing it's the budget for next year.",
            "1abcdef",
        ),
        ("Bonjour, voir www.example.org/formulaire-inscription-2027 pour le formulaire", "www"),
        ("a" * 5000, "aaaa"),
    ],
)
def test_a_topic_holds_no_link_and_no_endless_word(text: str, absent: str) -> None:
    topic = str(triage_line(_line(text))["topic"])
    assert absent not in topic.lower() and len(topic) <= 80


def test_a_long_topic_is_cut_at_a_word() -> None:
    text = (
        "Subject line aside, the annual general assembly preparation documents including "
        "accounts budget minutes agenda and volunteer rota need reviewing"
    )
    topic = str(triage_line(_line(text, "sms"))["topic"])
    assert len(topic) <= 80 and not topic.endswith(" ")
    assert all(word in text.lower() for word in topic.lower().split())
