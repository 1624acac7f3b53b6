"""Whether the store can write now, for `/healthz`: without writing, and without waiting.

SQLite: the file and its folder must be writable (checked with `os.access`, never by opening
the file: closing a descriptor of the database would drop this process's SQLite locks,
https://www.sqlite.org/howtocorrupt.html §2.2), SQLite itself must accept a write (a
statement that changes nothing, rolled back: a file SQLite opened read-only refuses it), and
in WAL mode the `-wal` file this process writes to must still be the one on disk.
PostgreSQL: the same rolled-back statement (refused on a read-only server or transaction).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, text

from boundaries.store.faults import READ_ONLY, WAL_LOST, StoreError

PROC_FDS = Path("/proc/self/fd")


def unwritable(database: Path) -> tuple[str, Path] | None:
    """What this process could not write among `database`, its `-wal` and `-shm` files and —
    when one of those two must still be created — its folder: ("file" or "folder", path),
    or None when all are writable (permissions, `chattr +i`, a read-only mount; `os.access`,
    which never opens the file)."""
    file = database.resolve()
    side = [file.with_name(file.name + end) for end in ("-wal", "-shm")]
    checked = [("file", file), *(("file", p) for p in side)]
    if not all(p.exists() for p in side):
        checked.append(("folder", file.parent))
    for what, path in checked:
        if path.exists() and not os.access(path, os.W_OK):
            return what, path
    return None


def check_files(database: Path, url: str) -> None:
    """Raise `StoreError` (read_only) when this process could not write `database`, its
    `-wal` or `-shm` file, or — when one of those two must still be created — its folder
    (permissions, `chattr +i`, a read-only mount)."""
    found = unwritable(database)
    if found is not None:
        what, path = found
        raise StoreError(
            f"the database {url!r} is read-only: its {what} {str(path)!r} is not writable "
            "by this process. Fix: make the file, its folder and its -wal/-shm files "
            "writable by the user running Boundaries (`chattr -i`, `chmod u+w`, a "
            "read-write mount).",
            READ_ONLY,
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
    """In WAL mode, raise `StoreError` (wal_lost) when the database file or its `-wal` file
    is gone from disk, or this process writes to one that was deleted: then commits reach no
    file at all."""
    mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    if str(mode).lower() != "wal":
        return
    file = database.resolve()
    wal = file.with_name(file.name + "-wal")
    opened = _open_files()
    for path in (file, wal):
        if not path.exists() or f"{path} (deleted)" in opened:
            raise lost_file(url, path, journal=path == wal)


def lost_file(url: str, path: Path, journal: bool) -> StoreError:
    """The error (wal_lost) for a database file (`journal` False) or `-wal` file (True) that
    was deleted or replaced while this process had it open."""
    what = "its journal" if journal else "its file"
    fix = (
        "restart `boundaries serve` now"
        if journal
        else "stop `boundaries serve`, put the latest backup of the file back in its place "
        "(else the service starts a new, empty database there), and start it again"
    )
    return StoreError(
        f"the database {url!r} lost {what}: {str(path)!r} was deleted or replaced while this "
        "service had it open, so events written since reach no file that will be read "
        f"again. Fix: {fix}; then find what removed the file (a program deleting it, or one "
        "opening and closing the database file inside this process: "
        "https://www.sqlite.org/howtocorrupt.html §2.2).",
        WAL_LOST,
    )


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
