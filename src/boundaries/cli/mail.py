"""`boundaries mail sync`: one mail cycle (read, compose replies and agendas, send)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import click

from boundaries.cli.language import read_config, told
from boundaries.cli.options import account_option, config_option, database_option
from boundaries.i18n import said
from boundaries.reporting.wording import Count
from boundaries.simulation.events import EARLIEST, LATEST

AHEAD_TOLERANCE = timedelta(minutes=1)
"""How far ahead of the real clock `--now` may be and still send what it finds due."""


@contextmanager
def _runner_log_off_the_terminal() -> Iterator[None]:
    """Keep the job runner's log lines ("job notify … failed for good", in English: the log's
    language) off the terminal while `mail sync` runs: the cycle's report says what became of
    the alerts in the consultant's language (trial44 §13). `serve` logs them as before."""
    runner = logging.getLogger("boundaries.jobs")
    kept = runner.propagate
    quiet = logging.NullHandler()
    runner.addHandler(quiet)
    runner.propagate = False
    try:
        yield
    finally:
        runner.removeHandler(quiet)
        runner.propagate = kept


def _now(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            told("option.now_not_iso", value=value, example="2026-12-01T17:00:00+01:00")
        ) from None
    if when.tzinfo is None:
        raise click.BadParameter(told("option.now_no_offset", value=value))
    try:
        moment = when.astimezone(UTC)
    except OverflowError:
        moment = datetime.min.replace(tzinfo=UTC) if when.year < 2000 else LATEST
    if not EARLIEST <= moment < LATEST:
        raise click.BadParameter(
            told("option.now_out_of_years", value=value, first=EARLIEST.year, last=LATEST.year - 1)
        )
    return moment


@click.group("mail")
def mail_command() -> None:
    """Email: read the inbox and Sent folder, send deferral replies and agendas (SPEC §10).

    Example:

        \b
        boundaries mail sync --config boundaries.toml
    """


@mail_command.command("sync")
@config_option
@database_option
@click.option(
    "--now",
    callback=_now,
    metavar="ISO",
    help="Read and compose what is due as if it were this moment (default: now), and send "
    "what is due by then; what is sent is real mail, dated and recorded with the real clock, "
    "so a moment ahead of the clock sends nothing early: what it composed waits in the outbox "
    "for its time, and it withdraws no agenda and rewrites no stored message before the real "
    "clock gets there.",
)
@click.option("--json", "as_json", is_flag=True, help="Print what the cycle did as JSON.")
@account_option("Whose mail.")
def sync_command(
    config_path: str, database: str | None, now: datetime, as_json: bool, account: str
) -> None:
    """Run one mail cycle: read, compose what is due at NOW, send the outbox.

    `boundaries serve` runs the same cycle every minute; running it from cron or by hand
    at the same time is safe (nothing is sent twice). Exits with status 1, naming each
    problem and its fix, when a server cannot be reached or logged into, a folder cannot be
    read, or a message was refused or interrupted; what was read and queued stays stored.

    Example:

        \b
        boundaries mail sync --config boundaries.toml --now 2026-12-01T17:00:00+01:00
    """
    from boundaries.cli.store_access import account_of, open_existing
    from boundaries.integrations.mail.cycle import MailCycle

    config = read_config(config_path)
    store = open_existing(database)  # a new store would read the inbox from the start
    try:
        # A store that cannot store is refused before anything is read or said done: a
        # cycle's summary followed by "the database is read-only" reads as both (newcomer58
        # §7); the refusal names the cause and its fix, in the consultant's language.
        store.check_writable()
        account_of(store, account, config, adds=True)  # a typo, another's account: refused
        cycle = MailCycle(config, store, account)
        # a moment ahead of the clock composes what will be due, but real mail never leaves
        # before its time (newcomer51 §4: a reply sent 4 hours early named a call as past)
        real = datetime.now(UTC)
        ahead = now > real + AHEAD_TOLERANCE
        with _runner_log_off_the_terminal():
            report = cycle.run(now, send_until=real if ahead else None)
        lang = config.consultant.language
        if ahead:
            report.notes.append(said("sync", lang, "note.ahead"))
        # notices that failed for want of a channel go out once there is one, as `serve`
        # sends them on start: `mail sync` from cron after the fix need not wait for a restart
        with _runner_log_off_the_terminal():
            cycle.resume_notices(report)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        said_done = said(
            "sync",
            lang,
            "done.read",
            emails=Count(lang, report.emails_read),
            updates=Count(lang, report.updates_read),
        )
        if report.automatic_read:
            said_done += said("sync", lang, "done.automatic", n=Count(lang, report.automatic_read))
        said_done += said(
            "sync",
            lang,
            "done.queued",
            replies=Count(lang, report.replies_queued),
            agendas=Count(lang, report.agendas_queued),
            sent=report.sent,
            retrying=report.retrying,
            failed=report.failed,
        )
        click.echo(said_done)
        if report.notices_resumed:
            click.echo(said("sync", lang, "done.resumed", n=Count(lang, report.notices_resumed)))
        for note in report.notes:
            click.echo(said("sync", lang, "note.prefix", note=note), err=True)
        if not config.mail.imap_url:
            click.echo(said("sync", lang, "note.no_imap"), err=True)
        if not config.mail.smtp_url:
            click.echo(said("sync", lang, "note.no_smtp"), err=True)
    # The problems go to stderr in both forms, and the exit status says the cycle fell short,
    # so that cron or a script can tell (SPEC §9); what was read and queued stays stored.
    for key in report.interrupted:
        click.echo(said("sync", lang, "problem.interrupted", key=key), err=True)
    if report.failed:
        click.echo(said("sync", lang, "problem.failed", n=report.failed), err=True)
    for error in report.errors:
        click.echo(said("sync", lang, "problem.given", error=error), err=True)
    if not report.ok:
        raise SystemExit(1)
