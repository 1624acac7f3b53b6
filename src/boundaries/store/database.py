"""Opening a database, bringing its schema up to date, and reading and writing events."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, Select, Table, bindparam, create_engine, event, func, select
from sqlalchemy import update as sa_update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from boundaries.errors import BoundariesError
from boundaries.store.records import StoredEvent
from boundaries.store.schema import AccountRow, EventRow

DEFAULT_URL = "sqlite:///boundaries.sqlite3"
DEFAULT_ACCOUNT = "default"
MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(BoundariesError):
    """The database cannot be used; the message says what to do."""


def database_url(explicit: str | None = None) -> str:
    """The URL to use: `--database`, else `DATABASE_URL`, else SQLite in the current folder."""
    url = explicit or os.environ.get("DATABASE_URL") or DEFAULT_URL
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _alembic(connection: Any) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """The event log of every account; safe to share between threads of one process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, migrate: bool = True) -> Store:
        """Connect and bring the schema to the latest revision; raise `StoreError` on failure."""
        resolved = database_url(url)
        try:
            if resolved.startswith("sqlite"):
                path = resolved.split("///", 1)[1] if "///" in resolved else ""
                if path and path != ":memory:":
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                memory = path in ("", ":memory:")
                engine = create_engine(
                    resolved,
                    connect_args={"check_same_thread": False},
                    # One shared connection, or each thread would see its own empty database.
                    poolclass=StaticPool if memory else None,
                )
                event.listen(engine, "connect", _sqlite_pragmas)
            else:
                engine = create_engine(resolved, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(
                f"cannot use database URL {_redact(resolved)!r} ({exc}). Fix: use "
                "'sqlite:///path/to/file.sqlite3' or 'postgresql://user:pass@host/db'."
            ) from None
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        """Upgrade the schema to the latest revision, refusing a database from the future."""
        try:
            with self.engine.begin() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                script = ScriptDirectory(str(MIGRATIONS))
                known = {rev.revision for rev in script.walk_revisions()}
                if current is not None and current not in known:
                    raise StoreError(
                        f"the database is at schema revision {current!r}, which this version of "
                        "Boundaries does not know: it was written by a newer version. Fix: upgrade "
                        "Boundaries, or point --database at another database."
                    )
        except SQLAlchemyError as exc:
            raise StoreError(self._unreachable(exc)) from None
        try:
            with self.engine.begin() as conn:
                command.upgrade(_alembic(conn), "head")
        except SQLAlchemyError as exc:
            raise StoreError(self._unreachable(exc)) from None

    def _unreachable(self, exc: Exception) -> str:
        url = _redact(str(self.engine.url))
        detail = str(exc).splitlines()[0]
        if isinstance(exc, OperationalError):
            return (
                f"cannot open the database {url!r}: {detail}. Fix: check that the server runs "
                "and the URL (--database or DATABASE_URL) is right."
            )
        return f"database error on {url!r}: {detail}"

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def account_id(self, name: str = DEFAULT_ACCOUNT) -> int:
        """The id of an account, created on first use."""
        with self.session() as s:
            found = s.scalar(select(AccountRow.id).where(AccountRow.name == name))
            if found is not None:
                return found
            row = AccountRow(name=name)
            s.add(row)
            s.flush()
            return row.id

    def record(self, account_id: int, events: Iterable[StoredEvent]) -> int:
        """Store events durably; one with an already-stored (kind, sid) is skipped. Returns how
        many were new."""
        rows = [
            {
                "account_id": account_id,
                "kind": e.kind,
                "at": e.at.astimezone(UTC),
                "client_id": e.client,
                "sid": e.sid,
                "action": e.action,
                "detail": e.detail,
                "caller": e.caller,
                "used_allowance": e.used_allowance,
                "notified": e.notified,
            }
            for e in events
        ]
        if not rows:
            return 0
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        table = EventRow.__table__
        assert isinstance(table, Table)
        stmt = (
            insert(table)
            .on_conflict_do_nothing(index_elements=["account_id", "kind", "sid"])
            .returning(table.c.id)
        )
        try:
            with self.engine.begin() as conn:
                return len(conn.execute(stmt, rows).all())
        except SQLAlchemyError as exc:
            raise StoreError(self._unreachable(exc)) from None

    def events(
        self, account_id: int, since: datetime | None = None, limit: int | None = None
    ) -> list[StoredEvent]:
        """Stored events of one account, oldest first."""
        t = _events()
        query = select(t).where(t.c.account_id == account_id)
        if since is not None:
            query = query.where(t.c.at >= since.astimezone(UTC))
        query = query.order_by(t.c.at, t.c.id)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_from_row(r._mapping) for r in conn.execute(query)]

    def find(self, account_id: int, kind: str, sid: str) -> StoredEvent | None:
        """The stored event with this natural key, if any."""
        t = _events()
        query = select(t).where(t.c.account_id == account_id, t.c.kind == kind, t.c.sid == sid)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return _from_row(row._mapping) if row is not None else None

    def update(self, account_id: int, kind: str, sid: str, **changes: Any) -> bool:
        """Change fields of a stored event (action, used_allowance, notified, detail…)."""
        columns = {"client": "client_id"}
        values = {columns.get(k, k): v for k, v in changes.items()}
        stmt = (
            sa_update(EventRow)
            .where(EventRow.account_id == account_id, EventRow.kind == kind, EventRow.sid == sid)
            .values(**values)
        )
        try:
            with self.engine.begin() as conn:
                return bool(conn.execute(stmt).rowcount)
        except SQLAlchemyError as exc:
            raise StoreError(self._unreachable(exc)) from None

    def kind_between(
        self,
        account_id: int,
        kind: str,
        start: datetime,
        end: datetime,
        client: str | None = None,
        caller: str | None = None,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> list[StoredEvent]:
        """Events of one kind in [start, end), optionally of one client or caller."""
        query = _kind_between_query(
            client is not None, caller is not None, newest_first, limit is not None
        )
        params = {
            "account": account_id,
            "kind": kind,
            "start": start.astimezone(UTC),
            "end": end.astimezone(UTC),
            "client": client,
            "caller": caller,
        }
        if limit is not None:
            params["limit"] = limit
        with self.engine.connect() as conn:
            return [_from_row(r._mapping) for r in conn.execute(query, params)]

    def count_allowance(self, account_id: int, client: str, start: datetime, end: datetime) -> int:
        """Calls of a client in [start, end) that rang on its weekly allowance."""
        t = _events()
        query = select(func.count()).where(
            t.c.account_id == account_id,
            t.c.kind == "call",
            t.c.client_id == client,
            t.c.used_allowance.is_(True),
            t.c.at >= start.astimezone(UTC),
            t.c.at < end.astimezone(UTC),
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def close(self) -> None:
        self.engine.dispose()


@cache
def _kind_between_query(
    by_client: bool, by_caller: bool, newest_first: bool, limited: bool
) -> Select[Any]:
    """The statement of `Store.kind_between`, built once per shape (the hot path of calls)."""
    t = _events()
    query = select(t).where(
        t.c.account_id == bindparam("account"),
        t.c.kind == bindparam("kind"),
        t.c.at >= bindparam("start"),
        t.c.at < bindparam("end"),
    )
    if by_client:
        query = query.where(t.c.client_id == bindparam("client"))
    if by_caller:
        query = query.where(t.c.caller == bindparam("caller"))
    order = t.c.at.desc() if newest_first else t.c.at
    query = query.order_by(order, t.c.id)
    return query.limit(bindparam("limit")) if limited else query


def _events() -> Table:
    table = EventRow.__table__
    assert isinstance(table, Table)
    return table


def _from_row(r: Any) -> StoredEvent:
    return StoredEvent(
        kind=r["kind"],
        at=_aware(r["at"]),
        action=r["action"],
        client=r["client_id"],
        sid=r["sid"],
        detail=dict(r["detail"] or {}),
        caller=r["caller"],
        used_allowance=bool(r["used_allowance"]),
        notified=bool(r["notified"]),
    )


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were stored as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _redact(url: str) -> str:
    """A URL with its password hidden, fit for messages and logs."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url
