"""Alarm words in routine work, and the days of meetings, are not emergencies (issue 8, an
eleventh outside tester, session 10).

A drill, an exercise, a training, a yearly visit, a plan, a case closed or a fault cleared
names fire, evacuation, police or ransomware without anything happening: not urgent, and said
so (the learned second opinion, which reads the alarm words, is not asked). The day of a
meeting offered, accepted or called off is when to talk, not a deadline; and a weekday named
on that same weekday is next week's. What hurts people stays urgent even during a drill."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage.dates import named_dates
from tests.triage_support import triage


@pytest.mark.parametrize(
    "text",
    [
        "The evacuation drill went fine this morning, everybody was out in four minutes.",
        "Exercice incendie fait hier au collège, tout s'est bien passé. Le registre est à jour.",
        "The insurer's annual fire safety inspection is booked for the 14th; can you print the "
        "logbook?",
        "Re: the phishing incident - the regulator has closed the case, no further action.",
        "Alarm panel says fault cleared, the technician swapped the battery this morning.",
        "Pour le carnaval, la gendarmerie a donné son autorisation, c'est validé !",
        "We're planning a ransomware tabletop exercise for the board in June, could you run it?",
    ],
)
def test_alarm_words_in_routine_work_are_not_urgent(text: str) -> None:
    got = triage(text)
    assert got["urgent"] is False, got["reasons"]


def test_what_hurts_people_during_a_drill_stays_urgent() -> None:
    got = triage("During the fire drill a pupil fell down the stairs, the ambulance is here.")
    assert got["urgent"] is True, got["reasons"]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # Wednesday: "jeudi" is tomorrow, but it is when to meet about a later audit
        (
            "L'inspection est prévue le 24. On pourrait faire un point avant, jeudi ou vendredi ?",
            "2026-12-09T09:00:00+01:00",
        ),
        (
            "sorry, have to cancel tomorrow's catch up, could we do monday?",
            "2026-12-09T09:00:00+00:00",
        ),
        (
            "La réunion de demain avec le conseil est annulée, on reprogramme la semaine "
            "prochaine ?",
            "2026-12-09T09:00:00+01:00",
        ),
        (
            "Jeudi 14h me convient, je vous envoie l'invitation pour l'audit.",
            "2026-12-09T09:00:00+01:00",
        ),
        # Tuesday: "on Tuesday" is next week's
        (
            "We'll test the sprinklers at the depot on Tuesday morning, the alarm will sound.",
            "2026-12-08T11:00:00+00:00",
        ),
    ],
)
def test_the_day_of_a_meeting_is_no_deadline(text: str, at: str) -> None:
    got = triage(text, at=at)
    assert got["urgent"] is False, got["reasons"]


def test_a_weekday_named_on_that_weekday_is_next_week() -> None:
    tuesday = datetime.fromisoformat("2026-12-08T11:00:00+00:00")
    [(when, _)] = named_dates("on tuesday morning", tuesday)
    assert (when - tuesday.date()).days == 7
    [(today, _)] = named_dates("this tuesday", tuesday)
    assert today == tuesday.date()


def test_a_real_deadline_beside_a_meeting_stays_urgent() -> None:
    got = triage(
        "The grant portal closes tomorrow at noon and the upload fails with an error. "
        "Can we do a call?",
        at="2026-12-09T09:00:00+00:00",
    )
    assert got["urgent"] is True, got["reasons"]
