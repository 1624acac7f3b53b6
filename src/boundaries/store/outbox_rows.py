"""Outbox rows as plain values: a message to store (`Outgoing`) and a stored one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Table

from boundaries.store.schema import OutboxRow

HELD_BECAUSE = "held_because"
"""The detail key of why a message waits for the consultant beyond `approve_replies`: an
agenda of a call the client asked to move or call off (`{"reason": "call_in_question",
"asked": [UTC ISO, …], "named": ["point de vendredi", …], "sids": […], "zone": "Europe/Paris"}`;
`zone`, the consultant's, is where `asked` is shown)."""
WITHDRAWN = "withdrawn"
"""The detail key of why a held agenda was withdrawn (made `discarded` by the service, never
sent): "began" (its call began while it was held), "late" (its call began before it could be
sent: queued or failed while mail was down), "off" (its call was skipped or moved) or "gone"
(its client was taken out of the configuration).
Its topics go on the next call's agenda (`Outbox.unsent_agendas`)."""
WITHDRAWN_WHEN = "withdrawn_when"
"""The detail key of the withdrawn agenda's call, as `last_error` names it ("Fri 2026-12-11
10:00 Europe/Paris"): the reason is said again in the reader's language from it."""


def _said(lang: str, entry: str, /, **values: object) -> str:
    from boundaries.i18n import said  # Babel loads only when a reason is said

    return said("outbox", lang, entry, **values)


WITHDRAWN_ZONE = "withdrawn_zone"
"""The detail key of the zone (IANA name) the withdrawn agenda's call is said in."""


def _call_said(start: object, zone: object, lang: str) -> str | None:
    """A withdrawn agenda's call (`call_start`, UTC ISO) in `zone`, as `lang` writes a moment
    (« mer. 9 déc. 16:00 », trial40 §3); None when either is missing or unreadable."""
    from boundaries.i18n import written

    try:
        at = datetime.fromisoformat(str(start)).astimezone(ZoneInfo(str(zone)))
    except (ValueError, ZoneInfoNotFoundError):
        return None
    if lang == "en":
        return None  # as `last_error` keeps it: "Fri 2026-12-11 10:00 Europe/Paris"
    return f"{written(at, 'EEE d MMM HH:mm', lang)} {zone}"


def withdrawn_said(why: str, when: str, lang: str, kind: str = "agenda") -> str:
    """Why the service withdrew an agenda (`WITHDRAWN`: "began", "off", "late" or "gone";
    `when`, its call as `WITHDRAWN_WHEN` keeps it) or a reply ("gone", or "answered": `when`
    is then the key of the reply that answers its messages) and the fix, in `lang` ("fr" or
    "en": the outbox catalogue's [reason]); English is what `last_error` stores (SPEC §10)."""
    fix = "reason.withdrawn_fix_gone" if why == "gone" else "reason.withdrawn_fix"
    if kind == "reply" and why == "answered":  # `when` is the key of the reply that answers
        return _said(lang, "reason.withdrawn_answered_reply", key=when)
    if kind == "reply":  # a reply to a client taken out of the configuration
        return _said(lang, "reason.withdrawn_gone_reply") + _said(lang, fix)
    return _said(lang, f"reason.withdrawn_{why}", when=when) + _said(lang, fix)


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

    @property
    def held_because(self) -> str | None:
        """Why it waits for the consultant, in English words with what to do (None when it
        does not say: a reply held by `approve_replies`, or nothing held)."""
        return self.held_said("en")

    def held_said(self, lang: str) -> str | None:
        """`held_because` in `lang` ("fr" or "en")."""
        why = self.detail.get(HELD_BECAUSE)
        if self.state != "waiting_approval":
            return None  # withdrawn, discarded, approved: nothing is held any more
        if not isinstance(why, dict) or why.get("reason") != "call_in_question":
            return None
        asked = _local(why.get("asked") or [], why.get("zone"), lang)
        named = [_said(lang, "reason.quoted", text=n) for n in why.get("named") or [] if n]
        return _said(
            lang,
            "reason.held" + ("_named" if named else "") + ("_on" if asked else ""),
            named=", ".join(named),
            asked=asked,
            key=self.key,
        )

    def error_said(self, lang: str) -> str | None:
        """`last_error` in `lang` where the service wrote it (an agenda it withdrew); a mail
        server's answer as the server gave it."""
        why, when = self.detail.get(WITHDRAWN), self.detail.get(WITHDRAWN_WHEN)
        if self.state == "discarded" and isinstance(why, str) and isinstance(when, str):
            zone = self.detail.get(WITHDRAWN_ZONE)
            said = _call_said(self.detail.get("call_start"), zone, lang) if zone else None
            return withdrawn_said(why, said or when, lang, self.kind)
        return self.last_error

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
            "held_because": self.held_because,
        }


def _local(asked: list[Any], zone: Any, lang: str = "en") -> str:
    """The moments (UTC ISO) a client asked, in the consultant's `zone` (an IANA name): in
    English as every other time at the command line ("Wed 2026-12-02 09:00 Europe/Paris"),
    in another language as it writes a moment (« mer. 2 déc. 09:00 Europe/Paris », trial40
    §3); in UTC, said so, for a row stored without its zone."""
    from boundaries.i18n import written

    try:
        tz: tzinfo = ZoneInfo(str(zone)) if zone else UTC
    except (ZoneInfoNotFoundError, ValueError):
        tz = UTC
    name = getattr(tz, "key", "UTC")
    moments = [datetime.fromisoformat(str(a)).astimezone(tz) for a in asked]
    shown = [
        f"{m:%a %Y-%m-%d %H:%M}" if lang == "en" else written(m, "EEE d MMM HH:mm", lang)
        for m in moments
    ]
    return ", ".join(shown) + (f" {name}" if moments else "")


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
