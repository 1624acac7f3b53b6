"""`boundaries calendar`: the address of the standing-calls feed (and CalDAV publishing)."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from boundaries.cli.language import read_config, told
from boundaries.cli.options import (
    account_option,
    checked_public_url,
    config_option,
    database_option,
)
from boundaries.cli.store_access import account_of, open_existing
from boundaries.store.calendar import CalendarStore


@click.group("calendar")
def calendar_group() -> None:
    """The calendar feed of your standing calls (subscribe to it in any calendar program),
    and writing them to a CalDAV calendar.

    Example:

        \b
        boundaries calendar url --public-url https://calls.example.org
    """


@calendar_group.command("url")
@config_option
@database_option
@click.option(
    "--public-url",
    callback=checked_public_url,
    help="Public base URL of `serve`; default: [service] public_url.",
)
@account_option("Whose feed.")
def url_command(
    config_path: str, database: str | None, public_url: str | None, account: str
) -> None:
    """Print the feed's address with a new secret token; the previous address stops working.

    Example:

        \b
        boundaries calendar url --config boundaries.toml
    """
    config = read_config(config_path)
    base = (public_url or config.service.public_url or "").rstrip("/")
    store = open_existing(database)
    try:
        mine = account_of(store, account, config, adds=True)
        token = CalendarStore(store, mine).rotate_token()
    finally:
        store.close()
    path = f"/calendar/{token}.ics"
    if base:
        click.echo(base + path)
    else:
        click.echo(path)
        click.echo(told("calendar.path_only", path=path, config=config_path), err=True)
    click.echo(told("calendar.previous_gone"), err=True)


@calendar_group.command("push")
@config_option
@database_option
@account_option("Whose standing calls.")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Also write over standing calls changed in the CalDAV calendar (their changes there "
    "are lost).",
)
def push_command(
    config_path: str, database: str | None, account: str, overwrite: bool = False
) -> None:
    """Write the standing calls (with skips and agendas) to [calendar] caldav_url now.

    `serve` does the same at start and every refresh_minutes. The password comes from
    BOUNDARIES_CALDAV_PASSWORD. A standing call you changed in that calendar (cancelled or
    moved an occurrence there) is left as it is, and named with the `boundaries skip` that
    makes Boundaries agree (exit status 1); --overwrite writes over it.

    Example:

        \b
        BOUNDARIES_CALDAV_PASSWORD=... boundaries calendar push --config boundaries.toml
    """
    from boundaries.integrations.calendar.agenda import stored_feed
    from boundaries.integrations.calendar.caldav_sync import (
        CalDAVChangedThere,
        CalDAVError,
        publish,
    )

    config = read_config(config_path)
    if not config.calendar.caldav_url:
        raise CalDAVError.said_as("no_url")
    store = open_existing(database, reads_only=True)
    try:
        feed = stored_feed(config, store, account_of(store, account, config), datetime.now(UTC))
    finally:
        store.close()
    try:
        pushed = publish(config, feed, overwrite=overwrite)
    except CalDAVChangedThere as exc:
        click.echo(told("calendar.pushed_some_kept", **exc.pushed._asdict(), kept=len(exc.kept)))
        raise
    click.echo(told("calendar.pushed", **pushed._asdict()))
