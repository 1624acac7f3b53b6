"""A rollback journal that another thread's commit deletes while the store checks the files
it will write is no unwritable file (trial50 §2: under load, one call in a thousand was
answered and never stored, its failure named read-only on a writable disk)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from boundaries.store.probe import unwritable


def test_a_journal_deleted_between_two_looks_is_not_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "db.sqlite3"
    database.write_bytes(b"")
    journal = tmp_path / "db.sqlite3-journal"
    journal.write_bytes(b"")
    real_access = os.access

    def commit_ends_meanwhile(path: object, mode: int) -> bool:
        if Path(str(path)) == journal and journal.exists():
            journal.unlink()  # the other thread's commit deletes its journal just now
            return real_access(path, mode)  # type: ignore[arg-type]
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", commit_ends_meanwhile)
    assert unwritable(database) is None
