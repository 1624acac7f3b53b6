"""Telling the consultant at once: push notifications through Apprise URLs."""

from boundaries.integrations.notify.apprise_notifier import (
    NO_CHANNEL,
    AppriseNotifier,
    Notice,
    Notifier,
    NotifyError,
)
from boundaries.integrations.notify.channel import missing_channel

__all__ = ["NO_CHANNEL", "AppriseNotifier", "Notice", "Notifier", "NotifyError", "missing_channel"]
