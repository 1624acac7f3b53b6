"""Where the dashboard's figures and outbox come from: one function and one port.

The figures are SPEC §8's `report --json` object, made by the report's own functions so
that the pages and the CLI can never disagree; the outbox is the store's (SPEC §10).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from boundaries.domain import figures
from boundaries.domain.model import Config
from boundaries.errors import BoundariesError
from boundaries.integrations.calendar.agenda import with_store_agendas
from boundaries.integrations.notify.queue import NOTIFY
from boundaries.reporting import coaching, report
from boundaries.reporting.gathered import conversation_for, from_store, latest_steps
from boundaries.store import JobQueue, Store
from boundaries.store.outbox import EDITED, HELD_BECAUSE, Outbox, OutboxError, Planned
from boundaries.store.outbox_rows import WITHDRAWN, WITHDRAWN_WHEN, OutboxEntry


def week_report(
    config: Config,
    store: Store,
    account_id: int,
    now: datetime,
    weeks: int | None,
    account: str = "default",
    lang: str | None = None,
) -> dict[str, Any]:
    """The report object of SPEC §8 (`from`, `to`, `weeks`, `clients`: one object per
    client with `calls`, `rung`, `interruptions`, … `trend`) for the last `weeks` calendar
    weeks up to `now`, or from the first stored event when `weeks` is None.

    Made exactly as `boundaries report --json [--weeks N] --now NOW --account ACCOUNT` makes
    it (`from_store`, `client_figures`, `report_json`), so the pages and the CLI cannot
    disagree. Reads through `store`, the service's own: opening the database file a second
    time inside the service would drop its SQLite locks (sqlite.org/howtocorrupt.html §2.2).
    Its explanations are in `lang` (the page's language), else the consultant's.
    Raises `StoreError` when the database cannot be read."""
    evidence = from_store(config, store, account, weeks, now)
    calendar = evidence.standing(config)  # the store's skips applied (SPEC §11)
    found = figures.client_figures(
        config, evidence.contacts, evidence.period, calendar, evidence.now, evidence.replies
    )
    # the agendas as `report` shows them (the one rule of the email, the feed and the API)
    with_store_agendas(config, found, store, account_id, evidence.now)
    steps = latest_steps(evidence.steps)
    payload: dict[str, Any] = report.report_json(
        config, found, evidence.period, evidence.now, steps, calendar, lang
    )
    return payload


@dataclass(frozen=True)
class OutgoingMail:
    """An outbox message as the outbox page shows it."""

    key: str
    kind: str
    client_id: str | None
    to: str
    subject: str
    text: str
    state: str
    attempts: int
    last_error: str | None
    due_at: datetime
    # an agenda held because the client asked to move or call off its call: when (UTC) and
    # the call as the client named it (`store.outbox.HELD_BECAUSE`)
    moves_asked: tuple[datetime, ...] = ()
    moves_named: tuple[str, ...] = ()
    sent_at: datetime | None = None  # when the server took it; `due_at` is when it was due
    # an agenda the service withdrew: why and its call, said in a language ("fr", "en") in
    # place of `last_error`, its call's day written as that language writes it
    # (`store.outbox_rows.OutboxEntry.error_said`; trial44 §14)
    withdrawn: Callable[[str], str | None] | None = None


@dataclass(frozen=True)
class Approved:
    """What the page says after an approval: the local days (ISO dates) of the standing calls
    the approved reply names that were called off or moved since it was written, and whether
    the consultant edited it (then it goes out as she wrote it; else the mail cycle rewrites
    it to name the next call), as `boundaries outbox approve` says it."""

    off: tuple[str, ...] = ()
    edited: bool = False


class OutboxPort(Protocol):
    """What the outbox page needs from the outbox of SPEC §10 (issue 9)."""

    def messages(self) -> list[OutgoingMail]: ...

    def approve(self, key: str, now: datetime, planned: Planned | None = None) -> Approved:
        """Queue a held or failed message; `planned` answers whether a client's call at a
        start (UTC) still takes place (the calendar as it stands)."""
        ...

    def discard(self, key: str) -> None: ...

    def edit(self, key: str, subject: str, text: str) -> None: ...


class OutboxActionError(BoundariesError):
    """An outbox action that cannot be done; the message says why. `problem` names the case
    the page words in its own language (`store.outbox.OutboxError.problem`: "empty",
    "no_message", "state", "changed"), `state` the message's state when that is why."""

    def __init__(self, message: str, problem: str = "state", state: str | None = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.state = state


def _withdrawn(entry: OutboxEntry) -> Callable[[str], str | None] | None:
    """How to say why the service withdrew an agenda, in a language, else None
    (`OutgoingMail.withdrawn`)."""
    why, when = entry.detail.get(WITHDRAWN), entry.detail.get(WITHDRAWN_WHEN)
    if entry.state == "discarded" and isinstance(why, str) and isinstance(when, str):
        return entry.error_said
    return None


def _moves(why: Any) -> tuple[tuple[datetime, ...], tuple[str, ...]]:
    """When the client asked to move or call off an agenda's call, and what it named."""
    if not isinstance(why, dict) or why.get("reason") != "call_in_question":
        return (), ()
    asked = tuple(datetime.fromisoformat(str(a)) for a in why.get("asked") or [])
    return asked, tuple(str(n) for n in why.get("named") or [] if n)


def outbox_for(store: Store, account_id: int) -> OutboxPort:
    """The store's outbox for one account (SPEC §10)."""
    return _StoreOutbox(Outbox(store, account_id))


class _StoreOutbox:
    """The store's outbox behind the port; its refusals become `OutboxActionError`."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox

    def messages(self) -> list[OutgoingMail]:
        return [
            OutgoingMail(
                e.key,
                e.kind,
                e.client_id,
                e.to,
                e.subject,
                e.text,
                e.state,
                e.attempts,
                e.last_error,
                e.due_at,
                *_moves(e.detail.get(HELD_BECAUSE)),
                sent_at=e.sent_at,
                withdrawn=_withdrawn(e),
            )
            for e in self.outbox.entries()
        ]

    def approve(self, key: str, now: datetime, planned: Planned | None = None) -> Approved:
        try:
            entry = self.outbox.approve(key, now)
        except OutboxError as exc:
            raise OutboxActionError(str(exc), exc.problem, exc.state) from None
        off = self.outbox.calls_called_off(entry, planned)
        return Approved(tuple(off), bool(entry.detail.get(EDITED)))

    def discard(self, key: str) -> None:
        try:
            self.outbox.discard(key)
        except OutboxError as exc:
            raise OutboxActionError(str(exc), exc.problem, exc.state) from None

    def edit(self, key: str, subject: str, text: str) -> None:
        try:
            self.outbox.edit(key, subject=subject, text=text)
        except OutboxError as exc:
            raise OutboxActionError(str(exc), exc.problem, exc.state) from None


def conversation(
    config: Config,
    store: Store,
    account: str,
    client_id: str,
    lang: str,
    now: datetime,
) -> dict[str, Any] | None:
    """The conversation step a client is at and the script of the next one, made as
    `boundaries coach --client ID --json --now NOW` makes them (SPEC §8): the view in `lang`
    (the page's language), the script in the client's, as `coach` gives it (it is said or
    sent to the client: newcomer55 §4), `script_lang` saying which; None for a client the
    configuration does not know."""
    client = config.client(client_id)
    if client is None:
        return None
    evidence = from_store(config, store, account, None, now)
    advice, script_step, script = conversation_for(lang, config, client, evidence, reader=lang)
    if client.language != lang:
        _, script_step, script = conversation_for(
            client.language, config, client, evidence, reader=lang
        )
    out: dict[str, Any] = coaching.coach_json(advice, lang, script_step, script)
    out["script_lang"] = client.language
    # the coach's own sentences, in the page's language: the verdict on the step taken and
    # whether to move on, so the page never offers the next step's text without them
    # (trial41 §7: the rate letter with a copy button where `coach` said "too early")
    out["verdict_said"] = coaching.verdict_said(advice, client, lang)
    out["next_said"] = (
        coaching.next_step_said(advice, lang, script_step) if script_step is not None else None
    )
    out["at_step_said"] = coaching.at_step_said(advice, lang)
    out["no_standing_call"] = coaching.promises_a_standing_call(client, script_step)
    return out


@dataclass(frozen=True)
class UndeliveredAlert:
    """An emergency alert that has not reached the consultant: `state` "retrying" (an
    attempt failed, another is due) or "failed" (every attempt failed); `at` when the
    urgent message came (UTC), `client` its client's id (None: an unknown caller), `caller`
    the number or address it came from."""

    at: datetime
    state: str
    client: str | None
    caller: str | None


ALERTS_SHOWN_FOR = timedelta(hours=24)
"""How long an alert that failed for good stays in the banner: the window /healthz counts
failed notices in (`health.FAILED_JOBS_WINDOW`), after which the service's restart with a
working channel no longer sends it again (`notify.queue.RESUMED_WITHIN`)."""


def undelivered_alerts(store: Store, account_id: int, now: datetime) -> list[UndeliveredAlert]:
    """The emergency alerts of one account that failed at least once and are not delivered,
    newest first (SPEC §7: a notification that cannot be delivered is retried and shown as
    failed): every page shows them at once, since the consultant who was not alerted has to
    look now, not when the last attempt gives up minutes later. Raises `StoreError`."""
    out = []
    for job in JobQueue(store).undelivered(account_id, NOTIFY, now - ALERTS_SHOWN_FOR):
        event = store.find(account_id, "notification", job.key)
        out.append(
            UndeliveredAlert(
                at=event.at if event is not None else job.updated_at,
                state="failed" if job.state == "failed" else "retrying",
                client=event.client if event is not None else None,
                caller=event.caller if event is not None else None,
            )
        )
    return out
