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


class NotifyError(Exception):
    """A notice was not delivered; `permanent` when retrying cannot help (no channel)."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Notifier(Protocol):
    @property
    def has_channel(self) -> bool:
        """Whether a notification can be sent at all (a target is configured)."""
        ...

    def deliver(self, notice: Notice) -> None:
        """Deliver a notice; raise `NotifyError` when no target accepted it."""
        ...


NO_CHANNEL = (
    "no notification channel: [service] notify lists no Apprise URL. Fix: add one "
    '(e.g. notify = ["ntfy://ntfy.sh/your-topic"]) and restart the service: it then sends '
    "this notice (if it failed less than 24 hours before)."
)


class AppriseNotifier:
    """Sends to every configured Apprise URL."""

    def __init__(self, urls: Sequence[str]) -> None:
        self.urls = list(urls)
        self._has_channel: bool | None = None

    @property
    def has_channel(self) -> bool:
        """Whether one of the URLs is one Apprise can use (read offline, once): a misspelled
        URL is no channel, so a caller is never told the consultant was alerted through it
        (SPEC §7)."""
        if self._has_channel is None:
            from boundaries.integrations.notify.urls import usable

            self._has_channel = bool(usable(self.urls))
        return self._has_channel

    def deliver(self, notice: Notice) -> None:
        """Deliver to the configured URLs; `NotifyError` when none accepted the notice
        (permanent when none is configured)."""
        if not self.urls:
            raise NotifyError(NO_CHANNEL, permanent=True)
        import apprise

        targets = apprise.Apprise()
        for url in self.urls:
            if not targets.add(url):
                log.error("notify URL refused by Apprise (check its spelling): %s", _scheme(url))
        if not len(targets):
            raise NotifyError(
                "none of the [service] notify URLs is valid for Apprise. Fix: correct them "
                "(see https://github.com/caronc/apprise/wiki) and restart the service: it then "
                "sends this notice (if it failed less than 24 hours before).",
                permanent=True,
            )
        # Our notices are plain text: said so, Apprise escapes them for channels that read
        # HTML or Markdown (email, Telegram…), where "<srv-01>" or "<marc@x>" would vanish
        # or make the channel refuse the notice.
        if not targets.notify(
            title=notice.title, body=notice.body, body_format=apprise.NotifyFormat.TEXT
        ):
            raise NotifyError("no notify URL accepted the notice (the target failed or is down)")


def _scheme(url: str) -> str:
    """The kind of a URL without its secrets."""
    return url.split("://", 1)[0] + "://…" if "://" in url else "(not a URL)"


def delivered(notifier: Notifier, notice: Notice) -> bool:
    """Deliver `notice` now through `notifier`, without the queue (the store is failing);
    False, logged, when no channel accepted it."""
    try:
        notifier.deliver(notice)
    except Exception as exc:  # any channel's failure: the caller says "noted", not "alerted"
        log.error("notice %r not delivered: %s", notice.title, exc)
        return False
    return True
