"""`boundaries report`: per-client figures, the availability premium and the weekly trend."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path

import click

from boundaries.cli.language import read_config
from boundaries.cli.options import (
    account_option,
    busy_options,
    config_option,
    database_option,
    replay_calendars_of,
)
from boundaries.cli.refusals import unknown_client
from boundaries.cli.sources import gather, latest_steps, parse_now
from boundaries.cli.store_access import account_of, open_existing
from boundaries.domain.figures import ClientFigures, Contact, Period, client_figures
from boundaries.domain.model import Config
from boundaries.reporting import wording as w
from boundaries.reporting.chart import write_chart
from boundaries.reporting.report import report_json
from boundaries.reporting.text import render


@click.command("report")
@config_option
@click.option(
    "--events",
    "events_path",
    type=click.Path(dir_okay=False),
    help="Report on a replay of these events (SPEC §6) instead of the store.",
)
@click.option("--client", "client_id", metavar="ID", help="Only this client.")
@click.option("--weeks", type=click.IntRange(1, 520), help="The last N weeks (Monday first).")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON object of SPEC §8.")
@click.option(
    "--chart",
    "chart_path",
    type=click.Path(dir_okay=False),
    help="Also draw the weekly trend into FILE.svg or FILE.png.",
)
@click.option("--now", "now_text", metavar="ISO", help="Report as of this moment (default: now).")
@account_option("Whose events.")
@database_option
@busy_options
def report_command(
    config_path: str,
    events_path: str | None,
    client_id: str | None,
    weeks: int | None,
    as_json: bool,
    chart_path: str | None,
    now_text: str | None,
    account: str,
    database: str | None,
    busy_paths: tuple[str, ...] = (),
    no_busy: bool = False,
) -> None:
    """Show each client's calls, interruptions, hours lost and availability premium.

    From the store by default; with --events, from a replay of those events through the
    boundaries policy. Numbers, money and dates are in your language (consultant.language).

    Example:

        \b
        boundaries report --config examples/boundaries.toml \\
            --events examples/events.jsonl --client horizon
    """
    config = read_config(config_path)
    if client_id is not None and config.client(client_id) is None and client_id != "unknown":
        raise unknown_client(client_id, config_path, config)  # as `coach` and `skip` say it
    evidence = gather(
        config,
        events_path,
        database,
        account,
        weeks,
        parse_now(now_text),
        replay_calendars_of(config, busy_paths, no_busy, events_path is not None),
    )
    calendar = evidence.standing(config)  # the store's skips applied (SPEC §11)
    figures = client_figures(
        config, evidence.contacts, evidence.period, calendar, evidence.now, evidence.replies
    )
    if client_id is None:
        _say_left_out(config, config_path, evidence.contacts, evidence.period)
    else:
        figures = [f for f in figures if f.id == client_id]
    late: dict[str, frozenset[str]] = {}
    if events_path is None:
        # a store's agenda is the one its email lists (carried over, skips applied)
        late = _agendas_of_store(config, figures, database, account, evidence.now)
    payload = report_json(
        config, figures, evidence.period, evidence.now, latest_steps(evidence.steps), calendar
    )
    lang = config.consultant.language
    if chart_path:
        write_chart(payload, Path(chart_path), lang)
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(render(payload, lang, config.consultant.zone, late), nl=False)


def _say_left_out(
    config: Config, config_path: str, contacts: list[Contact], period: Period
) -> None:
    """One line on stderr for each client id the store holds calls or messages of in `period`
    and the configuration no longer has: its figures are left out of the report, and the
    consultant is told so rather than finding a client gone without a word (trial45 B6)."""
    zone = config.consultant.zone
    gone = Counter(
        c.client
        for c in contacts
        if c.client
        and config.client(c.client) is None
        and period.first <= c.at.astimezone(zone).date() <= period.last
    )
    lang = config.consultant.language
    for client, count in sorted(gone.items()):
        click.echo(
            w.say(
                lang,
                "report.not_configured",
                count=w.counted(lang, count),
                id=client,
                config=config_path,
            ),
            err=True,
        )


def _agendas_of_store(
    config: Config, figures: list[ClientFigures], database: str | None, account: str, now: datetime
) -> dict[str, frozenset[str]]:
    """Each client's agendas from the store (`calendar.agenda.with_store_agendas`: the next
    call's as its email gathers them, and the later calls already holding topics); returns,
    by client id, the next call's late topics, which the readable report marks."""
    from boundaries.integrations.calendar.agenda import with_store_agendas

    store = open_existing(database, reads_only=True)
    try:
        return with_store_agendas(config, figures, store, account_of(store, account, config), now)
    finally:
        store.close()
