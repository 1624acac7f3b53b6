"""Turns a simulated run into stored events, so `boundaries events` can list them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from boundaries.reporting.evidence import said
from boundaries.simulation.engine import Result
from boundaries.simulation.events import Event
from boundaries.store.records import StoredEvent

KINDS = {"call": "call", "email_in": "email", "email_out": "update", "away": "away"}


def trace_to_stored(events: Sequence[Event], result: Result) -> Iterator[StoredEvent]:
    """One stored event per input event, keyed so that saving the same file twice adds nothing."""
    for event, row in zip(events, result.trace, strict=True):
        detail = {k: row[k] for k in ("rang", "answered", "notified", "reply", "agenda")}
        detail["policy"] = result.policy
        if event.type == "away" and event.until is not None:
            detail["until"] = event.until.isoformat()
        if event.type == "call":
            detail["from"] = event.sender
            if row["action"] != "connect" and event.text:
                detail["voicemail"] = event.text
        elif event.subject:
            detail["subject"] = event.subject
        _add_evidence(detail, event, row)
        yield StoredEvent(
            kind=KINDS.get(event.type, event.type),
            at=event.at,
            action=row["action"],
            client=row["client"],
            sid=f"sim:{event.at.isoformat()}:{event.index}",
            detail=detail,
            caller=event.sender if event.type == "call" else None,
            used_allowance=bool(row["adhoc"]),
            notified=bool(row["notified"]),
        )


def _add_evidence(detail: dict[str, Any], event: Event, row: dict[str, Any]) -> None:
    """What `boundaries report` reads of a saved replay: call time, urgent press, the triage."""
    if event.type == "call":
        detail["duration_min"] = event.duration_min if row["answered"] else 0.0
        detail["urgent_press"] = bool(row.get("urgent_press", False))
        if not row["answered"]:
            detail["triage"] = said("voicemail", str(event.index), event.text, "", event.at)
    elif event.type == "email_in":
        detail["triage"] = said("email", str(event.index), event.text, event.subject, event.at)
    if row.get("answered_by"):
        detail["answered_by"] = row["answered_by"]
