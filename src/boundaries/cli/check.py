"""`boundaries check`: validate the configuration and summarise it."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime

import click
import phonenumbers

from boundaries.cli.columns import fitted, terminal_width
from boundaries.cli.options import config_option
from boundaries.config import advice, load_config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.busy import shown_address, source_name
from boundaries.integrations.notify import missing_channel


@click.command()
@config_option
def check(config_path: str) -> None:
    """Validate a configuration file and show clients and their next standing calls.

    Exits with status 1 and names every problem (key and line) when the file is refused.

    Example:

        \b
        boundaries check --config examples/boundaries.toml
    """
    config = load_config(config_path)
    zone = config.consultant.zone
    calendar = Calendar(config)
    now = datetime.now(UTC)
    c = config.consultant
    width = terminal_width()
    summary = [
        f"{config_path}: OK",
        f"Consultant: {c.name} <{c.email}>",
        f"Phone {_readable(c.phone)}, time zone {c.timezone}, language {c.language}",
        "Working hours: " + ("; ".join(str(h) for h in c.working_hours) or "none"),
    ]
    if config.calendar.busy:
        names = ", ".join(source_name(s) for s in config.calendar.busy)
        summary.append(f"Busy calendars (read by serve and by replays): {names}")
    if config.calendar.caldav_url:
        caldav = shown_address(config.calendar.caldav_url)  # no user:password@, no token
        summary.append(f"Standing calls will be written to CalDAV: {caldav}")
    for line in summary:  # wrapped at spaces, never cut
        click.echo(
            "\n".join(
                textwrap.wrap(
                    line,
                    width,
                    subsequent_indent="  ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        )
    rows = []
    for client in config.clients:
        nxt = calendar.next_call(client.id, now)
        when = nxt.start.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") if nxt else "none"
        # Long names wrap at words and phones go one per line: nothing is cut at 80 columns.
        name = "\n".join(textwrap.wrap(client.name, NAME_WIDTH) or ["-"])
        phones = "\n".join(_readable(p) for p in client.phones)
        rows.append(
            [
                client.id,
                name + ("\n" + phones if phones else ""),
                client.language,
                str(client.adhoc_calls_per_week),
                "yes" if client.urgent_line else "no",
                when,
            ]
        )
    headers = ["client", "name, phones", "lang", "ad-hoc/wk", "urgent", "next standing call"]
    click.echo("\n".join(fitted(headers, rows, terminal_width())))
    click.echo(f"{len(config.clients)} client(s).")
    # Warnings, not refusals: the service runs as written, but not as almost surely meant.
    channel = missing_channel(config, bool(config.service.notify))
    for warning in [*([channel] if channel else []), *advice.warnings(config)]:
        click.echo("\n".join(textwrap.wrap("Warning: " + warning, width, subsequent_indent="  ")))


NAME_WIDTH = 24  # characters of a client's name per line


def _readable(e164: str) -> str:
    """A stored E.164 number as people write it (+33 1 23 45 67 89)."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
