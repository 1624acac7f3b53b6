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
files the connection opened with those on disk. And once the file exists, a new connection
opens it without the right to create it (`mode=rw`, https://www.sqlite.org/uri.html): SQLite
would otherwise make an empty database at the path of a deleted one, and the next reader would
see no tables at all, or a later start would begin a new log as if nothing had been stored.

Nothing of the store is mapped into memory. In WAL mode SQLite maps the `-shm` file (the
wal-index, https://www.sqlite.org/walformat.html) with `mmap` and every reader and writer
stores into that mapping; once the file is made immutable (`chattr +i`) the kernel answers the
next store with SIGBUS, which kills the process on the spot (no Python code runs, nothing is
logged). A signal raised by a memory store inside SQLite cannot be survived from Python, and
checking the file before each statement leaves the gap between the check and the store. So
SQLite files use a rollback journal (`journal_mode=DELETE`, https://www.sqlite.org/
pragma.html#pragma_journal_mode): no `-shm`, several processes still share the file through
SQLite's POSIX locks, and a file that turns unwritable makes writes fail with an error
(`read_only`) instead; `mmap_size=0` keeps the database file itself unmapped whatever
SQLite's build default. A database left in WAL mode by an earlier version is switched back when
a process opens it alone (`switch_journal`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError

from boundaries.store.faults import READ_ONLY, cause_of, lost_file
from boundaries.store.probe import unwritable

BUSY_SECONDS = 5.0  # how long a write waits for a lock (SQLite busy_timeout, PostgreSQL)

JOURNAL_MODE = "DELETE"  # SQLite's rollback journal: nothing mapped (see the docstring)

RELOGIN_SECONDS = 1.0  # a read-only PostgreSQL session older than this logs in afresh

log = logging.getLogger(__name__)

_MARKED = "boundaries_read_only"  # connection info: opened read-only, or a write was refused
_OPENED = "boundaries_opened"  # connection info: time.monotonic() when it was opened
_FILES = "boundaries_files"  # connection info: (file, -wal) identities when it was opened

Identity = tuple[int, int]


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Settings of every SQLite connection: the rollback journal and no memory-mapped I/O (see
    the module's docstring; `switch_journal`), the busy timeout, foreign keys, and
    `synchronous=FULL` so that a commit survives a power cut (the journal and the file are
    synced before the commit returns, https://www.sqlite.org/pragma.html#pragma_synchronous)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA mmap_size=0")
        switch_journal(cursor)  # leaves the busy timeout at BUSY_SECONDS
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def switch_journal(cursor: Any) -> str:
    """Set `JOURNAL_MODE` on a new connection (its DB-API cursor) and return the journal mode
    SQLite then uses ("delete"; "memory" for an in-memory database; "wal" when a database left
    in WAL mode could not be switched back).

    A rollback journal is a setting of each connection, but WAL is written in the file, and
    leaving it needs the file to itself: while another process (an earlier version still
    running) has it open, SQLite answers "database is locked", and on a read-only copy it
    cannot write the change. The switch is tried without waiting (busy timeout 0) so that a
    new connection is never delayed by it; a database that stays in WAL is used as it is and
    switched by the first process that opens it alone, with a warning in the log meanwhile."""
    refused: sqlite3.Error | None = None
    cursor.execute("PRAGMA busy_timeout=0")
    try:
        row = cursor.execute(f"PRAGMA journal_mode={JOURNAL_MODE}").fetchone()
    except sqlite3.Error as exc:
        refused = exc
    finally:
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
    if refused is not None:
        # Which mode stays: read as any statement is, waiting out another writer's commit.
        row = cursor.execute("PRAGMA journal_mode").fetchone()
    mode = str(row[0]).lower() if row else "unknown"
    if refused is not None and mode == "wal":
        _warn_once(
            "the SQLite database stays in WAL mode for now: switching it to a rollback "
            f"journal was refused ({refused}). In WAL mode SQLite maps its -shm file into "
            "memory, and a process whose -shm file is made immutable (chattr +i) is killed "
            "with SIGBUS. Fix: stop every other program that has the database open (an "
            "earlier version of Boundaries, a `sqlite3` shell) and make the file writable; "
            "the next start switches it."
        )
    return mode


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    """Log `message` as a warning once per process (every new connection would repeat it)."""
    if message not in _warned:
        _warned.add(message)
        log.warning("%s", message)


def keep_fit(engine: Engine, database: Path | None) -> NeverRecreated | None:
    """Watch the connections of `engine` (see the module's docstring); `database` is the
    SQLite file (None for PostgreSQL or an in-memory SQLite database, which is not watched).
    Returns the file's `NeverRecreated` guard (None without a file).
    Registered after the pragmas, so that the `-wal` file is open when a connection is
    looked at."""
    sqlite = engine.dialect.name == "sqlite"
    if sqlite and database is None:
        return None
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

    guard = NeverRecreated(file) if file is not None else None
    if guard is not None:
        event.listen(engine, "do_connect", guard)
    event.listen(engine, "connect", opened)
    event.listen(engine, "checkout", taken)
    event.listen(engine, "handle_error", _mark_when_read_only)
    return guard


class NeverRecreated:
    """A `do_connect` listener for the SQLite file `database` (absolute): once the file has
    been seen (`seen`), every new connection opens it with `mode=rw`
    (https://www.sqlite.org/uri.html), so a file deleted under the service makes the
    connection fail ("unable to open database file", which `Store` names wal_lost) instead of
    SQLite creating an empty database at its path. Before it exists (a new database), SQLite's
    default creates it. A URL that is itself a URI filename (`?mode=ro&uri=true`) is opened
    as it says."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.seen = False

    def __call__(self, _dialect: Any, _rec: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        if cparams.get("uri"):
            return None  # the dialect connects as the URL's URI says
        if not self.seen:
            connection = sqlite3.connect(*cargs, **cparams)  # creates a new file
            self.seen = True
            return connection
        return sqlite3.connect(f"file:{quote(str(self.database))}?mode=rw", uri=True, **cparams)


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
