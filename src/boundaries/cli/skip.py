"""`boundaries skip`: cancel (or restore) one occurrence of a client's standing call."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import click

from boundaries.cli.language import read_config, speak
from boundaries.cli.options import account_option, config_option, database_option
from boundaries.cli.refusals import on_day, unknown_client
from boundaries.cli.sources import parse_now
from boundaries.cli.store_access import account_of, open_existing
from boundaries.domain.schedule import Calendar, Slot, to_utc
from boundaries.errors import SaidError
from boundaries.i18n import when
from boundaries.reporting import wording as w
from boundaries.store.calendar import CalendarStore
from boundaries.store.outbox import EDITED, Outbox


@click.command("skip")
@click.option("--client", "client_id", required=True, help="The client's id (see `check`).")
@click.option("--on", "on_text", required=True, metavar="DATE", help="YYYY-MM-DD.")
@click.option("--undo", is_flag=True, help="Restore a skipped standing call.")
@account_option("Whose calendar.")
@click.option("--now", "now_text", metavar="ISO", help="Skip as of this moment (default: now).")
@config_option
@database_option
def skip_command(
    client_id: str,
    on_text: str,
    undo: bool,
    account: str,
    config_path: str,
    database: str | None,
    now_text: str | None = None,
) -> None:
    """Cancel one standing call: no slot that day, an EXDATE in the calendar feed, and the
    greeting, agenda and replies name the next real call. --undo restores it. An agenda of
    that call not sent yet (held because the client asked to move it, or queued) is
    withdrawn: never sent, its topics go on the next call's agenda. One already sent stays
    with the client, but its topics go on the next call's agenda too (tell the client the
    call is off); --undo gives them back to the call.

    A running `serve` sees the change within 30 seconds. A call that has already begun cannot
    be skipped (it is history); --undo works on any day.

    Example:

        \b
        boundaries skip --client horizon --on 2026-12-04
    """
    config = read_config(config_path)
    zone = config.consultant.zone
    lang = config.consultant.language
    speak(lang)  # refusals in the consultant's language, as the lines it prints (SPEC §2)
    client = config.client(client_id)
    if client is None:
        raise unknown_client(client_id, config_path, config)
    now = parse_now(now_text) or datetime.now(UTC)
    # the example a date's refusal gives is one skip would take: the client's next call
    coming = Calendar(config).next_call(client.id, now)
    day = on_day(on_text, coming.day if coming else now.astimezone(zone).date())
    assert day is not None  # --on is required
    lo = to_utc(datetime.combine(day, time()), zone)
    hi = to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    planned = [s for s in Calendar(config).between(client.id, lo, hi) if s.day == day]
    store = open_existing(database)  # the service's store: a skip elsewhere changes nothing
    try:
        calendar_store = CalendarStore(store, account_of(store, account, config, adds=True))
        # the calls as they stand (skips applied): the one a refusal proposes is a real one
        standing = calendar_store.calendar(config)
        if undo:
            if not calendar_store.unskip(client.id, day):
                # the fix names the days that can be restored (trial36 §11: "the EXDATEs of
                # the calendar feed" was the only pointer, and no command lists them)
                skipped = sorted(d for c, d in calendar_store.skips() if c == client.id)
                raise _not_skipped(client.name, day, skipped)
            click.echo(w.say(lang, "skip.restored", client=client.name, on=w.day(lang, day)))
            outbox = Outbox(store, calendar_store.account_id)
            for key in outbox.restore_withdrawn(client.id, day.isoformat(), now):
                click.echo(w.say(lang, "skip.agenda_restored", key=key))
            for key in outbox.sent_agendas(client.id, day.isoformat()):
                click.echo(w.say(lang, "skip.sent_restored", key=key))
            return
        if planned and planned[0].start <= now:
            began = planned[0].end > now
            coming = standing.next_call(client.id, now)
            raise _refusal("skip.begun" if began else "skip.past", client.name, day, coming)
        if not planned:
            coming = standing.next_call(client.id, max(lo, now))
            # a day the configuration already leaves out says so (trial50 §10)
            excluded = any(day in call.exdates for call in client.standing_calls)
            raise _refusal(
                "skip.excluded" if excluded else "skip.no_call", client.name, day, coming
            )
        if not calendar_store.skip(client.id, day):
            click.echo(w.say(lang, "skip.already", client=client.name, on=w.day(lang, day)))
        else:
            click.echo(w.say(lang, "skip.skipped", client=client.name, on=w.day(lang, day)))
        skips = calendar_store.skips()
        # An agenda of that call not sent yet (held: the client asked to move it; or queued
        # while the server was down) is withdrawn at once, so that nothing sends it; its
        # topics go on the next agenda.
        outbox = Outbox(store, calendar_store.account_id)
        for key in outbox.withdraw_agendas(now, Calendar(config, skips).has_call, zone):
            click.echo(w.say(lang, "skip.withdrawn", key=key))
        # One that already went out carries nothing now: the call does not take place, so
        # its topics go on the next call's agenda (`domain.agenda.carried_over`).
        for key in outbox.sent_agendas(client.id, day.isoformat()):
            click.echo(w.say(lang, "skip.sent", key=key))
        # A reply not sent yet that promises this call: the mail cycle rewrites it to name
        # the next real call before it goes out, but one the consultant edited is hers.
        for entry in outbox.replies_naming(client.id, day.isoformat()):
            said = "skip.reply_edited" if entry.detail.get(EDITED) else "skip.reply_renamed"
            click.echo(w.say(lang, said, key=entry.key))
    finally:
        store.close()
    nxt = Calendar(config, skips).next_call(client.id, max(planned[0].start, now))
    if nxt is None:
        click.echo(w.say(lang, "skip.none"))
    else:
        # the year said when it is not this one (trial32 §12: « vendredi 20 décembre » for 2030)
        said = when(nxt.start, lang, zone, said_in=now.astimezone(zone).date())
        # "next" only when the call skipped was the next one: a call skipped years ahead is
        # followed by one that is not the next (trial40 §7)
        first = Calendar(config, skips).next_call(client.id, now)
        after = first is not None and first.start < planned[0].start
        click.echo(w.say(lang, "skip.after" if after else "skip.next", when=said))


def _not_skipped(client: str, day: date, skipped: list[date]) -> SaidError:
    """The refusal of `skip --undo` for a day that was not skipped: the client's skipped
    calls (local dates, oldest first) as the fix, or that it has none."""

    def words(lang: str) -> str:
        if not skipped:
            return w.say(lang, "skip.not_skipped_none", client=client, on=w.day(lang, day))
        return w.say(
            lang,
            "skip.not_skipped",
            client=client,
            on=w.day(lang, day),
            days=w.Listed(lang, [w.day(lang, d) for d in skipped]),
            first=skipped[0].isoformat(),
        )

    return SaidError(words)


def _refusal(key: str, client: str, day: date, coming: Slot | None = None) -> SaidError:
    """A refusal of `skip` from the catalogue (`skip.<case>`), in the consultant's language:
    what is wrong with `day`, and as the fix the next call not skipped (`coming`), if any."""

    def words(lang: str) -> str:
        example = w.say(lang, "skip.example", on=coming.day.isoformat()) if coming else ""
        return w.say(
            lang,
            key,
            client=client,
            on=w.day(lang, day),
            weekday=w.weekday(lang, day),
            example=example,
        )

    return SaidError(words)
