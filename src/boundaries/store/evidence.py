"""What `report` and `coach` read and write in the store: evidence rows and conversation steps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Table, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from boundaries.store.database import Store, StoreError, database_url
from boundaries.store.schema import ConversationStepRow, EventRow


def open_existing(url: str | None) -> Store:
    """Open a store that must already exist (commands that only read it, SPEC §7)."""
    resolved = database_url(url)
    if resolved.startswith("sqlite") and "///" in resolved:
        path = resolved.split("///", 1)[1]
        if path not in ("", ":memory:") and not Path(path).exists():
            raise StoreError(
                f"there is no database at {path}. Fix: pass --database with the URL the service "
                "uses (or set DATABASE_URL), or report on a replay with --config and --events."
            )
    return Store.open(url)


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


SAID_KINDS = ("urgent_press", "status", "transcription", "email")


def evidence(
    store: Store, account_id: int, start: datetime, end: datetime
) -> tuple[list[StoredCall], list[StoredSaid]]:
    """The calls, and the rows that complete them or stand alone (statuses, urgent presses,
    transcriptions, emails), in [start, end), oldest first. Only the columns and `detail`
    fields the figures use are read: the JSON is taken apart by the database."""
    t = _table(EventRow)
    d, triage = t.c.detail, t.c.detail["triage"]
    window = (
        t.c.account_id == account_id,
        t.c.at >= start.astimezone(UTC),
        t.c.at < end.astimezone(UTC),
    )
    said = (
        triage["content_free"].as_boolean(),
        triage["intent"].as_string(),
        triage["urgent"].as_boolean(),
        triage["topic"].as_string(),
        d["answered_by"].as_string(),
    )
    calls = select(
        t.c.at, t.c.client_id, t.c.sid, t.c.caller, t.c.action, t.c.used_allowance,
        d["policy"].as_string(), d["rang"].as_boolean(), d["answered"].as_boolean(),
        d["duration_min"].as_float(), d["urgent_press"].as_boolean(), *said,
    ).where(t.c.kind == "call", *window).order_by(t.c.at, t.c.id)  # fmt: skip
    others = select(
        t.c.kind, t.c.at, t.c.client_id, t.c.sid, t.c.action, d["call_sid"].as_string(),
        d["duration"].as_float(), *said,
    ).where(t.c.kind.in_(SAID_KINDS), *window).order_by(t.c.at, t.c.id)  # fmt: skip
    try:
        with store.engine.connect() as conn:
            call_rows = conn.execute(calls).all()
            other_rows = conn.execute(others).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the events: {str(exc).splitlines()[0]}") from None
    return (
        [StoredCall._make((_utc(r[0]), *r[1:6], r[6] is not None, *r[7:])) for r in call_rows],
        [StoredSaid._make((r[0], _utc(r[1]), *r[2:])) for r in other_rows],
    )


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def first_event_at(store: Store, account_id: int) -> datetime | None:
    """When the account's first stored call or message happened, if any."""
    t = _table(EventRow)
    query = select(t.c.at).where(t.c.account_id == account_id).order_by(t.c.at).limit(1)
    with store.engine.connect() as conn:
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
        with store.engine.begin() as conn:
            return bool(conn.execute(stmt).rowcount)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot record the step: {str(exc).splitlines()[0]}") from None


def recorded_steps(
    store: Store, account_id: int, client_id: str | None = None
) -> list[tuple[str, str, date]]:
    """(client id, step, day) of every recorded step, oldest first."""
    t = _table(ConversationStepRow)
    query = select(t.c.client_id, t.c.step, t.c.on_day).where(t.c.account_id == account_id)
    if client_id is not None:
        query = query.where(t.c.client_id == client_id)
    query = query.order_by(t.c.on_day, t.c.id)
    with store.engine.connect() as conn:
        return [(r[0], r[1], r[2]) for r in conn.execute(query)]


def _table(model: type[EventRow] | type[ConversationStepRow]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table
