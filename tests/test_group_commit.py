"""Group commit on SQLite (store/group_commit.py): writers that arrive together share one
commit, none returns before its write is on disk, and one writer's failure is its own."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from boundaries.store import Store
from boundaries.store.connections import sqlite_pragmas
from boundaries.store.group_commit import GroupCommit
from boundaries.store.records import StoredEvent

WRITERS = 16


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    event.listen(engine, "connect", sqlite_pragmas)  # the service's settings

    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql(
            "CREATE TABLE row (id INTEGER PRIMARY KEY, writer INTEGER UNIQUE, parent INTEGER "
            "REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
        )
        conn.exec_driver_sql("INSERT INTO parent (id) VALUES (1)")
    return engine


def _stored(path: Path) -> set[int]:
    """The writers whose rows another connection sees: what is committed."""
    with sqlite3.connect(path) as db:
        return {w for (w,) in db.execute("SELECT writer FROM row")}


def _together(group: GroupCommit, body: Callable[[int, Any], None]) -> list[BaseException | None]:
    """Writer 0 holds its turn until the other writers are all queued behind it; then each
    runs `body(i, connection)` in its turn. Returns what each writer raised (or None)."""
    outcomes: list[BaseException | None] = [None] * WRITERS
    released = threading.Event()

    def writer(i: int) -> None:
        try:
            with group.member() as conn:
                if i == 0:
                    released.set()
                    # as long as a turn may take (the fixture's 30 s): on a loaded machine the
                    # other writers may take seconds to queue, and one that comes after the
                    # first has gone on starts a second commit
                    deadline = time.monotonic() + 30
                    while group._queued < WRITERS - 1 and time.monotonic() < deadline:
                        time.sleep(0.005)
                body(i, conn)
        except BaseException as exc:  # the test reports every outcome
            outcomes[i] = exc

    first = threading.Thread(target=writer, args=(0,))
    first.start()
    assert released.wait(5)
    others = [threading.Thread(target=writer, args=(i,)) for i in range(1, WRITERS)]
    for t in others:
        t.start()
    for t in [first, *others]:
        t.join(timeout=30)
    return outcomes


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "group.sqlite3"
    engine = _engine(path)
    commits: list[int] = []
    event.listen(engine, "commit", lambda _conn: commits.append(1))
    # a turn may take long on a loaded machine (four test workers on two cores): a writer
    # waiting more than a few seconds would be told "locked" and leave the batch
    group = GroupCommit(engine, 30.0, lambda: TimeoutError("locked"))
    yield path, group, commits
    engine.dispose()


def _insert(conn: Any, i: int, parent: int = 1) -> None:
    conn.exec_driver_sql("INSERT INTO row (writer, parent) VALUES (?, ?)", (i, parent))


def test_writers_arriving_together_share_one_commit_and_all_are_stored(setup):  # type: ignore[no-untyped-def]
    path, group, commits = setup
    outcomes = _together(group, lambda i, conn: _insert(conn, i))
    assert outcomes == [None] * WRITERS
    assert _stored(path) == set(range(WRITERS))
    assert len(commits) == 1  # sixteen writes, one fsync'd commit


def test_each_writer_returns_only_once_its_write_is_committed(setup):  # type: ignore[no-untyped-def]
    path, group, _ = setup
    seen_after_return: dict[int, bool] = {}

    def writer(i: int) -> None:
        with group.member() as conn:
            _insert(conn, i)
        seen_after_return[i] = i in _stored(path)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert seen_after_return == dict.fromkeys(range(WRITERS), True)


def test_a_failing_writer_loses_only_its_own_write(setup):  # type: ignore[no-untyped-def]
    path, group, _ = setup

    def body(i: int, conn: Any) -> None:
        _insert(conn, i)
        if i == 5:
            raise ValueError("the decision failed")

    outcomes = _together(group, body)
    assert isinstance(outcomes[5], ValueError)
    assert [o for i, o in enumerate(outcomes) if i != 5] == [None] * (WRITERS - 1)
    assert _stored(path) == set(range(WRITERS)) - {5}


def test_a_failed_commit_fails_every_writer_of_its_batch(setup):  # type: ignore[no-untyped-def]
    path, group, _ = setup

    def body(i: int, conn: Any) -> None:
        # A deferred foreign key is checked at COMMIT: writer 3's orphan row fails the batch.
        _insert(conn, i, parent=99 if i == 3 else 1)

    outcomes = _together(group, body)
    assert all(isinstance(o, IntegrityError) for o in outcomes), [type(o) for o in outcomes]
    assert _stored(path) == set()
    # The next writer starts a new transaction and is stored.
    with group.member() as conn:
        _insert(conn, 100)
    assert _stored(path) == {100}


def test_the_store_answers_a_locked_file_with_a_named_error(tmp_path: Path):
    path = tmp_path / "boundaries.sqlite3"
    store = Store.open(f"sqlite:///{path}")
    account = store.account_id()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process's writer, holding the lock
    try:
        event_ = StoredEvent(kind="call", at=datetime.now(UTC), action="voicemail", sid="CA1")
        started = time.monotonic()
        with pytest.raises(Exception) as raised:
            store.record(account, [event_])
        assert getattr(raised.value, "cause", None) == "locked"
        assert time.monotonic() - started < 30
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.record(account, [event_]) == 1  # the lock gone, the write goes through
    store.close()


def test_a_transaction_sqlite_ended_itself_is_not_reported_as_committed(setup):  # type: ignore[no-untyped-def]
    path, group, _ = setup

    ran: list[int] = []  # the order the writers queued in, which threads do not fix

    def body(i: int, conn: Any) -> None:
        ran.append(i)
        _insert(conn, i)
        if i == 3:
            # What SQLite does after some errors (disk full, I/O): the whole transaction is
            # rolled back; the body carries on as if nothing happened.
            conn.connection.driver_connection.execute("ROLLBACK")

    outcomes = _together(group, body)
    rolled_back, after = ran[: ran.index(3) + 1], ran[ran.index(3) + 1 :]
    assert all(outcomes[i] is not None for i in rolled_back), (ran, outcomes)
    assert all(outcomes[i] is None for i in after), (ran, outcomes)
    assert _stored(path) == set(after)


def test_a_member_waiting_does_not_take_the_turn_being_handed_to_a_queued_writer(setup):  # type: ignore[no-untyped-def]
    # The moment between one member's release of the turn and the next queued writer's
    # acquire (long on a loaded machine): a member waiting for the batch's outcome must not
    # take the free turn and commit the batch early, splitting it (seen as 2 commits for 16
    # writers in a fresh-clone run). With no one queued, a batch left open is ended.
    _path, group, commits = setup
    assert group._turn.acquire(timeout=5)
    group._open()
    batch = group._batch
    group._turn.release()  # handed on: the next writer is queued but not yet running
    with group._state:
        group._queued += 1
    group._finish_abandoned(batch)
    assert group._conn is not None and commits == []  # still the queued writer's to continue
    with group._state:
        group._queued -= 1  # it gave up waiting: the batch is abandoned
    group._finish_abandoned(batch)
    assert group._conn is None and commits == [1]
