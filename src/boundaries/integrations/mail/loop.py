"""The mail cycle every minute inside `boundaries serve` (a background thread)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from boundaries.domain.model import Config
from boundaries.store import Store

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 60.0
SERVERS = ("imap", "smtp")


class MailWatch:
    """What the running mail loop last saw of its servers, for `/healthz` (newcomer48 §7: with
    the IMAP or SMTP server unreachable, clients' emails went unread and replies waited while
    /healthz said "ok"). Thread-safe: the loop writes, the web process reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._since: dict[str, str] = {}
        self._last: str | None = None

    def saw(self, now: str, unreachable: list[str]) -> None:
        """Record one cycle at `now` (ISO 8601) and the servers it could not work with."""
        with self._lock:
            for server in SERVERS:
                if server in unreachable:
                    self._since.setdefault(server, now)
                else:
                    self._since.pop(server, None)
            self._last = now

    def public_json(self) -> dict[str, Any]:
        """{"last_cycle": ISO 8601 or None, "unreachable": {server: since}}: no address, no
        user (anyone may read /healthz)."""
        with self._lock:
            return {"last_cycle": self._last, "unreachable": dict(self._since)}


def start_mail_loop(
    config: Config,
    store: Store,
    account: str,
    interval: float = INTERVAL_SECONDS,
    watch: MailWatch | None = None,
) -> Callable[[], None]:
    """Run the mail cycle of `account` (the one `config` describes) now and then every
    `interval` seconds; returns a function that stops it. Does nothing when `[mail]` names
    no server. A failing cycle is logged and the next one runs as usual (what was stored
    stays stored); `watch` is told which servers each cycle could not reach."""
    if not (config.mail.smtp_url or config.mail.imap_url):
        return lambda: None
    from boundaries.integrations.mail.cycle import MailCycle

    stop = threading.Event()
    cycle = MailCycle(config, store, account, report_lang="en")  # the log stays English

    def run() -> None:
        while not stop.is_set():
            try:
                report = cycle.run(datetime.now(UTC))
                if watch is not None:
                    watch.saw(report.now, report.unreachable)
                for error in [*report.errors, *report.notes]:
                    log.warning("mail: %s", error)
                if report.sent or report.failed:
                    log.info("mail: sent %d, failed %d", report.sent, report.failed)
            except Exception:
                log.exception("mail cycle failed; trying again in %.0f s", interval)
                if watch is not None:
                    watch.saw(datetime.now(UTC).isoformat(), list(SERVERS))
            stop.wait(interval)

    thread = threading.Thread(target=run, name="boundaries-mail", daemon=True)
    thread.start()

    def halt() -> None:
        stop.set()
        thread.join(timeout=30)

    return halt
