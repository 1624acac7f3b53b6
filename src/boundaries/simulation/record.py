"""Turns a simulated run into stored events, so `boundaries events` can list them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

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
