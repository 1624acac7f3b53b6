"""`boundaries coach`: where the conversation with a client stands, and what to say next."""

from __future__ import annotations

import json
from datetime import date

import click

from boundaries.cli.language import read_config, speak, told
from boundaries.cli.options import (
    account_option,
    busy_options,
    config_option,
    database_option,
    replay_calendars_of,
)
from boundaries.cli.refusals import on_day, refusal, unknown_client, unknown_step
from boundaries.cli.sources import gather, parse_now
from boundaries.cli.store_access import account_of, open_existing
from boundaries.domain.coach import STEPS, earliest_step_day
from boundaries.domain.model import Config
from boundaries.errors import SaidError
from boundaries.reporting import wording as w
from boundaries.reporting.coaching import coach_json, coach_text, promises_a_standing_call
from boundaries.reporting.gathered import conversation_for
from boundaries.store.database import Store
from boundaries.store.evidence import first_event_at, record_step, recorded_steps


def _meant(day: date, earliest: date, today: date) -> date | None:
    """`day` with the year of `earliest`, when that falls from `earliest` to `today` and the
    year differs: the day the consultant most likely meant (a typo of the year)."""
    if day.year == earliest.year:
        return None
    try:
        candidate = day.replace(year=earliest.year)
    except ValueError:  # 29 February in a year that has none
        return None
    return candidate if earliest <= candidate <= today else None


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
    store's first; an empty store sets no bound), worded by the case: a typo of the year
    when the same day of the first event's year fits, else a day before any figure, with
    the first day that has some as the fix (newcomer14 L2).

    Raises `SaidError` in the consultant's language."""
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
    first = earliest.isoformat()

    def words(lang: str) -> str:
        since = w.say(lang, f"coach.since_{why}", client=client_name, earliest=first)
        meant = _meant(day, earliest, today)
        key = "record_year_typo" if meant else "record_before_figures"
        return w.say(
            lang,
            f"coach.{key}",
            on=day.isoformat(),
            since=since,
            meant=meant.isoformat() if meant else "",
            earliest=first,
            today=today.isoformat(),
        )

    raise SaidError(words)


@click.command("coach")
@config_option
@click.option("--client", "client_id", required=True, metavar="ID", help="The client.")
@click.option(
    "--lang",
    metavar="[fr|en]",
    help="Language of the script and the view (default: the script in the client's language, "
    "the view in yours).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--record",
    "record",
    metavar="[" + "|".join(STEPS) + "]",
    help="Record that STEP was taken.",
)
@click.option("--on", "on_text", metavar="DATE", help="Day the step was taken (YYYY-MM-DD).")
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
    on_text: str | None,
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
    config = read_config(config_path)
    speak(config.consultant.language)  # refusals in the consultant's language (SPEC §2)
    client = config.client(client_id)
    if client is None:
        raise unknown_client(client_id, config_path, config)
    # checked here, not by click: refused in the consultant's language (SPEC §2, §9)
    if lang is not None and lang not in ("fr", "en"):
        raise refusal("refusals.unknown_language", value=lang)
    if record is not None and record not in STEPS:
        raise unknown_step(record, STEPS)
    language = lang or config.consultant.language
    now = parse_now(now_text)
    today = now.date() if now else date.today()
    on = on_day(on_text, today)  # a step is recorded on a day already come: today will do
    if record is not None:
        day = on or today
        if day > today:
            raise refusal("coach.record_future", on=day.isoformat(), today=today.isoformat())
        store = open_existing(database)
        try:
            account_id = account_of(store, account, config, adds=True)
            _check_not_before_data(store, account_id, config, client.id, client.name, day, today)
            record_step(store, account_id, client.id, record, day)
            taken = {
                step
                for _, step, on_day in recorded_steps(store, account_id, client.id)
                if on_day <= day
            }
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
        missing = [step for step in STEPS[: STEPS.index(record)] if step not in taken]
        if missing:
            # SPEC §8: the steps come in order; one may have been taken before recording began
            listed = w.Listed(language, [w.say(language, f"steps.{step}") for step in missing])
            note = w.say(
                language,
                "coach.earlier_missing",
                client=client.name,
                missing=listed,
                id=client.id,
                first=missing[0],
            )
            click.echo(note, err=True)
        return
    if on is not None:
        raise click.UsageError(told("option.on_without_record"))
    evidence = gather(
        config,
        events_path,
        database,
        account,
        None,
        now,
        replay_calendars_of(config, busy_paths, no_busy, events_path is not None),
    )
    # A letter from the store is written today (or --now); a replay's, on its last day.
    written_on = today if events_path is None else None
    # The script is said or sent to the client: in its language unless --lang says otherwise
    # (newcomer51 §11: an English client's script came in the French consultant's language);
    # the view around it speaks the consultant's.
    spoken = lang or client.language
    advice, script_step, script = conversation_for(
        spoken, config, client, evidence, written_on, reader=language
    )
    if as_json:
        shown = coach_json(advice, spoken, script_step, script)
        shown["no_standing_call"] = promises_a_standing_call(client, script_step)
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        text = coach_text(
            advice, client, language, script_step, script, replayed=events_path is not None
        )
        click.echo(text, nl=False)
