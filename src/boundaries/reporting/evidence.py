"""Where the figures' contacts come from: a simulated replay, or what the store holds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from boundaries.domain.busy import BusyTimes
from boundaries.domain.figures import Contact, Reply
from boundaries.domain.model import Config
from boundaries.domain.replies import DeferralReply
from boundaries.domain.schedule import Skips
from boundaries.simulation.engine import simulate
from boundaries.simulation.events import Event
from boundaries.simulation.policies import replay_triage
from boundaries.store.evidence import StoredCall, StoredSaid
from boundaries.triage import Intent

STATUS_CHECK = str(Intent.STATUS_CHECK)


def said(channel: str, index: str, text: str, subject: str, at: datetime) -> dict[str, Any]:
    """The triage of a replayed voicemail or email as the figures read it: the replay's own
    (`simulation.policies.replay_triage`; an empty voicemail — the caller hung up at the
    beep — says nothing: content-free, `unknown`)."""
    verdict = replay_triage(channel, index, text, subject, at)
    return {
        "content_free": verdict.content_free,
        "intent": str(verdict.intent),
        "urgent": verdict.urgent,
        # a request to move or call off a call, or a thank-you, is no agenda topic (SPEC §10)
        "topic": ""
        if (verdict.moves_call and not verdict.moved) or verdict.nothing_to_discuss
        else verdict.topic,
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
    return simulated_evidence(config, events)[0]


def simulated_evidence(
    config: Config,
    events: Sequence[Event],
    busy: BusyTimes | None = None,
    skipped: Skips = (),
) -> tuple[list[Contact], list[Reply]]:
    """`simulated_contacts`, and the deferral replies the replay sent (each at its
    `reply_at`), from one replay; `busy`: the consultant's busy times during it (her busy
    calendars), as `simulate` takes them; `skipped`: the cancelled standing calls (no slot)."""
    result = simulate(config, events, "boundaries", trace=True, busy=busy, skipped=skipped)
    replies = [
        Reply(letter.client_id, letter.send_at)
        for letter in result.letters
        if isinstance(letter, DeferralReply)
    ]
    return _replayed_contacts(events, result.trace), replies


def _replayed_contacts(events: Sequence[Event], trace: list[dict[str, Any]]) -> list[Contact]:
    out: list[Contact] = []
    for event, row in zip(events, trace, strict=True):
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


def stored_replies(
    calls: Iterable[StoredCall],
    said: Iterable[StoredSaid],
    outbox: Iterable[tuple[str, datetime, bool]],
) -> list[Reply]:
    """The deferral replies a store holds: the outbox's (`store.evidence.outbox_replies`), and
    those of a saved replay, one for each message that opened one (dated by that message)."""
    out = [Reply(client, at, waiting) for client, at, waiting in outbox]
    rows: list[StoredCall | StoredSaid] = [*calls, *said]
    out += [Reply(r.client, r.at) for r in rows if r.replied and r.client is not None]
    return out


def stored_contacts(calls: Iterable[StoredCall], said: Iterable[StoredSaid]) -> list[Contact]:
    """Contacts from what the store holds (`store.evidence.evidence`).

    Live calls (SPEC §7): a call was answered when its action is `connect`; it rang then, or
    when a `<Dial>` nobody picked up rewrote it to a voicemail (`rang` read from its stored
    `dial_status`: a missed ring is an interruption too); its minutes are the `completed`
    status's duration; `urgent_press` rows mark who pressed 1; a `transcription` carries the
    triage of its voicemail. Rows saved by `simulate --save` carry the same facts in `detail`.
    """
    pressed: set[str] = set()
    seconds: dict[str, float] = {}
    heard: dict[str, StoredSaid] = {}
    out: list[Contact] = []
    for row in said:
        if row.kind == "urgent_press" and row.sid:
            pressed.add(row.sid)
        elif row.kind == "status" and row.action == "completed" and row.call_sid:
            if row.duration is not None:  # its length unknown: the call is not timed
                seconds[row.call_sid] = row.duration
        elif row.kind == "transcription" and row.call_sid:
            heard[row.call_sid] = row
        elif row.kind == "email" and row.action != "automatic":  # an out-of-office is no contact
            out.append(
                Contact(
                    at=row.at,
                    client=row.client,
                    channel="email",
                    content_free=bool(row.content_free),
                    status_check=row.intent == STATUS_CHECK,
                    answered_by=row.answered_by or None,
                    urgent=bool(row.urgent),
                    topic=row.topic or "",
                )
            )
    for c in calls:
        sid = c.sid or ""
        v: StoredCall | StoredSaid | None
        if c.replayed:
            answered = bool(c.answered)
            rang, minutes = bool(c.rang), (c.duration_min or 0.0) if answered else 0.0
            press, v, timed = bool(c.urgent_press), c, True
        else:
            answered = c.action == "connect"
            rang = answered or bool(c.rang)  # a ring nobody picked up rang all the same
            minutes = seconds.get(sid, 0.0) / 60 if answered else 0.0
            timed = sid in seconds
            press = sid in pressed
            v = heard.get(sid) if not answered else None
        # a transcript of a call that rang through (its `<Dial>` callback lost) is set aside
        # (`unmatched`), owes no reply, but an urgent one alerted you: it is an urgent
        # message all the same (trial35 §10: the alert went out, the report said 0)
        alerted = (
            not c.replayed and answered and (t := heard.get(sid)) is not None and bool(t.urgent)
        )
        out.append(
            Contact(
                at=c.at,
                client=c.client,
                channel="call",
                caller=c.caller or "",
                rang=rang,
                answered=answered,
                adhoc=bool(c.used_allowance),
                minutes=minutes,
                timed=timed,
                urgent_press=press,
                voicemail=not answered,
                content_free=not answered and v is not None and bool(v.content_free),
                status_check=not answered and v is not None and v.intent == STATUS_CHECK,
                answered_by=(v.answered_by or None) if v is not None and not answered else None,
                urgent=(not answered and v is not None and bool(v.urgent)) or alerted,
                topic=(v.topic or "") if v is not None and not answered else "",
            )
        )
    return out
