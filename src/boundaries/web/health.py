"""`GET /healthz`: whether the store works, what background work waits or failed, and whether
emergencies can reach the consultant. Answered from its own threads, so that a held database
lock or a busy thread pool never delays it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

from boundaries.i18n import number
from boundaries.integrations.notify import missing_channel
from boundaries.store import JobQueue, Store, StoreError
from boundaries.store.faults import LOCKED

__all__ = ["Health", "missing_channel"]

log = logging.getLogger("boundaries.web.health")

PROBE_SECONDS = 2.0
# While a failed write is remembered, the store is probed this often even when nobody asks
# (no call, no /healthz, no page): the failure ends, and the log says so, once it is fixed.
RECHECK_SECONDS = 30.0
FAILED_JOBS_WINDOW = timedelta(hours=24)


class Health:
    """The `/healthz` report: status "ok"; "degraded" (answered 200) when something needs the
    operator while calls and messages are still stored — no notification channel for clients
    who may press 1, notifications that failed in the last 24 hours or failed once and wait
    for another attempt, outgoing emails that
    failed, a busy calendar that cannot be read — each named in `reasons` with its fix; or
    "failing" (the store cannot store events; answered 503; its cause and fix come first in
    `reasons`)."""

    def __init__(
        self,
        store: Store,
        jobs: JobQueue,
        account_id: int,
        has_channel: bool,
        warning: str | None,
        probes: Mapping[str, Callable[[], Any]] | None = None,
    ):
        """`probes` add sections to the report (e.g. "outbox" → counts by state, "busy_calendars"
        → each calendar's last read); each runs in
        the report's own threads, after the store answered, and must not raise."""
        self.store = store
        self.jobs = jobs
        self.account_id = account_id
        self.has_channel = has_channel
        self.warning = warning
        self.probes = dict(probes or {})
        self._threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="healthz")
        self._logged: str | None = None

    def _log_once(self, message: str) -> None:
        """Log a store failure the probe found (with the database named), once while it
        lasts: a monitor polling /healthz does not fill the log with it."""
        if message != self._logged:
            self._logged = message
            log.error("/healthz: the store cannot store events: %s", message)

    def _probe(self) -> dict[str, Any]:
        store: dict[str, Any] = {"ok": True}
        jobs: dict[str, Any] | None = None
        try:
            self.store.ping()
            self.store.check_writable()
            jobs = public_jobs(
                self.jobs.summary(self.account_id, datetime.now(UTC) - FAILED_JOBS_WINDOW)
            )
        except StoreError as exc:
            # Anyone may read /healthz: the cause and the fix, never where the store lives
            # (`StoreError.public`); the whole message, naming the database, goes to the log.
            self._log_once(str(exc))
            store = {"ok": False, "cause": exc.cause, "error": exc.public}
            failure = self.store.health.failure
            if failure is not None and failure.cause == exc.cause:
                store["since"] = failure.at.isoformat()  # the write that failed first
        # A failed write is remembered only until the write probe of `check_writable` (run
        # above while one is) passes: once the fault is fixed, it is over at this request.
        failure = self.store.health.failure
        if store["ok"] and failure is not None:
            store = {
                "ok": False,
                "cause": failure.cause,
                "error": failure.public,
                "since": failure.at.isoformat(),
            }
        if store["ok"]:
            self._logged = None
        extra = {name: probe() for name, probe in self.probes.items()} if store["ok"] else {}
        return {"store": store, "jobs": jobs, **extra}

    def _recheck(self) -> None:
        """The write probe, when a failed write is remembered (`Store.check_writable` ends it
        when the write passes); a store still failing stays failing, said once in the log."""
        if self.store.health.failure is None:
            return
        try:
            self.store.check_writable()
        except StoreError as exc:
            self._log_once(str(exc))

    async def watch(self) -> None:
        """Re-probe the store every `RECHECK_SECONDS` while a failed write is remembered, until
        cancelled (the service's lifespan runs it)."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(RECHECK_SECONDS)
            try:
                await loop.run_in_executor(self._threads, self._recheck)
            except Exception:  # never let the watch die: the next round tries again
                log.exception("the periodic store probe failed")

    async def report(self) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        try:
            probe = await asyncio.wait_for(
                loop.run_in_executor(self._threads, self._probe), PROBE_SECONDS
            )
        except TimeoutError:
            probe = {
                "store": unanswered(self.store.sqlite),
                "jobs": None,
                **{name: None for name in self.probes},
            }
        jobs = probe["jobs"]
        failed = jobs["failed_notifications"] if jobs else 0
        retrying = jobs.get("retrying_notifications", 0) if jobs else 0
        notifications: dict[str, Any] = {
            "channel": self.has_channel,
            "failed_24h": failed,
            "retrying": retrying,
        }
        if self.warning:
            notifications["warning"] = self.warning
        reasons = [store_reason(probe["store"])] if not probe["store"]["ok"] else []
        if self.warning:
            reasons.append(self.warning)
        if failed:
            fix = (
                "check the [service] notify URLs"
                if self.has_channel
                else 'add a [service] notify URL (e.g. notify = ["ntfy://ntfy.sh/your-topic"])'
            )
            reasons.append(
                f"{failed} {number(failed):notification|notifications} could not be delivered in "
                "the last 24 hours. Fix: "
                f"{fix} and restart the service: it then sends them again; `boundaries events` "
                "shows each one's state."
            )
        if retrying:
            # An urgent message's alert that failed once is already late: the consultant has
            # to look now, not when the last of its attempts fails minutes later.
            reasons.append(
                f"{retrying} {number(retrying):notification|notifications} could not be delivered "
                f"yet and {number(retrying):is|are} being tried again. Fix: check the [service] "
                "notify URLs and the service they point to; meanwhile `boundaries events` shows "
                f"the urgent {number(retrying):message it is|messages they are} about."
            )
        reasons += outbox_reasons(probe.get("outbox"))
        reasons += calendar_reasons(probe.get("busy_calendars"))
        reasons += mail_reasons(probe.get("mail"))
        status = "degraded" if reasons else "ok"
        if not probe["store"]["ok"]:
            status = "failing"
        return {
            "status": status,
            "reasons": reasons,
            "store": probe["store"],
            "jobs": jobs,
            "notifications": notifications,
            **{name: probe.get(name) for name in self.probes},
        }

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)


def unanswered(sqlite: bool) -> dict[str, Any]:
    """The store section when the probe got no answer within `PROBE_SECONDS`. On SQLite a read
    waits only for another writer's lock (up to the busy timeout): that is `locked`. On
    PostgreSQL, where reads do not wait for writers, it is `slow`: a server that does not
    answer (overloaded, a network that drops packets) or a session holding a table's
    exclusive lock (ALTER TABLE, VACUUM FULL, LOCK TABLE)."""
    waited = f"the database did not answer a read within {PROBE_SECONDS:g} s"
    if sqlite:
        return {
            "ok": False,
            "cause": LOCKED,
            "error": f"{waited}: another program holds its lock. Fix: end the process that "
            "holds it (an open `sqlite3` shell, a backup, another program writing to the "
            "file); for several processes, use PostgreSQL.",
        }
    return {
        "ok": False,
        "cause": "slow",
        "error": f"{waited}. Fix: check that the PostgreSQL server answers (`pg_isready`), its "
        "load and network, and which session holds a lock (`SELECT pid, query FROM "
        "pg_stat_activity WHERE wait_event_type = 'Lock'`).",
    }


FAILED_JOB_PUBLIC = (
    "its exact error is in the service log (a job that failed for good is logged with it)"
)


def public_jobs(summary: dict[str, Any]) -> dict[str, Any]:
    """`JobQueue.summary` as anyone may read it on /healthz: the last failure keeps its kind and
    key (a provider's call or recording id) but not its error text, which may hold a URL, an
    address or a provider's account id; the runner logs that text when the job fails."""
    last = summary.get("last_failure")
    if not last:
        return summary
    return {**summary, "last_failure": {**last, "error": FAILED_JOB_PUBLIC}}


def store_reason(store: Mapping[str, Any]) -> str:
    """The reason that names a failing store (the store section: `cause`, `error`) first,
    so that a monitor that shows only `reasons` shows why the status is "failing"."""
    error = str(store.get("error") or "no reason given").strip()
    if not error.endswith((".", "!", "?")):
        error += "."
    fix = "" if "Fix:" in error else " Fix: the service log names the failure."
    return f"the store cannot store events ({store.get('cause')}): {error}{fix}"


def outbox_reasons(counts: Any) -> list[str]:
    """What the outbox section (`Outbox.counts()`, or `{"error": …}`) asks of the operator."""
    if not isinstance(counts, dict):
        return []
    if "error" in counts:
        return [f"the outbox could not be read: {counts['error']}"]
    failed = int(counts.get("failed", 0))
    if not failed:
        return []
    return [
        f"{failed} outgoing {number(failed):email|emails} failed and {number(failed):waits|wait} "
        "for you. Fix: `boundaries outbox --state "
        "failed` shows why; `boundaries outbox approve KEY` sends one again, `discard` drops it."
    ]


_MAIL_HARM = {
    "imap": (
        "the inbox (IMAP)",
        "clients' emails are not read, urgent ones included",
        "imap_url",
    ),
    "smtp": (
        "the outgoing mail server (SMTP)",
        "deferral replies and agendas wait in the outbox",
        "smtp_url",
    ),
}


def mail_reasons(watched: Any) -> list[str]:
    """One reason per mail server the running mail loop cannot reach (`MailWatch`), since
    when, what it costs, and the fix."""
    if not isinstance(watched, dict):
        return []
    out = []
    for server, since in sorted((watched.get("unreachable") or {}).items()):
        if server not in _MAIL_HARM:
            continue
        what, harm, key = _MAIL_HARM[server]
        out.append(
            f"the mail cycle cannot reach {what} since {since}: {harm}. Fix: `boundaries mail "
            f"sync --config FILE` names the cause; correct [mail] {key} or its password, or "
            "bring the server back (the next cycle tries again every minute)."
        )
    return out


def calendar_reasons(states: Any) -> list[str]:
    """One reason per busy calendar (`SourceState.as_json()`) that its last read could not
    use: what failed, with its fix, and what calls are decided with meanwhile."""
    if not isinstance(states, list):
        return []
    out = []
    for s in states:
        if isinstance(s, dict) and s.get("ok") is False:
            error = str(s.get("error") or "no reason given").strip()
            if not error.endswith((".", "!", "?")):
                error += "."
            fix = "" if "Fix:" in error else " Fix: check [calendar] busy (address or file)."
            out.append(f"busy calendar {s.get('source')} {_decided(s)}: {error}{fix}")
    return out


def _decided(state: dict[str, Any]) -> str:
    """What calls are decided with while a busy calendar fails, as its reason says it."""
    used = state.get("decided_with")
    if used == "last good copy":
        read = _when(state.get("fetched_at"))
        return "could not be read; calls are decided with its last good copy" + (
            f", read {read}" if read else ""
        )
    if used == "readable events":
        return "was read, but calls are decided without its events that cannot be read"
    return "could not be read and no good copy of it is kept: calls are decided without it"


def _when(iso: Any) -> str:
    """An ISO instant as "2026-12-01 13:05 UTC" (empty when there is none)."""
    try:
        return datetime.fromisoformat(str(iso)).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return ""
