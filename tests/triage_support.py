"""One message through the whole triage (rules, then the learned parts), as `boundaries
triage` reads it: for the tests that state a kind of message and its expected verdict."""

from __future__ import annotations

import json
from typing import Any

from boundaries.triage.batch import triage_line


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
