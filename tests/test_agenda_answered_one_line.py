"""Two topics of one client answered by the same update are one agenda line when one holds
the other's words, even a kind of thing alone (trial50 §5: "plan" and "Q1 plan", both
answered by "Q1 plan: status", were two lines of one agenda). Without that update, a bare
kind of thing still joins nothing (`heard.same_matter`)."""

from __future__ import annotations

from dataclasses import replace

from boundaries.domain.agenda import agendas_due
from boundaries.domain.heard import UpdateRef, same_answered_matter, same_matter
from tests.mail_support import at, triaged
from tests.test_agenda_in_question import CALENDAR, CONFIG


def test_a_kind_of_thing_joins_the_fuller_topic_only_through_their_update() -> None:
    assert not same_matter("plan", "q1 plan")
    assert same_answered_matter("plan", "q1 plan")
    assert not same_answered_matter("plan", "budget 2027")


def test_one_line_for_two_wordings_answered_by_one_update() -> None:
    update = UpdateRef("u1", "Plan Q1 : état", at(9, days=-3))
    first = triaged("a", at(9), "où en est le plan T1 ?", "horizon", "email")
    second = triaged("b", at(11), "et le plan, ça avance ?", "horizon", "sms")
    heard = [
        replace(first, topic="plan T1", intent="status_check", answered_by=update),
        replace(second, topic="plan", intent="status_check", answered_by=update),
    ]
    [agenda] = agendas_due(CONFIG, CALENDAR, heard, at(10, days=2))
    text = agenda.letter.text
    assert text.count("plan") == 1, text
    other = UpdateRef("u2", "Budget", at(9, days=-3))
    heard[1] = replace(heard[1], answered_by=other)
    [agenda] = agendas_due(CONFIG, CALENDAR, heard, at(10, days=2))
    assert agenda.letter.text.count("plan") == 2, agenda.letter.text
