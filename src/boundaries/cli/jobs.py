"""`boundaries jobs`: the background work of the live service and its state, in one place."""

from __future__ import annotations

import json
import textwrap

import click

from boundaries.cli.columns import fitted, table_time, terminal_width
from boundaries.cli.events import events_zone
from boundaries.cli.language import spoken
from boundaries.cli.options import account_option, database_option, zone_config_option
from boundaries.cli.store_access import account_of, open_existing
from boundaries.i18n import said
from boundaries.store import JobQueue

STATES = ("pending", "running", "done", "failed")


@click.command("jobs")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (times in UTC).")
@click.option("--state", type=click.Choice(STATES), help="Only jobs in this state.")
@account_option("Whose jobs.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@zone_config_option("the jobs are")
@database_option
def jobs_command(
    as_json: bool,
    state: str | None,
    account: str,
    limit: int,
    config_path: str | None,
    database: str | None,
) -> None:
    """List background jobs (notifications, transcriptions…), newest first: state, attempts,
    the next attempt and the last error (whole, wrapped), times in the consultant's zone.

    pending: waiting or being retried, or waiting for the job it comes after (a call's
    second notice waits for its first); running: claimed by a service process; done; failed:
    given up (the error says why). Reads the store only.

    Example:

        \b
        boundaries jobs --config boundaries.toml --state failed
    """
    zone, note, config = events_zone(config_path)
    store = open_existing(database, reads_only=True)
    try:
        jobs = JobQueue(store).list(account_of(store, account, config), state=state, limit=limit)
    finally:
        store.close()
    if as_json:
        for job in jobs:
            click.echo(json.dumps(job.as_json(), ensure_ascii=False))
        return
    lang = spoken()
    width = terminal_width()

    def words(name: str, /, **values: object) -> str:
        return said("tables", lang, f"jobs.{name}", **values)

    rows = []
    for job in jobs:
        lines = [job.key]
        if job.after_key and job.state == "pending":
            lines.append(words("after", key=job.after_key))
        if job.state == "pending" and job.attempts:
            lines.append(words("next_try", when=table_time(job.next_attempt_at, zone, lang)))
        updated = table_time(job.updated_at, zone, lang)
        rows.append([job.kind, job.state, str(job.attempts), updated, "\n".join(lines)])
    headers = [words(h) for h in ("kind", "state", "tries", "updated", "key")]
    table = fitted(headers, rows, width, elastic=4)
    out, at = table[:2], 2
    for job, row in zip(jobs, rows, strict=True):
        height = len(row[4].split("\n"))
        out += table[at : at + height]
        at += height
        if job.last_error:  # whole, under its row: the error names the fix (newcomer58 §6)
            said_error = " ".join(job.last_error.split())
            out += textwrap.wrap(
                said_error, max(width, 30), initial_indent="    ", subsequent_indent="    "
            )
    click.echo("\n".join(out))
    click.echo(textwrap.fill(words("count", n=len(jobs)) + " " + note, max(width, 30)))
