"""Settings that are valid but leave part of the product doing nothing: warned about by
`check` and logged by `serve` at start (SPEC §3, §9). A refusal is for what cannot work; a
warning for what works as written but almost certainly not as meant."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import unquote, urlsplit

from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import local_occurrences


def warnings(
    config: Config, today: date | None = None, environ: Mapping[str, str] | None = None
) -> list[str]:
    """One sentence per setting that makes a part of the product useless, each naming the
    key, what follows from it and the fix; empty when there is none. `today` is the
    consultant's local day (default: now in their zone), for standing calls that ended;
    `environ` the environment passwords are read from (default: this process's)."""
    found: list[str] = []
    day = today or datetime.now(UTC).astimezone(config.consultant.zone).date()
    for client in config.clients:
        found.extend(_ended_standing_calls(client, day))
    if not config.consultant.working_hours:
        found.append(
            "consultant.working_hours is empty: you are never within working hours, so no "
            "ad-hoc call ever rings and an urgent press only notifies (standing calls still "
            'ring). Fix: list your hours, e.g. ["mon-fri 09:00-18:00"], or remove the key '
            "for that default."
        )
    if not config.clients:
        found.append(
            "no [[client]] is configured: every caller gets the neutral voicemail of an "
            "unknown caller and nothing is counted. Fix: add a [[client]] table for each "
            "organisation you work for (see README)."
        )
    for client in config.clients:
        if not client.phones and not client.emails:
            found.append(
                f"client {client.id} has no phones and no emails: none of its calls or emails "
                "can be recognised, so it is never screened, answered or counted. Fix: add "
                'phones = ["+33 1 23 45 67 89"] and/or emails = ["name@example.org"].'
            )
        elif not client.phones:
            found.append(
                f"client {client.id} has no phones: its calls are taken for an unknown "
                "caller's (no allowance, no urgent line, not counted). Fix: add the numbers "
                'it calls from, e.g. phones = ["+33 1 23 45 67 89"].'
            )
    calendar = config.calendar
    if calendar.caldav_url and not calendar.caldav_username:
        found.append(
            "[calendar] caldav_url is set without caldav_username: writing the standing "
            "calls there will fail at the login. Fix: add caldav_username (the password "
            "from BOUNDARIES_CALDAV_PASSWORD)."
        )
    if config.speech.model_path and config.speech.engine != "faster-whisper":
        found.append(
            f'[speech] model_path is not used by engine = "{config.speech.engine}" (only '
            "faster-whisper reads a model folder). Fix: remove model_path, or set engine = "
            '"faster-whisper".'
        )
    found.extend(_passwords_from_nowhere(config, os.environ if environ is None else environ))
    return found


def _passwords_from_nowhere(config: Config, environ: Mapping[str, str]) -> list[str]:
    """A server login (SMTP, IMAP, CalDAV) whose password has no source: not in `environ`
    (the variable, or for mail its `_FILE` form) and no password file in the configuration.
    The first connection would fail with "no password"; `check` says so before. Checked in
    the environment `check` or `serve` runs in, which is where the password is read."""
    found = []
    mail = config.mail
    for key, url, file_key, password_file, env, what in (
        (
            "smtp_url",
            mail.smtp_url,
            "smtp_password_file",
            mail.smtp_password_file,
            "BOUNDARIES_SMTP_PASSWORD",
            "replies and agendas stay in the outbox, unsent",
        ),
        (
            "imap_url",
            mail.imap_url,
            "imap_password_file",
            mail.imap_password_file,
            "BOUNDARIES_IMAP_PASSWORD",
            "clients' emails are not read",
        ),
    ):
        user = urlsplit(url).username if url else None
        if not user or password_file or env in environ or env + "_FILE" in environ:
            continue
        found.append(
            f"[mail] {key} logs in as {unquote(user)!r} but no password can be found: "
            f"{env} is not set here and {file_key} is not in the file, so where the server "
            f"asks for a login (most do), {what}. Fix: add "
            f'{file_key} = "{key.split("_")[0]}-password" (a file holding only the password, '
            f"beside this file), or export {env} where "
            "`boundaries serve` and `boundaries mail sync` run."
        )
    calendar = config.calendar
    if calendar.caldav_url and calendar.caldav_username and CALDAV_PASSWORD not in environ:
        found.append(
            f"[calendar] caldav_username {calendar.caldav_username!r} has no password: "
            f"{CALDAV_PASSWORD} is not set here, so writing the standing calls to CalDAV "
            f"fails at the login. Fix: export {CALDAV_PASSWORD} where `boundaries serve` and "
            "`boundaries calendar push` run."
        )
    return found


CALDAV_PASSWORD = "BOUNDARIES_CALDAV_PASSWORD"  # as integrations.calendar reads it


def _ended_standing_calls(client: Client, today: date) -> list[str]:
    """A standing call whose rule has no date from `today` on (its UNTIL or COUNT is past):
    it no longer rings through or gathers an agenda; the configuration still loads, since it
    worked until then."""
    found = []
    lo = datetime.combine(today, time())
    for j, call in enumerate(client.standing_calls):
        if (
            next(local_occurrences(call, lo, lo + timedelta(days=3 * 366), today.year), None)
            is None
        ):
            found.append(
                f"client {client.id}: standing_calls[{j}] ({call.rrule}) has no date to come: "
                "it no longer rings through or gets an agenda. Fix: remove it, or extend its "
                "UNTIL or COUNT."
            )
    return found
