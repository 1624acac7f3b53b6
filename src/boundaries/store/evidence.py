"""What `report` and `coach` read and write in the store: evidence rows and conversation steps."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Table, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from boundaries.store.database import Store, StoreError, database_url
from boundaries.store.records import StoredEvent
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


def evidence_rows(
    store: Store, account_id: int, kinds: Sequence[str], start: datetime, end: datetime
) -> list[StoredEvent]:
    """Stored events of `kinds` in [start, end), oldest first, reading only what figures use."""
    t = _table(EventRow)
    query = (
        select(
            t.c.kind,
            t.c.at,
            t.c.client_id,
            t.c.sid,
            t.c.action,
            t.c.detail,
            t.c.caller,
            t.c.used_allowance,
        )
        .where(
            t.c.account_id == account_id,
            t.c.kind.in_(list(kinds)),
            t.c.at >= start.astimezone(UTC),
            t.c.at < end.astimezone(UTC),
        )
        .order_by(t.c.at, t.c.id)
    )
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(query).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the events: {str(exc).splitlines()[0]}") from None
    return [
        StoredEvent(
            kind=r[0],
            at=r[1] if r[1].tzinfo is not None else r[1].replace(tzinfo=UTC),
            action=r[4],
            client=r[2],
            sid=r[3],
            detail=r[5] if isinstance(r[5], dict) else json.loads(r[5] or "{}"),
            caller=r[6],
            used_allowance=bool(r[7]),
        )
        for r in rows
    ]


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
