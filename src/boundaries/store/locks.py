"""Locks that hold across processes: a PostgreSQL advisory key, a lock file beside SQLite."""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from boundaries.store.faults import LOCKED, StoreError


def advisory_key(account_id: int, key: str) -> int:
    """A signed 64-bit key for `pg_advisory_xact_lock`, stable across processes."""
    digest = hashlib.blake2b(f"{account_id}:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@contextmanager
def file_lock(database: Path | None, timeout: float) -> Iterator[None]:
    """An exclusive lock on `<database>.lock` (flock, so it holds between threads and between
    processes), waiting at most `timeout` seconds; nothing for an in-memory database.

    Raises `StoreError` (cause "locked") when another holder keeps it longer than that."""
    if database is None:
        yield
        return
    path = database.with_name(database.name + ".lock")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StoreError(
            f"cannot create the lock file {str(path)!r} ({exc.strerror}). Fix: make the folder "
            "of the database writable by the user running Boundaries."
        ) from None
    try:
        deadline = time.monotonic() + timeout
        delay = 0.002
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"the decision lock {str(path)!r} stayed held for more than {timeout:g} s. "
                        "Fix: end the stuck Boundaries process that holds it.",
                        LOCKED,
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock
