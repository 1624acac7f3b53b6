"""Writing the standing calls to a CalDAV calendar ([calendar] caldav_url, SPEC §11).

The same events as the feed (one resource per UID: the rule, its EXDATEs and overrides),
written with the `caldav` library (the optional extra `boundaries[caldav]`); standing calls
that are no longer in the configuration are removed. Other events of that calendar are left
alone: only UIDs `standing-…@boundaries` are ours.
"""

from __future__ import annotations

import importlib
import os
from typing import Any
from urllib.parse import urlsplit

import icalendar

from boundaries.domain.model import Config
from boundaries.errors import BoundariesError

PASSWORD_ENV = "BOUNDARIES_CALDAV_PASSWORD"
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


class CalDAVError(BoundariesError):
    """The CalDAV calendar cannot be written; the message says what to check."""


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


def publish(config: Config, feed: bytes, password: str | None = None) -> tuple[int, int]:
    """Write the standing calls of `feed` to `config.calendar.caldav_url`; returns (written,
    removed). The password comes from `password`, else BOUNDARIES_CALDAV_PASSWORD. Raises
    `CalDAVError` (library missing, no password for caldav_username, server unreachable,
    refused)."""
    url = config.calendar.caldav_url
    if not url:
        raise CalDAVError("no [calendar] caldav_url in the configuration. Fix: add it.")
    try:
        caldav: Any = importlib.import_module("caldav")
    except ImportError:
        raise CalDAVError(
            "the caldav library is not installed. Fix: pip install 'boundaries[caldav]'."
        ) from None
    host = (urlsplit(url).hostname or "").lower()
    wanted = split_by_uid(feed)
    try:
        if urlsplit(url).scheme != "https" and host not in LOOPBACK:
            raise CalDAVError(
                f"{url!r} is plain http: the password would travel unencrypted. "
                "Fix: use the server's https:// address."
            )
        secret = password if password is not None else os.environ.get(PASSWORD_ENV)
        user = config.calendar.caldav_username
        if user and not secret:
            # Without it the server only answers "unauthorized", which names no cause.
            raise CalDAVError(
                f"no password for {user!r} on the CalDAV server {host}: {PASSWORD_ENV} is not "
                f"set. Fix: export {PASSWORD_ENV} with that account's password (an app "
                "password where the provider has them), where `boundaries serve` and "
                "`boundaries calendar push` run."
            )
        client = caldav.DAVClient(url=url, username=user, password=secret)
        with client:
            calendar = client.calendar(url=url)
            for ics in wanted.values():
                calendar.save_event(ics)
            removed = 0
            for event in calendar.events():
                uid = str(event.icalendar_component.get("UID", ""))
                if ours(uid) and uid not in wanted:
                    event.delete()
                    removed += 1
    except CalDAVError:
        raise
    except Exception as exc:
        raise CalDAVError(
            f"cannot write to the CalDAV calendar at {urlsplit(url).hostname}: "
            f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}. Fix: check "
            f"caldav_url, caldav_username and {PASSWORD_ENV}."
        ) from None
    return len(wanted), removed
