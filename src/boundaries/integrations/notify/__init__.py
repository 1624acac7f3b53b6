"""Telling the consultant at once: push notifications through Apprise URLs."""

from boundaries.integrations.notify.apprise_notifier import AppriseNotifier, Notice, Notifier

__all__ = ["AppriseNotifier", "Notice", "Notifier"]
