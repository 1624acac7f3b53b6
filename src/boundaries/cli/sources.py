"""What `report` and `coach` read: a simulated replay (--events) or the store, and a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import click

from boundaries.cli.store_access import open_existing
from boundaries.domain.figures import Contact, Period
from boundaries.domain.model import Config
from boundaries.reporting.evidence import simulated_contacts, stored_contacts
from boundaries.simulation.events import EARLIEST, LATEST, load_replay
from boundaries.store import Store
from boundaries.store.evidence import evidence, first_event_at, recorded_steps, replay_end


@dataclass
class Evidence:
    """The contacts of a period, the moment the report is made, and the recorded steps."""

    contacts: list[Contact]
    period: Period
    now: datetime
    steps: list[tuple[str, str, date]]


def parse_now(value: str | None) -> datetime | None:
    """`--now ISO` (a date means its local midnight on this machine), or None."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not ISO 8601; write it like 2026-11-06T18:00:00+01:00",
            param_hint="--now",
        ) from None
    moment = moment if moment.tzinfo is not None else moment.astimezone()
    try:
        inside = EARLIEST <= moment.astimezone(UTC) < LATEST
    except OverflowError:
        inside = False
    if not inside:
        raise click.BadParameter(
            f"{value!r} is outside the years {EARLIEST.year}-{LATEST.year - 1}; check the year",
            param_hint="--now",
        )
    return moment


def gather(
    config: Config,
    events_path: str | None,
    database: str | None,
    account: str,
    weeks: int | None,
    now: datetime | None,
) -> Evidence:
    """From `--events` (replayed with the `boundaries` policy; steps read from `--database`
    only when it is given) or from the store. The period is the last `weeks` calendar weeks
    up to `now`, else from the first event to `now` (a replay's `now`: its last event; so is
    a store's whose latest event was saved from a replay, else the present moment)."""
    zone = config.consultant.zone
    if events_path is not None:
        events, _late = load_replay(events_path, config.consultant.region)
        moment = now or (events[-1].at if events else datetime.now(UTC))
        contacts = simulated_contacts(config, events)
        period = _period(weeks, moment, [e.at for e in events[:1]], config)
        steps: list[tuple[str, str, date]] = []
        if database is not None:
            store = open_existing(database)
            try:
                steps = recorded_steps(store, store.account_id(account))
            finally:
                store.close()
        return Evidence(contacts, period, moment, steps)
    store = open_existing(database)
    try:
        account_id = store.account_id(account)
        moment = now or replay_end(store, account_id) or datetime.now(UTC)
        first = first_event_at(store, account_id)
        period = _period(weeks, moment, [first] if first else [], config)
        start, end = period.bounds(zone)
        calls, said = evidence(store, account_id, start, min(end, _after(moment)))
        steps = recorded_steps(store, account_id)
    finally:
        store.close()
    return Evidence(stored_contacts(calls, said), period, moment, steps)


def _after(moment: datetime) -> datetime:
    """Just after `moment`: what happened at `now` is in the report."""
    return moment.astimezone(UTC) + timedelta(seconds=1)


def _period(weeks: int | None, now: datetime, first: list[datetime], config: Config) -> Period:
    zone = config.consultant.zone
    today = now.astimezone(zone).date()
    if weeks is not None:
        return Period.last_weeks(weeks, today)
    start = min(first[0].astimezone(zone).date(), today) if first else today
    return Period(start, today)


def latest_steps(steps: list[tuple[str, str, date]]) -> dict[str, str]:
    """Each client's latest recorded step (steps come oldest first)."""
    out: dict[str, str] = {}
    for client, step, _on in steps:
        out[client] = step
    return out


def open_store(database: str | None) -> Store:
    """The store, created when missing (for commands that write)."""
    return Store.open(database)
