"""Settings that are valid but leave part of the product doing nothing: warned about by
`check` and logged by `serve` at start (SPEC §3, §9). A refusal is for what cannot work; a
warning for what works as written but almost certainly not as meant."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import in_working_hours, local_occurrences
from boundaries.i18n import said, written


def _warn(lang: str, name: str, /, **values: object) -> str:
    """`warn.<name>` of the check catalogue (locales/<lang>/check.toml) in `lang`."""
    return said("check", lang, "warn." + name, **values)


def warnings(
    config: Config,
    today: date | None = None,
    environ: Mapping[str, str] | None = None,
    lang: str = "en",
) -> list[str]:
    """One sentence per setting that makes a part of the product useless, each naming the
    key, what follows from it and the fix, in `lang` (`check` speaks the consultant's
    language, `serve` logs English); empty when there is none. `today` is the
    consultant's local day (default: now in their zone), for standing calls that ended;
    `environ` the environment passwords are read from (default: this process's)."""
    found: list[str] = []
    day = today or datetime.now(UTC).astimezone(config.consultant.zone).date()
    for client in config.clients:
        found.extend(_ended_standing_calls(client, day, lang))
    if not config.consultant.working_hours:
        found.append(_warn(lang, "no_hours"))
    else:
        for client in config.clients:
            found.extend(_standing_calls_outside_hours(config, client, day, lang))
        if config.mail.smtp_url:
            found.extend(_agendas_outside_hours(config, day, lang))
    if not config.clients:
        found.append(_warn(lang, "no_clients"))
    for client in config.clients:
        if not client.phones and not client.emails:
            found.append(_warn(lang, "no_contact", client=client.id))
        elif not client.phones:
            found.append(_warn(lang, "no_phones", client=client.id))
        if config.consultant.phone in client.phones:
            # your own calls (from your mobile, testing) would be taken for the client's
            found.append(_warn(lang, "own_phone", client=client.id, phone=config.consultant.phone))
    # one sentence for every client without a standing call, not one each (trial41 §10: 26
    # identical paragraphs for 26 such clients)
    without = [c.id for c in config.clients if not c.standing_calls]
    if len(without) == 1:
        found.append(_warn(lang, "no_standing_call", client=without[0]))
    elif without:
        found.append(_warn(lang, "no_standing_calls", clients=", ".join(without)))
    # a rate given as 0, a placeholder more often than a price (trial45 B11: `check` said
    # nothing): the premium and the rate letter need the rate billed
    unpriced = [c.id for c in config.clients if c.hourly_rate == 0]
    if unpriced:
        found.append(_warn(lang, "zero_rate", clients=", ".join(unpriced)))
    calendar = config.calendar
    if calendar.caldav_url and not calendar.caldav_username:
        found.append(_warn(lang, "caldav_user"))
    if config.speech.model_path and config.speech.engine != "faster-whisper":
        found.append(_warn(lang, "model_path", engine=config.speech.engine))
    found.extend(_passwords_from_nowhere(config, os.environ if environ is None else environ, lang))
    return found


def _passwords_from_nowhere(config: Config, environ: Mapping[str, str], lang: str) -> list[str]:
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
            "smtp_unsent",
        ),
        (
            "imap_url",
            mail.imap_url,
            "imap_password_file",
            mail.imap_password_file,
            "BOUNDARIES_IMAP_PASSWORD",
            "imap_unread",
        ),
    ):
        user = urlsplit(url).username if url else None
        if not user or password_file or env in environ or env + "_FILE" in environ:
            continue
        found.append(
            _warn(
                lang,
                "mail_password",
                key=key,
                user=repr(unquote(user)),
                env=env,
                file_key=file_key,
                what=_warn(lang, what),
                file=f"{key.split('_')[0]}-password",
            )
        )
    calendar = config.calendar
    if calendar.caldav_url and calendar.caldav_username and CALDAV_PASSWORD not in environ:
        found.append(
            _warn(lang, "caldav_password", user=repr(calendar.caldav_username), env=CALDAV_PASSWORD)
        )
    return found


CALDAV_PASSWORD = "BOUNDARIES_CALDAV_PASSWORD"  # as integrations.calendar reads it


OUTSIDE_HOURS_WEEKS = 8
"""Weeks of a standing call's dates to come that are read for one outside working hours."""


def _standing_calls_outside_hours(
    config: Config, client: Client, today: date, lang: str
) -> list[str]:
    """A standing call that begins, on some date to come, outside the consultant's working
    hours ("Thursday 17:30" with hours ending at 17:00): it rings through when nobody is
    working, and the replay counts each such call as missed (trial34 §6)."""
    found = []
    lo = datetime.combine(today, time())
    hi = lo + timedelta(weeks=OUTSIDE_HOURS_WEEKS)
    for j, call in enumerate(client.standing_calls):
        outside = next(
            (
                o
                for o in local_occurrences(call, lo, hi, today.year)
                if not in_working_hours(config.consultant, o)
            ),
            None,
        )
        if outside is not None:
            found.append(
                _warn(
                    lang,
                    "outside_hours",
                    client=client.id,
                    index=j,
                    rrule=call.rrule,
                    start=call.start.strftime("%H:%M"),
                    day=outside.date().isoformat(),
                )
            )
    return found


def _agendas_outside_hours(config: Config, today: date, lang: str) -> list[str]:
    """A standing call whose agenda, sent `agenda_hours_before` it (SPEC §10), goes out on
    some date to come outside the consultant's working hours ("Sun 10:00" for a Monday 10:00
    call and the default 24 hours): clients get mail from the consultant on a day off
    (trial38 §7). One warning per client and call, with an `agenda_hours_before` that puts
    that agenda on the working day before at the same hour, when there is one in a week."""
    from boundaries.domain.schedule import Calendar  # the rules of the standing calls

    calendar = Calendar(config)
    zone = config.consultant.zone
    before = timedelta(hours=config.mail.agenda_hours_before)
    lo = datetime.combine(today, time(), zone).astimezone(UTC)
    hi = lo + timedelta(weeks=OUTSIDE_HOURS_WEEKS)
    common = _agenda_hours_for_all(config, calendar, lo, hi)
    found = []
    for client in config.clients:
        seen: set[tuple[int, time]] = set()  # (weekday, hour) of the calls already warned of
        at = lo
        while (slot := calendar.next_call(client.id, at)) is not None and slot.start < hi:
            at = slot.start
            call = slot.start.astimezone(zone)
            sent = (slot.start - before).astimezone(zone)
            if (call.weekday(), call.time()) in seen or in_working_hours(
                config.consultant, sent.replace(tzinfo=None)
            ):
                continue
            seen.add((call.weekday(), call.time()))
            earlier = next(
                (
                    days
                    for days in range(1, 8)
                    if in_working_hours(
                        config.consultant, (call - timedelta(days=days)).replace(tzinfo=None)
                    )
                ),
                None,
            )
            # else the first hour before it that is within working hours (a Tuesday 13:00 call
            # while every day's lunch break runs to 14:00; trial40 §7: no fix was named)
            within = next(
                (
                    hours
                    for hours in range(config.mail.agenda_hours_before + 1, 24 * 7)
                    if in_working_hours(
                        config.consultant, (call - timedelta(hours=hours)).replace(tzinfo=None)
                    )
                ),
                None,
            )
            fix = (
                # one value for every call, when there is one (trial52 §5: each call's own fix
                # put another call's agenda on a day off, and the advice went round in circles)
                _warn(lang, "agenda_hours_fix_all", hours=common)
                if common is not None
                else _warn(lang, "agenda_hours_fix", hours=24 * earlier)
                + _warn(lang, "agenda_hours_no_single")
                if earlier is not None
                else _warn(
                    lang,
                    "agenda_hours_fix_at",
                    hours=within,
                    sent=written(call - timedelta(hours=within), "EEE d MMM HH:mm", lang),
                )
                + _warn(lang, "agenda_hours_no_single")
                if within is not None
                else ""
            )
            found.append(
                _warn(
                    lang,
                    "agenda_outside_hours",
                    client=client.id,
                    call=written(call, "EEE d MMM HH:mm", lang),
                    sent=written(sent, "EEE d MMM HH:mm", lang),
                    hours=config.mail.agenda_hours_before,
                )
                + fix
            )
    return found


COMMON_NOTICE_HOURS = 72
"""The longest `agenda_hours_before` offered as one value for every call: an agenda sent
further ahead misses the topics of the days before its call."""


def _agenda_hours_for_all(config: Config, calendar: Any, lo: datetime, hi: datetime) -> int | None:
    """The `agenda_hours_before` (hours, from the configured one up to `COMMON_NOTICE_HOURS`:
    never a shorter notice) that puts the agenda of every standing call between `lo` and `hi`
    (UTC) within the consultant's working hours, whole days first; None when no value does
    (a Monday and a Thursday call at 16:00 with a Friday that ends at noon, trial52 §5)."""
    zone = config.consultant.zone
    calls: set[datetime] = set()
    for client in config.clients:
        seen: set[tuple[int, time]] = set()
        at = lo
        while (slot := calendar.next_call(client.id, at)) is not None and slot.start < hi:
            at = slot.start
            call = slot.start.astimezone(zone)
            if (call.weekday(), call.time()) not in seen:
                seen.add((call.weekday(), call.time()))
                calls.add(call)
    fitting = [
        hours
        for hours in range(config.mail.agenda_hours_before, COMMON_NOTICE_HOURS + 1)
        if all(
            in_working_hours(config.consultant, (c - timedelta(hours=hours)).replace(tzinfo=None))
            for c in calls
        )
    ]
    if not calls or not fitting:
        return None
    # whole days first (the same hour on an earlier day), then the nearest
    return min(fitting, key=lambda h: (h % 24 != 0, h))


def _ended_standing_calls(client: Client, today: date, lang: str) -> list[str]:
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
            found.append(_warn(lang, "ended", client=client.id, index=j, rrule=call.rrule))
    return found
