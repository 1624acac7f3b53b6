"""Requests to move or call off a standing call: which occurrence each one puts in question.

One reading serves the deferral reply (it offers no call whose date is in question) and the
agenda (one for a call in question is held for the consultant's approval and says the request
was heard, SPEC §10), so the two never disagree about which call a client asked to move.

A request names the call as the client said it: the triage's topic (« point de vendredi »,
"next thursday's call", « le point du 18 décembre », "tomorrow's call"), else the first day
its words name that is not where the call should go ("… to Monday", « … à lundi »). That day
is matched against the client's standing calls as configured: the first occurrence on a named
weekday within the week to come (or in the week named: "next week", « la semaine
prochaine »), on a named date, tomorrow or today. A request that names no day, or a day with
no call, is about the next call; but a day alone, said by a client who cannot be there
(« je ne pourrai pas être là jeudi », "I can't make Thursday"), names no call when none is
that day: it puts nothing in question. A call the consultant skipped (`boundaries skip`) is
answered: it is in question no more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from boundaries.domain.heard import Heard, comparable, topic_of
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar

_WEEKDAYS = {
    **dict.fromkeys(("lundi", "monday", "mon"), 0),
    **dict.fromkeys(("mardi", "tuesday", "tue"), 1),
    **dict.fromkeys(("mercredi", "wednesday", "wed"), 2),
    **dict.fromkeys(("jeudi", "thursday", "thu"), 3),
    **dict.fromkeys(("vendredi", "friday", "fri"), 4),
    **dict.fromkeys(("samedi", "saturday", "sat"), 5),
    **dict.fromkeys(("dimanche", "sunday", "sun"), 6),
}
_MONTHS = {
    name: i + 1
    for names in (
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
        "january february march april may june july august september october november december",
    )
    for i, name in enumerate(names.split())
}
_DAY = "|".join(k for k in _WEEKDAYS if len(k) > 3)
_MONTH = "|".join(_MONTHS)
_NUM = r"(?P<n>\d{1,2})(?:er|st|nd|rd|th)?"
# One reference to a day, in `comparable` words (no accents, case or punctuation).
_REFERENCE = re.compile(
    rf"\b(?:(?P<n1>\d{{1,2}})(?:er|st|nd|rd|th)? (?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH}) (?P<n2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<wd>{_DAY})(?: (?P<n3>\d{{1,2}})(?:er|st|nd|rd|th)?\b)?"
    r"(?P<nextweek> (?:de la semaine prochaine|next week))?"
    r"|(?P<tomorrow>demain|tomorrow)"
    r"|(?P<today>aujourd hui|today|ce matin|this morning|cet apres midi|this afternoon)"
    r"|(?P<week>(?:la |de la )?semaine prochaine|next week)"
    r"|(?P<thisweek>cette semaine|this week))\b"
)
# Words that say where the call should go, not which call it is: « à lundi », "to monday".
_TARGET = re.compile(r"\b(?:a|au|to|until|till|jusqu a|into|vers)( (?:the|le|la|l|next|this))?$")
# A word for the call itself: a request naming only a day without one is an absence that day.
_CALL_WORD = re.compile(
    r"\b(?:call|meeting|appointment|session|check in|catch up|point|rendez vous|rdv|reunion|"
    r"appel|rencontre|seance|visio)\b"
)
WEEK_AHEAD = 7
"""A weekday named without a week is the first within this many days of the request."""
HORIZON = timedelta(days=400)
"""A date named is looked for in the year after the request."""


@dataclass(frozen=True)
class _Day:
    """The day (or week) a request names: a date, a weekday (in the week to come, or in the
    week `week` after the request's), or a whole week."""

    on: date | None = None
    weekday: int | None = None
    month_day: int | None = None
    week: int | None = None  # 0: the request's own week, 1: the next one

    def holds(self, day: date, asked: date) -> bool:
        """Whether a call on local `day` is the one named, for a request made on `asked`."""
        if self.on is not None:
            return day == self.on
        if self.month_day is not None and day.day != self.month_day:
            return False
        if self.week is not None:
            monday = asked - timedelta(days=asked.weekday()) + timedelta(weeks=self.week)
            if not monday <= day < monday + timedelta(days=7):
                return False
        if self.weekday is not None:
            if day.weekday() != self.weekday:
                return False
            if self.week is None and self.month_day is None:
                return 0 <= (day - asked).days <= WEEK_AHEAD
        return True


def _days_named(text: str, asked: date, skip_targets: bool) -> list[_Day]:
    """The days `text` names, in order; with `skip_targets`, not those it moves the call to."""
    plain = comparable(text)
    out: list[_Day] = []
    for m in _REFERENCE.finditer(plain):
        if skip_targets and _TARGET.search(plain[: m.start()].rstrip()):
            continue
        if m["m1"] or m["m2"]:
            month = _MONTHS[m["m1"] or m["m2"]]
            n = int(m["n1"] or m["n2"])
            found = _next_date(asked, month, n)
            if found is not None:
                out.append(_Day(on=found))
        elif m["wd"]:
            n3 = int(m["n3"]) if m["n3"] else None
            week = 1 if m["nextweek"] else None
            out.append(_Day(weekday=_WEEKDAYS[m["wd"]], month_day=n3, week=week))
        elif m["tomorrow"]:
            out.append(_Day(on=asked + timedelta(days=1)))
        elif m["today"]:
            out.append(_Day(on=asked))
        elif m["week"]:
            out.append(_Day(week=1))
        elif m["thisweek"]:
            out.append(_Day(week=0))
    return out


def _next_date(asked: date, month: int, day_of_month: int) -> date | None:
    """The first `day_of_month`/`month` on or after `asked` (this year or the next)."""
    for year in (asked.year, asked.year + 1):
        try:
            found = date(year, month, day_of_month)
        except ValueError:
            continue
        if found >= asked:
            return found
    return None


def is_move_request(heard: Heard) -> bool:
    """A client's request to move or call off a call whose words are known (the triage's
    `moves_call`), urgent or not: it puts a call's date in question."""
    return heard.client_id is not None and heard.moves_call and heard.words is not None


def moved_call(config: Config, calendar: Calendar, heard: Heard) -> datetime | None:
    """The start (UTC) of the standing call a request to move or call off puts in question
    (see the module's docstring), or None: the client has no call after it, or the
    consultant skipped the one it names (`calendar.skipped`: the request is answered)."""
    client_id = heard.client_id
    if client_id is None:
        return None
    zone = config.consultant.zone
    asked = heard.at.astimezone(zone).date()
    schedule = calendar.with_changes(skipped=()) if calendar.skipped else calendar
    called = heard.moved or topic_of(heard)
    for text, skip_targets in ((called, False), (heard.words or "", True)):
        days = _days_named(text, asked, skip_targets)
        for named in days:
            probe = heard.at
            while True:
                slot = schedule.next_call(client_id, probe)
                if slot is None or slot.start - heard.at > HORIZON:
                    break
                if named.holds(slot.start.astimezone(zone).date(), asked):
                    if (client_id, slot.day) in calendar.skipped:
                        return None
                    return slot.start
                probe = slot.start
        if days and not skip_targets and _CALL_WORD.search(comparable(called)) is None:
            return None  # away on a day with no call of theirs: no call in question
    nxt = calendar.next_call(client_id, heard.at)
    return nxt.start if nxt is not None else None


def calls_in_question(
    config: Config, calendar: Calendar, heard: Iterable[Heard], now: datetime
) -> dict[tuple[str, datetime], tuple[Heard, ...]]:
    """The standing calls not yet begun at `now` whose date a client has put in question:
    (client id, call start UTC) → the requests that name it, oldest first."""
    out: dict[tuple[str, datetime], list[Heard]] = {}
    for h in sorted(heard, key=lambda h: (h.at, h.sid)):
        if not is_move_request(h) or h.at > now:
            continue
        start = moved_call(config, calendar, h)
        if start is not None and start > now and h.client_id is not None:
            out.setdefault((h.client_id, start), []).append(h)
    return {k: tuple(v) for k, v in out.items()}
