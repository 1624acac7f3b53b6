"""The subscribable iCalendar feed of standing calls (SPEC §11), written with `icalendar`.

One VEVENT per standing call: DTSTART and EXDATE in the consultant's zone (with its
VTIMEZONE, whose yearly rules hold without end: `zones.py`), the rule as RRULE (UNTIL in UTC,
as RFC 5545 §3.3.10 requires with a zoned DTSTART), a stable UID, and for each upcoming
occurrence with topics an override (RECURRENCE-ID) whose DESCRIPTION lists the agenda known so
far. A calendar program expanding it gets exactly the slots the decision uses
(tests/test_calendar_feed.py checks it over a year).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from boundaries.domain.agenda import agenda_calls
from boundaries.domain.model import Client, Config, StandingCall
from boundaries.domain.schedule import (
    Calendar,
    Skips,
    Slot,
    anchor,
    local_occurrences,
    to_utc,
)
from boundaries.i18n import text
from boundaries.integrations.calendar.zones import vtimezone

AgendaSource = Callable[[str, datetime | None, datetime], Sequence[str]]
"""Topics for one occurrence: (client id, previous standing call's start or None, this
standing call's start, both UTC) → topics gathered in between. The agenda module plugs in
here; `no_agenda` and `integrations.calendar.agenda.stored_agenda` are the ones today."""

PRODID = "-//Boundaries//Standing calls//EN"
HISTORY_YEARS = 1
OVERRIDE_AHEAD = timedelta(days=2 * 366)
"""How far ahead occurrences touched by a daylight-saving change are written out."""
"""How far back the feed starts a rule that does not count from `since` (whole years)."""


def no_agenda(client_id: str, previous: datetime | None, start: datetime) -> Sequence[str]:
    """An `AgendaSource` that knows no topics."""
    return ()


def uid(client: Client, index: int) -> str:
    """The UID of a standing call: stable while the client id and the call's place stay."""
    return f"standing-{client.id}-{index}@boundaries"


def first_local(call: StandingCall, not_before: date) -> datetime | None:
    """The DTSTART of the call in the feed: its first occurrence (local, naive).

    A rule with COUNT starts at its anchor, so that a calendar program counts the same; the
    others start at their first real occurrence on or after `not_before` (same weekday, same
    phase of INTERVAL), so that the feed does not carry years of history.
    """
    counted = "COUNT=" in call.rrule
    begin = anchor(call) if counted else max(anchor(call), not_before)
    lo = datetime.combine(begin, datetime.min.time())
    for local in _all_occurrences(call, lo, lo + timedelta(days=3 * 366)):
        return local
    return None


def _all_occurrences(call: StandingCall, lo: datetime, hi: datetime) -> list[datetime]:
    """Occurrences with the exceptions kept (EXDATE must name real occurrences)."""
    plain = StandingCall(call.rrule, call.start, call.minutes, call.since)
    return list(local_occurrences(plain, lo, hi))


def _rrule(call: StandingCall, config: Config) -> icalendar.vRecur:
    parts: dict[str, str] = dict(p.split("=", 1) for p in call.rrule.split(";"))
    if "UNTIL" in parts:
        local = datetime.strptime(parts["UNTIL"], "%Y%m%dT%H%M%S")
        parts["UNTIL"] = to_utc(local, config.consultant.zone).strftime("%Y%m%dT%H%M%SZ")
    recur: icalendar.vRecur = icalendar.vRecur.from_ical(
        ";".join(f"{k}={v}" for k, v in parts.items())
    )
    return recur


def standing_calls_feed(
    config: Config,
    now: datetime,
    skipped: Skips = (),
    agenda: AgendaSource = no_agenda,
    stamp: datetime | None = None,
) -> bytes:
    """The feed as iCalendar bytes, at `now` (aware): skipped occurrences as EXDATE, the
    agenda known so far in the description of each upcoming occurrence that can hold topics
    (`domain.agenda.agenda_calls`: the next call, and the later ones up to the first whose
    agenda is not sent yet; the others have none yet). `stamp` (UTC) is the
    DTSTAMP of every component: the time the feed's content last changed."""
    zone = config.consultant.zone
    lang = config.consultant.language
    stamp = (stamp or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(UTC)
    skipped_days = set(skipped)
    calendar = Calendar(config, skipped_days)
    not_before = date(now.astimezone(zone).year - HISTORY_YEARS, 1, 1)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", text(lang, "calendar.name", consultant=config.consultant.name))
    cal.add("x-wr-timezone", config.consultant.timezone)
    first_year = not_before.year
    for client in config.clients:
        upcoming = agenda_calls(config, calendar, client.id, now)
        for j, call in enumerate(client.standing_calls):
            first = first_local(call, not_before)
            if first is None:
                continue
            first_year = min(first_year, first.year)
            summary = text(lang, "calendar.summary", client=client.name)
            event = _event(client, j, first, call, summary, stamp, config)
            # The agenda is promised only where it can be sent (SPEC §10): a [mail] smtp_url.
            key = "calendar.description" if config.mail.smtp_url else "calendar.description_no_mail"
            event.add("description", text(lang, key, client=client.name))
            excluded = sorted(
                d for d in {*call.exdates, *(d for c, d in skipped_days if c == client.id)}
            )
            real = {o.date(): o for o in _occurrences_on(call, excluded)}
            for day in excluded:
                if day in real and real[day] >= first:
                    event.add("exdate", real[day].replace(tzinfo=zone))
            cal.add_component(event)
            overrides = _dst_overrides(client, j, call, first, excluded, now, config)
            for slot in upcoming:
                topics = _topics(client, slot, calendar, agenda) if slot.call_index == j else []
                if topics:
                    nominal = datetime.combine(slot.day, call.start)
                    found = overrides.get(nominal) or _override(client, j, call, nominal, config)
                    lines = [text(lang, "calendar.agenda_title")] + [f"- {t}" for t in topics]
                    found.add("description", "\n".join(lines))
                    overrides[nominal] = found
            for nominal in sorted(overrides):
                overrides[nominal].add("dtstamp", stamp)
                cal.add_component(overrides[nominal])
    # Right for every occurrence of rules without end, not only the next years (zones.py).
    for position, tzid in enumerate(sorted(cal.get_missing_tzids())):
        cal.subcomponents.insert(position, vtimezone(ZoneInfo(tzid), date(first_year, 1, 1)))
    return bytes(cal.to_ical())


def _occurrences_on(call: StandingCall, days: Sequence[date]) -> list[datetime]:
    out: list[datetime] = []
    for day in days:
        lo = datetime.combine(day, datetime.min.time())
        out.extend(_all_occurrences(call, lo, lo + timedelta(days=1) - timedelta(seconds=1)))
    return out


def _event(
    client: Client,
    j: int,
    first: datetime,
    call: StandingCall,
    summary: str,
    stamp: datetime,
    config: Config,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid(client, j))
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", first.replace(tzinfo=config.consultant.zone))
    event.add("duration", timedelta(minutes=call.minutes))
    event.add("rrule", _rrule(call, config))
    event.add("transp", "OPAQUE")
    event.add("categories", ["Boundaries"])
    return event


def _topics(client: Client, nxt: Slot, calendar: Calendar, agenda: AgendaSource) -> list[str]:
    previous = _previous(calendar, client.id, nxt)
    return [t.strip() for t in agenda(client.id, previous, nxt.start) if t and t.strip()]


def _override(
    client: Client, j: int, call: StandingCall, nominal: datetime, config: Config
) -> icalendar.Event:
    """One occurrence written out (RECURRENCE-ID) with its exact UTC start and end."""
    zone = config.consultant.zone
    start = to_utc(nominal, zone)
    event = icalendar.Event()
    event.add("uid", uid(client, j))
    event.add("recurrence-id", nominal.replace(tzinfo=zone))
    event.add("summary", text(config.consultant.language, "calendar.summary", client=client.name))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=call.minutes))
    event.add("transp", "OPAQUE")
    event.add("categories", ["Boundaries"])
    return event


def _dst_overrides(
    client: Client,
    j: int,
    call: StandingCall,
    first: datetime,
    excluded: Sequence[date],
    now: datetime,
    config: Config,
) -> dict[datetime, icalendar.Event]:
    """Overrides for the occurrences a daylight-saving change touches.

    Where the local time does not exist, occurs twice, or a change falls inside the call,
    calendar programs disagree on the end (some add the length in wall-clock time); RFC 5545
    §3.3.6 says the length of a call in hours and minutes is exact. These occurrences are
    written with their exact UTC start and end, so every program shows the decision's slot.
    """
    zone = config.consultant.zone
    out: dict[datetime, icalendar.Event] = {}
    hi = datetime.combine(now.astimezone(zone).date() + OVERRIDE_AHEAD, datetime.min.time())
    skipped = set(excluded)
    for local in _all_occurrences(call, first, hi):
        if local.date() in skipped:
            continue
        start = to_utc(local, zone)
        end = start + timedelta(minutes=call.minutes)
        wall_end = to_utc(local + timedelta(minutes=call.minutes), zone)
        exists = start.astimezone(zone).replace(tzinfo=None) == local
        single = local.replace(tzinfo=zone, fold=1).astimezone(UTC) == start
        if not exists or not single or wall_end != end:
            out[local] = _override(client, j, call, local, config)
    return out


def _previous(calendar: Calendar, client_id: str, slot: Slot) -> datetime | None:
    earlier = calendar.between(client_id, slot.start - timedelta(days=400), slot.start)
    return earlier[-1].start if earlier else None


def etag_of(body: bytes) -> str:
    """A strong ETag of a feed's content."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
