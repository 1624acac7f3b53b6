"""Where the figures' contacts come from: a simulated replay, or what the store holds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from boundaries.domain.figures import Contact
from boundaries.domain.model import Config
from boundaries.simulation.engine import simulate
from boundaries.simulation.events import Event
from boundaries.store.records import StoredEvent
from boundaries.triage import Intent, Message, classify

EVIDENCE_KINDS = ("call", "urgent_press", "status", "transcription", "email")
"""Stored kinds the figures read (SPEC §7 webhooks; `simulate --save` rows)."""


def said(channel: str, index: str, text: str, subject: str, at: datetime) -> dict[str, Any]:
    """The triage of a voicemail or email as the figures read it (an empty voicemail — the
    caller hung up at the beep — says nothing: content-free, `unknown`)."""
    if not text.strip() and not subject.strip():
        return {"content_free": True, "intent": "unknown", "urgent": False, "topic": ""}
    verdict = classify(Message(index, channel, text, subject=subject, at=at))
    return {
        "content_free": verdict.content_free,
        "intent": str(verdict.intent),
        "urgent": verdict.urgent,
        "topic": verdict.topic,
    }


def _contact(
    at: datetime,
    client: str | None,
    channel: str,
    triage: Mapping[str, Any] | None,
    answered_by: str | None,
    **call: Any,
) -> Contact:
    t = triage or {}
    return Contact(
        at=at,
        client=client,
        channel=channel,
        content_free=bool(t.get("content_free", False)),
        status_check=t.get("intent") == str(Intent.STATUS_CHECK),
        answered_by=answered_by,
        urgent=bool(t.get("urgent", False)),
        topic=str(t.get("topic") or ""),
        **call,
    )


def simulated_contacts(config: Config, events: Sequence[Event]) -> list[Contact]:
    """Replay `events` (time order) through the `boundaries` policy (SPEC §8) and return one
    contact per call and per client email, with the triage of what was said."""
    result = simulate(config, events, "boundaries", trace=True)
    out: list[Contact] = []
    for event, row in zip(events, result.trace, strict=True):
        if event.type == "call":
            answered = bool(row["answered"])
            triage = None
            if not answered:
                triage = said("voicemail", str(event.index), event.text, "", event.at)
            out.append(
                _contact(
                    event.at,
                    row["client"],
                    "call",
                    triage,
                    row["answered_by"],
                    caller=event.sender,
                    rang=bool(row["rang"]),
                    answered=answered,
                    adhoc=bool(row["adhoc"]),
                    minutes=event.duration_min if answered else 0.0,
                    urgent_press=bool(row.get("urgent_press", False)),
                    voicemail=not answered,
                )
            )
        elif event.type == "email_in":
            triage = said("email", str(event.index), event.text, event.subject, event.at)
            out.append(_contact(event.at, row["client"], "email", triage, row["answered_by"]))
    return out


def stored_contacts(rows: Iterable[StoredEvent]) -> list[Contact]:
    """Contacts from stored events of the kinds in `EVIDENCE_KINDS`.

    Live calls (SPEC §7): a call rang when its action is `connect` (a connect nobody picked up
    is rewritten to `voicemail`), so a rung call was answered; its minutes are the `completed`
    status's duration; `urgent_press` rows mark who pressed 1; a `transcription` carries the
    triage of its voicemail. Rows saved by `simulate --save` carry the same facts in `detail`.
    """
    calls: list[StoredEvent] = []
    pressed: set[str] = set()
    seconds: dict[str, float] = {}
    triage: dict[str, Mapping[str, Any]] = {}
    out: list[Contact] = []
    for row in rows:
        kind, detail = row.kind, row.detail
        if kind == "call":
            calls.append(row)
        elif kind == "urgent_press" and row.sid:
            pressed.add(row.sid)
        elif kind == "status" and row.action == "completed":
            seconds[str(detail.get("call_sid", ""))] = float(detail.get("duration") or 0)
        elif kind == "transcription":
            found = detail.get("triage")
            if isinstance(found, Mapping):
                triage[str(detail.get("call_sid", ""))] = found
        elif kind == "email":
            out.append(
                _contact(
                    row.at,
                    row.client,
                    "email",
                    _mapping(detail.get("triage")),
                    _text(detail.get("answered_by")),
                )
            )
    out.extend(_stored_calls(calls, pressed, seconds, triage))
    return out


def _stored_calls(
    calls: list[StoredEvent],
    pressed: set[str],
    seconds: dict[str, float],
    triage: dict[str, Mapping[str, Any]],
) -> Iterator[Contact]:
    for row in calls:
        d = row.detail
        if "policy" in d:  # saved from a simulated replay
            rang, answered = bool(d.get("rang")), bool(d.get("answered"))
            minutes = float(d.get("duration_min") or 0) if answered else 0.0
            urgent_press = bool(d.get("urgent_press"))
            said_ = _mapping(d.get("triage"))
        else:
            rang = answered = row.action == "connect"
            minutes = seconds.get(row.sid or "", 0.0) / 60 if answered else 0.0
            urgent_press = (row.sid or "") in pressed
            said_ = triage.get(row.sid or "")
        yield _contact(
            row.at,
            row.client,
            "call",
            None if answered else said_,
            _text(d.get("answered_by") or (said_ or {}).get("answered_by")),
            caller=row.caller or "",
            rang=rang,
            answered=answered,
            adhoc=row.used_allowance,
            minutes=minutes,
            urgent_press=urgent_press,
            voicemail=not answered,
        )


def _mapping(value: object) -> Mapping[str, Any] | None:
    return value if isinstance(value, Mapping) else None


def _text(value: object) -> str | None:
    return str(value) if value else None
