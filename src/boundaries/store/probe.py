"""Whether the store can write now, for `/healthz`: without waiting, and without writing
while all is well.

SQLite: the file and its folder must be writable (checked with `os.access`, never by opening
the file: closing a descriptor of the database would drop this process's SQLite locks,
https://www.sqlite.org/howtocorrupt.html §2.2), SQLite itself must accept a write (a
statement that changes nothing, rolled back: a file SQLite opened read-only refuses it), and
in WAL mode (a database an earlier version left so, until it is switched back) the `-wal` file
this process writes to must still be the one on disk.
PostgreSQL: the same rolled-back statement (refused on a read-only server or transaction).

A statement rolled back never reaches the disk, so it cannot tell a full disk from a freed
one. While a failed write is remembered, or the disk of a SQLite file has little room left
(`LOW_ROOM_BYTES`), the probe also commits a write that leaves nothing behind
(`committed_write`): the failure is over as soon as it passes, without waiting for a call or
a message to be stored (newcomer 10, M3), and a disk that fills up is named before a
caller's event is refused.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, text

from boundaries.store.faults import READ_ONLY, StoreError, fault_words, faulted, lost_file

PROC_FDS = Path("/proc/self/fd")
# Free space (bytes, for this user) under which the probe commits a real write to find out
# whether the disk still takes one: a call's events and their journal need a few pages.
LOW_ROOM_BYTES = 1024 * 1024
# The account row the committed probe inserts and deletes in one transaction: an id no
# account gets (ids count up from 1, so no sequence moves) and a name no account may have.
PROBE_ACCOUNT_ID = -1
PROBE_ACCOUNT_NAME = " write probe"


def unwritable(database: Path) -> tuple[str, Path] | None:
    """What this process could not write among `database`, its folder, and the `-journal`,
    `-wal` and `-shm` files next to it that exist: ("file" or "folder", path), or None when all
    are writable (permissions, `chattr +i`, a read-only mount; `os.access`, which never opens
    the file). The folder counts always: each write creates and deletes the rollback journal
    beside the file (`connections.JOURNAL_MODE`), so a folder that cannot take a new file
    refuses every write, even while the database file itself is writable."""
    file = database.resolve()
    side = [file.with_name(file.name + end) for end in ("-journal", "-wal", "-shm")]
    checked = [("file", file), ("folder", file.parent), *(("file", p) for p in side)]
    for what, path in checked:
        if path.exists() and not os.access(path, os.W_OK) and _still_refused(path):
            return what, path
    return None


def _still_refused(path: Path) -> bool:
    """Whether `path`, found not writable, is so on a second look: a rollback journal that
    another thread's commit deleted between `exists` and `access` was not refused, it was
    gone (trial50 §2: one call in a thousand was lost under load, its failure named
    read-only on a writable disk)."""
    return all(path.exists() and not os.access(path, os.W_OK) for _ in range(_LOOKS))


_LOOKS = 3
"""Looks at a file found not writable before it is called so."""


def check_files(database: Path, url: str) -> None:
    """Raise `StoreError` (read_only) when this process could not write `database`, its
    folder or a journal file beside it (`unwritable`)."""
    error = files_error(database, url)
    if error is not None:
        raise error


def files_error(database: Path, url: str) -> StoreError | None:
    """The `StoreError` (read_only) naming what this process could not write among
    `database`, its folder and the journal files beside it (`unwritable`), and the fix; None
    when all are writable. SQLite words the same refusal differently depending on when it
    meets it ("attempt to write a readonly database", "unable to open database file" for a
    journal it cannot create, "disk I/O error" for a file made immutable while open): this
    names the one cause."""
    found = unwritable(database)
    if found is None:
        return None
    what, path = found
    return faulted(
        "read_only_file",
        READ_ONLY,
        "sqlite",
        url=repr(url),
        what=fault_words(f"what_{what}"),
        path=repr(str(path)),
    )


def rolled_back_write(conn: Connection, sqlite: bool, busy_ms: int) -> None:
    """A statement that needs the right to write but changes nothing, rolled back. It does
    not wait for another writer's lock (SQLite: busy timeout 0 for the statement, then back to
    `busy_ms`; PostgreSQL: a 200 ms lock timeout): a lock held elsewhere raises "database is
    locked" or a lock timeout, which the caller ignores."""
    try:
        with conn.begin() as transaction:
            if sqlite:
                conn.exec_driver_sql("PRAGMA busy_timeout=0")
            else:
                conn.exec_driver_sql("SET LOCAL lock_timeout = 200")
            conn.execute(text("DELETE FROM account WHERE 1 = 0"))
            transaction.rollback()
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={busy_ms}")
            conn.rollback()


def little_room(database: Path) -> bool:
    """Whether the disk holding `database` has less than `LOW_ROOM_BYTES` free for this user
    (`os.statvfs`, which opens nothing); False when it cannot be told."""
    try:
        found = os.statvfs(database.resolve().parent)
    except OSError:
        return False
    return found.f_bavail * found.f_frsize < LOW_ROOM_BYTES


def no_page_left(conn: Connection) -> bool:
    """Whether a SQLite database can take no new page: at its `max_page_count` (a cap an
    operator may set) with no free page inside the file. An event may need a new page at any
    time, so that is a full disk for what it can store."""
    try:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        limit = conn.exec_driver_sql("PRAGMA max_page_count").scalar()
        free = conn.exec_driver_sql("PRAGMA freelist_count").scalar()
    finally:
        conn.rollback()  # end the transaction the reads began: the next write begins its own
    return int(pages or 0) >= int(limit or 0) > 0 and not free


def committed_write(conn: Connection, sqlite: bool, busy_ms: int) -> None:
    """A write that reaches the disk and leaves nothing: one transaction that inserts an
    account row no account has (`PROBE_ACCOUNT_ID`) and deletes it, committed (SQLite writes
    its journal and the page; PostgreSQL its WAL), so a full disk refuses it and a freed one
    takes it. Nobody else ever sees the row. Like `rolled_back_write`, it does not wait for
    another writer: a lock held elsewhere raises "database is locked" or a lock timeout."""
    try:
        with conn.begin():
            if sqlite:
                conn.exec_driver_sql("PRAGMA busy_timeout=0")
            else:
                conn.exec_driver_sql("SET LOCAL lock_timeout = 200")
            conn.execute(
                text("INSERT INTO account (id, name) VALUES (:id, :name)"),
                {"id": PROBE_ACCOUNT_ID, "name": PROBE_ACCOUNT_NAME},
            )
            conn.execute(text("DELETE FROM account WHERE id = :id"), {"id": PROBE_ACCOUNT_ID})
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={busy_ms}")
            conn.rollback()


def check_wal(conn: Connection, database: Path, url: str) -> None:
    """Raise `StoreError` (wal_lost) when the database file is gone from disk, or this process
    writes to one that was deleted (replaced by another file, or removed), and, in WAL mode,
    the same for its `-wal` file: then commits reach no file that will be read again. (A
    rollback journal lives only during a write, so only the file is looked at outside WAL.)"""
    mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    file = database.resolve()
    wal = file.with_name(file.name + "-wal")
    watched = [file, wal] if str(mode).lower() == "wal" else [file]
    opened = _open_files()
    for path in watched:
        if not path.exists() or f"{path} (deleted)" in opened:
            raise lost_file(url, path, journal=path == wal)


def _open_files() -> list[str]:
    """What this process's file descriptors point at (Linux /proc; empty elsewhere)."""
    if not PROC_FDS.is_dir():
        return []
    found = []
    for fd in os.listdir(PROC_FDS):
        try:
            found.append(os.readlink(PROC_FDS / fd))
        except OSError:
            continue
    return found
