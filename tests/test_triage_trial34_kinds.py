"""Trial34 §3, as kinds in words of our own: what a deferral reply quotes back to a client as
"your topic" must name something. A check-in that names nothing is content-free; a call-back
asked "quickly" (« vite fait ») asks nothing about any work; someone at the door asking whether
the consultant is in wants to be seen now; a time of day or where the sender stands is no
topic."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

WEDNESDAY = "2026-11-04T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "Priya here, just checking in.",
        "Hi, it's Tom from the depot, quick check-in.",
        "Allô, c'est Nadia, tu peux me rappeler vite fait ?",
        "Salut c'est Léo, rappelle-moi vite fait stp",
    ],
)
def test_a_check_in_or_a_quick_call_back_naming_nothing_is_content_free(text: str):
    answer = rules(text, "voicemail", at=WEDNESDAY)
    assert answer["content_free"] and answer["topic"] == "", answer


def test_a_check_in_about_a_named_piece_of_work_keeps_its_topic():
    answer = rules("Hi it's Tom, checking in on the stock count, where are we?", "voicemail")
    assert not answer["content_free"] and "stock count" in answer["topic"], answer


@pytest.mark.parametrize(
    "text",
    [
        "I'm downstairs, are you in?",
        "Je suis devant votre bureau, vous êtes là ?",
    ],
)
def test_someone_at_the_door_asking_whether_you_are_in_wants_to_meet_now(text: str):
    answer = rules(text, "sms", at=WEDNESDAY)
    assert answer["intent"] == "scheduling" and answer["topic"] == "", answer


def test_the_time_of_day_before_a_name_is_no_topic():
    answer = rules("Friday night, Ken here, the lease renewal.", "voicemail", at=WEDNESDAY)
    assert "night" not in answer["topic"] and "lease renewal" in answer["topic"], answer
