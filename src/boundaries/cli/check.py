"""`boundaries check`: validate the configuration and summarise it."""

from __future__ import annotations

import os
import re
import textwrap
from datetime import UTC, datetime, time, tzinfo
from pathlib import Path

import click

from boundaries.cells import wrap_cells
from boundaries.cli.columns import fitted, terminal_width
from boundaries.cli.language import read_config
from boundaries.cli.options import account_option, config_option, database_option
from boundaries.cli.sources import parse_now
from boundaries.cli.store_access import NoDatabase, account_of, open_existing
from boundaries.config import advice
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.errors import BoundariesError, reason
from boundaries.i18n import phone_written, said, working_days
from boundaries.integrations.calendar.busy import shown_address, source_name
from boundaries.integrations.notify import missing_channel
from boundaries.store.calendar import CalendarStore
from boundaries.store.database import DEFAULT_URL


@click.command()
@config_option
@database_option
@account_option("Whose skipped standing calls to apply.")
@click.option(
    "--now", "now_text", metavar="ISO", help="Next calls as of this moment (default: now)."
)
def check(
    config_path: str,
    database: str | None = None,
    account: str = "default",
    now_text: str | None = None,
) -> None:
    """Validate a configuration file and show clients and their next standing calls.

    The next standing calls leave out those cancelled with `boundaries skip`: they are read
    from --database (or DATABASE_URL, or boundaries.sqlite3 here when it exists); with no
    store, the output says the skips were not applied.

    Exits with status 1 and names every problem (key and line) when the file is refused.

    Example:

        \b
        boundaries check --config examples/boundaries.toml
    """
    config = read_config(config_path)  # from here on, the consultant's language
    zone = config.consultant.zone
    c = config.consultant
    lang = c.language

    def say(key: str, **values: object) -> str:
        return said("check", lang, key, **values)

    calendar, skips_note = _standing_calls(config, database, account, lang)
    now = parse_now(now_text) or datetime.now(UTC)
    width = terminal_width()
    # in the consultant's language: « lun.–ven. 09:00-12:30 », not the file's "mon,tue,…"
    # (an end read as "24:00" is the end of the day, shown as written, not "23:59", trial36)
    hours = "; ".join(
        f"{working_days(h.days, lang)} {h.start:%H:%M}-"
        + ("24:00" if h.end == time.max else f"{h.end:%H:%M}")
        for h in c.working_hours
    ) or say("summary.hours_none")
    summary = [
        say("summary.ok", path=config_path),
        say("summary.consultant", name=c.name, email=c.email),
        say("summary.phone", phone=phone_written(c.phone), zone=c.timezone, language=c.language),
        say("summary.hours", hours=hours),
    ]
    if config.calendar.busy:
        names = ", ".join(source_name(s) for s in config.calendar.busy)
        summary.append(say("summary.busy", names=names))
    if config.calendar.caldav_url:
        caldav = shown_address(config.calendar.caldav_url)  # no user:password@, no token
        summary.append(say("summary.caldav", address=caldav))
    for line in summary:  # wrapped at spaces, never cut
        click.echo(_wrapped(line, width, keep_words=True))
    rows = []
    for client in config.clients:
        nxt = calendar.next_call(client.id, now)
        when = _moment(nxt.start, lang, zone) if nxt else say("table.none")
        # Long names wrap at words and phones go one per line: nothing is cut at 80 columns.
        name = "\n".join(wrap_cells(client.name, NAME_WIDTH) or ["-"])
        phones = "\n".join(phone_written(p) for p in client.phones)
        rows.append(
            [
                client.id,
                name + ("\n" + phones if phones else ""),
                client.language,
                str(client.adhoc_calls_per_week),
                say("table.yes") if client.urgent_line else say("table.no"),
                when,
            ]
        )
    headers = [say(f"table.{h}") for h in ("client", "name", "lang", "adhoc", "urgent", "next")]
    click.echo("\n".join(fitted(headers, rows, terminal_width())))
    click.echo(say("summary.clients", n=len(config.clients)))
    for paragraph in skips_note:  # the store's problem, then what the table is read from
        click.echo(_wrapped(paragraph, width))
    # Warnings, not refusals: the service runs as written, but not as almost surely meant.
    channel = missing_channel(config, bool(config.service.notify), lang=lang)
    for warning in [*([channel] if channel else []), *advice.warnings(config, lang=lang)]:
        line = say("summary.warning", warning=warning)
        click.echo(_wrapped(line, width))


def _standing_calls(
    config: Config, database: str | None, account: str, lang: str = "en"
) -> tuple[Calendar, list[str]]:
    """The clients' standing calls as `boundaries skip` left them, and the paragraphs saying
    where the skips came from: the store of `database` (else DATABASE_URL, else the default SQLite
    file when it exists here), the account `account`. With no store to read, or a default
    file that does not hold the account, the configuration's alone, and a paragraph says the
    skips were not applied and how to apply them (newcomer14 M6), a paragraph after the one
    naming the store's problem (trial40 §7: one subject per paragraph); the lines in `lang`.

    Raises `UnknownAccount` or `StoreError` when a store named by --database or DATABASE_URL
    cannot be read, as every reader of the store does; one that does not exist yet (or holds
    no Boundaries tables), and a default file found here that cannot be read, only have
    their reason said."""
    named = database is not None or bool(os.environ.get("DATABASE_URL"))
    default = Path(DEFAULT_URL.split("///", 1)[1])
    unapplied = said("check", lang, "skips.unapplied")
    if not named and not default.is_file():
        return Calendar(config), [unapplied]
    try:
        store = open_existing(database, reads_only=True)
        try:
            calendar = CalendarStore(store, account_of(store, account, config)).calendar(config)
        finally:
            store.close()
    except BoundariesError as exc:
        if named and not (isinstance(exc, NoDatabase) and exc.not_made):
            raise  # the store asked for cannot be read: said, as every reader says it
        if named:
            # a database not made yet (a new PostgreSQL database, before the first `serve`):
            # the configuration is still checked, the skips said not applied (trial41 §9)
            return Calendar(config), [_sentence(exc.said(lang)), unapplied]
        # a store found here by default that cannot be read (or holds another consultant)
        # does not stop the check of the file; the line says so
        why = exc.said(lang) if isinstance(exc, BoundariesError) else reason(exc)
        return Calendar(config), [
            said("check", lang, "skips.unreadable", default=default, reason=why),
            unapplied,
        ]
    where = "--database" if database else ("DATABASE_URL" if named else str(default))
    skipped = len(calendar.skipped)
    return calendar, [said("check", lang, "skips.applied", n=skipped, where=where, account=account)]


def _sentence(text: str) -> str:
    """`text` as a sentence of its own: its first letter a capital, unless it opens on a
    path or a URL, written as it is."""
    first = text.split(" ", 1)[0]
    return text if "/" in first or ":" in first else text[:1].upper() + text[1:]


NAME_WIDTH = 24  # characters of a client's name per line


def _moment(start: datetime, lang: str, zone: tzinfo) -> str:
    """A standing call's start in the consultant's zone for the table, its weekday in `lang`:
    "Fri 2026-12-04 10:00", « ven. 2026-12-04 10:00 » (Babel's abbreviated weekday)."""
    from babel.dates import format_datetime

    from boundaries.i18n import LOCALES

    local = start.astimezone(zone)
    weekday = format_datetime(local, "EEE", locale=LOCALES.get(lang, "en_US"))
    return f"{weekday} {local:%Y-%m-%d %H:%M}"


# A space French typography ties to the sign after or before it (« Solution : », « ? »,
# guillemets): a line is never broken there (trial35 §11: "Solution\n  : exportez…").
_TIED = re.compile(r" (?=[:;?!»])|(?<=«) ")
_TIE = "\u00a0"  # no break for `textwrap`, which breaks at ASCII whitespace only


def _wrapped(line: str, width: int, keep_words: bool = False) -> str:
    """`line` wrapped to `width` columns, the lines after the first indented by two spaces,
    never broken before a French colon, semicolon, question or exclamation mark, nor inside
    guillemets' spaces, nor inside a hyphenated word; with `keep_words`, a word longer than
    the line is not cut either."""

    def wrap(text: str) -> list[str]:
        return textwrap.wrap(
            text,
            width,
            subsequent_indent="  ",
            break_long_words=not keep_words,
            # never inside a value to type: « smtp_password_file = "smtp-\n  password" »
            break_on_hyphens=False,
        )

    lines = wrap(_TIED.sub(_TIE, line))
    if any(len(x) > width for x in lines):
        # a sign tied to a word as long as the line (a file's path before « : ») would
        # overflow it: that line is wrapped as written
        lines = wrap(line)
    return "\n".join(x.replace(_TIE, " ") for x in lines)
