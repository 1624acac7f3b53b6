"""`boundaries outbox`: what is waiting to be sent, sent or failed; approve or discard."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, date, datetime

import click

from boundaries.cli.columns import fitted, terminal_width
from boundaries.cli.language import read_config, spoken
from boundaries.cli.options import (
    F,
    account_option,
    checked_account,
    config_here,
    database_option,
    spoken_config_option,
)
from boundaries.cli.store_access import account_of, open_existing
from boundaries.domain.model import Config
from boundaries.errors import SaidError
from boundaries.i18n import day as written_day
from boundaries.i18n import said as catalogued
from boundaries.reporting.wording import Count
from boundaries.store import Store
from boundaries.store.calendar import CalendarStore
from boundaries.store.outbox import (
    EDITED,
    HELD_BECAUSE,
    STATES,
    WITHDRAWN,
    Outbox,
    OutboxEntry,
    OutboxError,
)


def _config(config_path: str | None) -> Config | None:
    """The configuration whose consultant's language the outbox speaks (SPEC §2, §7): the
    one given (--config, else BOUNDARIES_CONFIG), else `boundaries.toml` here when there is
    one, read as every command reads it (`read_config`: its refusals as they are); None
    without any (the terminal's language, `cli.language`)."""
    path = config_here(config_path)
    return read_config(path) if path is not None else None


def _open(
    database: str | None, account: str, config_path: str | None = None, reads_only: bool = False
) -> tuple[Store, Outbox, Config | None]:
    config = _config(config_path)
    # an outbox lives in the database the service writes to
    store = open_existing(database, reads_only=reads_only)
    try:
        return store, Outbox(store, account_of(store, account, config)), config
    except BaseException:
        store.close()
        raise


def _open_for(
    ctx: click.Context,
    database: str | None,
    account: str | None,
    config_path: str | None,
    reads_only: bool = False,
) -> tuple[Store, Outbox, Config | None]:
    """The outbox a subcommand acts on: `--database`/`--account`/`--config` given after the
    subcommand (as SPEC §7 writes it) win over those given before it, on the group."""
    return _open(
        database or ctx.obj["database"],
        account or ctx.obj["account"],
        config_path or ctx.obj["config_path"],
        reads_only,
    )


def _refused(exc: OutboxError, key: str) -> SaidError:
    """`exc` said in the consultant's language: the outbox's own words in English, the
    `refused` section of the outbox catalogue in another (by `exc.problem` and `exc.state`)."""

    def words(lang: str) -> str:
        if lang == "en" or exc.problem not in REFUSALS:
            return str(exc)
        state = catalogued("outbox", lang, f"state.{exc.state}") if exc.state in STATES else ""
        fix_key = f"refused.fix_{exc.state}" if exc.state in STATE_FIXED else "refused.fix_other"
        fix = catalogued("outbox", lang, fix_key, key=key)
        return catalogued("outbox", lang, f"refused.{exc.problem}", key=key, state=state, fix=fix)

    return SaidError(words)


REFUSALS = ("no_message", "empty", "state", "changed", "past", "withdrawn")
"""The problems of an `OutboxError` the outbox catalogue words (`refused.<problem>`)."""
STATE_FIXED = ("discarded", "sent", "queued", "sending")
"""The states whose refusal has its own fix in the catalogue (`refused.fix_<state>`)."""


def _account_option(fn: F) -> F:
    return click.option(
        "--account",
        callback=checked_account,
        default=None,
        help="Whose outbox (default: as given before, or default).",
    )(fn)


@click.group("outbox", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option(
    "--state",
    type=click.Choice(STATES),
    help="Only messages in this state (queued, sent, failed…).",
)
@account_option("Whose outbox.")
@database_option
@spoken_config_option
@click.pass_context
def outbox_command(
    ctx: click.Context,
    as_json: bool,
    state: str | None,
    account: str,
    database: str | None,
    config_path: str | None = None,
) -> None:
    """List the outbox: deferral replies and agendas, with their state (SPEC §10).

    States: waiting_approval, queued, sending, sent, failed, discarded. A failed message
    shows the server's answer in last_error; an agenda held because the client asked to
    move or call off its call says so (held).

    Example:

        \b
        boundaries outbox --json
        boundaries outbox show reply:horizon:2026-12-01
        boundaries outbox approve reply:horizon:2026-12-01
        boundaries outbox discard agenda:horizon:2026-12-04T09:00Z
    """
    ctx.ensure_object(dict)
    ctx.obj.update(account=account, database=database, config_path=config_path)
    if ctx.invoked_subcommand is not None:
        return
    store, outbox, _ = _open(database, account, config_path, reads_only=True)
    try:
        rows = outbox.entries(state)
    finally:
        store.close()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row.as_json(), ensure_ascii=False))
        return
    lang = spoken()
    click.echo("\n".join(_table(rows, terminal_width(), lang)))
    click.echo(catalogued("outbox", lang, "list.count", n=Count(lang, len(rows))))


def _table(rows: list[OutboxEntry], width: int, lang: str = "en") -> list[str]:
    """The outbox as lines at most `width` wide where the key allows: one line per message
    with the key that `approve` and `discard` take (always whole), the state, the attempts
    and the kind; under it, the address, the subject and the last error whole, wrapped to the
    width and indented (never cut: the server's cause and the call a subject names are what
    the consultant needs). Headers, labels and the service's own reasons in `lang`; states and
    kinds as `--state` and `--json` name them; a mail server's answer as it gave it."""

    def label(name: str) -> str:
        return catalogued("outbox", lang, f"list.{name}")

    table = fitted(
        [label(h) for h in ("key", "state", "tries", "kind")],
        [[r.key, r.state, str(r.attempts), r.kind] for r in rows],
        width,
    )
    out = table[:2]
    for row, line in zip(rows, table[2:], strict=True):
        out.append(line)
        said_of = (
            ("to", row.to),
            ("subject", row.subject),
            ("held", row.held_said(lang) or ""),
            # the service's withdrawal is no error (trial40 §3: « erreur : … rien à faire »)
            ("withdrawn" if WITHDRAWN in row.detail else "error", row.error_said(lang) or ""),
        )
        for name, said in said_of:
            if said:
                first = catalogued("outbox", lang, f"list.line_{name}", said="")
                out += textwrap.wrap(
                    " ".join(said.split()),
                    max(width, 30),
                    initial_indent="    " + first,
                    subsequent_indent=" " * (len(first.rstrip()) + 5),
                    break_on_hyphens=False,
                )
    return out


@outbox_command.command("show")
@click.argument("key")
@database_option
@_account_option
@spoken_config_option
@click.pass_context
def show_command(
    ctx: click.Context,
    key: str,
    database: str | None = None,
    account: str | None = None,
    config_path: str | None = None,
) -> None:
    """Print one message as it will go out: to, subject, state, last error and its whole
    text, to read a held reply before `approve` (or `discard`).

    Example:

        \b
        boundaries outbox show reply:horizon:2026-12-01
    """
    store, outbox, _ = _open_for(ctx, database, account, config_path, reads_only=True)
    try:
        entry = outbox.get(key)
    finally:
        store.close()
    if entry is None:
        raise _refused(
            OutboxError(
                f"no message with key {key!r} in the outbox. Fix: copy a key from "
                "`boundaries outbox`.",
                "no_message",
            ),
            key,
        )
    lang = spoken()

    def say(line: str, /, **values: object) -> str:
        return catalogued("outbox", lang, line, **values)

    click.echo(say("show.key", key=entry.key))
    click.echo(say("show.to", to=entry.to))
    click.echo(say("show.subject", subject=entry.subject))
    click.echo(say("show.state", state=entry.state, attempts=entry.attempts))
    if held := entry.held_said(lang):
        click.echo(say("show.held", held=held))
    if error := entry.error_said(lang):
        click.echo(say("show.error", error=error))
    click.echo("")
    click.echo(entry.text)


@outbox_command.command("approve")
@click.argument("key")
@database_option
@_account_option
@spoken_config_option
@click.pass_context
def approve_command(
    ctx: click.Context,
    key: str,
    database: str | None = None,
    account: str | None = None,
    config_path: str | None = None,
) -> None:
    """Send a held reply (or try a failed message again) at the next mail cycle.

    Speaks the consultant's language (the configuration's: --config, BOUNDARIES_CONFIG or
    boundaries.toml here), and says when the reply names a call called off or moved since
    it was written.

    Example:

        \b
        boundaries outbox approve reply:horizon:2026-12-01
    """
    store, outbox, config = _open_for(ctx, database, account, config_path)
    lang = spoken()
    try:
        planned = None
        if config is not None:  # the calls as they stand: skips, and the rules as they are now
            planned = CalendarStore(store, outbox.account_id).calendar(config).has_call
        try:
            entry = outbox.approve(key, datetime.now(UTC), planned)
        except OutboxError as exc:
            raise _refused(exc, key) from None
        off = outbox.calls_called_off(entry, planned)
    finally:
        store.close()
    click.echo(catalogued("outbox", lang, "done.queued", key=entry.key))
    if off:
        days = catalogued("outbox", lang, "done.and").join(
            written_day(date.fromisoformat(d), lang) for d in off
        )
        edited = bool(entry.detail.get(EDITED))
        told = "done.off_edited" if edited else "done.off_renamed"
        click.echo(catalogued("outbox", lang, told, days=days, key=entry.key))


@outbox_command.command("discard")
@click.argument("key")
@database_option
@_account_option
@spoken_config_option
@click.pass_context
def discard_command(
    ctx: click.Context,
    key: str,
    database: str | None = None,
    account: str | None = None,
    config_path: str | None = None,
) -> None:
    """Never send this message (it stays listed as discarded).

    Example:

        \b
        boundaries outbox discard reply:horizon:2026-12-01
    """
    store, outbox, _ = _open_for(ctx, database, account, config_path)
    lang = spoken()
    try:
        entry = outbox.discard(key)
    except OutboxError as exc:
        if exc.problem == "state" and exc.state == "discarded":
            # asked twice (a script run again): what was asked holds, no error (trial45 B12)
            click.echo(catalogued("outbox", lang, "done.already_discarded", key=key))
            return
        raise _refused(exc, key) from None
    finally:
        store.close()
    if entry.kind == "agenda" and HELD_BECAUSE in entry.detail:
        click.echo(catalogued("outbox", lang, "done.discarded_topics", key=entry.key))
    else:
        click.echo(catalogued("outbox", lang, "done.discarded", key=entry.key))
