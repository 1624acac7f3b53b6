"""Notices to the consultant as stored jobs: a `notification` event (pending → sent or
failed, shown by `boundaries events`) and a `notify` job in one transaction, delivered and
retried by the job runner (SPEC §7: a notification that cannot be delivered is retried and
shown as failed). Used for urgent voicemails, urgent presses and urgent emails alike."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from boundaries.integrations.notify.apprise_notifier import Notice, Notifier
from boundaries.jobs import Kind
from boundaries.store import Job, JobQueue, NewJob, Store, StoredEvent

log = logging.getLogger(__name__)

NOTIFY = "notify"
RESUMED_WITHIN = timedelta(hours=24)
"""How old a failed notice may be and still be sent when the service starts with a channel:
the window `/healthz` counts failed notices in."""


def queue_notice(
    store: Store,
    account_id: int,
    key: str,
    notice: Notice,
    now: datetime,
    client: str | None = None,
    caller: str | None = None,
    detail: dict[str, str] | None = None,
    after: str | None = None,
) -> bool:
    """Store a notice under its natural `key` (a provider id or a Message-ID) with its delivery
    job; with `after` (the key of an earlier notice), it is not sent before that one is sent or
    has failed for good. Returns False when that key already has one (nothing stored). Raises
    `StoreError`."""
    event, job = notice_rows(key, notice, now, client, caller, detail, after)
    return bool(store.record(account_id, [event], jobs=[job]))


def notice_rows(
    key: str,
    notice: Notice,
    now: datetime,
    client: str | None = None,
    caller: str | None = None,
    detail: dict[str, str] | None = None,
    after: str | None = None,
) -> tuple[StoredEvent, NewJob]:
    """The `notification` event (pending) and the `notify` job of a notice under `key`, to
    be stored in the same transaction as what they are about (`Store.record`), so that a
    store failure between the two cannot leave an urgent message with no alert. `after` is
    the key of a notice this one must not overtake."""
    event = StoredEvent(
        kind="notification",
        at=now,
        action="pending",
        client=client,
        sid=key,
        caller=caller,
        detail=dict(detail or {}),
    )
    payload = {"sid": key, "title": notice.title, "body": notice.body}
    return event, NewJob(NOTIFY, key, payload, after_key=after)


def notify_kind(store: Store, account_id: int, notifier: Notifier) -> Kind:
    """The runner's handler for `notify` jobs: deliver, then mark the notification `sent` and
    the call it was for (if any: an urgent press's notice is keyed by its call) notified; after
    the last attempt mark it `failed` with the error and let the call count as not notified
    (8 attempts, 5 s doubling up to 5 min). A notice that failed and is sent again later
    (`resume_undelivered`) thus leaves its call notified once it is delivered, as one
    delivered at once does: the stored call never says otherwise than its notification."""

    def deliver(job: Job) -> None:
        notifier.deliver(Notice(job.payload["title"], job.payload["body"]))
        store.update(account_id, "notification", job.key, action="sent")
        # the call whose alert this is (none for a voicemail's or an email's notice)
        store.update(account_id, "call", job.key, notified=True)

    def undelivered(job: Job, error: str) -> None:
        found = store.find(account_id, "notification", job.key)
        detail = dict(found.detail if found else {}, error=error[:300])
        store.update(account_id, "notification", job.key, action="failed", detail=detail)
        # A failed notice does not count as "already notified" for the rest of a call's burst.
        store.update(account_id, "call", job.key, notified=False)

    return Kind(deliver, undelivered, attempts=8, first_delay=5, max_delay=300)


def resume_undelivered(store: Store, account_id: int, notifier: Notifier, now: datetime) -> int:
    """When the service starts with a notification channel, send again the notices that
    failed for good in the last 24 hours (`RESUMED_WITHIN`): for want of a channel, or because
    every URL failed until the last attempt. Their error names that fix (add or correct the
    [service] notify URLs and restart), so after it the urgent message is delivered, not
    left failed (SPEC §7: a notification that cannot be delivered is retried). Each notice is
    shown `pending` again until the runner delivers it (`sent`) or gives up (`failed`).
    Without a channel nothing changes. Returns how many notices were put back; raises
    `StoreError`."""
    if not notifier.has_channel:
        return 0
    keys = JobQueue(store).resume_failed(account_id, NOTIFY, now - RESUMED_WITHIN, now)
    for key in keys:
        found = store.find(account_id, "notification", key)
        detail = dict(found.detail if found else {})
        failed = detail.pop("error", None)
        if failed:
            detail["failed_before"] = failed
        store.update(account_id, "notification", key, action="pending", detail=detail)
    if keys:
        log.warning(
            "%d notice(s) that could not be delivered in the last 24 hours are sent again",
            len(keys),
        )
    return len(keys)
