"""Shared shape of the rule-level triage tests: one message through the rules alone."""

from __future__ import annotations

import json
from typing import Any

from boundaries.triage.batch import triage_batch


def rules(text: str, channel: str = "email", at: str | None = None) -> dict[str, Any]:
    """The triage answer (SPEC §5 output) to one message, judged by the rules alone
    (`learned=False`: the learned second opinion and intent model are not asked); `at` is
    ISO 8601 with offset, or None for a message without one."""
    data: dict[str, Any] = {"id": "m", "channel": channel, "text": text}
    if at is not None:
        data["at"] = at
    return triage_batch([json.dumps(data)], learned=False)[0]
