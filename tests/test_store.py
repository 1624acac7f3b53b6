"""The store on SQLite and PostgreSQL: migrations, idempotent recording, accounts, listing."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from boundaries.cli.main import cli
from boundaries.store import Store, StoredEvent, StoreError
from boundaries.store.history import StoreHistory
from tests.conftest import EXAMPLES

T0 = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def call(sid: str | None, minutes: int = 0, client: str | None = "horizon") -> StoredEvent:
    return StoredEvent(
        kind="call",
        at=T0 + timedelta(minutes=minutes),
        action="voicemail",
        client=client,
        sid=sid,
        detail={"from": "+33123456789"},
    )


def test_events_round_trip_with_aware_times(store: Store):
    account = store.account_id()
    assert store.record(account, [call("CA1"), call("CA2", 5)]) == 2
    rows = store.events(account)
    assert [r.sid for r in rows] == ["CA1", "CA2"]
    assert rows[0].at == T0 and rows[0].at.tzinfo is not None
    assert rows[0].detail == {"from": "+33123456789"}


def test_the_same_provider_id_is_recorded_once(store: Store):
    account = store.account_id()
    assert store.record(account, [call("CA1")]) == 1
    assert store.record(account, [call("CA1"), call("CA1")]) == 0
    assert len(store.events(account)) == 1


def test_accounts_never_see_each_others_events(store: Store):
    alice, bob = store.account_id("alice"), store.account_id("bob")
    store.record(alice, [call("CA1")])
    store.record(bob, [call("CA1", client="velo")])  # same provider id, another account
    assert [r.client for r in store.events(alice)] == ["horizon"]
    assert [r.client for r in store.events(bob)] == ["velo"]


def test_since_filters_events(store: Store):
    account = store.account_id()
    store.record(account, [call("CA1"), call("CA2", 60)])
    assert [r.sid for r in store.events(account, since=T0 + timedelta(minutes=30))] == ["CA2"]


def test_reopening_keeps_what_was_stored(db_url: str):
    first = Store.open(db_url)
    first.record(first.account_id(), [call("CA1")])
    first.close()
    again = Store.open(db_url)
    assert [r.sid for r in again.events(again.account_id())] == ["CA1"]
    again.close()


def test_database_from_a_newer_version_is_refused_with_a_fix(db_url: str):
    Store.open(db_url).close()
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_url)


def test_unreachable_database_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot reach the database"):
        Store.open("postgresql://nobody:secret@127.0.0.1:1/none")


def test_bad_url_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot use database URL"):
        Store.open("mysqlx://whatever")


def test_simulate_save_then_events_lists_them(db_url: str):
    runner = CliRunner()
    args = [
        "simulate",
        "--config",
        str(EXAMPLES / "boundaries.toml"),
        "--events",
        str(EXAMPLES / "events.jsonl"),
        "--save",
        "--database",
        db_url,
    ]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, args)
    assert "0 nouvel événement" in again.output  # saving twice adds nothing
    listed = runner.invoke(cli, ["events", "--json", "--database", db_url])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    n_events = len((EXAMPLES / "events.jsonl").read_text().splitlines())
    assert len(rows) == n_events
    assert {"kind", "at", "client", "sid", "action"} <= set(rows[0])
    calls = [r for r in rows if r["kind"] == "call"]
    assert {r["action"] for r in calls} >= {"connect", "voicemail"}
    assert any(r["client"] is None for r in calls)
    later = runner.invoke(
        cli, ["events", "--json", "--since", "2026-11-01T00:00:00+01:00", "--database", db_url]
    )
    assert 0 < len(later.output.splitlines()) < n_events


def test_stores_opened_together_on_a_new_database_migrate_it_once(db_url: str):
    """The same as below without the processes' start-up: eight stores opened at the same
    instant on a new database (SQLite and PostgreSQL lock alike across threads and
    processes) all open, and name the same account."""
    start = threading.Barrier(8)

    def open_one(_: int) -> int:
        start.wait(timeout=30)
        store = Store.open(db_url)
        try:
            return store.account_id()
        finally:
            store.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        accounts = list(pool.map(open_one, range(8)))
    assert len(set(accounts)) == 1, accounts


@pytest.mark.slow
def test_several_commands_at_once_on_a_new_database_all_succeed(db_url: str):
    """Newcomer M8: four `simulate --save` started together on a new database. The first to
    migrate holds a lock (SQLite's write lock, a PostgreSQL advisory lock) and the others,
    finding the schema made, go on: none fails with "table ... already exists", and the
    events are stored once."""
    args = [
        *("simulate", "--config", str(EXAMPLES / "boundaries.toml")),
        *("--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", db_url),
    ]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "boundaries", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = [(*run.communicate(timeout=180), run.returncode) for run in runs]
    for _, err, code in outcomes:
        assert code == 0 and "Error" not in err and "already exists" not in err, (code, err)
    n_events = len((EXAMPLES / "events.jsonl").read_text().splitlines())
    said = [out + err for out, err, _ in outcomes]
    told = r"(\d+) (?:nouvel|nouveaux) événement"
    stored = [int(m) for one in said for m in re.findall(told, one)]
    assert sorted(stored) == [0, 0, 0, n_events], stored
    store = Store.open(db_url)
    try:
        assert len(store.events(store.account_id())) == n_events
        with store.reading() as conn:
            assert conn.execute(text("SELECT count(*) FROM account")).scalar_one() == 1
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    finally:
        store.close()


def test_events_rejects_a_bad_since():
    result = CliRunner().invoke(cli, ["events", "--since", "last tuesday"])
    assert result.exit_code == 2 and "ISO 8601" in result.output


def test_a_holiday_that_began_days_ago_still_holds_the_consultant_away(store: Store):
    # SPEC §6: away inside every away interval, however long ago it began (a fortnight off
    # loaded on its first day holds on its tenth)
    account = store.account_id()
    began = datetime(2026, 11, 20, 8, tzinfo=UTC)
    back = began + timedelta(days=14)
    store.record(
        account,
        [
            StoredEvent(
                kind="away",
                at=began,
                action="away",
                sid="away-1",
                detail={"until": back.isoformat()},
            )
        ],
    )
    history = StoreHistory(store, account, UTC)
    assert history.away_until(began + timedelta(days=10)) == back
    assert history.away_until(back + timedelta(minutes=1)) is None


def test_the_migrations_build_exactly_the_tables_the_code_declares(db_url: str):
    """A column declared in `schema.py` but missing from the migrations (or the reverse)
    would fail only on an upgraded database; alembic compares the two."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from boundaries.store.schema import Base

    Store.open(db_url).close()
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []
