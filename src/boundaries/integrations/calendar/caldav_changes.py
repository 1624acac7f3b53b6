"""Noticing that the consultant changed a standing call in her CalDAV calendar (SPEC §9, §11).

The CalDAV calendar is a copy of the standing calls, and a calendar program lets her edit it:
cancel one occurrence (an EXDATE, or an override with STATUS:CANCELLED), move one (an override
with another DTSTART), change the series. Writing our copy over it would lose her decision
without a word (newcomer 12, M2). So each event we write carries what its resource said
(`STAMP`: the fingerprint of its dates and rules, and its cancelled days). On the next push,
what changed there since (the server's copy against its stamp) and that Boundaries does not
say now (the copy we would write) is left as it is, with a message naming each change and the
command that makes it Boundaries' decision (`boundaries skip`); once Boundaries says the same,
the copy is written again. Her edits are not read back as skips on their own: a move or a
changed series has no skip that says it, and a skip also withdraws agendas and moves their
topics, which a calendar sync must not do behind her back.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import icalendar

from boundaries.i18n import said

STAMP = "X-BOUNDARIES-STATE"
"""The property (on each event we write) holding the fingerprint of the resource's dates."""
_UID = re.compile(r"^standing-(.+)-(\d+)@boundaries$")
_DATED = ("DTSTART", "DTEND", "DURATION", "RRULE", "STATUS")


def _when(value: Any) -> str:
    """A date or time as one text whatever the writer's spelling (UTC for a zoned time)."""
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _listed(event: icalendar.Component, name: str) -> list[Any]:
    """The dates of a property that may be given several times (EXDATE, RDATE)."""
    raw = event.get(name)
    if raw is None:
        return []
    out: list[Any] = []
    for item in raw if isinstance(raw, list) else [raw]:
        out.extend(d.dt for d in item.dts)
    return out


def _rule(event: icalendar.Component) -> str:
    raw = event.get("RRULE")
    if raw is None:
        return ""
    parts = raw.to_ical().decode("ascii").upper().split(";")
    return ";".join(sorted(p for p in parts if p))


def _event_state(event: icalendar.Component) -> tuple[str, ...]:
    dated = []
    for name in _DATED:
        if name == "RRULE":
            dated.append(_rule(event))
        elif name == "STATUS":
            dated.append(str(event.get("STATUS", "")).upper())
        elif event.get(name) is not None:
            value: Any = event[name]  # a vDDDTypes (date, time or duration)
            dated.append(_when(value.dt))
        else:
            dated.append("")
    recurrence = event.get("RECURRENCE-ID")
    return (
        _when(recurrence.dt) if recurrence is not None else "",
        *dated,
        ",".join(sorted(_when(d) for d in _listed(event, "EXDATE"))),
        ",".join(sorted(_when(d) for d in _listed(event, "RDATE"))),
    )


@dataclass(frozen=True)
class Dates:
    """What a resource says, as compared across writers: `core`, the fingerprint of its
    events' dates and rules (SHA-256, hex; texts such as the agenda do not count), and `off`,
    the local days cancelled (EXDATE, or an override with STATUS:CANCELLED)."""

    core: str
    off: frozenset[date]

    @property
    def stamp(self) -> str:
        """The `STAMP` value: the core, then the cancelled days ("core 2026-12-18 2026-12-25"),
        apart by spaces: a comma separates the values of a property (RFC 5545 §3.1.1), and a
        server that reads it so keeps the first day only (Radicale did)."""
        return " ".join([self.core, *sorted(d.isoformat() for d in self.off)])

    @classmethod
    def of_stamp(cls, value: str) -> Dates | None:
        """The `Dates` a `STAMP` value says (days apart by spaces, or commas as written before);
        None when it cannot be read."""
        core, *days = re.split(r"[\s,]+", value.strip())
        try:
            off = frozenset(date.fromisoformat(d) for d in days if d)
        except ValueError:
            return None
        return cls(core, off) if core else None


def dates_of(ics: str) -> Dates:
    """The `Dates` of a resource (cancelled days in the zone of its series' DTSTART)."""
    cal = icalendar.Calendar.from_ical(ics)
    events = list(cal.walk("VEVENT"))
    master = next((e for e in events if e.get("RECURRENCE-ID") is None), None)
    start = master.get("DTSTART") if master is not None else None
    zone = start.dt.tzinfo if start is not None and isinstance(start.dt, datetime) else None

    def local_day(value: Any) -> date:
        if isinstance(value, datetime):
            return (value.astimezone(zone) if zone and value.tzinfo else value).date()
        return value if isinstance(value, date) else date.min

    off = {local_day(d) for d in _listed(master, "EXDATE")} if master is not None else set()
    core: list[str] = []
    for event in events:
        recurrence = event.get("RECURRENCE-ID")
        if str(event.get("STATUS", "")).upper() == "CANCELLED" and recurrence is not None:
            off.add(local_day(recurrence.dt))
            continue
        state = list(_event_state(event))
        state[-2] = ""  # the EXDATEs: counted in `off`
        core.append(repr(state))
    digest = hashlib.sha256("\n".join(sorted(core)).encode("utf-8")).hexdigest()
    return Dates(digest, frozenset(off))


def stamped(ics: str) -> str:
    """`ics` with what it says (`Dates.stamp`) on each event (`STAMP`), as written."""
    stamp = dates_of(ics).stamp
    cal = icalendar.Calendar.from_ical(ics)
    for event in cal.walk("VEVENT"):
        event.pop(STAMP, None)
        event.add(STAMP, stamp)
    return str(cal.to_ical().decode("utf-8"))


_NOT_CONTENT = frozenset({"DTSTAMP", "LAST-MODIFIED", "CREATED", "SEQUENCE"})
"""Properties that say when a copy was made or by whom, not what it says (RFC 5545 §3.8.7)."""


def _content(ics: str) -> list[tuple[str, tuple[tuple[str, bytes], ...]]]:
    """Every component of `ics` but the calendar itself, as (name, its properties and values
    in sorted order), sorted: equal for two copies that say the same in another order."""
    out: list[tuple[str, tuple[tuple[str, bytes], ...]]] = []
    for component in icalendar.Calendar.from_ical(ics).walk():
        if component.name == "VCALENDAR":
            continue
        props: list[tuple[str, bytes]] = []
        for name, value in component.property_items(recursive=False):
            if name in _NOT_CONTENT or name in ("BEGIN", "END"):
                continue
            written = value.to_ical() if hasattr(value, "to_ical") else str(value).encode()
            props.append((name, written if isinstance(written, bytes) else str(written).encode()))
        out.append((str(component.name), tuple(sorted(props))))
    return sorted(out)


def same_copy(there: str, ours: str) -> bool:
    """Whether the server's copy `there` already says what `ours` (as `stamped` writes it)
    says, whatever the time stamps and the order of lines: then writing it again would only
    make every calendar program that follows the calendar fetch it again (its ETag and the
    calendar's CTag change on each write, RFC 4791 §5.3.4). A copy that cannot be read is
    not the same."""
    try:
        return _content(there) == _content(ours)
    except ValueError:
        return False


@dataclass(frozen=True)
class ChangeThere:
    """A standing call changed in the CalDAV calendar in a way Boundaries does not say, kept
    as it is there: whose (`client_id`), the local days cancelled there and not skipped in
    Boundaries (`cancelled`), those restored there and still skipped (`restored`), and
    whether an occurrence was moved or the time or rule changed there (`other`)."""

    uid: str
    client_id: str
    cancelled: tuple[date, ...] = ()
    restored: tuple[date, ...] = ()
    other: bool = False
    moved: tuple[tuple[date, datetime], ...] = ()
    """Occurrences moved there: (the local day it was on, its new start, local)."""


def change_there(uid: str, there: str, ours: str) -> ChangeThere | None:
    """What the consultant changed in the server's copy `there` since we wrote it (from its
    `STAMP`) that the copy we would write now, `ours`, does not already say; None when there
    is nothing (unchanged, changed as Boundaries now says, or without a stamp: written
    before stamps, and written over as before)."""
    cal = icalendar.Calendar.from_ical(there)
    stamps = {str(e[STAMP]) for e in cal.walk("VEVENT") if e.get(STAMP) is not None}
    if len(stamps) != 1:
        return None if not stamps else ChangeThere(uid, _client_of(uid), other=True)
    base = Dates.of_stamp(next(iter(stamps)))
    if base is None:
        return ChangeThere(uid, _client_of(uid), other=True)
    theirs, mine = dates_of(there), dates_of(ours)
    cancelled = tuple(sorted((theirs.off - base.off) - mine.off))
    restored = tuple(sorted((base.off - theirs.off) & mine.off))
    other = theirs.core != base.core and theirs.core != mine.core
    if not (cancelled or restored or other):
        return None
    moved = _moved(there, ours) if other else ()
    return ChangeThere(uid, _client_of(uid), cancelled, restored, other, moved)


def _moved(there: str, ours: str) -> tuple[tuple[date, datetime], ...]:
    """The occurrences `there` moves and `ours` does not: an override (RECURRENCE-ID) that is
    not cancelled, as (the local day it was on, its new local start), in the zone of the
    series (trial47 B5: a moved call was said "an occurrence was moved", without its day)."""

    def overrides(ics: str) -> dict[date, datetime]:
        events = list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))
        master = next((e for e in events if e.get("RECURRENCE-ID") is None), None)
        start = master.get("DTSTART") if master is not None else None
        zone = start.dt.tzinfo if start is not None and isinstance(start.dt, datetime) else None
        out: dict[date, datetime] = {}
        for event in events:
            was, now = event.get("RECURRENCE-ID"), event.get("DTSTART")
            if was is None or now is None or not isinstance(now.dt, datetime):
                continue
            if str(event.get("STATUS", "")).upper() == "CANCELLED":
                continue
            day = was.dt.astimezone(zone) if isinstance(was.dt, datetime) and zone else was.dt
            new = now.dt.astimezone(zone) if zone and now.dt.tzinfo else now.dt
            out[day.date() if isinstance(day, datetime) else day] = new
        return out

    mine = overrides(ours)
    return tuple(sorted((d, t) for d, t in overrides(there).items() if mine.get(d) != t))


def _client_of(uid: str) -> str:
    m = _UID.match(uid)
    return m.group(1) if m else uid


def changes_words(kept: list[ChangeThere], url: str) -> Callable[[str], str]:
    """The warning for standing calls changed in the CalDAV calendar and kept as they are
    there, in any language (locales/<lang>/calendar.toml [changed]): what changed, and for
    each the command that makes it Boundaries' decision."""

    def words(lang: str) -> str:
        def line(key: str, **values: object) -> str:
            return said("calendar", lang, "changed." + key, **values)

        lines = [line("head", n=len(kept), url=url)]
        for change in kept:
            for day in change.cancelled:
                lines.append(
                    line("cancelled", uid=change.uid, day=day.isoformat(), client=change.client_id)
                )
            for day in change.restored:
                lines.append(
                    line("restored", uid=change.uid, day=day.isoformat(), client=change.client_id)
                )
            for day, start in change.moved:
                lines.append(
                    line(
                        "moved",
                        uid=change.uid,
                        day=day.isoformat(),
                        to=start.strftime("%Y-%m-%d %H:%M"),
                        client=change.client_id,
                    )
                )
            if change.other and not change.moved:
                lines.append(line("other", uid=change.uid))
        lines.append(line("tail"))
        return "\n".join(lines)

    return words
