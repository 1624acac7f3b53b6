"""`boundaries jobs`: the background work of the live service and its state, in one place."""

from __future__ import annotations

import json

import click

from boundaries.cli.columns import fitted, shorten, terminal_width
from boundaries.cli.options import account_option, database_option
from boundaries.cli.store_access import account_of, open_existing
from boundaries.store import JobQueue

STATES = ("pending", "running", "done", "failed")


@click.command("jobs")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (times in UTC).")
@click.option("--state", type=click.Choice(STATES), help="Only jobs in this state.")
@account_option("Whose jobs.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@database_option
def jobs_command(
    as_json: bool, state: str | None, account: str, limit: int, database: str | None
) -> None:
    """List background jobs (notifications, transcriptions…), newest first: state, attempts,
    the next attempt and the last error.

    pending: waiting or being retried, or waiting for the job it comes after (a call's
    second notice waits for its first); running: claimed by a service process; done; failed:
    given up (the error says why). Reads the store only.

    Example:

        \b
        boundaries jobs --state failed
    """
    store = open_existing(database, reads_only=True)
    try:
        jobs = JobQueue(store).list(account_of(store, account, None), state=state, limit=limit)
    finally:
        store.close()
    if as_json:
        for job in jobs:
            click.echo(json.dumps(job.as_json(), ensure_ascii=False))
        return
    width = terminal_width()
    rows = [
        [
            job.kind,
            job.state,
            str(job.attempts),
            job.updated_at.strftime("%Y-%m-%d %H:%M:%S") + " UTC",
            job.key
            + (f"\n(after {job.after_key})" if job.after_key and job.state == "pending" else "")
            + (
                "\nnext try " + job.next_attempt_at.strftime("%Y-%m-%d %H:%M:%S") + " UTC"
                if job.state == "pending" and job.attempts
                else ""
            )
            + ("\n" + shorten(job.last_error, width - 4) if job.last_error else ""),
        ]
        for job in jobs
    ]
    click.echo(
        "\n".join(
            fitted(
                ["kind", "state", "tries", "updated", "key / last error"], rows, width, elastic=4
            )
        )
    )
    click.echo(f"{len(jobs)} job(s).")
