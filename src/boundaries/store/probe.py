"""Whether the store can write now, for `/healthz`: without writing, and without waiting.

SQLite: the file and its folder must be writable (checked with `os.access`, never by opening
the file: closing a descriptor of the database would drop this process's SQLite locks,
https://www.sqlite.org/howtocorrupt.html §2.2), SQLite itself must accept a write (a
statement that changes nothing, rolled back: a file SQLite opened read-only refuses it), and
in WAL mode (a database an earlier version left so, until it is switched back) the `-wal` file
this process writes to must still be the one on disk.
PostgreSQL: the same rolled-back statement (refused on a read-only server or transaction).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, text

from boundaries.store.faults import READ_ONLY, StoreError, lost_file

PROC_FDS = Path("/proc/self/fd")


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
        if path.exists() and not os.access(path, os.W_OK):
            return what, path
    return None


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
    return StoreError(
        f"the database {url!r} is read-only: its {what} {str(path)!r} is not writable by this "
        "process. Fix: make the file and its folder writable by the user running Boundaries "
        "(`chattr -i`, `chmod u+w`, a read-write mount; SQLite writes its journal beside "
        "the file).",
        READ_ONLY,
        "sqlite",
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
