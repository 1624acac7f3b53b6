"""Opening a database, bringing its schema up to date, and reading and writing events."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
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
from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy import update as sa_update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from boundaries.store.accounts import (
    AccountTakenError,
    UnknownAccount,
    checked_account_name,
    consultant_clash,
    unknown_account_message,
)
from boundaries.store.connections import BUSY_SECONDS, check_durable, keep_fit, sqlite_pragmas
from boundaries.store.faults import (
    LOCKED,
    OTHER,
    READ_ONLY,
    SLOW,
    UNREACHABLE,
    StoreError,
    StoreHealth,
    cause_of,
    explain,
    faulted,
    lost_file,
)
from boundaries.store.group_commit import GroupCommit
from boundaries.store.jobs import NewJob, insert_jobs
from boundaries.store.locks import advisory_key
from boundaries.store.probe import (
    check_files,
    check_wal,
    committed_write,
    files_error,
    little_room,
    no_page_left,
    rolled_back_write,
)
from boundaries.store.records import StoredEvent
from boundaries.store.schema import AccountRow, EventRow, UserRow

DEFAULT_URL = "sqlite:///boundaries.sqlite3"
DEFAULT_ACCOUNT = "default"
MIGRATIONS = Path(__file__).parent / "migrations"
MIGRATION_WAIT_SECONDS = 60.0  # how long an upgrade waits for another process's upgrade
MIGRATION_LOCK = advisory_key(0, "schema migration")  # PostgreSQL advisory key of upgrades
log = logging.getLogger(__name__)

__all__ = ["DEFAULT_URL", "Store", "StoreError", "database_url"]


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


PG_CONNECT_SECONDS = 10
"""How long a PostgreSQL connection may take to open, handshake included (libpq's
`connect_timeout`): a host that accepts the connection and then says nothing (a firewall, a
stuck pooler, the wrong port of a quiet service) is named unreachable instead of hanging every
command (trial37 §1)."""
PG_UNACKED_MS = 15_000
"""How long data sent to PostgreSQL may stay unacknowledged before the connection is dropped
(libpq's `tcp_user_timeout`, Linux): a network that drops packets fails the statement instead
of holding a webhook past the provider's 15 s."""


def _pg_timeouts(url: str) -> dict[str, Any]:
    """libpq connection parameters bounding a connection's waits (`PG_CONNECT_SECONDS`,
    `PG_UNACKED_MS`, TCP keepalives), but for those the URL sets itself (its query string
    wins: https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS)."""
    given = make_url(url).query
    wanted: dict[str, Any] = {
        "connect_timeout": PG_CONNECT_SECONDS,
        "tcp_user_timeout": PG_UNACKED_MS,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
    }
    return {k: v for k, v in wanted.items() if k not in given}


LOCK_WAIT_SECONDS = 1.0
"""How long the health probe waits for this process's writer while a failure is remembered
(`/healthz` answers within `web.health.PROBE_SECONDS`, 2 s)."""


class Store:
    """The event log of every account; safe to share between threads of one process.

    Every method raises `StoreError` (with `cause` disk_full, read_only, locked, unreachable or
    error) when the database fails; `health` remembers the last failed write until one works."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.health = StoreHealth()
        self._local = threading.local()
        self.sqlite = engine.dialect.name == "sqlite"
        path = engine.url.database if self.sqlite else None
        if path and path.startswith("file:"):  # a URI filename (…?mode=ro&uri=true)
            path = path[len("file:") :].split("?", 1)[0]
        self._file = Path(path) if path and path != ":memory:" else None
        # Connections opened read-only are replaced, SQLite commits checked against the file.
        self._guard = keep_fit(engine, self._file)
        # One shared in-memory connection must not be used by two threads at once.
        self._memory = threading.RLock() if self.sqlite and self._file is None else None
        # SQLite has one writer: this process's threads queue on a lock of their own, in order,
        # instead of polling SQLite's busy handler (which sleeps up to 100 ms between tries).
        self._writer = (self._memory or threading.RLock()) if self.sqlite else None
        # A SQLite file: concurrent writes share one fsync'd commit (store/group_commit.py).
        self._group = (
            GroupCommit(engine, BUSY_SECONDS, self._locked, self._durable)
            if self._file is not None
            else None
        )

    @classmethod
    def open(cls, url: str | None = None, migrate: bool = True) -> Store:
        """Connect and bring the schema to the latest revision; raise `StoreError` on failure."""
        resolved = database_url(url)
        try:
            if resolved.startswith("sqlite"):
                path = resolved.split("///", 1)[1] if "///" in resolved else ""
                if path and path != ":memory:":
                    _make_folder(Path(path).parent, resolved)
                memory = path in ("", ":memory:")
                engine = create_engine(
                    resolved,
                    connect_args={"check_same_thread": False},
                    # One shared connection, or each thread would see its own empty database.
                    poolclass=StaticPool if memory else None,
                )
                event.listen(engine, "connect", sqlite_pragmas)
            else:
                engine = create_engine(
                    resolved, pool_pre_ping=True, connect_args=_pg_timeouts(resolved)
                )
        except (ArgumentError, ImportError) as exc:
            raise faulted("bad_url", OTHER, url=repr(_redact(resolved)), detail=str(exc)) from None
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        """Upgrade the schema to the latest revision, refusing a database from the future.

        Several processes may open a new or older database at once (commands started
        together, `serve --workers`). The upgrade runs in one transaction that first takes a
        lock the other upgraders wait for, at most `MIGRATION_WAIT_SECONDS` — SQLite:
        `BEGIN IMMEDIATE`, the database's write lock (https://www.sqlite.org/lang_transaction.html;
        SQLite's DDL is transactional); PostgreSQL: `pg_advisory_xact_lock` on
        `MIGRATION_LOCK` — and then reads the revision again: one process upgrades, the others
        find it done. A database already at the latest revision is only read (a read-only
        copy still opens). Raises `StoreError` when the database fails."""
        script = ScriptDirectory(str(MIGRATIONS))
        head = script.get_current_head()
        try:
            with self.reading() as conn:
                if self._revision(conn, script) == head:
                    return
            with self._serial(), self.engine.connect() as conn:
                wait_ms = int(MIGRATION_WAIT_SECONDS * 1000)
                if self.sqlite:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
                    try:
                        conn.exec_driver_sql("BEGIN IMMEDIATE")
                    finally:
                        conn.exec_driver_sql(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
                else:
                    conn.begin()
                    conn.execute(text(f"SET LOCAL lock_timeout = {wait_ms}"))
                    conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
                if self._revision(conn, script) != head:
                    command.upgrade(_alembic(conn), "head")
                conn.commit()
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    @staticmethod
    def _revision(conn: Connection, script: ScriptDirectory) -> str | None:
        """The database's schema revision (None for a new one); `StoreError` for a revision
        this version does not know, written by a newer one."""
        current = MigrationContext.configure(conn).get_current_revision()
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise faulted("newer", OTHER, revision=repr(current))
        return current

    def fault(self, exc: Exception) -> StoreError:
        """The error to raise for a database failure (its cause named, with the fix), remembered
        for `/healthz`; for store modules that run their own statements."""
        return self._failed(exc)

    def _failed(self, exc: Exception) -> StoreError:
        """The error to raise for a database failure, remembered for `/healthz`. On a SQLite
        file, a failure that is not a full disk, a lock or a damaged file while the file, its
        folder or a journal beside it cannot be written is named read-only, with that path:
        SQLite words the operating system's refusal in several ways (`files_error`)."""
        url = _redact(str(self.engine.url))
        error = explain(exc, url, BUSY_SECONDS)
        if self._file is not None and error.cause in (READ_ONLY, UNREACHABLE, OTHER):
            # Deleted under us: new connections fail rather than recreate it (NeverRecreated).
            if self._guard is not None and self._guard.seen and not self._file.exists():
                error = lost_file(url, self._file.resolve(), journal=False)
            else:
                error = files_error(self._file, url) or error
        self.health.failed(error)
        return error

    @contextmanager
    def _serial(self) -> Iterator[None]:
        if self._memory is None:
            yield
            return
        with self._memory:
            yield

    @contextmanager
    def _one_writer(self) -> Iterator[None]:
        """This process's turn to write to SQLite (nothing on PostgreSQL); `StoreError`
        (locked) after `BUSY_SECONDS` of waiting, as SQLite's own busy timeout would."""
        lock = self._writer
        if lock is None:
            yield
            return
        if not lock.acquire(timeout=BUSY_SECONDS):
            raise self._locked()
        try:
            yield
        finally:
            lock.release()

    def _durable(self, conn: Connection) -> None:
        """After a commit to the SQLite file: `StoreError` (wal_lost) when the file or journal
        it went to is no longer the one on disk (`check_durable`)."""
        assert self._file is not None
        check_durable(conn, self._file, _redact(str(self.engine.url)))

    def _locked(self) -> StoreError:
        """The error for a write that waited `BUSY_SECONDS` for its turn, remembered."""
        error = faulted(
            "locked_queued",
            LOCKED,
            "sqlite" if self.sqlite else "postgresql",
            url=repr(_redact(str(self.engine.url))),
            seconds=f"{BUSY_SECONDS:g}",
        )
        self.health.failed(error)
        return error

    @contextmanager
    def _grouped(self) -> Iterator[Connection]:
        """A turn in this process's shared SQLite transaction (see `GroupCommit`), used by
        every read and write of this thread until the batch is committed."""
        assert self._group is not None
        try:
            with self._group.member() as conn:
                self._local.conn = conn
                try:
                    yield conn
                finally:
                    self._local.conn = None
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None
        except StoreError as exc:  # locked, or the commit reached no file (wal_lost)
            self.health.failed(exc)
            raise
        self.health.wrote()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection to read with (the decision's own one inside `decision()`)."""
        shared: Connection | None = getattr(self._local, "conn", None)
        if shared is not None:
            yield shared
            return
        try:
            with self._serial(), self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    def _refuse_unwritable(self) -> None:
        """Raise `StoreError` (read_only, remembered for `/healthz`) before a write begins on
        a SQLite file this process cannot write (`probe.files_error`): a write SQLite begins
        there is refused midway and leaves its rollback journal behind, hot, and from then on
        no page that only reads can be served (SQLite must roll the journal back into the
        file first; trial33 §5: after a refused form, every dashboard page answered 503)."""
        if self._file is None or self._memory is not None:
            return
        error = files_error(self._file, _redact(str(self.engine.url)))
        if error is not None:
            self.health.failed(error)
            raise error

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A transaction, committed at the end (the decision's own one inside `decision()`).
        Refused before it begins on a SQLite file that cannot be written
        (`_refuse_unwritable`)."""
        shared: Connection | None = getattr(self._local, "conn", None)
        if shared is not None:
            yield shared
            return
        self._refuse_unwritable()
        if self._group is not None:
            with self._grouped() as conn:
                yield conn
            return
        try:
            with self._serial(), self._one_writer(), self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None
        self.health.wrote()

    @contextmanager
    def answer_by(self, deadline: float) -> Iterator[None]:
        """Decisions this thread makes inside are stored only when done by `deadline` (a
        `time.monotonic()` value): the caller was answered without them after it (the voice
        webhook answers a plain voicemail when the store does not answer in time, web/app.py),
        and a decision stored later would say otherwise (a ring the caller never heard, an
        allowance spent on a voicemail). Other writes are not held to it: what they store
        late is what the provider's retry would store, and a retry is stored once."""
        self._local.answer_by = deadline
        try:
            yield
        finally:
            self._local.answer_by = None

    def _in_time(self) -> None:
        """Raise `StoreError` (slow, remembered for `/healthz`) past `answer_by`'s deadline."""
        deadline: float | None = getattr(self._local, "answer_by", None)
        if deadline is None or time.monotonic() <= deadline:
            return
        error = StoreError(
            "the database did not answer before the caller had to be answered: the call got a "
            f"plain voicemail and its decision was not stored ({_redact(str(self.engine.url))})",
            SLOW,
            "sqlite" if self.sqlite else "postgresql",
        )
        self.health.failed(error)
        raise error

    @contextmanager
    def decision(self, account_id: int, key: str) -> Iterator[None]:
        """Hold the lock of one (account, client or caller) around read-decide-write, so that
        the weekly allowance and once-per-burst hold with several threads and processes: one
        transaction that every read and write of this thread then uses, committed at the end.

        PostgreSQL: `pg_advisory_xact_lock` on that transaction (other clients go on in
        parallel). SQLite: `BEGIN IMMEDIATE`, which takes the database's write lock for the
        whole transaction (https://www.sqlite.org/lang_transaction.html), so no other thread
        or process can commit between the reads and the write; SQLite has one writer anyway.
        On a SQLite file that transaction is shared by the decisions and writes of this
        process that arrive together, each in its own savepoint, and committed once for all
        of them (`GroupCommit`); each returns only when that commit is done.
        Waits at most `BUSY_SECONDS`, then raises `StoreError` (locked). Inside `answer_by`,
        a decision not done by its deadline is rolled back and raises `StoreError` (slow)."""
        if getattr(self._local, "deciding", False):
            yield  # already held by this thread
            return
        self._in_time()
        self._refuse_unwritable()
        self._local.deciding = True
        try:
            if self._group is not None:
                with self._grouped():
                    yield
                    self._in_time()  # too late: this member's savepoint is rolled back
                return
            with self._serial(), self._one_writer():
                try:
                    with self.engine.connect() as conn:
                        if self.sqlite:
                            conn.exec_driver_sql("BEGIN IMMEDIATE")
                        else:
                            conn.begin()
                            ms = int(BUSY_SECONDS * 1000)
                            conn.execute(text(f"SET LOCAL lock_timeout = {ms}"))
                            lock = advisory_key(account_id, key)
                            conn.execute(select(func.pg_advisory_xact_lock(lock)))
                        self._local.conn = conn
                        try:
                            yield
                        finally:
                            self._local.conn = None
                        self._in_time()  # too late: closed without a commit, rolled back
                        conn.commit()
                except SQLAlchemyError as exc:
                    raise self._failed(exc) from None
            self.health.wrote()
        finally:
            self._local.deciding = False

    def ping(self) -> None:
        """A cheap read that fails when the database cannot be reached (for `/healthz`)."""
        with self.reading() as conn:
            conn.execute(select(1)).scalar_one()

    def check_writable(self) -> None:
        """Raise `StoreError` when the store could not store an event now (read-only file,
        folder or server; a full disk; SQLite journal deleted under us), without waiting for
        a writer: see `store/probe.py`. A write of this process under way, or another
        process's lock, skips the write check (a failed write is in `health`).
        While all is well nothing is written. While a failed write is remembered, or a SQLite
        file's disk has little room left, a write that leaves nothing is committed: when it
        passes, the remembered failure, whatever its cause, is over (a freed disk clears
        `/healthz` and the dashboard's banner at once, with no call stored meanwhile); when it
        fails, that failure is remembered (`health`). A rolled-back check that passes ends a
        remembered read-only failure (the connections opened read-only are replaced,
        `store/connections.py`)."""
        url = _redact(str(self.engine.url))
        if self._file is not None:
            check_files(self._file, url)
        lock = self._writer
        # While a failure is remembered, a write of this process under way is waited for a
        # moment (it may be the one that ends it): skipping the check would report the old
        # failure although the store works again.
        wait = LOCK_WAIT_SECONDS if self.health.failure is not None else 0.0
        if lock is not None and not (
            lock.acquire(timeout=wait) if wait else lock.acquire(blocking=False)
        ):
            return
        accepted = committed = False
        busy_ms = int(BUSY_SECONDS * 1000)
        try:
            with self.engine.connect() as conn:
                try:
                    rolled_back_write(conn, self.sqlite, busy_ms)
                    if self.sqlite and no_page_left(conn):
                        full = sqlite3.OperationalError("database or disk is full: no page left")
                        raise self._failed(full)
                    accepted = True
                    if self.health.failure is not None or (
                        self._file is not None and little_room(self._file)
                    ):
                        committed_write(conn, self.sqlite, busy_ms)
                        committed = True
                except SQLAlchemyError as exc:
                    if cause_of(exc) != LOCKED:
                        raise self._failed(exc) from None
                if self._file is not None:
                    check_wal(conn, self._file, url)
        except SQLAlchemyError as exc:
            raise explain(exc, url, BUSY_SECONDS) from None
        finally:
            if lock is not None:
                lock.release()
        if committed:
            self.health.wrote()
        elif accepted:
            self.health.recovered(READ_ONLY)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session in one transaction, committed at the end. Raises `StoreError` (its
        cause named, remembered for `/healthz`) when the database fails, as `reading` and
        `writing` do: a login or a language saved on a read-only file is a named 503, never
        an unexplained 500."""
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError:
            raise  # a constraint the caller names (a login that exists): no store failure
        except SQLAlchemyError as exc:
            raise self._failed(exc) from None

    def account_id(self, name: str = DEFAULT_ACCOUNT) -> int:
        """The id of an account, created on first use: once, when several processes ask at
        the same time (the insert skips a name already stored); an existing account is only
        read. Raises `AccountNameError` for a name that is not a short id."""
        checked_account_name(name)  # never a row under an empty or path-like name
        query = select(AccountRow.id).where(AccountRow.name == name)
        with self.reading() as conn:
            found = conn.scalar(query)
        if found is not None:
            return int(found)
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        with self.writing() as conn:
            conn.execute(insert(AccountRow).values(name=name).on_conflict_do_nothing())
            return int(conn.execute(query).scalar_one())

    def known_account_id(self, name: str = DEFAULT_ACCOUNT, email: str | None = None) -> int:
        """The id of an account already stored; only reads. Raises `UnknownAccount` naming
        the accounts this database holds and how to make one (`user add`, with `email` as its
        first login when given) when `name` is not among them (a mistyped `--account` must not
        become a new, empty account), `AccountNameError` for a name that is not a short id."""
        checked_account_name(name)
        with self.reading() as conn:
            found = conn.scalar(select(AccountRow.id).where(AccountRow.name == name))
            if found is not None:
                return int(found)
            known = list(conn.scalars(select(AccountRow.name).order_by(AccountRow.name)))
        raise UnknownAccount(lambda lang: unknown_account_message(name, known, email, lang))

    def consultant_account(
        self,
        name: str,
        consultant: tuple[str, str] | None,
        *,
        serves: bool = False,
        makes_default: bool = False,
    ) -> int:
        """The id of account `name` for a command whose configuration describes `consultant`
        (name, email; None for a command without one): the one check of every command that
        takes `--account` (SPEC §2, §12: one account never sees another's data).

        The account must be stored: `UnknownAccount` (those held named, with the fix: `user
        add`) otherwise, except `default` when `serves`, or `makes_default` in a database that
        holds no other account only, made then. Raises
        `AccountTakenError` (both consultants and the fix named, `accounts.consultant_clash`)
        when the account is kept for another consultant, or, not claimed yet, was made by
        `user add` for logins none of which is the consultant's email (not `default`,
        `_keeper`) — before anything is
        read or written. When `serves` (`serve`, `simulate --save`), the account is kept for
        `consultant` from now on; otherwise nothing is written. `AccountNameError` for a bad
        name; `StoreError` when the database fails."""
        if name == DEFAULT_ACCOUNT and (serves or (makes_default and not self._others_only())):
            account_id = self.account_id(name)
        else:
            account_id = self.known_account_id(name, consultant[1] if consultant else None)
        if consultant is None:
            return account_id
        kept = self._keeper(account_id, name)
        self._refuse_clash(name, kept, consultant)
        if serves and kept[0] != consultant:
            claim = sa_update(AccountRow).where(AccountRow.id == account_id)
            if kept[0] == (None, None):  # two first services at once: the first one keeps it
                claim = claim.where(AccountRow.consultant_email.is_(None))
            with self.writing() as conn:
                conn.execute(
                    claim.values(consultant_name=consultant[0], consultant_email=consultant[1])
                )
            kept = self._keeper(account_id, name)
            self._refuse_clash(name, kept, consultant)
        return account_id

    def _others_only(self) -> bool:
        """Whether this database holds accounts, none of them `default`: a command run
        without `--account` (`mail sync` from a cron line) would make an empty `default` and
        exit 0 doing nothing for anyone (trial52 §10); it is told the accounts held instead.
        `serve` still makes it (`boundaries serve` without --account starts that account)."""
        names = self.account_names()
        return bool(names) and DEFAULT_ACCOUNT not in names

    def account_names(self) -> list[str]:
        """The names of the accounts this database holds, sorted. Only reads."""
        with self.reading() as conn:
            return list(conn.scalars(select(AccountRow.name).order_by(AccountRow.name)))

    def account_holders(self, name: str) -> tuple[tuple[str | None, str | None], list[str]] | None:
        """Whose the stored account `name` is: the consultant it is kept for (name, email;
        (None, None) before its first service) and its logins' addresses, sorted — for
        `default` too; None when the database does not hold it. Only reads."""
        checked_account_name(name)
        with self.reading() as conn:
            found = conn.execute(
                select(
                    AccountRow.id, AccountRow.consultant_name, AccountRow.consultant_email
                ).where(AccountRow.name == name)
            ).first()
            if found is None:
                return None
            logins = select(UserRow.email).where(UserRow.account_id == found[0])
            return (found[1], found[2]), sorted(conn.scalars(logins))

    @staticmethod
    def _refuse_clash(
        name: str,
        kept: tuple[tuple[str | None, str | None], list[str]],
        consultant: tuple[str, str],
    ) -> None:
        """`AccountTakenError` when `consultant` may not use account `name` (`kept`: its
        keeper and logins, `_keeper`), said in the language the edge asks for."""
        if consultant_clash(name, kept[0], consultant, kept[1]) is not None:
            raise AccountTakenError(
                lambda lang: consultant_clash(name, kept[0], consultant, kept[1], lang) or ""
            )

    def _keeper(
        self, account_id: int, account: str
    ) -> tuple[tuple[str | None, str | None], list[str]]:
        """The consultant an account is kept for (name, email; (None, None) when none yet)
        and the addresses of its logins — none counted for `default`, the one account of a
        single-consultant installation, which `serve` makes and claims whoever its first
        logins are (an assistant's, a personal address): only an account made by `user add
        --account NAME` for a firm's consultant belongs to its logins until served."""
        kept = select(AccountRow.consultant_name, AccountRow.consultant_email).where(
            AccountRow.id == account_id
        )
        logins = select(UserRow.email).where(UserRow.account_id == account_id)
        with self.reading() as conn:
            name, email = conn.execute(kept).one()
            return (name, email), [] if account == DEFAULT_ACCOUNT else list(conn.scalars(logins))

    def record(
        self, account_id: int, events: Iterable[StoredEvent], jobs: Iterable[NewJob] = ()
    ) -> int:
        """Store events durably, and the jobs they call for in the same transaction; an event
        with an already-stored (kind, sid) or a job with an already-stored (kind, key) is
        skipped. Returns how many events were new."""
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
        new_jobs = list(jobs)
        if not rows and not new_jobs:
            return 0
        stmt = _insert_events(self.engine.dialect.name == "postgresql")
        with self.writing() as conn:
            added = len(conn.execute(stmt, rows).all()) if rows else 0
            insert_jobs(conn, account_id, new_jobs, datetime.now(UTC))
        return added

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
        with self.reading() as conn:
            return [_from_row(r._mapping) for r in conn.execute(query)]

    def find(self, account_id: int, kind: str, sid: str) -> StoredEvent | None:
        """The stored event with this natural key, if any."""
        t = _events()
        query = select(t).where(t.c.account_id == account_id, t.c.kind == kind, t.c.sid == sid)
        with self.reading() as conn:
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
        with self.writing() as conn:
            return bool(conn.execute(stmt).rowcount)

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
        with self.reading() as conn:
            return [_from_row(r._mapping) for r in conn.execute(query, params)]

    def unowned(
        self, account_id: int, kinds: Iterable[str], start: datetime, end: datetime
    ) -> list[StoredEvent]:
        """Events of these kinds in [start, end) stored with no client (`client_id` NULL),
        oldest first: the rows a call's client may still be filled into (`FollowUp.own`)."""
        t = _events()
        query = (
            select(t)
            .where(
                t.c.account_id == account_id,
                t.c.kind.in_(list(kinds)),
                t.c.client_id.is_(None),
                t.c.at >= start.astimezone(UTC),
                t.c.at < end.astimezone(UTC),
            )
            .order_by(t.c.at, t.c.id)
        )
        with self.reading() as conn:
            return [_from_row(r._mapping) for r in conn.execute(query)]

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
        with self.reading() as conn:
            return int(conn.execute(query).scalar_one())

    def close(self) -> None:
        self.engine.dispose()


@cache
def _insert_events(postgresql: bool) -> Any:
    """The insert of `Store.record`, skipping a stored (account, kind, sid); built once."""
    insert = pg_insert if postgresql else sqlite_insert
    table = _events()
    return (
        insert(table)
        .on_conflict_do_nothing(index_elements=["account_id", "kind", "sid"])
        .returning(table.c.id)
    )


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
    """A URL with its password hidden, fit for messages and logs; one without a password is
    shown as it is (trial37 §11: "postgres:***@" named a password it did not have)."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user, has_password, _ = creds.partition(":")
        return f"{scheme}://{user}:***@{host}" if has_password else f"{scheme}://{user}@{host}"
    return url


def _make_folder(folder: Path, url: str) -> None:
    """Create the folder of a SQLite file (as `make run` expects for var/); raise `StoreError`
    with the fix when it cannot be (a file in the way, no permission)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise faulted(
            "folder_not_made",
            UNREACHABLE,
            "sqlite",
            folder=repr(str(folder)),
            url=repr(url),
            detail=f"{exc.strerror}: {exc.filename}",
        ) from None
