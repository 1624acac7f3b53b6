"""newcomer50's misses and false alarms, each kind in words of our own: a deadline with its
cost said in passing ("payroll runs at twelve today or staff don't get paid till next month",
"the discount ends at midnight tonight", "he needs someone to let him in tmrw 8am"), an app
that "keeps logging out" before an event today, a deadline softened only on quality ("No
pressure if it's just a rough version!") — urgent; a third party's own step ("he'll send it
today"), a call-back time left to the consultant (« ce soir ou demain comme vous voulez »),
one borrowed in place of the broken one — not."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

TUESDAY_MORNING = "2026-11-17T09:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "hi it's Shona the bureau never got the timesheets, payroll runs at twelve today or "
            "staff don't get paid till next month, can you forward them please",
            "voicemail",
        ),
        (
            "the charity discount ends at midnight tonight so worth ordering the licences today",
            "sms",
        ),
        (
            "the engineer is coming tmrw 8am, he needs someone to let him in and you have the code",
            "sms",
        ),
        (
            "the booking app keeps logging out on the front desk tablets and we open at four "
            "today, can you call me",
            "voicemail",
        ),
        (
            "I need to send the board pack tomorrow at noon, could you get me the dashboard by "
            "then? No pressure if it's just a rough version!",
            "email",
        ),
    ],
)
def test_a_deadline_or_a_breakage_said_in_passing_is_urgent(text: str, channel: str) -> None:
    answer = rules(text, channel, TUESDAY_MORNING)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Kevin has the final list (he'll send it today). Could you set up the reminders?",
            "email",
        ),
        (
            "bonsoir Claire c'est Gwen est-ce que vous pourriez me rappeler quand vous aurez un "
            "moment ce soir ou demain comme vous voulez merci",
            "voicemail",
        ),
        ("Le vidéoproj de l'asso est HS, j'en ai emprunté un à la MJC.", "sms"),
        ("No rush, whenever you get a chance next week.", "sms"),
    ],
)
def test_anothers_step_a_time_left_to_you_or_a_replacement_found_is_not(
    text: str, channel: str
) -> None:
    answer = rules(text, channel, TUESDAY_MORNING)
    assert not answer["urgent"], answer["reasons"]
