"""What a report reads from an open store: a period's contacts and the recorded steps.

Shared by the CLI (`report`, `coach`) and the dashboard, which passes the store it already
holds: the live service never opens the database a second time (SPEC §7, §8).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from boundaries.domain.coach import Advice
from boundaries.domain.figures import LEAD_IN, Contact, Period, Reply
from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import Calendar
from boundaries.reporting.coaching import conversation
from boundaries.reporting.evidence import stored_contacts, stored_replies
from boundaries.store import Store
from boundaries.store.calendar import CalendarStore
from boundaries.store.evidence import (
    evidence,
    first_event_at,
    outbox_replies,
    recorded_steps,
    replay_end,
)


@dataclass
class Evidence:
    """The contacts of a period, the moment the report is made, the recorded steps (client
    id, step, local date; oldest first), the deferral replies (SPEC §8) and the standing
    calls the figures and the next call are read from (`standing`)."""

    contacts: list[Contact]
    period: Period
    now: datetime
    steps: list[tuple[str, str, date]]
    replies: list[Reply] = field(default_factory=list)  # sent in the period, or waiting
    calendar: Calendar | None = None  # the store's (skips applied); None: the configuration's

    def standing(self, config: Config) -> Calendar:
        """The standing calls of this evidence: the store's, less its skips
        (`CalendarStore.calendar`), else those of `config` alone (a replay with no store)."""
        return self.calendar if self.calendar is not None else Calendar(config)


def from_store(
    config: Config, store: Store, account: str, weeks: int | None, now: datetime | None
) -> Evidence:
    """The evidence of `account` in `store`: the last `weeks` calendar weeks up to `now`
    (default: where a saved replay ends when the latest stored event was saved from one,
    `store.evidence.replay_end`, else the current time, UTC), starting no earlier than the
    first stored event's day, else from the first stored event to `now`. Its contacts include
    those of the day before the period (`LEAD_IN`), which the figures read only to see a
    burst across its start. Its standing calls are the store's, skips applied.

    Raises `StoreError` when the database cannot be read."""
    zone = config.consultant.zone
    account_id = store.known_account_id(account)  # a read never makes an account
    moment = now or replay_end(store, account_id) or datetime.now(UTC)
    first = first_event_at(store, account_id)
    period = period_of(weeks, moment, [first] if first else [], config)
    start, end = period.bounds(zone)
    until = min(end, just_after(moment))
    # and the calls just before the period, so a burst across its start counts as one burst
    # that began before it (`client_figures`), not as its remaining calls one by one
    calls, said = evidence(store, account_id, start - LEAD_IN, until)
    steps = recorded_steps(store, account_id)
    replies = stored_replies(calls, said, outbox_replies(store, account_id, start, until))
    calendar = CalendarStore(store, account_id).calendar(config)
    return Evidence(stored_contacts(calls, said), period, moment, steps, replies, calendar)


def just_after(moment: datetime) -> datetime:
    """Just after `moment` (UTC): what happened at `now` is in the report."""
    return moment.astimezone(UTC) + timedelta(seconds=1)


def period_of(weeks: int | None, now: datetime, first: list[datetime], config: Config) -> Period:
    """The last `weeks` calendar weeks up to `now`'s local day, else from the local day of
    `first[0]` (the first event, when there is one) to it. The last weeks start no earlier
    than that first event's day: days before anything was recorded are no evidence, and
    counting them would thin every weekly average (newcomer14 M3)."""
    zone = config.consultant.zone
    today = now.astimezone(zone).date()
    began = min(first[0].astimezone(zone).date(), today) if first else None
    if weeks is not None:
        period = Period.last_weeks(weeks, today)
        return Period(max(period.first, began), today) if began else period
    return Period(began or today, today)


def latest_steps(steps: list[tuple[str, str, date]]) -> dict[str, str]:
    """Each client's latest recorded step (steps come oldest first)."""
    out: dict[str, str] = {}
    for client, step, _on in steps:
        out[client] = step
    return out


def conversation_for(
    lang: str,
    config: Config,
    client: Client,
    evidence: Evidence,
    written_on: date | None = None,
    reader: str | None = None,
) -> tuple[Advice, str | None, str | None]:
    """`coaching.conversation` over gathered evidence: the client's recorded steps, every
    client's contacts over the period (as `boundaries coach` and the dashboard show it);
    `written_on`: the day a rate letter is written (default: the evidence's last day);
    `reader`: the language of the view the script is shown in (default: the consultant's)."""
    taken = [(step, day) for cid, step, day in evidence.steps if cid == client.id]
    return conversation(
        lang,
        config,
        evidence.standing(config),
        client,
        evidence.contacts,
        evidence.period,
        evidence.now,
        taken,
        written_on,
        reader,
    )
