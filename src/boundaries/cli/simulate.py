"""`boundaries simulate`: replay a month (or a year) of events through a policy."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from boundaries.cli.language import read_config, speak, spoken, told
from boundaries.cli.options import (
    account_option,
    busy_options,
    config_option,
    database_option,
    replay_calendars_of,
)
from boundaries.cli.render import print_comparison, print_letters, print_result
from boundaries.cli.startup import check_database_folder
from boundaries.cli.store_access import refuse_foreign
from boundaries.domain.model import Consultant
from boundaries.domain.schedule import Skips
from boundaries.i18n import said
from boundaries.integrations.calendar.simulated import simulated_busy
from boundaries.simulation.engine import Result, simulate
from boundaries.simulation.events import Event, load_replay
from boundaries.simulation.policies import POLICY_NAMES
from boundaries.simulation.record import trace_to_stored
from boundaries.store import Store
from boundaries.store.accounts import UnknownAccount
from boundaries.store.calendar import CalendarStore


@click.command("simulate")
@config_option
@click.option(
    "--events",
    "events_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="JSON Lines of world events, in time order (SPEC §6).",
)
@click.option(
    "--policy",
    type=click.Choice(POLICY_NAMES),
    default="boundaries",
    show_default=True,
    help="How calls and messages are handled.",
)
@click.option("--compare", is_flag=True, help="Run every policy and show them side by side.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option(
    "--trace",
    "trace_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Write one JSON line per input event: what the policy did and when you learnt of it.",
)
@busy_options
@click.option(
    "--save", is_flag=True, help="Store the events and the decisions taken (see `events`)."
)
@click.option(
    "--mail",
    "show_mail",
    is_flag=True,
    help="Also show the deferral replies and agendas that would have been sent "
    "(how many, and one of each; on stderr with --json, so stdout stays one JSON document).",
)
@database_option
@account_option("Whose events --save stores (as `serve --account` does live).")
def simulate_command(
    config_path: str,
    events_path: str,
    policy: str,
    compare: bool,
    as_json: bool,
    trace_path: str | None,
    save: bool,
    database: str | None,
    account: str = "default",
    show_mail: bool = False,
    busy_paths: tuple[str, ...] = (),
    no_busy: bool = False,
) -> None:
    """Replay events through a policy and report what you would have lived through.

    Example:

        \b
        boundaries simulate --config examples/boundaries.toml \\
            --events examples/events.jsonl --compare

        \b
        boundaries simulate --config examples/boundaries.toml \\
            --events examples/events.jsonl --mail

    Your meetings in the files of [calendar] busy (or --busy my-calendar.ics instead) make
    you unreachable as they would live; --no-busy replays without them.
    """
    given = click.get_current_context().get_parameter_source("account")
    if not save and given is not ParameterSource.DEFAULT:
        raise click.UsageError(told("option.account_without_save"))
    config = read_config(config_path)
    if save:  # as `serve`: a mistyped folder is refused, never made (trial32 §7)
        check_database_folder(database)
    events, late = load_replay(events_path, config.consultant.region)
    if late:
        click.echo(said("simulate", spoken(), "note.late", late=late, path=events_path), err=True)
    calendars = replay_calendars_of(config, busy_paths, no_busy)
    assert calendars is not None  # a replay
    busy = simulated_busy(config, events, calendars.paths, calendars.origin)
    # saved to an account, the replay is decided as live: without the calls skipped there
    skipped = _stored_skips(database, account) if save else ()
    names = list(POLICY_NAMES) if compare else [policy]
    results: list[Result] = [
        simulate(
            config,
            events,
            name,
            trace=bool(trace_path) or (save and name == policy),
            busy=busy,
            skipped=skipped,
        )
        for name in names
    ]
    chosen = next(r for r in results if r.policy == policy)
    if trace_path:
        _write_trace(Path(trace_path), sorted(chosen.trace, key=lambda row: int(row["i"])))
    if save:
        _save(database, (account, config.consultant), events, chosen)
    if as_json:
        payload: Any = [r.as_json() for r in results] if compare else chosen.as_json()
        click.echo(json.dumps(payload, ensure_ascii=False, indent=None if compare else 2))
    elif compare:
        print_comparison(results, spoken())
    else:
        print_result(chosen, spoken())
    if show_mail:
        # With --json, stdout is one JSON document: the human-readable sample goes to stderr.
        out = sys.stderr if as_json else None
        print_letters(chosen, config.consultant.zone, spoken(), out)


def _write_trace(path: Path, rows: list[dict[str, Any]]) -> None:
    try:
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise click.ClickException(
            f"cannot write the trace to {path}: {exc.strerror}. Fix: pass --trace with a file "
            "path in an existing folder you can write to."
        ) from None


def _stored_skips(database: str | None, account: str) -> Skips:
    """The standing calls cancelled in `account` (`boundaries skip`); none for an account
    (or a database) not made yet. Raises `NoDatabase` before anything is created when the
    database belongs to another application (`refuse_foreign`)."""
    refuse_foreign(database)
    store = Store.open(database)
    try:
        try:
            account_id = store.known_account_id(account)
        except UnknownAccount:
            return ()
        return CalendarStore(store, account_id).skips()
    finally:
        store.close()


def _save(
    database: str | None, whose: tuple[str, Consultant], events: list[Event], chosen: Result
) -> None:
    """Store the replay in one account (`whose`: its name, the configuration's consultant,
    refused when the account is kept for another); say why events were not stored when an
    earlier --save has them."""
    account_name, consultant = whose
    stored = list(trace_to_stored(events, chosen))
    policy = chosen.policy
    speak(consultant.language)  # account messages in the consultant's language
    store = Store.open(database)
    try:
        account = store.consultant_account(
            account_name, (consultant.name, consultant.email), serves=True
        )
        added = store.record(account, stored)
        earlier = None
        if added < len(stored):  # which policy decided the events kept? (a sample is enough)
            earlier = policy
            for event in stored[:200]:
                found = store.find(account, event.kind, event.sid or "")
                if found is not None and found.detail.get("policy", policy) != policy:
                    earlier = str(found.detail["policy"])
                    break
    finally:
        store.close()
    lang = consultant.language
    kept = len(stored) - added
    message = said(
        "simulate", lang, "note.stored", added=added, policy=policy, account=account_name
    )
    if earlier == policy:  # the same replay saved again: nothing to keep apart
        again = "note.stored_again_all" if added == 0 else "note.stored_again_other"
        message += " " + said("simulate", lang, again, kept=kept, policy=policy)
    elif earlier is not None:
        message += " " + said(
            "simulate", lang, "note.stored_by_other", kept=kept, earlier=earlier, policy=policy
        )
    click.echo(message, err=True)
