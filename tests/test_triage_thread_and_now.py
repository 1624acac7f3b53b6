"""newcomer50's false alarms, each kind in words of our own: a thank-you under a reply
subject whose alarm was the thread's (« RE: Nom de domaine expire demain ??? » over « c'est
renouvelé, merci ! »), "nothing else needed before Thursday", and a meeting that "has now
moved" or "is now on" a later date (no meeting happening now). Not urgent; the same subject
over a body that still tells the harm, and a meeting going on now that wants the consultant,
stay urgent."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

WEDNESDAY_EVENING = "2026-11-18T20:30:00-05:00"


@pytest.mark.parametrize(
    ("subject", "text", "channel"),
    [
        (
            "RE: Nom de domaine expire demain ???",
            "Top, je vois que c'est renouvelé, merci ! La facture part en compta.",
            "email",
        ),
        (
            "Re: Payroll file due tomorrow!!",
            "Got it, thanks a lot. All sorted on our side.",
            "email",
        ),
        ("", "Perfect, thank you! Nothing else needed before Thursday.", "email"),
        ("", "Please note the board meeting has now moved to Wednesday 2 December.", "email"),
        (
            "",
            "hi it's Gareth about the board meeting which is now on the second of December "
            "could you join us for the IT item",
            "voicemail",
        ),
    ],
)
def test_the_threads_alarm_a_need_denied_or_a_meeting_now_moved_is_not_urgent(
    subject: str, text: str, channel: str
) -> None:
    answer = rules(text, channel, WEDNESDAY_EVENING, subject=subject)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("RE: Nom de domaine expire demain ???", "Merci, mais le site est toujours en panne !"),
        (
            "",
            "We're in the meeting with the funder now and they want you on the call, can you join?",
        ),
    ],
)
def test_a_harm_still_told_or_a_meeting_now_stays_urgent(subject: str, text: str) -> None:
    answer = rules(text, "email", WEDNESDAY_EVENING, subject=subject)
    assert answer["urgent"], answer["reasons"]
