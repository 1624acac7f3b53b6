"""Locks that hold across processes: the PostgreSQL advisory key of a decision.

On SQLite a decision's `BEGIN IMMEDIATE` transaction takes the database's write lock, which
already holds across threads and processes (`Store.decision`)."""

from __future__ import annotations

import hashlib


def advisory_key(account_id: int, key: str) -> int:
    """A signed 64-bit key for `pg_advisory_xact_lock`, stable across processes."""
    digest = hashlib.blake2b(f"{account_id}:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
