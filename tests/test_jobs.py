"""The job table: a natural key, atomic claims with a lease, retries with backoff, a visible
failure — on SQLite and PostgreSQL, with several threads claiming at once."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

from boundaries.cli.columns import table_time
from boundaries.jobs import JobRunner, Kind
from boundaries.store import Job, JobQueue, NewJob, Store


def test_a_job_is_stored_once_per_natural_key(store: Store):
    queue = JobQueue(store)
    account = store.account_id()
    assert queue.add(account, [NewJob("notify", "CA1", {"n": 1})]) == 1
    assert queue.add(account, [NewJob("notify", "CA1", {"n": 2})]) == 0  # a retried callback
    assert queue.add(account, [NewJob("transcribe", "CA1")]) == 1  # another kind, same key
    job = queue.find(account, "notify", "CA1")
    assert job is not None and job.payload == {"n": 1} and job.state == "pending"
    assert len(queue.list(account, state="pending")) == 2


def test_several_threads_never_claim_the_same_job(store: Store):
    queue = JobQueue(store)
    account = store.account_id()
    queue.add(account, [NewJob("notify", f"k{i}") for i in range(24)])
    claimed: list[str] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        while (job := queue.claim(account, f"worker-{n}", timedelta(minutes=1))) is not None:
            with lock:
                claimed.append(job.key)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(claimed) == sorted(f"k{i}" for i in range(24))


def test_a_lapsed_lease_is_claimed_again_and_the_old_owner_cannot_finish(store: Store):
    queue = JobQueue(store)
    account = store.account_id()
    queue.add(account, [NewJob("transcribe", "RE1")])
    now = datetime.now(UTC)
    first = queue.claim(account, "crashed", timedelta(seconds=10), now=now)
    assert first is not None
    assert (
        queue.claim(account, "other", timedelta(seconds=10), now=now + timedelta(seconds=5)) is None
    )
    second = queue.claim(account, "other", timedelta(seconds=10), now=now + timedelta(seconds=11))
    assert second is not None and second.attempts == 2
    assert not queue.finish(first, "crashed")  # its lease was taken over
    assert queue.finish(second, "other")
    [done] = queue.list(account)
    assert done.state == "done"


def test_failed_attempts_back_off_then_the_job_fails_visibly(store: Store):
    queue = JobQueue(store)
    account = store.account_id()
    queue.add(account, [NewJob("notify", "CA9")])
    given_up: list[str] = []

    def refuse(job: Job) -> None:
        raise ConnectionError("receiver down")

    kind = Kind(refuse, lambda job, error: given_up.append(error), attempts=3, first_delay=5)
    runner = JobRunner(queue, account, {"notify": kind})
    start = datetime.now(UTC)
    for attempt, delay in [(1, 5), (2, 10)]:
        job = queue.claim(account, runner.owner, runner.lease, now=start + timedelta(hours=attempt))
        assert job is not None and job.attempts == attempt
        runner.run_one(job)
        [waiting] = queue.list(account)
        assert waiting.state == "pending" and waiting.last_error == "receiver down"
        wait = (waiting.next_attempt_at - datetime.now(UTC)).total_seconds()
        assert delay - 2 < wait <= delay
    last = queue.claim(account, runner.owner, runner.lease, now=start + timedelta(hours=3))
    assert last is not None
    runner.run_one(last)
    [failed] = queue.list(account)
    assert failed.state == "failed" and given_up == ["receiver down"]
    summary = queue.summary(account, start - timedelta(hours=1))
    assert summary["failed"] == 1 and summary["failed_notifications"] == 1


def test_a_permanent_error_fails_at_once(store: Store):
    queue = JobQueue(store)
    account = store.account_id()
    queue.add(account, [NewJob("notify", "CA8")])

    class Refused(Exception):
        permanent = True

    def refuse(job: Job) -> None:
        raise Refused("no channel")

    runner = JobRunner(queue, account, {"notify": Kind(refuse)})
    assert runner.drain() == 1
    [failed] = queue.list(account)
    assert failed.state == "failed" and failed.attempts == 1


def test_a_runner_takes_only_the_jobs_of_its_own_account(store: Store):
    """Newcomer6 H1: services of two consultants share one store; a job is done with its
    account's configuration, so the runner of another account never claims it, and /healthz
    of one service counts only its own account's failures."""
    queue = JobQueue(store)
    claire, bob = store.account_id(), store.account_id("bob")
    queue.add(claire, [NewJob("notify", "CA1")])
    ran: list[str] = []
    bobs = JobRunner(queue, bob, {"notify": Kind(lambda job: ran.append(job.key))})
    assert bobs.drain() == 0 and ran == []
    [waiting] = queue.list(claire)
    assert waiting.state == "pending" and waiting.attempts == 0
    assert queue.summary(bob, datetime.now(UTC) - timedelta(hours=1))["waiting"] == 0
    assert queue.summary(claire, datetime.now(UTC) - timedelta(hours=1))["waiting"] == 1
    claires = JobRunner(queue, claire, {"notify": Kind(lambda job: ran.append(job.key))})
    assert claires.drain() == 1 and ran == ["CA1"]


def test_a_job_after_another_waits_while_that_one_is_pending_retried_or_running(store: Store):
    """Session 18's note: a call's content notice and its alert, both due at once, went out
    from two job slots in no set order. The second names the first (`after_key`) and is not
    claimed until the first is done or has failed for good."""
    queue = JobQueue(store)
    account = store.account_id()
    queue.add(account, [NewJob("notify", "CA1"), NewJob("notify", "RE1", after_key="CA1")])
    queue.add(account, [NewJob("notify", "RE9", after_key="CA-never-stored")])
    now = datetime.now(UTC)
    lease = timedelta(minutes=1)
    alert = queue.claim(account, "a", lease, now=now)
    assert alert is not None and alert.key == "CA1"
    # The alert is running: the next claim skips its follower, not the unrelated job.
    other = queue.claim(account, "b", lease, now=now)
    assert other is not None and other.key == "RE9"
    assert queue.claim(account, "b", lease, now=now) is None
    # The alert's attempt failed and waits for its retry: the follower still waits.
    queue.retry(alert, "a", "receiver down", timedelta(seconds=5))
    assert queue.claim(account, "b", lease, now=now + timedelta(seconds=1)) is None
    again = queue.claim(account, "a", lease, now=now + timedelta(seconds=6))
    assert again is not None and again.key == "CA1"
    assert queue.finish(again, "a")
    follower = queue.claim(account, "b", lease, now=now + timedelta(seconds=6))
    assert follower is not None and follower.key == "RE1"


def test_a_job_after_one_that_failed_for_good_is_still_done(store: Store):
    queue = JobQueue(store)
    account = store.account_id()
    queue.add(account, [NewJob("notify", "CA1"), NewJob("notify", "RE1", after_key="CA1")])
    # `after_key` is of the same kind: a transcription keyed CA1 does not hold it up.
    queue.add(account, [NewJob("transcribe", "CA2"), NewJob("notify", "RE2", after_key="CA2")])
    done: list[str] = []

    def deliver(job: Job) -> None:
        if job.key == "CA1":
            raise ConnectionError("receiver down")
        done.append(job.key)

    kind = Kind(deliver, attempts=1)
    runner = JobRunner(queue, account, {"notify": kind})
    runner.drain()
    assert sorted(done) == ["RE1", "RE2"]
    states = {j.key: j.state for j in queue.list(account)}
    assert states == {"CA1": "failed", "RE1": "done", "CA2": "pending", "RE2": "done"}


def test_boundaries_jobs_says_which_job_a_waiting_one_comes_after(db_url: str):
    from click.testing import CliRunner

    from boundaries.cli.main import cli

    store = Store.open(db_url)
    try:
        account = store.account_id()
        JobQueue(store).add(
            account, [NewJob("notify", "CA1"), NewJob("notify", "RE1", after_key="CA1")]
        )
    finally:
        store.close()
    english = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}  # no configuration: the terminal's
    table = CliRunner().invoke(cli, ["jobs", "--database", db_url], env=english)
    assert table.exit_code == 0 and "(after CA1)" in table.output
    listed = CliRunner().invoke(cli, ["jobs", "--json", "--database", db_url])
    rows = {row["key"]: row for row in map(json.loads, listed.output.splitlines())}
    assert rows["RE1"]["after"] == "CA1" and rows["CA1"]["after"] is None


def test_boundaries_jobs_shows_when_a_retried_job_is_next_tried(db_url: str):
    from click.testing import CliRunner

    from boundaries.cli.main import cli

    store = Store.open(db_url)
    try:
        queue, account = JobQueue(store), store.account_id()
        queue.add(account, [NewJob("notify", "CA7")])
        job = queue.claim(account, "w", timedelta(minutes=1))
        assert job is not None
        queue.retry(job, "w", "receiver down", timedelta(minutes=5))
        retried = queue.find(account, "notify", "CA7")
    finally:
        store.close()
    assert retried is not None
    english = {"COLUMNS": "200", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}
    table = CliRunner().invoke(cli, ["jobs", "--database", db_url], env=english)
    # without a configuration: this machine's zone, said in the footer (as `events`)
    local = datetime.now().astimezone().tzinfo
    assert local is not None
    when = table_time(retried.next_attempt_at, local, "en")
    assert table.exit_code == 0 and f"next try {when}" in " ".join(table.output.split())
