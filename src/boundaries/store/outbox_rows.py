"""Outbox rows as plain values: a message to store (`Outgoing`) and a stored one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table

from boundaries.store.schema import OutboxRow


@dataclass(frozen=True)
class Outgoing:
    """A message to put in the outbox. `due_at` is UTC; `held` waits for approval."""

    key: str
    kind: str  # reply | agenda | notification
    to: str
    subject: str
    text: str
    html: str | None
    message_id: str
    due_at: datetime
    client_id: str | None = None
    held: bool = False
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OutboxEntry:
    """A stored outbox row."""

    id: int
    key: str
    kind: str
    client_id: str | None
    to: str
    subject: str
    text: str
    html: str | None
    message_id: str
    state: str
    attempts: int
    last_error: str | None
    due_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    claim_token: str | None
    detail: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The fields of SPEC §10 (`key`, `kind`, `to`, `subject`, `state`, `attempts`,
        `last_error`) and a few more."""
        return {
            "key": self.key,
            "kind": self.kind,
            "client": self.client_id,
            "to": self.to,
            "subject": self.subject,
            "state": self.state,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "due_at": self.due_at.isoformat(),
            "next_attempt_at": self.next_attempt_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "message_id": self.message_id,
        }


def _table() -> Table:
    table = OutboxRow.__table__
    assert isinstance(table, Table)
    return table


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _entry(r: Any) -> OutboxEntry:
    due = _aware(r["due_at"])
    nxt = _aware(r["next_attempt_at"])
    assert due is not None and nxt is not None
    return OutboxEntry(
        id=r["id"],
        key=r["key"],
        kind=r["kind"],
        client_id=r["client_id"],
        to=r["to_addr"],
        subject=r["subject"],
        text=r["text_body"],
        html=r["html_body"],
        message_id=r["message_id"],
        state=r["state"],
        attempts=int(r["attempts"] or 0),
        last_error=r["last_error"],
        due_at=due,
        next_attempt_at=nxt,
        sent_at=_aware(r["sent_at"]),
        claim_token=r["claim_token"],
        detail=dict(r["detail"] or {}),
    )
