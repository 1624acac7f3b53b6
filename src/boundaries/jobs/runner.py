"""Runs stored jobs: claims them with a lease, retries with exponential backoff, gives up
visibly. Every web process runs one; the claim in the store keeps them from sharing a job."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from starlette.concurrency import run_in_threadpool

from boundaries.store import Job, JobQueue, StoreError

log = logging.getLogger("boundaries.jobs")


@dataclass(frozen=True)
class Kind:
    """How to do one kind of job.

    `run` does the work (raising means the attempt failed; an exception with a true
    `permanent` attribute stops the retries); `give_up` records the failure where the consultant
    sees it. Attempt n waits `first_delay` × 2^(n-1) seconds, at most `max_delay`."""

    run: Callable[[Job], None]
    give_up: Callable[[Job, str], None] | None = None
    attempts: int = 6
    first_delay: float = 5.0
    max_delay: float = 600.0

    def delay(self, attempts: int) -> timedelta:
        return timedelta(seconds=min(self.first_delay * 2 ** max(attempts - 1, 0), self.max_delay))


class JobRunner:
    """Claims the due jobs of one account (`account_id`, whose configuration `kinds` were made
    with) and runs them in worker threads, `concurrency` at a time.

    A job's lease (`lease` seconds) is renewed while it runs; if the process dies, another
    process (or this one restarted) claims it again once the lease has run out."""

    def __init__(
        self,
        queue: JobQueue,
        account_id: int,
        kinds: dict[str, Kind],
        lease: float = 15.0,
        poll: float = 1.0,
        concurrency: int = 2,
    ) -> None:
        self.queue = queue
        self.account_id = account_id
        self.kinds = kinds
        self.lease = timedelta(seconds=lease)
        self.poll = poll
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._slots = asyncio.Semaphore(concurrency)
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()
        self._last_store_error = ""

    # -- one job, synchronously ------------------------------------------------------------

    def run_one(self, job: Job) -> None:
        """Do one claimed job and record the outcome (done, retry later, or failed)."""
        kind = self.kinds.get(job.kind)
        if kind is None:
            self.queue.give_up(job, self.owner, f"no handler for job kind {job.kind!r}")
            log.error("job %s %s: no handler for its kind", job.kind, job.key)
            return
        try:
            kind.run(job)
        except StoreError:
            # The store itself fails: keep the job for later, it is not the job's fault.
            log.error("job %s %s waits: the store failed", job.kind, job.key)
            self._retry_quietly(job, kind, "the store failed")
            return
        except Exception as exc:
            error = str(exc) or type(exc).__name__
            if getattr(exc, "permanent", False) or job.attempts >= kind.attempts:
                log.error(
                    "job %s %s failed for good after %d attempt(s): %s",
                    job.kind,
                    job.key,
                    job.attempts,
                    error,
                )
                if kind.give_up is not None:
                    kind.give_up(job, error)
                self.queue.give_up(job, self.owner, error)
                return
            delay = kind.delay(job.attempts)
            log.warning(
                "job %s %s attempt %d failed (%s); next try in %d s",
                job.kind,
                job.key,
                job.attempts,
                error,
                delay.total_seconds(),
            )
            self.queue.retry(job, self.owner, error, delay)
            return
        if not self.queue.finish(job, self.owner):
            log.warning("job %s %s finished after its lease was taken over", job.kind, job.key)

    def _retry_quietly(self, job: Job, kind: Kind, error: str) -> None:
        # If even that fails, the lease runs out and the job is claimed again.
        with contextlib.suppress(StoreError):
            self.queue.retry(job, self.owner, error, kind.delay(job.attempts))

    def _claim(self) -> Job | None:
        return self.queue.claim(self.account_id, self.owner, self.lease, kinds=self.kinds)

    def drain(self) -> int:
        """Run every due job now, in this thread (for tools and tests). Returns how many ran."""
        done = 0
        while (job := self._claim()) is not None:
            self.run_one(job)
            done += 1
        return done

    # -- in the web process ------------------------------------------------------------------

    def wake(self) -> None:
        """A job was just stored: look now instead of at the next poll (from any thread)."""
        loop, event = self._loop, self._wake
        if loop is not None and event is not None and not loop.is_closed():
            loop.call_soon_threadsafe(event.set)

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._forever())

    async def stop(self, grace: float = 5.0) -> None:
        """Stop claiming; give running jobs `grace` seconds (their leases cover the rest)."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._running:
            await asyncio.wait(self._running, timeout=grace)

    async def _forever(self) -> None:
        assert self._wake is not None
        while True:
            await self._slots.acquire()
            try:
                job = await run_in_threadpool(self._claim)
            except StoreError as exc:
                self._slots.release()
                if str(exc) != self._last_store_error:
                    log.error("jobs wait: %s", exc)
                    self._last_store_error = str(exc)
                await asyncio.sleep(self.poll * 5)
                continue
            except Exception:
                self._slots.release()
                log.exception("claiming a job failed")
                await asyncio.sleep(self.poll * 5)
                continue
            self._last_store_error = ""
            if job is None:
                self._slots.release()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=self.poll)
                self._wake.clear()
                continue
            task = asyncio.create_task(self._run(job))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run(self, job: Job) -> None:
        beat = asyncio.create_task(self._keep_lease(job))
        try:
            await run_in_threadpool(self.run_one, job)
        except Exception:
            log.exception("job %s %s crashed", job.kind, job.key)
        finally:
            beat.cancel()
            self._slots.release()

    async def _keep_lease(self, job: Job) -> None:
        period = self.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(period)
            with contextlib.suppress(StoreError):
                await run_in_threadpool(self.queue.renew, job, self.owner, self.lease)
