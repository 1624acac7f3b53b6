"""Shared shapes for the answered-by tests (SPEC §5 `answered_by`): build an update as the
consultant sent it, and ask which update a status check is linked to."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.batch import triage_line


def sent_update(id: str, to: str, subject: str, text: str, at: str) -> Update:
    """An update the consultant sent to `to` at `at` (ISO 8601 with offset)."""
    return Update.make(id, to, subject, text, datetime.fromisoformat(at))


def linked_update(
    text: str,
    sender: str,
    updates: Sequence[Update],
    at: str = "2026-11-30T09:00:00Z",
    channel: str = "email",
    subject: str = "",
) -> str | None:
    """The id of the update that answers the message, or None; the message must be read as
    a status check (a link on another intent would say nothing about the linking)."""
    data = {"id": "c", "channel": channel, "text": text, "at": at, "from": sender}
    if subject:
        data["subject"] = subject
    line = json.dumps(data)
    answer = triage_line(line, UpdateIndex(list(updates)))
    assert answer["intent"] == "status_check", answer
    return answer.get("answered_by")
