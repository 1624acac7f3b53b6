"""Writing the standing calls to a CalDAV calendar ([calendar] caldav_url, SPEC §11).

The same events as the feed (one resource per UID: the rule, its EXDATEs and overrides),
written with the `caldav` library (the optional extra `boundaries[caldav]`); standing calls
that are no longer in the configuration are removed. Other events of that calendar are left
alone: only UIDs `standing-…@boundaries` are ours; so is one of ours that the consultant
changed there (`caldav_changes`): it is kept and named, never overwritten without a word.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import icalendar

from boundaries.domain.model import Config
from boundaries.errors import Term
from boundaries.integrations.calendar import caldav_answers as answers
from boundaries.integrations.calendar.caldav_answers import PASSWORD_ENV, CalDAVError
from boundaries.integrations.calendar.caldav_changes import (
    ChangeThere,
    change_there,
    changes_words,
    same_copy,
    stamped,
)

__all__ = [
    "PASSWORD_ENV",
    "CalDAVChangedThere",
    "CalDAVError",
    "Pushed",
    "publish",
    "split_by_uid",
]


@contextmanager
def quiet_library() -> Iterator[None]:
    """While the caldav library runs: what it logs on the root logger is kept out of the
    consultant's terminal. On a server that answers a page instead of XML it logs the page
    and a traceback at CRITICAL (trial37 §7), and its first root-level call would set up
    logging to stderr; the error it raises is told in our words (`caldav_answers`)."""
    root = logging.getLogger()

    def not_the_library(record: logging.LogRecord) -> bool:
        return "caldav" not in record.pathname.replace("\\", "/").split("/")

    quiet = logging.NullHandler() if not root.handlers else None
    if quiet is not None:
        root.addHandler(quiet)  # no basicConfig to stderr from the library's logging.critical
    root.addFilter(not_the_library)
    try:
        yield
    finally:
        root.removeFilter(not_the_library)
        if quiet is not None:
            root.removeHandler(quiet)


LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
TIMEOUT_SECONDS = 20
"""How long one request to the CalDAV server may take before it counts as not answering."""
PROPFIND_TYPE = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)


def split_by_uid(feed: bytes) -> dict[str, str]:
    """The feed cut into one iCalendar object per UID, each with the VTIMEZONEs it needs."""
    cal = icalendar.Calendar.from_ical(feed)
    zones = list(cal.walk("VTIMEZONE"))
    groups: dict[str, list[icalendar.Component]] = {}
    for event in cal.walk("VEVENT"):
        groups.setdefault(str(event["UID"]), []).append(event)
    out: dict[str, str] = {}
    for uid, events in groups.items():
        one = icalendar.Calendar()
        one.add("prodid", cal["PRODID"])
        one.add("version", "2.0")
        for zone in zones:
            one.add_component(zone)
        for event in events:
            one.add_component(event)
        out[uid] = one.to_ical().decode("utf-8")
    return out


def ours(uid: str) -> bool:
    """Whether an event of the CalDAV calendar is a standing call Boundaries wrote."""
    return uid.startswith("standing-") and uid.endswith("@boundaries")


class Pushed(NamedTuple):
    """What a push did to the CalDAV calendar: standing calls `written`, `removed` (no longer
    configured), and `unchanged` (the server's copy already said the same: not written)."""

    written: int
    removed: int
    unchanged: int = 0


def publish(
    config: Config, feed: bytes, password: str | None = None, overwrite: bool = False
) -> Pushed:
    """Write the standing calls of `feed` to `config.calendar.caldav_url`; returns what was
    written, removed and left as it was (`Pushed`: a copy there that already says the same,
    `caldav_changes.same_copy`, is not written again). The password comes from `password`,
    else BOUNDARIES_CALDAV_PASSWORD. Raises
    `CalDAVError` naming the cause and its own fix (`caldav_answers`): library missing, no
    password for caldav_username, nothing answering, login refused, no calendar at that path,
    not a CalDAV server, a server failure. Nothing is written unless the address is a
    calendar.

    A standing call changed in that calendar since we wrote it (`caldav_changes`: cancelled,
    moved, retimed in a calendar program) is left as it is there, unless `overwrite`; the
    others are written, then `CalDAVChangedThere` names each change kept and its fix."""
    url = config.calendar.caldav_url
    if not url:
        raise CalDAVError.said_as("no_url")
    try:
        caldav: Any = importlib.import_module("caldav")
    except ImportError:
        raise CalDAVError.said_as("no_library") from None
    host = (urlsplit(url).hostname or "").lower()
    wanted = split_by_uid(feed)
    if urlsplit(url).scheme != "https" and host not in LOOPBACK:
        raise CalDAVError.said_as("plain_http", url=repr(url))
    secret = password if password is not None else os.environ.get(PASSWORD_ENV)
    user = config.calendar.caldav_username
    if user and not secret:
        # Without it the server only answers "unauthorized", which names no cause.
        raise CalDAVError.said_as("no_password", user=repr(user), host=host, env=PASSWORD_ENV)
    client = caldav.DAVClient(url=url, username=user, password=secret, timeout=TIMEOUT_SECONDS)
    with quiet_library(), client:
        _check_calendar(client, url, user)
        what = Term("calendar", "doing.listing")
        kept: list[ChangeThere] = []
        unchanged = 0
        try:
            calendar = client.calendar(url=url)
            there = {str(e.icalendar_component.get("UID", "")): e for e in calendar.events()}
            for uid, ics in wanted.items():
                found = there.get(uid)
                copy = stamped(ics)
                if found is not None and same_copy(str(found.data), copy):
                    unchanged += 1
                    continue
                if found is not None and not overwrite:
                    what = Term("calendar", "doing.reading_call")
                    change = change_there(uid, str(found.data), ics)
                    if change is not None:
                        kept.append(change)
                        continue
                what = Term("calendar", "doing.writing_call")
                calendar.save_event(copy)
            removed = 0
            for uid, event in there.items():
                if ours(uid) and uid not in wanted:
                    what = Term("calendar", "doing.removing_call")
                    event.delete()
                    removed += 1
        except Exception as exc:
            raise answers.from_library(url, exc, what, user) from None
    written = len(wanted) - len(kept) - unchanged
    if kept:
        raise CalDAVChangedThere(
            changes_words(kept, shown(url)), Pushed(written, removed, unchanged), kept
        )
    return Pushed(written, removed, unchanged)


class CalDAVChangedThere(CalDAVError):
    """Standing calls changed in the CalDAV calendar were kept as they are there (`kept`);
    the others were pushed (`pushed`: written, removed, unchanged). The message names each
    change kept and its fix."""

    def __init__(
        self, words: Callable[[str], str], pushed: Pushed, kept: list[ChangeThere]
    ) -> None:
        super().__init__(words)
        self.pushed = pushed
        self.kept = kept


def shown(url: str) -> str:
    """The calendar's address as messages show it: server and path, never a password."""
    return answers.where(url) + answers.path_of(url)


def _check_calendar(client: Any, url: str, user: str | None) -> None:
    """Ask the server what `url` is (PROPFIND, depth 0) before writing; raises `CalDAVError`
    naming the cause when it is not a calendar this account can write to."""
    try:
        response = client.request(
            url,
            "PROPFIND",
            PROPFIND_TYPE,
            {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
        )
    except Exception as exc:
        raise answers.from_library(url, exc, answers.READING, user) from None
    status = int(response.status)
    content_type = str(response.headers.get("Content-Type", ""))
    if status != 207:
        raise answers.answered(url, status, answers.READING, user, content_type)
    raw = response.raw if isinstance(response.raw, str) else str(response.raw or "")
    problem = answers.resource_problem(url, raw)
    if problem is not None:
        raise problem
