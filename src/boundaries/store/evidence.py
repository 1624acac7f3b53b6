"""What `report` and `coach` read and write in the store: evidence rows and conversation steps."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, Text, cast, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from boundaries.store.database import Store
from boundaries.store.schema import ConversationStepRow, EventRow, OutboxRow


class StoredCall(NamedTuple):
    """A stored call with what the figures read of it (`detail` fields extracted in SQL)."""

    at: datetime
    client: str | None
    sid: str | None
    caller: str | None
    action: str
    used_allowance: bool
    replayed: bool  # saved by `simulate --save`: the facts below come from the replay
    rang: bool | None
    answered: bool | None
    duration_min: float | None
    urgent_press: bool | None
    content_free: bool | None
    intent: str | None
    urgent: bool | None
    topic: str | None
    answered_by: str | None
    replied: bool | None = None  # a saved replay's: this message opened a deferral reply


class StoredSaid(NamedTuple):
    """A stored status, urgent press, transcription or email, narrowed to what figures read."""

    kind: str
    at: datetime
    client: str | None
    sid: str | None
    action: str
    call_sid: str | None
    duration: float | None
    content_free: bool | None
    intent: str | None
    urgent: bool | None
    topic: str | None
    answered_by: str | None
    replied: bool | None = None  # a saved replay's: this message opened a deferral reply


SAID_KINDS = ("urgent_press", "status", "transcription", "email")
# The action of a transcript replaced by a later one of the same recording (a provider
# transcript after the "listen" placeholder, a completed one after a failed one): kept, never
# read as a voicemail of its own (`FollowUp._one_per_recording`).
SUPERSEDED = "superseded"


def evidence(
    store: Store, account_id: int, start: datetime, end: datetime
) -> tuple[list[StoredCall], list[StoredSaid]]:
    """The calls, and the rows that complete them or stand alone (statuses, urgent presses,
    transcriptions, emails), in [start, end), in no particular order. Only the columns the
    figures use are read; `detail` comes as text and is decoded here only where it matters
    (PostgreSQL re-parses a `json` value for every `->`, which costs ten times more)."""
    t = _table(EventRow)
    raw = cast(t.c.detail, Text)
    window = (
        t.c.account_id == account_id,
        t.c.at >= start.astimezone(UTC),
        t.c.at < end.astimezone(UTC),
    )
    calls = select(
        t.c.at, t.c.client_id, t.c.sid, t.c.caller, t.c.action, t.c.used_allowance, raw
    ).where(t.c.kind == "call", *window)  # fmt: skip
    others = select(t.c.kind, t.c.at, t.c.client_id, t.c.sid, t.c.action, raw).where(
        t.c.kind.in_(SAID_KINDS), t.c.action != SUPERSEDED, *window
    )
    try:
        with store.reading() as conn:
            call_rows = _driver_rows(conn.execute(calls))
            other_rows = _driver_rows(conn.execute(others))
    except SQLAlchemyError as exc:
        raise store.fault(exc) from None  # the cause named, with the fix
    return [_call(r) for r in call_rows], [_said(r) for r in other_rows]


def outbox_replies(
    store: Store, account_id: int, start: datetime, end: datetime
) -> list[tuple[str, datetime, bool]]:
    """(client id, moment, waiting) of the deferral replies in the outbox that were sent in
    [start, end) (moment: when) or wait for the consultant's approval now (moment: when they
    were due), SPEC §8 and §10. Raises `StoreError` naming the cause."""
    t = _outbox()
    sent = (t.c.state == "sent") & (t.c.sent_at >= start.astimezone(UTC))
    query = select(t.c.client_id, t.c.state, t.c.sent_at, t.c.due_at).where(
        t.c.account_id == account_id,
        t.c.kind == "reply",
        t.c.client_id.is_not(None),
        (t.c.state == "waiting_approval") | (sent & (t.c.sent_at < end.astimezone(UTC))),
    )
    try:
        with store.reading() as conn:
            rows = list(conn.execute(query))
    except SQLAlchemyError as exc:
        raise store.fault(exc) from None
    return [
        (str(client), _utc(sent_at if state == "sent" else due_at), state != "sent")
        for client, state, sent_at, due_at in rows
    ]


def _outbox() -> Table:
    table = OutboxRow.__table__
    assert isinstance(table, Table)
    return table


def _driver_rows(result: Any) -> list[Any]:
    """The rows as the database driver returns them, without SQLAlchemy's per-value
    processing (a third of the read on 100k rows): `at` is then a datetime (PostgreSQL)
    or SQLite's stored text, which `_utc` reads."""
    cursor = result.cursor
    rows = cursor.fetchall() if cursor is not None else []
    result.close()
    return list(rows)


def _decode(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _triage(d: dict[str, Any]) -> tuple[bool | None, str | None, bool | None, str | None]:
    t = d.get("triage")
    if not isinstance(t, dict):
        return None, None, None, None
    # a request to move or call off a call, or a thank-you, is no agenda topic (SPEC §10)
    # (another matter a request to move raises is one: `moved_call` set, the matter its topic)
    only_moves = t.get("moves_call") and not t.get("moved_call")
    topic = None if only_moves or t.get("nothing_to_discuss") else t.get("topic")
    return t.get("content_free"), t.get("intent"), t.get("urgent"), topic


def _call(r: Any) -> StoredCall:
    at, client, sid, caller, action, used, text = r
    at = _utc(at)
    if not text or '"policy"' not in text:  # a live call: only whether it rang is read
        # `dial_status` is stored by the `<Dial action>` callback of a ring nobody picked up
        # (no-answer, busy…), which rewrites the call's action: it rang all the same.
        rang = True if text and '"dial_status"' in text else None
        facts = (rang, *_NO_FACTS[1:])
        return StoredCall(at, client, sid, caller, action, bool(used), False, *facts)
    d = _decode(text)
    return StoredCall(
        at, client, sid, caller, action, bool(used), True,
        d.get("rang"), d.get("answered"), d.get("duration_min"), d.get("urgent_press"),
        *_triage(d), d.get("answered_by"), d.get("reply"),
    )  # fmt: skip


def _said(r: Any) -> StoredSaid:
    kind, at, client, sid, action, text = r
    d = _decode(text)
    return StoredSaid(
        kind, _utc(at), client, sid, action, d.get("call_sid"), d.get("duration"),
        *_triage(d), d.get("answered_by"), d.get("reply") if d.get("policy") else None,
    )  # fmt: skip


_NO_FACTS = (None,) * 9


def _utc(value: datetime | str) -> datetime:
    """An aware UTC datetime from a driver value (SQLite stores UTC as naive ISO text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def first_event_at(store: Store, account_id: int, client_id: str | None = None) -> datetime | None:
    """When the account's first stored call or message happened (of `client_id` only, when
    given), if any."""
    t = _table(EventRow)
    query = select(t.c.at).where(t.c.account_id == account_id)
    if client_id is not None:
        query = query.where(t.c.client_id == client_id)
    query = query.order_by(t.c.at).limit(1)
    with store.reading() as conn:
        found = conn.execute(query).scalar()
    if not isinstance(found, datetime):
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def record_step(store: Store, account_id: int, client_id: str, step: str, on: date) -> bool:
    """Store that `step` was taken with a client on local day `on`; False if already stored."""
    insert = pg_insert if store.engine.dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(_table(ConversationStepRow))
        .values(account_id=account_id, client_id=client_id, step=step, on_day=on)
        .on_conflict_do_nothing(index_elements=["account_id", "client_id", "step", "on_day"])
    )
    try:
        with store.writing() as conn:
            return bool(conn.execute(stmt).rowcount)
    except SQLAlchemyError as exc:
        raise store.fault(exc) from None  # the cause named, with the fix


def recorded_steps(
    store: Store, account_id: int, client_id: str | None = None
) -> list[tuple[str, str, date]]:
    """(client id, step, day) of every recorded step, oldest first."""
    t = _table(ConversationStepRow)
    query = select(t.c.client_id, t.c.step, t.c.on_day).where(t.c.account_id == account_id)
    if client_id is not None:
        query = query.where(t.c.client_id == client_id)
    query = query.order_by(t.c.on_day, t.c.id)
    with store.reading() as conn:
        return [(r[0], r[1], r[2]) for r in conn.execute(query)]


def _table(model: type[EventRow] | type[ConversationStepRow]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


REPLAYED_SID = "sim:"
"""How the sid of an event stored by `simulate --save` (or `serve --load-history`) begins."""


def replay_end(store: Store, account_id: int) -> datetime | None:
    """When the account's latest stored event happened, if it was stored from a replay
    (`simulate --save`): a saved replay ends where its events end, as the replay itself does
    (SPEC §6, §8). None when the store is empty or its latest event is a live one."""
    t = _table(EventRow)
    query = (
        select(t.c.at, t.c.sid)
        .where(t.c.account_id == account_id)
        .order_by(t.c.at.desc(), t.c.id.desc())
        .limit(1)
    )
    with store.reading() as conn:
        row = conn.execute(query).first()
    if row is None or not str(row.sid or "").startswith(REPLAYED_SID):
        return None
    at = row.at
    if not isinstance(at, datetime):
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
