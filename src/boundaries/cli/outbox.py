"""`boundaries outbox`: what is waiting to be sent, sent or failed; approve or discard."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime

import click

from boundaries.cli.columns import fitted, terminal_width
from boundaries.cli.options import F, account_option, checked_account, database_option
from boundaries.cli.store_access import account_of, open_existing
from boundaries.store import Store
from boundaries.store.outbox import (
    EDITED,
    HELD_BECAUSE,
    STATES,
    Outbox,
    OutboxEntry,
    OutboxError,
)


def _open(database: str | None, account: str) -> tuple[Store, Outbox]:
    store = open_existing(database)  # an outbox lives in the database the service writes to
    return store, Outbox(store, account_of(store, account, None))


def _open_for(
    ctx: click.Context, database: str | None, account: str | None
) -> tuple[Store, Outbox]:
    """The outbox a subcommand acts on: `--database`/`--account` given after the subcommand
    (as SPEC §7 writes it) win over those given before it, on the group."""
    return _open(database or ctx.obj["database"], account or ctx.obj["account"])


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
@click.pass_context
def outbox_command(
    ctx: click.Context, as_json: bool, state: str | None, account: str, database: str | None
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
    ctx.obj.update(account=account, database=database)
    if ctx.invoked_subcommand is not None:
        return
    store, outbox = _open(database, account)
    try:
        rows = outbox.entries(state)
    finally:
        store.close()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row.as_json(), ensure_ascii=False))
        return
    click.echo("\n".join(_table(rows, terminal_width())))
    click.echo(f"{len(rows)} message(s).")


def _table(rows: list[OutboxEntry], width: int) -> list[str]:
    """The outbox as lines at most `width` wide where the key allows: one line per message
    with the key that `approve` and `discard` take (always whole), the state, the attempts
    and the kind; under it, the address, the subject and the last error whole, wrapped to the
    width and indented (never cut: the server's cause and the call a subject names are what
    the consultant needs)."""
    table = fitted(
        ["key", "state", "tries", "kind"],
        [[r.key, r.state, str(r.attempts), r.kind] for r in rows],
        width,
    )
    out = table[:2]
    for row, line in zip(rows, table[2:], strict=True):
        out.append(line)
        said_of = (
            ("to", row.to),
            ("subject", row.subject),
            ("held", row.held_because or ""),
            ("error", row.last_error or ""),
        )
        for label, said in said_of:
            if said:
                out += textwrap.wrap(
                    " ".join(said.split()),
                    max(width, 30),
                    initial_indent=f"    {label}: ",
                    subsequent_indent=" " * (len(label) + 6),
                    break_on_hyphens=False,
                )
    return out


@outbox_command.command("show")
@click.argument("key")
@database_option
@_account_option
@click.pass_context
def show_command(
    ctx: click.Context, key: str, database: str | None = None, account: str | None = None
) -> None:
    """Print one message as it will go out: to, subject, state, last error and its whole
    text, to read a held reply before `approve` (or `discard`).

    Example:

        \b
        boundaries outbox show reply:horizon:2026-12-01
    """
    store, outbox = _open_for(ctx, database, account)
    try:
        entry = outbox.get(key)
    finally:
        store.close()
    if entry is None:
        raise OutboxError(
            f"no message with key {key!r} in the outbox. Fix: copy a key from `boundaries outbox`.",
            "no_message",
        )
    click.echo(f"Key: {entry.key}")
    click.echo(f"To: {entry.to}")
    click.echo(f"Subject: {entry.subject}")
    click.echo(f"State: {entry.state} (attempts: {entry.attempts})")
    if entry.held_because:
        click.echo(f"Held: {entry.held_because}")
    if entry.last_error:
        click.echo(f"Last error: {entry.last_error}")
    click.echo("")
    click.echo(entry.text)


@outbox_command.command("approve")
@click.argument("key")
@database_option
@_account_option
@click.pass_context
def approve_command(
    ctx: click.Context, key: str, database: str | None = None, account: str | None = None
) -> None:
    """Send a held reply (or try a failed message again) at the next mail cycle.

    Example:

        \b
        boundaries outbox approve reply:horizon:2026-12-01
    """
    store, outbox = _open_for(ctx, database, account)
    try:
        entry = outbox.approve(key, datetime.now(UTC))
        off = outbox.calls_called_off(entry)
    finally:
        store.close()
    click.echo(f"{entry.key}: queued; it goes out at the next mail cycle.")
    if off and entry.detail.get(EDITED):
        click.echo(
            f"It names your call of {', '.join(off)} with the client, called off since it was "
            "written (`boundaries skip`), and you edited it: it goes out as you wrote it. Fix: "
            "correct the date on the Outbox page of the dashboard, or "
            f"`boundaries outbox discard {entry.key}`, before the next mail cycle."
        )
    elif off:
        click.echo(
            f"It named your call of {', '.join(off)} with the client, called off since it was "
            "written (`boundaries skip`): the mail cycle rewrites it to name the next call "
            "before it goes out."
        )


@outbox_command.command("discard")
@click.argument("key")
@database_option
@_account_option
@click.pass_context
def discard_command(
    ctx: click.Context, key: str, database: str | None = None, account: str | None = None
) -> None:
    """Never send this message (it stays listed as discarded).

    Example:

        \b
        boundaries outbox discard reply:horizon:2026-12-01
    """
    store, outbox = _open_for(ctx, database, account)
    try:
        entry = outbox.discard(key)
    finally:
        store.close()
    if entry.kind == "agenda" and HELD_BECAUSE in entry.detail:
        click.echo(f"{entry.key}: discarded; its topics go on the client's next agenda.")
    else:
        click.echo(f"{entry.key}: discarded.")
