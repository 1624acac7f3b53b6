"""The client page's events say "on the agenda" only for what an agenda can hold (trial37 §9):
a client with no standing call has its topics noted, and a message with no topic (another
language, nothing named) is to read."""

from __future__ import annotations

from datetime import UTC, datetime

from boundaries.store import StoredEvent
from boundaries.web.dashboard.pages import _agenda_row

AT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _email(topic: str) -> StoredEvent:
    return StoredEvent("email", AT, "agenda", "kobe", "m1", {"triage": {"topic": topic}})


def test_a_topic_for_a_client_with_standing_calls_is_on_the_agenda():
    assert _agenda_row("agenda", _email("partnership agreement draft"), True) == "agenda"


def test_a_client_without_standing_calls_has_it_noted():
    assert _agenda_row("agenda", _email("partnership agreement draft"), False) == "noted_item"


def test_a_message_with_no_topic_is_to_read():
    assert _agenda_row("agenda", _email(""), True) == "review"


def test_other_actions_are_left_as_they_are():
    assert _agenda_row("reply", _email(""), False) == "reply"
