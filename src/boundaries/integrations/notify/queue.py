"""Notices to the consultant as stored jobs: a `notification` event (pending → sent or
failed, shown by `boundaries events`) and a `notify` job in one transaction, delivered and
retried by the job runner (SPEC §7: a notification that cannot be delivered is retried and
shown as failed). Used for urgent voicemails, urgent presses and urgent emails alike."""

from __future__ import annotations

from datetime import datetime

from boundaries.integrations.notify.apprise_notifier import Notice, Notifier
from boundaries.jobs import Kind
from boundaries.store import Job, NewJob, Store, StoredEvent

NOTIFY = "notify"


def queue_notice(
    store: Store,
    account_id: int,
    key: str,
    notice: Notice,
    now: datetime,
    client: str | None = None,
    caller: str | None = None,
    detail: dict[str, str] | None = None,
) -> bool:
    """Store a notice under its natural `key` (a provider id or a Message-ID) with its delivery
    job. Returns False when that key already has one (nothing stored). Raises `StoreError`."""
    event, job = notice_rows(key, notice, now, client, caller, detail)
    return bool(store.record(account_id, [event], jobs=[job]))


def notice_rows(
    key: str,
    notice: Notice,
    now: datetime,
    client: str | None = None,
    caller: str | None = None,
    detail: dict[str, str] | None = None,
) -> tuple[StoredEvent, NewJob]:
    """The `notification` event (pending) and the `notify` job of a notice under `key`, to
    be stored in the same transaction as what they are about (`Store.record`), so that a
    store failure between the two cannot leave an urgent message with no alert."""
    event = StoredEvent(
        kind="notification",
        at=now,
        action="pending",
        client=client,
        sid=key,
        caller=caller,
        detail=dict(detail or {}),
    )
    return event, NewJob(NOTIFY, key, {"sid": key, "title": notice.title, "body": notice.body})


def notify_kind(store: Store, account_id: int, notifier: Notifier) -> Kind:
    """The runner's handler for `notify` jobs: deliver, then mark the notification `sent`; after
    the last attempt mark it `failed` with the error and
    let the call it was for count as not notified (8 attempts, 5 s doubling up to 5 min)."""

    def deliver(job: Job) -> None:
        notifier.deliver(Notice(job.payload["title"], job.payload["body"]))
        store.update(account_id, "notification", job.key, action="sent")

    def undelivered(job: Job, error: str) -> None:
        found = store.find(account_id, "notification", job.key)
        detail = dict(found.detail if found else {}, error=error[:300])
        store.update(account_id, "notification", job.key, action="failed", detail=detail)
        # A failed notice does not count as "already notified" for the rest of a call's burst.
        store.update(account_id, "call", job.key, notified=False)

    return Kind(deliver, undelivered, attempts=8, first_delay=5, max_delay=300)
