"""The pool's connections kept fit to store events: replaced after a spell of read-only, and
each SQLite commit checked to have reached the file on disk.

SQLite opens a file it cannot write read-only, and such a connection stays read-only for its
whole life ("opened read-only if the file is write protected by the operating system",
https://www.sqlite.org/c3ref/open.html). A PostgreSQL session likewise takes the server's
read-only state (`default_transaction_read_only`, a standby) when it logs in. So a pooled
connection opened during a short spell of read-only would refuse every write long after writes
work again. Here a connection is marked when it is opened read-only (SQLite: its file, `-wal`
or `-shm` not writable; PostgreSQL: `transaction_read_only` on) or when one of its writes is
refused as read-only, and a marked connection is replaced when it is taken from the pool and a
new one would be writable (SQLite: the files are writable now; PostgreSQL, which only a new
login can tell: the connection is older than `RELOGIN_SECONDS`). The service recovers by
itself, without a restart and without a write refused first.

A SQLite file (or its `-wal`) deleted or replaced under the service still takes this process's
commits, into a file nobody will read again: after each commit, `check_durable` compares the
files the connection opened with those on disk.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError

from boundaries.store.faults import READ_ONLY, cause_of
from boundaries.store.probe import lost_file, unwritable

BUSY_SECONDS = 5.0  # how long a write waits for a lock (SQLite busy_timeout, PostgreSQL)

RELOGIN_SECONDS = 1.0  # a read-only PostgreSQL session older than this logs in afresh

_MARKED = "boundaries_read_only"  # connection info: opened read-only, or a write was refused
_OPENED = "boundaries_opened"  # connection info: time.monotonic() when it was opened
_FILES = "boundaries_files"  # connection info: (file, -wal) identities when it was opened

Identity = tuple[int, int]


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Settings of every SQLite connection: the busy timeout first (switching a new file to
    WAL takes a lock that another process opening it may hold), WAL, foreign keys, and
    `synchronous=FULL` so that a commit survives a power cut (WAL + FULL)."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def keep_fit(engine: Engine, database: Path | None) -> None:
    """Watch the connections of `engine` (see the module's docstring); `database` is the
    SQLite file (None for PostgreSQL or an in-memory SQLite database, which is not watched).
    Registered after the pragmas, so that the `-wal` file is open when a connection is
    looked at."""
    sqlite = engine.dialect.name == "sqlite"
    if sqlite and database is None:
        return
    file = database.resolve() if database is not None else None

    def opened(dbapi_connection: Any, record: Any) -> None:
        record.info[_OPENED] = time.monotonic()
        if file is None:
            record.info[_MARKED] = _logged_in_read_only(dbapi_connection)
            return
        wal = file.with_name(file.name + "-wal")
        record.info[_MARKED] = unwritable(file) is not None
        record.info[_FILES] = (_identity(file), _identity(wal))

    def taken(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if not record.info.get(_MARKED):
            return
        if file is not None:
            writable = unwritable(file) is None
        else:
            writable = time.monotonic() - record.info.get(_OPENED, 0.0) >= RELOGIN_SECONDS
        if writable:
            # The pool closes it and takes a new one (SQLAlchemy, "Disconnect Handling -
            # Pessimistic": a checkout listener raising DisconnectionError).
            raise DisconnectionError("opened or used read-only; a new connection may write")

    event.listen(engine, "connect", opened)
    event.listen(engine, "checkout", taken)
    event.listen(engine, "handle_error", _mark_when_read_only)


def check_durable(conn: Connection, database: Path, url: str) -> None:
    """Raise `StoreError` (wal_lost) when the SQLite file or `-wal` file that `conn` opened is
    no longer the one on disk (deleted, or replaced by another file): what it committed
    reached no file that will be read again. Two `stat` calls; never opens the file."""
    known = conn.info.get(_FILES)
    if not known:
        return
    file = database.resolve()
    wal = file.with_name(file.name + "-wal")
    for path, identity in zip((file, wal), known, strict=True):
        if identity is not None and _identity(path) != identity:
            raise lost_file(url, path, journal=path == wal)


def _identity(path: Path) -> Identity | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _logged_in_read_only(dbapi_connection: Any) -> bool:
    """PostgreSQL: whether this new session may not write (`transaction_read_only`)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SHOW transaction_read_only")
        row = cursor.fetchone()
    finally:
        cursor.close()
        dbapi_connection.rollback()  # leave the new session outside any transaction
    return bool(row) and str(row[0]).lower() == "on"


def _mark_when_read_only(context: ExceptionContext) -> None:
    """A write refused as read-only marks its connection: replaced when next taken from the
    pool once a new one would be writable (in a SQLite group commit, the others' work on the
    same connection goes on meanwhile)."""
    if cause_of(context.original_exception) != READ_ONLY or context.connection is None:
        return
    try:
        context.connection.info[_MARKED] = True
    except SQLAlchemyError:  # invalidated or closed: it goes back to no pool anyway
        return
