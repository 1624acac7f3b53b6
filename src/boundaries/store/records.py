"""What the store hands back: plain values, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class StoredEvent:
    """One thing that happened (a call, a voicemail, an email…) and the decision taken."""

    kind: str
    at: datetime
    action: str
    client: str | None = None
    sid: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    caller: str | None = None
    used_allowance: bool = False
    notified: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "at": self.at.isoformat(),
            "client": self.client,
            "sid": self.sid,
            "action": self.action,
            "detail": self.detail,
        }
