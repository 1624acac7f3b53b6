"""The mail cycle every minute inside `boundaries serve` (a background thread)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from boundaries.domain.model import Config
from boundaries.store import Store

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 60.0


def start_mail_loop(
    config: Config, store: Store, account: str, interval: float = INTERVAL_SECONDS
) -> Callable[[], None]:
    """Run the mail cycle of `account` (the one `config` describes) now and then every
    `interval` seconds; returns a function that stops it. Does nothing when `[mail]` names
    no server. A failing cycle is logged and the next one runs as usual (what was stored
    stays stored)."""
    if not (config.mail.smtp_url or config.mail.imap_url):
        return lambda: None
    from boundaries.integrations.mail.cycle import MailCycle

    stop = threading.Event()
    cycle = MailCycle(config, store, account)

    def run() -> None:
        while not stop.is_set():
            try:
                report = cycle.run(datetime.now(UTC))
                for error in [*report.errors, *report.notes]:
                    log.warning("mail: %s", error)
                if report.sent or report.failed:
                    log.info("mail: sent %d, failed %d", report.sent, report.failed)
            except Exception:
                log.exception("mail cycle failed; trying again in %.0f s", interval)
            stop.wait(interval)

    thread = threading.Thread(target=run, name="boundaries-mail", daemon=True)
    thread.start()

    def halt() -> None:
        stop.set()
        thread.join(timeout=30)

    return halt
