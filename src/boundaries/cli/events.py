"""`boundaries events`: list what the store holds."""

from __future__ import annotations

import json
from datetime import datetime

import click
from rich.console import Console
from rich.table import Table

from boundaries.cli.options import database_option
from boundaries.store import Store


def _since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not ISO 8601; write it like 2026-11-03 or 2026-11-03T10:00:00+01:00"
        ) from None
    if when.tzinfo is None:
        when = when.astimezone()  # local time of this machine
    return when


@click.command("events")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--since", callback=_since, metavar="ISO", help="Only events at or after this time.")
@click.option("--account", default="default", show_default=True, help="Whose events.")
@database_option
def events_command(
    as_json: bool, since: datetime | None, account: str, database: str | None
) -> None:
    """List the stored events (calls, voicemails, emails…) and the decision taken on each.

    Example:

        boundaries events --json --since 2026-11-02
    """
    store = Store.open(database)
    try:
        rows = store.events(store.account_id(account), since=since)
    finally:
        store.close()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row.as_json(), ensure_ascii=False))
        return
    table = Table("at", "kind", "client", "action", "sid")
    for row in rows:
        table.add_row(row.at.isoformat(), row.kind, row.client or "-", row.action, row.sid or "-")
    Console().print(table)
    click.echo(f"{len(rows)} event(s).")
