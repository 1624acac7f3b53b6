"""Storage faults answered honestly (SPEC §7): a full disk, a database locked past its busy
timeout, a read-only or stopped PostgreSQL. Data callbacks answer 503 (the provider retries),
a caller still gets a voicemail, /healthz says what is wrong and the log names the fix."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from boundaries.config import load_config
from boundaries.store import Store, StoreError
from boundaries.store.connections import RELOGIN_SECONDS
from boundaries.store.faults import (
    DISK_FULL,
    LOCKED,
    READ_ONLY,
    UNREACHABLE,
    WAL_LOST,
    cause_of,
)
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES, ROOT
from tests.dashboard_support import running_site, signed_in
from tests.gateway_support import PUBLIC, TOKEN, Provider, ServerThread, free_port
from tests.store_support import HOLD, data_callbacks, new_sid, read_only

MARC = "+33123456789"


def _health(provider: Provider) -> httpx.Response:
    return provider.http.get(provider.base_url + "/healthz", timeout=3)


JEN = "+12125550147"  # Harbor Youth Arts, an English client of the example configuration


@contextlib.contextmanager
def _served(store: Store) -> Iterator[Provider]:
    app = create_app(load_config(EXAMPLES / "boundaries.toml"), store, TOKEN, public_url=PUBLIC)
    with ServerThread(app) as server:
        yield Provider(server.url)


def _assert_failing_honestly(
    provider: Provider, cause: str, caplog: pytest.LogCaptureFixture, store: Store
):
    """Every data callback 503, a new call still a voicemail, /healthz failing with `cause`
    and its fix but nothing of where the store lives (it needs no login), the log naming
    the database."""
    call_sid = new_sid("CA")
    voice = provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
    assert voice.status_code == 200 and "<Record" in voice.text
    for path, params in data_callbacks(call_sid):
        r = provider.post(path, params)
        assert r.status_code == 503, (path, r.status_code, r.text)
    health = _health(provider)
    assert health.status_code == 503
    report = health.json()
    assert report["status"] == "failing" and report["store"]["cause"] == cause, report
    assert "Fix:" in report["store"]["error"]
    for shown in _where(store):  # fix9: not the URL, host, user, database name, file, folder
        assert shown not in health.text, (shown, health.text)
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    assert "503" in logged and "Fix:" in logged
    assert any(shown in logged for shown in _where(store)), logged  # the log names it
    assert "check that the server runs" not in logged or cause == UNREACHABLE


def _where(store: Store) -> list[str]:
    """What tells where `store` lives: its host, user and database name (PostgreSQL), its
    file's name and folder (SQLite)."""
    url = store.engine.url
    if store.sqlite:
        path = Path(str(url.database))
        return [path.name, str(path.parent)]
    return [str(v) for v in (url.host, url.username, url.database) if v]


# -- a full disk ----------------------------------------------------------------------------


class SmallDisk:
    """A 3 MB tmpfs of its own (root), filled and freed by the test; without root, SQLite's
    max_page_count caps the file instead (the same SQLITE_FULL error)."""

    def __init__(self, where: Path) -> None:
        self.path = where / "disk"
        self.path.mkdir()
        self.mounted = False
        if os.geteuid() == 0 and shutil.which("mount"):
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(self.path)],
                capture_output=True,
            )
            self.mounted = done.returncode == 0
        self.filler = self.path / "filler"
        self.store: Store | None = None

    def fill(self, store: Store) -> None:
        if self.mounted:
            # Unbuffered: closing the file on the full disk has nothing left to write.
            with contextlib.suppress(OSError), self.filler.open("wb", buffering=0) as out:
                for chunk in (65536, 4096):  # then to the last block: no room at all
                    with contextlib.suppress(OSError):
                        while True:
                            out.write(b"\0" * chunk)
                            os.fsync(out.fileno())
            return
        self._cap(store, "(SELECT page_count FROM pragma_page_count())")

    def free(self, store: Store) -> None:
        if self.mounted:
            self.filler.unlink()
            return
        self._cap(store, "1073741823")

    @staticmethod
    def _cap(store: Store, pages: str) -> None:
        with store.engine.connect() as conn:
            count = conn.execute(text(f"SELECT {pages}")).scalar_one()

        def cap(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={count}")  # type: ignore[attr-defined]

        from sqlalchemy import event

        event.listen(store.engine, "connect", cap)
        store.engine.dispose()

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.path)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    disk = SmallDisk(tmp_path)
    yield disk
    disk.close()


def test_full_disk_answers_503_keeps_the_voicemail_and_recovers(small_disk, caplog):
    caplog.set_level(logging.INFO)
    store = Store.open(f"sqlite:///{small_disk.path / 'boundaries.sqlite3'}")
    try:
        with _served(store) as provider:
            first, _ = new_sid("CA"), None
            assert provider.post("/twilio/voice", {"CallSid": first, "From": MARC}).status_code
            small_disk.fill(store)
            # Until a write needs a new page the database may still have room: write until one
            # is refused, and every event acknowledged on the way must be stored.
            acknowledged = []
            for i in range(400):
                params = {"CallSid": first, "CallStatus": "ringing", "SequenceNumber": str(i)}
                r = provider.post("/twilio/status", params)
                if r.status_code == 503:
                    break
                assert r.status_code == 200
                acknowledged.append(f"{first}:ringing:{i}")
            else:
                pytest.fail("a full disk never refused an event")
            _assert_failing_honestly(provider, DISK_FULL, caplog, store)
            logged = "\n".join(r.getMessage() for r in caplog.records)
            assert "is full" in logged and "free space" in logged
            small_disk.free(store)
            again = provider.post(
                "/twilio/status", {"CallSid": first, "CallStatus": "completed", "CallDuration": "5"}
            )
            assert again.status_code == 200
            assert _health(provider).json()["store"] == {"ok": True}
        stored = {e.sid for e in store.events(store.account_id()) if e.kind == "status"}
        assert set(acknowledged) <= stored
    finally:
        store.close()


def test_a_freed_disk_ends_the_failure_at_the_next_probe_with_no_write(small_disk):
    """Newcomer 10, M3: after the disk was freed, `/healthz` and the dashboard's banner kept
    saying `disk_full` until a call happened to be stored. While a failure is remembered (or
    the disk has little room) the probe commits a write that leaves nothing: a freed disk
    clears both at the next request, and a disk with no room is named before a write fails."""
    url = f"sqlite:///{small_disk.path / 'site.sqlite3'}"
    with running_site(url) as site, signed_in(site) as client:
        healthz = site.url + "/healthz"
        assert httpx.get(healthz, timeout=10).status_code == 200
        small_disk.fill(site.store)
        if small_disk.mounted:  # a real disk: named before any write of ours is refused
            health = httpx.get(healthz, timeout=10)
            assert health.status_code == 503 and health.json()["store"]["cause"] == DISK_FULL
        for i in range(2000):  # until a write needs room the disk no longer has
            try:
                site.store.account_id(f"filler{i}")
            except StoreError as exc:
                assert exc.cause == DISK_FULL, exc
                break
        else:
            pytest.fail("a full disk never refused a write")
        health = httpx.get(healthz, timeout=10)
        assert health.status_code == 503, health.text
        assert health.json()["store"]["cause"] == DISK_FULL and health.json()["store"]["since"]
        assert 'data-cause="disk_full"' in client.get("/").text
        small_disk.free(site.store)
        # Space is back and nothing was written since: healthy at the next request.
        health = httpx.get(healthz, timeout=10)
        assert health.status_code == 200, health.text
        assert health.json()["store"] == {"ok": True}
        assert site.store.health.failure is None
        page = client.get("/")
        assert page.status_code == 200 and 'id="store-trouble"' not in page.text
        # The probe's row left nothing: the accounts are the example's and the fillers.
        with site.store.reading() as conn:
            names = conn.execute(text("SELECT name FROM account")).scalars().all()
        assert all(not n.startswith(" ") for n in names), names


def test_a_voicemail_left_while_the_disk_was_full_is_the_clients_once_the_provider_retries(
    small_disk,
):
    """During the outage the call got the plain voicemail and nothing was stored; the
    provider's retries of its data callbacks (which carry `From`) store the call as the
    client's, so the voicemail, the transcript and what is owed are hers (newcomer9 H1)."""
    store = Store.open(f"sqlite:///{small_disk.path / 'boundaries.sqlite3'}")
    try:
        with _served(store) as provider:
            assert provider.post("/twilio/voice", {"CallSid": new_sid("CA"), "From": MARC})
            small_disk.fill(store)
            filler = new_sid("CA")
            for i in range(400):  # until a write needs a page the disk no longer has
                params = {"CallSid": filler, "CallStatus": "ringing", "SequenceNumber": str(i)}
                if provider.post("/twilio/status", params).status_code == 503:
                    break
            else:
                pytest.fail("a full disk never refused an event")
            call_sid = new_sid("CA")
            voice = provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
            assert voice.status_code == 200 and "<Record" in voice.text
            assert 'language="fr-FR"' in voice.text
            # An English client hears English: the language is the configuration's, which
            # needs no store (newcomer51 §1: she heard French)
            jen = provider.post("/twilio/voice", {"CallSid": new_sid("CA"), "From": JEN})
            assert jen.status_code == 200 and "<Record" in jen.text
            assert 'language="en-' in jen.text and "fr-FR" not in jen.text, jen.text
            callbacks = data_callbacks(call_sid, MARC)
            refused = [provider.post(path, form).status_code for path, form in callbacks]
            assert refused == [503, 503, 503]
            small_disk.free(store)
            for path, form in callbacks:  # the provider retries
                assert provider.post(path, form).status_code == 200, path
        account = store.account_id()
        call = store.find(account, "call", call_sid)
        assert call is not None and (call.client, call.caller) == ("horizon", MARC)
        mine = [
            e
            for e in store.events(account)
            if e.detail.get("call_sid") == call_sid and e.kind != "call"
        ]
        assert {e.kind for e in mine} == {"voicemail", "transcription", "status"}
        assert all(e.client == "horizon" for e in mine), mine
        assert [e.client for e in store.events(account) if e.kind == "reply_owed"] == ["horizon"]
    finally:
        store.close()


# -- a spell of read-only SQLite, then writable again (newcomer H2) -----------------------------


def test_a_spell_of_read_only_sqlite_heals_without_a_restart(tmp_path, caplog):
    """The file and its folder are made unwritable (`chattr +i`, as the newcomer did) while
    calls come in: connections the pool opens then are read-only for good in SQLite's eyes.
    Once the file is writable again, every data callback is stored and /healthz is ok at
    once: those connections are replaced, nothing waits for a restart."""
    caplog.set_level(logging.INFO)
    folder = tmp_path / "ro4"
    folder.mkdir()
    database = folder / "x.sqlite3"
    store = Store.open(f"sqlite:///{database}")
    try:
        with _served(store) as provider:
            assert _health(provider).status_code == 200
            # A read under way holds the pool's connection: the calls below open new ones,
            # as calls arriving together do.
            with read_only(database, folder), store.reading():
                calls = [new_sid("CA") for _ in range(4)]
                with ThreadPoolExecutor(max_workers=4) as pool:
                    answers = list(
                        pool.map(
                            lambda sid: Provider(provider.base_url).post(
                                "/twilio/voice", {"CallSid": sid, "From": MARC}
                            ),
                            calls,
                        )
                    )
                assert all(a.status_code == 200 and "<Record" in a.text for a in answers)
                _assert_failing_honestly(provider, READ_ONLY, caplog, store)
            # Writable again: /healthz says so before anything is written.
            health = _health(provider)
            assert health.status_code == 200 and health.json()["store"] == {"ok": True}
            after = new_sid("CA")
            assert provider.post("/twilio/voice", {"CallSid": after, "From": MARC}).status_code
            for path, params in [*data_callbacks(after), *data_callbacks(calls[0])]:
                r = provider.post(path, params)
                assert r.status_code == 200, (path, r.status_code, r.text)
            health = _health(provider)
            assert health.status_code == 200 and health.json()["store"] == {"ok": True}
        stored = {(e.kind, e.sid) for e in store.events(store.account_id())}
        assert ("call", after) in stored
        assert ("status", f"{after}:completed:") in stored
        assert ("status", f"{calls[0]}:completed:") in stored
    finally:
        store.close()


# -- the SQLite file deleted or replaced under the service (newcomer M1) -----------------------


def _replace_with_another_database(database: Path) -> None:
    """What restoring a copy with `mv` does: another file, with the tables, at the path."""
    other = database.with_name("other.sqlite3")
    Store.open(f"sqlite:///{other}").close()
    os.replace(other, database)


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(lambda db: [p.unlink() for p in db.parent.glob(db.name + "*")], id="rm"),
        pytest.param(_replace_with_another_database, id="replaced"),
    ],
)
def test_a_sqlite_file_deleted_under_the_service_answers_503_to_data_callbacks(
    tmp_path, caplog, fault
):
    """Each commit must reach the file on disk: once the file (or its journal) is deleted or
    replaced, data callbacks answer 503 (SPEC §7) instead of storing into a file nobody will
    read again, a call still gets its voicemail, and /healthz says `wal_lost`."""
    caplog.set_level(logging.INFO)
    database = tmp_path / "x.sqlite3"
    store = Store.open(f"sqlite:///{database}")
    try:
        with _served(store) as provider:
            first = new_sid("CA")
            assert provider.post("/twilio/voice", {"CallSid": first, "From": MARC}).status_code
            assert _health(provider).status_code == 200
            fault(database)
            _assert_failing_honestly(provider, WAL_LOST, caplog, store)
            status = {"CallSid": first, "CallStatus": "completed", "CallDuration": "9"}
            assert provider.post("/twilio/status", status).status_code == 503
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "was deleted or replaced" in logged and "`boundaries serve`" in logged
    finally:
        store.close()


def test_a_deleted_sqlite_file_is_named_lost_and_never_recreated_empty(tmp_path):
    """A new connection after the file was deleted must not make an empty database at its
    path (SQLite's default): the read fails naming wal_lost and the fix, and no file appears,
    so a restart cannot quietly begin a new log as if nothing had been stored."""
    database = tmp_path / "x.sqlite3"
    store = Store.open(f"sqlite:///{database}")
    try:
        store.ping()
        database.unlink()
        store.engine.dispose()  # what the pool does when it replaces a connection
        with pytest.raises(StoreError) as raised:
            store.ping()
        assert raised.value.cause == WAL_LOST, raised.value
        assert "deleted or replaced" in str(raised.value) and "Fix" in str(raised.value)
        assert not database.exists()
    finally:
        store.close()


def test_a_read_only_uri_url_still_opens_as_it_says(tmp_path):
    """The guard against recreation leaves a URL that is itself a URI filename as it is."""
    database = tmp_path / "x.sqlite3"
    Store.open(f"sqlite:///{database}").close()
    store = Store.open(f"sqlite:///file:{database}?mode=ro&uri=true", migrate=False)
    try:
        store.ping()
        with pytest.raises(StoreError) as raised, store.writing() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
        assert raised.value.cause == READ_ONLY, raised.value
    finally:
        store.close()


# -- SQLite locked past its busy timeout ------------------------------------------------------


@pytest.mark.slow
def test_sqlite_locked_by_another_process_answers_503_and_healthz_stays_prompt(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    path = tmp_path / "boundaries.sqlite3"
    store = Store.open(f"sqlite:///{path}")
    try:
        with _served(store) as provider:
            holder = subprocess.Popen(
                [sys.executable, "-c", HOLD, str(path), "120"], stdout=subprocess.PIPE, text=True
            )
            try:
                assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
                answers: list[httpx.Response] = []
                status = {"CallSid": new_sid("CA"), "CallStatus": "ringing", "SequenceNumber": "0"}
                waiting = threading.Thread(
                    target=lambda: answers.append(
                        Provider(provider.base_url).post("/twilio/status", status)
                    )
                )
                waiting.start()
                time.sleep(0.5)
                # The write waits for the lock in a worker thread: /healthz answers meanwhile.
                assert _health(provider).status_code == 200
                waiting.join(timeout=30)
                assert answers and answers[0].status_code == 503, answers
                _assert_failing_honestly(provider, LOCKED, caplog, store)
            finally:
                holder.kill()  # ends its transaction: the lock is released
                holder.wait(timeout=30)
            retried = provider.post("/twilio/status", status)
            assert retried.status_code == 200
            assert _health(provider).status_code == 200
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "locked by another writer" in logged
    finally:
        store.close()


def test_a_read_only_sqlite_database_is_named_read_only(tmp_path):
    path = tmp_path / "boundaries.sqlite3"
    Store.open(f"sqlite:///{path}").close()
    store = Store.open(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False)
    try:
        with pytest.raises(StoreError) as caught:
            store.account_id("newcomer")
        assert caught.value.cause == READ_ONLY
        assert "read-only" in str(caught.value) and "writable" in str(caught.value)
        assert store.health.failure is not None and store.health.failure.cause == READ_ONLY
    finally:
        store.close()


# -- PostgreSQL read-only, and stopped ---------------------------------------------------------


@pytest.mark.postgres
def test_read_only_postgresql_answers_503_then_heals_without_a_restart(fresh_postgres_url, caplog):
    """A session takes the server's read-only default when it logs in: once the database is
    writable again, the connections opened meanwhile are replaced (after `RELOGIN_SECONDS`)
    and every callback is stored, without a restart (newcomer H2, on PostgreSQL)."""
    caplog.set_level(logging.INFO)
    store = Store.open(fresh_postgres_url)
    name = fresh_postgres_url.rsplit("/", 1)[1]
    admin = create_engine(
        fresh_postgres_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT"
    )
    try:
        with _served(store) as provider:
            with admin.connect() as conn:
                conn.execute(
                    text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
                )
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": name},
                )
            _assert_failing_honestly(provider, READ_ONLY, caplog, store)
            with admin.connect() as conn:
                conn.execute(
                    text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = off')
                )
            time.sleep(RELOGIN_SECONDS)
            assert _health(provider).status_code == 200
            call_sid = new_sid("CA")
            voice = provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
            assert voice.status_code == 200
            for path, params in data_callbacks(call_sid):
                r = provider.post(path, params)
                assert r.status_code == 200, (path, r.status_code, r.text)
            assert _health(provider).status_code == 200
        assert store.find(store.account_id(), "call", call_sid) is not None
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "is read-only" in logged
    finally:
        admin.dispose()
        store.close()


@pytest.fixture
def own_postgres(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A PostgreSQL server of this test alone (the test stops it)."""
    if not os.environ.get("BOUNDARIES_TEST_POSTGRES_URL"):
        pytest.skip("no PostgreSQL test server (run `make test`)")
    env = dict(
        os.environ,
        BOUNDARIES_PG_PORT=str(free_port()),
        BOUNDARIES_PG_DIR=f"/tmp/boundaries-stop-pg-{uuid.uuid4().hex[:8]}",
    )
    script = str(ROOT / "scripts" / "test-postgres.sh")
    url = subprocess.run(
        [script, "start"], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    yield url, env
    subprocess.run([script, "stop"], env=env, capture_output=True, check=False)


@pytest.mark.postgres
@pytest.mark.slow
def test_stopped_postgresql_answers_503_and_keeps_the_voicemail(own_postgres, caplog):
    caplog.set_level(logging.INFO)
    url, env = own_postgres
    store = Store.open(url)
    try:
        with _served(store) as provider:
            assert _health(provider).status_code == 200
            subprocess.run(
                [str(ROOT / "scripts" / "test-postgres.sh"), "stop"], env=env, check=True
            )
            _assert_failing_honestly(provider, UNREACHABLE, caplog, store)
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "cannot reach the database" in logged and "check that the server runs" in logged
    finally:
        store.close()


def test_causes_are_named_from_driver_errors():
    import sqlite3

    assert cause_of(sqlite3.OperationalError("database or disk is full")) == DISK_FULL
    assert cause_of(sqlite3.OperationalError("attempt to write a readonly database")) == READ_ONLY
    assert cause_of(sqlite3.OperationalError("database is locked")) == LOCKED


def test_the_write_probe_ends_a_remembered_failure_and_leaves_nothing(store: Store):
    """Newcomer 10, M3, on both engines: a remembered failure ends at the next probe once a
    write goes through, with no event stored meanwhile; the probe's row is gone and no
    account id was spent on it."""
    first = store.account_id()
    store.health.failed(StoreError("the disk was full", DISK_FULL))
    store.check_writable()
    assert store.health.failure is None
    store.check_writable()  # all is well: nothing is written, nothing is remembered
    assert store.health.failure is None
    with store.reading() as conn:
        rows = conn.execute(text("SELECT id, name FROM account")).all()
    assert [tuple(r) for r in rows] == [(first, "default")]
    assert store.account_id("second") == first + 1
