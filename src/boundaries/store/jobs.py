"""Durable jobs: work stored before a webhook answers, claimed atomically, retried with backoff.

One table serves every kind of background work (notifications, downloading and transcribing
recordings; later sending mail or refreshing calendars). A job has a natural key, so storing it
twice adds nothing; a claim is a conditional UPDATE with a lease, so with several processes on
PostgreSQL each job runs in one of them at a time, and a job whose process died (kill -9) is
claimed again once its lease has run out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, and_, exists, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from boundaries.store.schema import JobRow

if TYPE_CHECKING:
    from boundaries.store.database import Store

PENDING = "pending"
RUNNING = "running"
DONE = "done"
FAILED = "failed"


@dataclass(frozen=True)
class NewJob:
    """Work to store: `kind` names its handler, `key` is its natural key (≤ 200 characters);
    `after` delays its first attempt; `after_key` names a job of the same kind that must be
    over (done or failed) first, so that the two never run side by side or out of order."""

    kind: str
    key: str
    payload: dict[str, Any] = field(default_factory=dict)
    after: timedelta = timedelta(0)
    after_key: str | None = None


@dataclass(frozen=True)
class Job:
    """A stored job as the runner and `boundaries jobs` see it (times in UTC)."""

    id: int
    account_id: int
    kind: str
    key: str
    payload: dict[str, Any]
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    updated_at: datetime
    after_key: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "state": self.state,
            "attempts": self.attempts,
            "next_attempt_at": self.next_attempt_at.isoformat(),
            "last_error": self.last_error,
            "updated_at": self.updated_at.isoformat(),
            "after": self.after_key,
        }


def _table() -> Table:
    table = JobRow.__table__
    assert isinstance(table, Table)
    return table


def _failed_once(t: Table) -> Any:
    """Not over, and an attempt failed already: waiting for the next one, being tried again,
    or put back in the queue after failing for good (`resume_failed` keeps the error)."""
    return and_(t.c.state.in_([PENDING, RUNNING]), t.c.last_error.is_not(None))


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _job(r: Any) -> Job:
    return Job(
        id=r["id"],
        account_id=r["account_id"],
        kind=r["kind"],
        key=r["key"],
        payload=dict(r["payload"] or {}),
        state=r["state"],
        attempts=int(r["attempts"]),
        next_attempt_at=_utc(r["next_attempt_at"]),
        last_error=r["last_error"],
        updated_at=_utc(r["updated_at"]),
        after_key=r.get("after_key"),
    )


def insert_jobs(conn: Connection, account_id: int, jobs: Iterable[NewJob], now: datetime) -> int:
    """Add jobs inside the caller's transaction; one whose (kind, key) exists is skipped.
    Returns how many were new."""
    rows = [
        {
            "account_id": account_id,
            "kind": j.kind,
            "key": j.key[:200],
            "payload": j.payload,
            "state": PENDING,
            "attempts": 0,
            "next_attempt_at": now + j.after,
            "after_key": j.after_key[:200] if j.after_key else None,
            "created_at": now,
            "updated_at": now,
        }
        for j in jobs
    ]
    if not rows:
        return 0
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    t = _table()
    stmt = (
        insert(t)
        .on_conflict_do_nothing(index_elements=["account_id", "kind", "key"])
        .returning(t.c.id)
    )
    return len(conn.execute(stmt, rows).all())


class JobQueue:
    """The job table of a store. Times are wall-clock UTC unless `now` is given."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, account_id: int, jobs: Iterable[NewJob]) -> int:
        """Store jobs (a retried callback's job is skipped). Returns how many were new."""
        listed = list(jobs)
        with self.store.writing() as conn:
            return insert_jobs(conn, account_id, listed, datetime.now(UTC))

    def claim(
        self,
        account_id: int,
        owner: str,
        lease: timedelta,
        now: datetime | None = None,
        kinds: Iterable[str] | None = None,
    ) -> Job | None:
        """Take the next due job of one account for `lease` (pending and due, or running with a
        lapsed lease), of one of `kinds` when given (a runner claims only what it can do). A
        job is done with its account's configuration, so the service of another account sharing
        the store never takes it (SPEC §2). A job whose `after_key` job is still pending or
        running waits for it.

        The UPDATE re-checks the state, so two processes never hold the same job; raises
        `StoreError` when the database fails."""
        now = now or datetime.now(UTC)
        t = _table()
        first = t.alias("first")
        waiting_for = exists().where(
            first.c.account_id == t.c.account_id,
            first.c.kind == t.c.kind,
            first.c.key == t.c.after_key,
            first.c.state.in_([PENDING, RUNNING]),
        )
        due = and_(
            t.c.account_id == account_id,
            or_(
                and_(t.c.state == PENDING, t.c.next_attempt_at <= now),
                and_(t.c.state == RUNNING, t.c.lease_until < now),
            ),
            ~waiting_for,
        )
        if kinds is not None:
            due = and_(due, t.c.kind.in_(sorted(kinds)))
        with self.store.reading() as conn:
            candidates = conn.execute(
                select(t.c.id).where(due).order_by(t.c.next_attempt_at, t.c.id).limit(8)
            ).all()
        for (job_id,) in candidates:
            stmt = (
                update(t)
                .where(t.c.id == job_id, due)
                .values(
                    state=RUNNING,
                    lease_owner=owner,
                    lease_until=now + lease,
                    attempts=t.c.attempts + 1,
                    updated_at=now,
                )
            )
            with self.store.writing() as conn:
                if conn.execute(stmt).rowcount != 1:
                    continue  # another process took it first
                row = conn.execute(select(t).where(t.c.id == job_id)).first()
            if row is not None:
                return _job(row._mapping)
        return None

    def renew(self, job: Job, owner: str, lease: timedelta) -> bool:
        """Extend the lease of a job still being worked on; False when it was lost."""
        now = datetime.now(UTC)
        return self._move(job, owner, lease_until=now + lease, updated_at=now)

    def finish(self, job: Job, owner: str) -> bool:
        """The job is done."""
        return self._move(job, owner, state=DONE, lease_until=None, last_error=None)

    def retry(self, job: Job, owner: str, error: str, delay: timedelta) -> bool:
        """The attempt failed; try again after `delay`."""
        now = datetime.now(UTC)
        return self._move(
            job,
            owner,
            state=PENDING,
            lease_until=None,
            next_attempt_at=now + delay,
            last_error=error[:2000],
        )

    def give_up(self, job: Job, owner: str, error: str) -> bool:
        """The job failed for good; it stays visible as failed."""
        return self._move(job, owner, state=FAILED, lease_until=None, last_error=error[:2000])

    def resume_failed(
        self, account_id: int, kind: str, since: datetime, now: datetime | None = None
    ) -> list[str]:
        """Put back in the queue, due now with a fresh count of attempts, the jobs of one
        account and `kind` that failed for good at or after `since` (their last error is kept
        until the next attempt); for a job whose cause was outside it, now gone (a notice that
        failed for want of a channel, once the service restarts with one). Returns their keys;
        raises `StoreError`."""
        now = now or datetime.now(UTC)
        t = _table()
        failed = and_(
            t.c.account_id == account_id,
            t.c.kind == kind,
            t.c.state == FAILED,
            t.c.updated_at >= since,
        )
        # Only the rows this statement moved: a second process starting at the same time
        # gets none of them back (the state is re-checked), so it never touches their events.
        stmt = (
            update(t)
            .where(failed)
            .values(state=PENDING, attempts=0, next_attempt_at=now, updated_at=now)
            .returning(t.c.key)
        )
        with self.store.writing() as conn:
            return [k for (k,) in conn.execute(stmt)]

    def _move(self, job: Job, owner: str, **values: Any) -> bool:
        t = _table()
        values.setdefault("updated_at", datetime.now(UTC))
        stmt = (
            update(t)
            .where(t.c.id == job.id, t.c.state == RUNNING, t.c.lease_owner == owner)
            .values(**values)
        )
        with self.store.writing() as conn:
            return bool(conn.execute(stmt).rowcount)

    def undelivered(self, account_id: int, kind: str, since: datetime) -> list[Job]:
        """Jobs of `kind` that tried and did not succeed yet: waiting for another attempt
        (or being tried again now), or failed for good since `since` (UTC); newest first.
        For the dashboard's banner of emergency alerts that did not reach the consultant."""
        t = _table()
        gave_up = and_(t.c.state == FAILED, t.c.updated_at >= since)
        query = (
            select(t)
            .where(t.c.account_id == account_id, t.c.kind == kind, or_(_failed_once(t), gave_up))
            .order_by(t.c.updated_at.desc(), t.c.id.desc())
        )
        with self.store.reading() as conn:
            return [_job(r._mapping) for r in conn.execute(query)]

    def list(self, account_id: int, state: str | None = None, limit: int = 200) -> list[Job]:
        """Jobs of one account, newest first."""
        t = _table()
        query = select(t).where(t.c.account_id == account_id)
        if state is not None:
            query = query.where(t.c.state == state)
        query = query.order_by(t.c.updated_at.desc(), t.c.id.desc()).limit(limit)
        with self.store.reading() as conn:
            return [_job(r._mapping) for r in conn.execute(query)]

    def find(self, account_id: int, kind: str, key: str) -> Job | None:
        """The job with this natural key, if any."""
        t = _table()
        query = select(t).where(t.c.account_id == account_id, t.c.kind == kind, t.c.key == key)
        with self.store.reading() as conn:
            row = conn.execute(query).first()
        return _job(row._mapping) if row is not None else None

    def summary(self, account_id: int, since: datetime) -> dict[str, Any]:
        """For `/healthz`: one account's jobs waiting, jobs tried that wait for another
        attempt (`retrying`), notices whose delivery failed at least once and is not over
        (`retrying_notifications`), jobs failed
        since `since`, and the last failure (another account's failures are not this
        service's to show)."""
        t = _table()
        mine = t.c.account_id == account_id
        with self.store.reading() as conn:
            waiting = conn.execute(
                select(func.count()).where(mine, t.c.state.in_([PENDING, RUNNING]))
            ).scalar_one()
            failed = conn.execute(
                select(t.c.kind, t.c.key, t.c.last_error, t.c.updated_at)
                .where(mine, t.c.state == FAILED, t.c.updated_at >= since)
                .order_by(t.c.updated_at.desc())
            ).all()
            retrying = conn.execute(
                select(func.count()).where(mine, t.c.state == PENDING, t.c.attempts > 0)
            ).scalar_one()
            alerts = conn.execute(
                select(func.count()).where(mine, t.c.kind == "notify", _failed_once(t))
            ).scalar_one()
        last = failed[0] if failed else None
        return {
            "waiting": int(waiting),
            "retrying": int(retrying),
            "retrying_notifications": int(alerts),
            "failed": len(failed),
            "failed_notifications": sum(1 for f in failed if f.kind == "notify"),
            "last_failure": (
                {"kind": last.kind, "key": last.key, "error": last.last_error}
                if last is not None
                else None
            ),
        }
