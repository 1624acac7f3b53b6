"""A SQLite database whose files or folder turn immutable under a running service (newcomer 2,
H2 and L11; README "The store probe of /healthz").

In WAL mode SQLite maps the `-shm` file into memory and stores into it on every read and
write; `chattr +i` on that file made the next store a SIGBUS, which killed `boundaries serve`
with no log line (exit 135). The service runs in a process of its own here, so that such a
crash is seen as the service dying instead of taking pytest with it. What is promised instead:
503 `read_only` on `/healthz` and on the data callbacks, a voicemail for callers, the log naming
the fix, and everything stored again once the files are writable, without a restart.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from boundaries.store import Store
from tests.conftest import EXAMPLES
from tests.gateway_support import Provider
from tests.live_process import Served
from tests.store_support import data_callbacks, new_sid, read_only

MARC = "+33123456789"


def _store_files(database: Path) -> list[Path]:
    """The database file and every file SQLite keeps beside it now (-wal, -shm, -journal)."""
    return sorted(database.parent.glob(database.name + "*"))


def _mapped_from(pid: int, folder: Path) -> list[str]:
    """The lines of /proc/PID/maps naming a file of `folder`: what the process has mapped."""
    maps = Path(f"/proc/{pid}/maps")
    if not maps.exists():
        pytest.skip("no /proc here to read the service's memory mappings")
    return [line for line in maps.read_text().splitlines() if str(folder) in line]


FAULTS: dict[str, Callable[[Path], list[Path]]] = {
    # What the newcomer did: every file of the database made immutable, and the folder too.
    "files-and-folder": lambda db: [*_store_files(db), db.parent],
    "files": _store_files,
    "folder": lambda db: [db.parent],  # L11: the files stay writable, the folder does not
}


@pytest.mark.slow
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_database_turned_immutable_under_the_service_answers_503_and_recovers(
    tmp_path: Path, fault: str
):
    folder = tmp_path / "db2"
    folder.mkdir()
    database = folder / "x.sqlite3"
    url = f"sqlite:///{database}"
    with Served(EXAMPLES / "boundaries.toml", url, tmp_path / "serve.log") as served:
        http = httpx.Client(timeout=20)
        provider = Provider(served.url, public=served.url)  # no public_url: the URL as received
        first = new_sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": first, "From": MARC}).status_code == 200

        with read_only(*FAULTS[fault](database)):
            call = new_sid("CA")
            voice = provider.post("/twilio/voice", {"CallSid": call, "From": MARC})
            assert voice.status_code == 200 and "<Record" in voice.text, voice.text
            for path, params in data_callbacks(call):
                answer = provider.post(path, params)
                assert answer.status_code == 503, (path, answer.status_code, answer.text)
            health = http.get(served.url + "/healthz")
            assert health.status_code == 503, health.text
            store = health.json()["store"]
            assert store["cause"] == "read_only" and "Fix:" in store["error"], store
            assert "chattr -i" in store["error"]
            assert served.proc.poll() is None, "the service died:\n" + served.output()

        # Writable again: healthy at once, and the provider's retries are stored.
        health = http.get(served.url + "/healthz")
        assert health.status_code == 200 and health.json()["store"] == {"ok": True}, health.text
        after = new_sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": after, "From": MARC}).status_code == 200
        for path, params in [*data_callbacks(call), *data_callbacks(after)]:
            answer = provider.post(path, params)
            assert answer.status_code == 200, (path, answer.status_code, answer.text)
        assert served.proc.poll() is None
        # Nothing of the store is mapped into the service's memory: no -shm to store into.
        assert _mapped_from(served.proc.pid, folder) == []
        assert not database.with_name(database.name + "-shm").exists()
        logged = served.output()
        assert "read-only" in logged and "Fix:" in logged
    store = Store.open(url, migrate=False)
    try:
        stored = {(e.kind, e.sid) for e in store.events(store.account_id())}
    finally:
        store.close()
    assert {("call", first), ("call", after), ("status", f"{call}:completed:")} <= stored


def _wal_database(path: Path) -> None:
    """A database as an earlier version left it: tables made, then in WAL mode."""
    Store.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)


def test_a_database_left_in_wal_mode_is_switched_to_a_rollback_journal(tmp_path: Path):
    database = tmp_path / "old.sqlite3"
    _wal_database(database)
    store = Store.open(f"sqlite:///{database}")
    try:
        store.account_id("newcomer")
        with store.reading() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "delete"
        assert [p.name for p in _store_files(database)] == ["old.sqlite3"]
    finally:
        store.close()
    with sqlite3.connect(database) as db:  # the file itself now says so, for every process
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_wal_database_held_open_elsewhere_is_used_as_it_is_and_the_log_says_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    """An earlier version still running keeps the file in WAL mode: the store opens at once
    (no wait for a lock), works, and the log names the risk and the fix."""
    caplog.set_level(logging.WARNING)
    database = tmp_path / "held.sqlite3"
    _wal_database(database)
    holder = sqlite3.connect(database)
    try:
        holder.execute("SELECT count(*) FROM event").fetchone()
        store = Store.open(f"sqlite:///{database}")
        try:
            store.account_id("newcomer")
            with store.reading() as conn:
                assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        finally:
            store.close()
    finally:
        holder.close()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "stays in WAL mode" in logged and "SIGBUS" in logged and "Fix:" in logged
