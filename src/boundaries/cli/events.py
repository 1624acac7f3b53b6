"""`boundaries events`: list what the store holds, in the consultant's local time."""

from __future__ import annotations

import json
import textwrap
from datetime import datetime, tzinfo

import click

from boundaries.cli.columns import fitted, table_time, terminal_width
from boundaries.cli.language import read_config, spoken
from boundaries.cli.options import (
    DEFAULT_CONFIG,
    account_option,
    config_here,
    database_option,
    zone_config_option,
)
from boundaries.cli.store_access import account_of, open_existing
from boundaries.domain.model import Config
from boundaries.i18n import said
from boundaries.instants import InstantError, parse_instant
from boundaries.store import StoredEvent


def events_zone(config_path: str | None) -> tuple[tzinfo, str, Config | None]:
    """The consultant's zone from the configuration, else this machine's (and a note why),
    and the configuration when there is one (its consultant must be the account's)."""
    path = config_here(config_path)
    if path is None:
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        shown = datetime.now(local).tzname() or "?"
        note = said("tables", spoken(), "events.machine_zone", zone=shown, config=DEFAULT_CONFIG)
        return local, note, None
    config = read_config(path)  # from here on the command speaks the consultant's language
    zone = config.consultant.zone
    return zone, said("tables", spoken(), "events.zone", zone=zone.key), config


@click.command("events")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (times in UTC).")
@click.option("--since", metavar="ISO", help="Only events at or after this time.")
@account_option("Whose events.")
@zone_config_option("the events are")
@database_option
def events_command(
    as_json: bool, since: str | None, account: str, config_path: str | None, database: str | None
) -> None:
    """List the stored events (calls, voicemails, emails…) and the decision taken on each.

    Reads the store only: a database that does not exist is refused, never created. Times are
    shown in the consultant's time zone (from the configuration); --json keeps UTC.

    Example:

        \b
        boundaries events --config examples/boundaries.toml --since 2026-11-02
    """
    zone, note, config = events_zone(config_path)
    start = None
    if since is not None:
        try:
            start = parse_instant(since, naive_zone=zone)
        except InstantError as exc:
            raise click.BadParameter(exc.said(spoken()), param_hint="'--since'") from None
    store = open_existing(database, reads_only=True)
    try:
        rows = store.events(account_of(store, account, config), since=start)
    finally:
        store.close()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row.as_json(), ensure_ascii=False))
        return
    lang = spoken()
    _print_table(rows, zone, lang)
    footer = said("tables", lang, "events.count", n=len(rows)) + " " + note
    click.echo(textwrap.fill(footer, max(terminal_width(), 30)))


def _print_table(rows: list[StoredEvent], zone: tzinfo, lang: str) -> None:
    """Times, kinds, clients and actions stay whole at any width; a long sid is shortened in
    the middle (--json has it in full). Headers and weekdays in `lang`."""
    lines = fitted(
        [said("tables", lang, f"events.{h}") for h in ("at", "kind", "client", "action", "sid")],
        [
            [
                table_time(row.at, zone, lang),
                row.kind,
                row.client or "-",
                row.action,
                row.sid or "-",
            ]
            for row in rows
        ],
        terminal_width(),
        elastic=4,
    )
    click.echo("\n".join(lines))
