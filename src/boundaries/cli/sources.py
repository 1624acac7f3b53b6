"""What `report` and `coach` read: a simulated replay (--events) or the store, and a period."""

from __future__ import annotations

from datetime import UTC, date, datetime

import click

from boundaries.cli.language import told
from boundaries.cli.store_access import account_of, open_existing
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.simulated import (
    ReplayCalendars,
    replay_calendars,
    simulated_busy,
)
from boundaries.reporting.evidence import simulated_evidence
from boundaries.reporting.gathered import Evidence, from_store, latest_steps, period_of
from boundaries.simulation.events import EARLIEST, LATEST, load_replay
from boundaries.store.calendar import CalendarStore
from boundaries.store.evidence import recorded_steps

__all__ = ["Evidence", "gather", "latest_steps", "parse_now"]


def parse_now(value: str | None) -> datetime | None:
    """`--now ISO` (a date means its local midnight on this machine), or None."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            told("option.now_not_iso", value=value, example="2026-11-06T18:00:00+01:00"),
            param_hint="--now",
        ) from None
    moment = moment if moment.tzinfo is not None else moment.astimezone()
    try:
        inside = EARLIEST <= moment.astimezone(UTC) < LATEST
    except OverflowError:
        inside = False
    if not inside:
        raise click.BadParameter(
            told("option.now_out_of_years", value=value, first=EARLIEST.year, last=LATEST.year - 1),
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
    calendars: ReplayCalendars | None = None,
) -> Evidence:
    """From `--events` (replayed with the `boundaries` policy, the consultant busy during the
    meetings of `calendars`: `--busy`, else `[calendar] busy`; steps and skipped standing
    calls read from `--database` only when it is given) or from the store. The period is
    the last `weeks` calendar weeks up to `now`, else from the first event to `now` (a
    replay's `now`: its last event; so is a store's whose latest event was saved from a
    replay, else the present moment)."""
    if events_path is not None:
        events, _late = load_replay(events_path, config.consultant.region)
        moment = now or (events[-1].at if events else datetime.now(UTC))
        chosen = calendars or replay_calendars(config, (), False)
        busy = simulated_busy(config, events, chosen.paths, chosen.origin)
        period = period_of(weeks, moment, [e.at for e in events[:1]], config)
        steps: list[tuple[str, str, date]] = []
        calendar: Calendar | None = None
        if database is not None:
            store = open_existing(database, reads_only=True)
            try:
                account_id = account_of(store, account, config)
                steps = recorded_steps(store, account_id)
                calendar = CalendarStore(store, account_id).calendar(config)
            finally:
                store.close()
        skipped = calendar.skipped if calendar is not None else ()
        contacts, replies = simulated_evidence(config, events, busy, skipped)
        return Evidence(contacts, period, moment, steps, replies, calendar)
    store = open_existing(database, reads_only=True)
    try:
        account_of(store, account, config)  # a typo, another consultant's account: refused
        return from_store(config, store, account, weeks, now)
    finally:
        store.close()
