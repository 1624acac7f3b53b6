"""Notifications through Apprise (ntfy, Pushover, Telegram, email, json://… — any of its URLs)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """One notification for the consultant."""

    title: str
    body: str


class Notifier(Protocol):
    def send(self, notice: Notice) -> bool:
        """Deliver a notice; False when no target accepted it."""
        ...


class AppriseNotifier:
    """Sends to every configured Apprise URL; a failure is logged, never raised."""

    def __init__(self, urls: Sequence[str]) -> None:
        self.urls = list(urls)

    def send(self, notice: Notice) -> bool:
        if not self.urls:
            log.warning("urgent notice not sent (no [service] notify URLs): %s", notice.title)
            return False
        import apprise

        targets = apprise.Apprise()
        for url in self.urls:
            targets.add(url)
        ok = bool(targets.notify(title=notice.title, body=notice.body))
        if not ok:
            log.error("could not deliver urgent notice %r to any notify URL", notice.title)
        return ok
