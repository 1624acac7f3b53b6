"""`boundaries coach`: where the conversation with a client stands, and what to say next."""

from __future__ import annotations

import json
from datetime import date

import click

from boundaries.cli.options import (
    account_option,
    busy_options,
    config_option,
    database_option,
    replay_calendars_of,
)
from boundaries.cli.sources import gather, parse_now
from boundaries.cli.store_access import account_of, open_existing
from boundaries.config import load_config
from boundaries.domain.coach import STEPS, earliest_step_day
from boundaries.domain.model import Config
from boundaries.reporting import wording as w
from boundaries.reporting.coaching import coach_json, coach_text
from boundaries.reporting.gathered import conversation_for
from boundaries.simulation.events import EARLIEST, LATEST
from boundaries.store.database import Store
from boundaries.store.evidence import first_event_at, record_step


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it like 2026-11-02") from None
    if not EARLIEST.date() <= day < LATEST.date():
        raise click.BadParameter(
            f"{value!r} is outside the years {EARLIEST.year}-{LATEST.year - 1}; check the year"
        )
    return day


def _check_not_before_data(
    store: Store,
    account_id: int,
    config: Config,
    client_id: str,
    client_name: str,
    day: date,
    today: date,
) -> None:
    """Refuse a step dated before the client's first stored event (or, with none, before the
    store's first; an empty store sets no bound): a typo of the year, not a step."""
    zone = config.consultant.zone
    client_first = first_event_at(store, account_id, client_id)
    account_first = first_event_at(store, account_id) if client_first is None else None
    earliest, why = earliest_step_day(
        client_first.astimezone(zone).date() if client_first else None,
        account_first.astimezone(zone).date() if account_first else None,
        today,
    )
    if earliest is None or day >= earliest:
        return
    since = {
        "client": f"any event of {client_name} (first: {earliest})",
        "account": f"any event stored (first: {earliest}; none yet of {client_name})",
    }[why]
    raise click.BadParameter(
        f"{day} is before {since}: a step is judged on the figures around it. "
        f"Fix: check the year, and give a day from {earliest} to {today}.",
        param_hint="--on",
    )


@click.command("coach")
@config_option
@click.option("--client", "client_id", required=True, metavar="ID", help="The client.")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of the script.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--record", "record", type=click.Choice(STEPS), help="Record that STEP was taken.")
@click.option("--on", "on", callback=_day, metavar="DATE", help="Day the step was taken.")
@click.option(
    "--events",
    "events_path",
    type=click.Path(dir_okay=False),
    help="Judge from a replay of these events instead of the store.",
)
@click.option("--now", "now_text", metavar="ISO", help="Coach as of this moment (default: now).")
@account_option("Whose events.")
@database_option
@busy_options
def coach_command(
    config_path: str,
    client_id: str,
    lang: str | None,
    as_json: bool,
    record: str | None,
    on: date | None,
    events_path: str | None,
    now_text: str | None,
    account: str,
    database: str | None,
    busy_paths: tuple[str, ...] = (),
    no_busy: bool = False,
) -> None:
    """Show the conversation step a client is at, the figures before and after it, whether
    it worked, and the script of the next step (talk, pushback, defer, rates, decide).

    With --record STEP [--on DATE], store that the step was taken (default: today).

    Example:

        \b
        boundaries coach --client horizon --lang en
        boundaries coach --client horizon --record defer --on 2026-11-02
    """
    config = load_config(config_path)
    client = config.client(client_id)
    if client is None:
        known = ", ".join(c.id for c in config.clients) or "none"
        raise click.BadParameter(
            f"no client {client_id!r} in {config_path} (clients: {known}).", param_hint="--client"
        )
    language = lang or config.consultant.language
    now = parse_now(now_text)
    if record is not None:
        today = now.date() if now else date.today()
        day = on or today
        if day > today:
            raise click.BadParameter(
                f"{day} is after today ({today}): --record stores a step already taken. "
                "Fix: record it on the day you take it, or give that past day.",
                param_hint="--on",
            )
        store = open_existing(database)
        try:
            account_id = account_of(store, account, config, adds=True)
            _check_not_before_data(store, account_id, config, client.id, client.name, day, today)
            record_step(store, account_id, client.id, record, day)
        finally:
            store.close()
        step_name = w.say(language, f"steps.{record}")
        click.echo(
            w.say(
                language,
                "coach.recorded",
                client=client.name,
                step=step_name,
                on=w.day(language, day),
            )
        )
        return
    if on is not None:
        raise click.UsageError("--on goes with --record STEP.")
    evidence = gather(
        config,
        events_path,
        database,
        account,
        None,
        now,
        replay_calendars_of(config, busy_paths, no_busy, events_path is not None),
    )
    advice, script_step, script = conversation_for(language, config, client, evidence)
    if as_json:
        click.echo(
            json.dumps(
                coach_json(advice, language, script_step, script), ensure_ascii=False, indent=2
            )
        )
    else:
        click.echo(coach_text(advice, client, language, script_step, script), nl=False)
