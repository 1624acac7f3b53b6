"""One message through the whole triage (rules, then the learned parts), as `boundaries
triage` reads it: for the tests that state a kind of message and its expected verdict."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from boundaries.triage import Message, classify
from boundaries.triage.batch import triage_batch, triage_line

TUESDAY = datetime.fromisoformat("2027-03-09T10:15:00+01:00")
"""A Tuesday morning: when the rule tests' messages arrive."""


def triage(
    text: str, channel: str = "email", at: str | None = None, subject: str = ""
) -> dict[str, Any]:
    """The answer to one message (SPEC §5 fields and `reasons`); `at` is ISO 8601."""
    data = {"id": "m", "channel": channel, "text": text}
    if at:
        data["at"] = at
    if subject:
        data["subject"] = subject
    return triage_line(json.dumps(data))


def judged(channel: str, text: str, subject: str = "") -> tuple[bool, tuple[str, ...]]:
    """The rules' verdict on one message arriving at `TUESDAY`: (urgent, reasons), without
    the learned second opinion (a reason starting "not urgent" is what keeps it out)."""
    verdict = classify(Message("m", channel, text, subject=subject, at=TUESDAY))
    return verdict.urgent, verdict.reasons


def assert_calm_and_said(text: str, channel: str) -> None:
    """The whole triage finds `text` not urgent, and the rules say why ("not urgent: …"), which
    is what keeps the learned second opinion from raising it."""
    answer = triage(text, channel)
    assert not answer["urgent"], answer["reasons"]
    assert any(r.startswith("not urgent") for r in answer["reasons"]), answer["reasons"]


def rules(
    text: str, channel: str = "email", at: str | None = None, subject: str = ""
) -> dict[str, Any]:
    """The triage answer (SPEC §5 output) to one message, judged by the rules alone
    (`learned=False`: the learned second opinion and intent model are not asked); `at` is
    ISO 8601 with offset, or None for a message without one; `subject` an email's."""
    data: dict[str, Any] = {"id": "m", "channel": channel, "text": text}
    if at is not None:
        data["at"] = at
    if subject:
        data["subject"] = subject
    return triage_batch([json.dumps(data)], learned=False)[0]
