"""Group commit for SQLite: the writes of concurrent requests share one fsync'd commit.

With `synchronous=FULL` every SQLite commit waits for the disk (fsyncs of the rollback journal
and of the file, `connections.JOURNAL_MODE`). Webhooks arriving together would each pay that
wait in turn, one writer at a time. Here the writers of one process take turns on one open
`BEGIN IMMEDIATE` transaction, each inside its own savepoint; the writer that finds nobody
queued behind it (or the batch full) commits, and every member of the batch returns only once
that commit is on disk. So nothing is answered before it is stored (SPEC §7), and a batch of
N costs one commit's fsyncs instead of N.

Across processes the transaction holds SQLite's write lock from `BEGIN IMMEDIATE` to the
commit (https://www.sqlite.org/lang_transaction.html), so every read of a member sees every
decision committed before it and every earlier member of its batch: the weekly allowance and
once-per-burst hold as with one transaction per decision. A member whose work fails is rolled
back to its savepoint alone; a failed commit fails every member of its batch, and so does a
commit that `verify` finds did not reach the database file (deleted under the service).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

MAX_BATCH = 32
"""Members of one commit at most: bounds how long the first one waits for its answer."""


class GroupCommit:
    """Turns on one shared SQLite transaction for the threads of one process."""

    def __init__(
        self,
        engine: Engine,
        timeout: float,
        locked: Callable[[], Exception],
        verify: Callable[[Connection], None] | None = None,
    ) -> None:
        """`timeout`: seconds a writer waits for its turn before `locked()` is raised.
        `verify(connection)`, called after each commit, raises when what was committed is not
        durably stored; every member of the batch then raises that error."""
        self._engine = engine
        self._timeout = timeout
        self._locked = locked
        self._verify = verify
        self._turn = threading.Lock()
        self._state = threading.Condition()
        self._queued = 0  # writers waiting for their turn
        self._conn: Connection | None = None  # the open batch's transaction
        self._batch = 0  # number of the open (or last) batch
        self._size = 0  # members in the open batch
        self._finished = 0  # every batch up to this number is committed or failed
        self._failures: dict[int, Exception] = {}

    @contextmanager
    def member(self) -> Iterator[Connection]:
        """A connection inside the shared transaction; on exit, wait until the batch is
        committed. Raises `locked()` when the turn does not come within `timeout`, the
        `SQLAlchemyError` of a failed statement or commit, what `verify` raised, or what the
        body raised."""
        with self._state:
            self._queued += 1
        got = self._turn.acquire(timeout=self._timeout)
        with self._state:
            self._queued -= 1
        if not got:
            raise self._locked()
        try:
            conn = self._open()
        except BaseException:
            self._turn.release()
            raise
        batch = self._batch
        raised: BaseException | None = None
        # Savepoints straight on the driver's connection: SQLAlchemy does not track them.
        driver = conn.connection.driver_connection
        assert driver is not None
        try:
            _run(driver, "SAVEPOINT member")
            try:
                yield conn
            except BaseException as exc:
                raised = exc
                _run(driver, "ROLLBACK TO member")
            if not driver.in_transaction:
                # SQLite ended the transaction itself after an error the body swallowed:
                # what the batch wrote is gone and must not be reported as committed.
                raise OperationalError(
                    "RELEASE member",
                    None,
                    sqlite3.OperationalError("the transaction was rolled back by SQLite"),
                )
            _run(driver, "RELEASE member")
        except SQLAlchemyError as exc:
            # SQLite rolled the whole transaction back (disk full, I/O error…): the batch is
            # lost, and every member waiting for it is told so.
            self._end(exc)
            raise raised or exc from None
        self._size += 1
        with self._state:
            others = self._queued > 0
        if others and self._size < MAX_BATCH:
            self._turn.release()  # the next writer continues the batch and commits it
        else:
            self._end(None)
        failure = self._wait(batch)
        if raised is not None:
            raise raised
        if failure is not None:
            raise failure

    def _open(self) -> Connection:
        if self._conn is None:
            conn = self._engine.connect()
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                conn.close()
                raise
            self._conn = conn
            self._batch += 1
            self._size = 0
        return self._conn

    def _end(self, failure: Exception | None) -> None:
        """Commit the open batch (or roll it back after `failure`), check it with `verify`,
        tell its members, and give the turn back. Called with the turn held."""
        conn, self._conn = self._conn, None
        try:
            if conn is not None:
                if failure is None:
                    try:
                        conn.commit()
                        if self._verify is not None:
                            self._verify(conn)
                    except Exception as exc:  # told to every member of the batch
                        failure = exc
                if failure is not None:
                    with suppress(SQLAlchemyError):  # the connection is discarded below anyway
                        conn.rollback()
                conn.close()
        finally:
            with self._state:
                if failure is not None:
                    self._failures[self._batch] = failure
                    for old in [b for b in self._failures if b < self._batch - 64]:
                        del self._failures[old]
                self._finished = self._batch
                self._state.notify_all()
            self._turn.release()

    def _wait(self, batch: int) -> Exception | None:
        """The outcome of `batch` once it has ended. Should the writer it was handed to give
        up waiting for its turn, a waiting member takes the free turn and commits it."""
        with self._state:
            while self._finished < batch:
                if not self._state.wait(timeout=0.05) and self._finished < batch:
                    self._state.release()
                    try:
                        self._finish_abandoned(batch)
                    finally:
                        self._state.acquire()
            return self._failures.get(batch)

    def _finish_abandoned(self, batch: int) -> None:
        with self._state:
            if self._queued > 0:
                # a writer is waiting: the turn is being handed to it (the free moment between
                # one member's release and the next one's acquire, long on a loaded machine),
                # and it will continue the batch or end it; taking the turn here would commit
                # the batch early and split it
                return
        if not self._turn.acquire(blocking=False):
            return  # a writer has the turn: it will end the batch
        if self._conn is not None and self._batch == batch:
            self._end(None)
        else:
            self._turn.release()


def _run(driver: Any, statement: str) -> None:
    """One statement on the driver's connection; its errors raised as SQLAlchemy's."""
    try:
        driver.execute(statement)
    except sqlite3.Error as exc:
        raise OperationalError(statement, None, exc) from None
