"""`boundaries check`: validate the configuration and summarise it."""

from __future__ import annotations

from datetime import UTC, datetime

import click
from rich.console import Console
from rich.table import Table

from boundaries.cli.options import config_option
from boundaries.config import load_config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.busy import source_name


@click.command()
@config_option
def check(config_path: str) -> None:
    """Validate a configuration file and show clients and their next standing calls.

    Exits with status 1 and names every problem (key and line) when the file is refused.

    Example:

        boundaries check --config examples/boundaries.toml
    """
    config = load_config(config_path)
    zone = config.consultant.zone
    calendar = Calendar(config)
    now = datetime.now(UTC)
    c = config.consultant
    console = Console(highlight=False)
    console.print(f"{config_path}: OK")
    console.print(f"Consultant: {c.name} <{c.email}>, {c.phone}, {c.timezone}, {c.language}")
    console.print("Working hours: " + "; ".join(str(h) for h in c.working_hours))
    if config.calendar.busy:
        names = ", ".join(source_name(s) for s in config.calendar.busy)
        console.print(f"Busy calendars (read by serve): {names}")
    if config.calendar.caldav_url:
        console.print(f"Standing calls written to CalDAV: {config.calendar.caldav_url}")
    table = Table("client", "name", "lang", "phones", "ad-hoc/week", "urgent line", "next call")
    for client in config.clients:
        nxt = calendar.next_call(client.id, now)
        when = nxt.start.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") if nxt else "none"
        table.add_row(
            client.id,
            client.name,
            client.language,
            ", ".join(client.phones) or "-",
            str(client.adhoc_calls_per_week),
            "yes" if client.urgent_line else "no",
            when,
        )
    console.print(table)
    click.echo(f"{len(config.clients)} client(s).")
