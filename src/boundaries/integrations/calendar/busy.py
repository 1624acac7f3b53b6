"""Reading the consultant's own calendars (files, https:// addresses) into busy times (§11).

Expansion of recurring events, their exceptions (EXDATE, RECURRENCE-ID) and time zones is
left to `recurring-ical-events`, the way calendar programs read them. An event counts as busy
unless it is marked free (TRANSP:TRANSPARENT) or cancelled (STATUS:CANCELLED); times without
a zone (floating) and all-day events are read in the consultant's zone, unless the file says
otherwise with X-WR-TIMEZONE (Google exports); Outlook's Windows zone names are read from
their VTIMEZONE.
"""

from __future__ import annotations

import logging
import re
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import httpx
import icalendar
import recurring_ical_events

from boundaries.domain.busy import BusyTimes
from boundaries.errors import BoundariesError, reason

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024
"""A calendar larger than this is refused (years of a busy calendar are a few MB)."""
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


class BusyCalendarError(BoundariesError):
    """A busy calendar cannot be read or understood; the message says what to check."""


def read_source(source: str, verify: ssl.SSLContext | bool = True) -> str:
    """The text of a calendar: an https:// address (plain http:// only on loopback, for local
    servers and tests) or a file path. Raises `BusyCalendarError`."""
    scheme = urlsplit(source).scheme.lower() if "://" in source else ""
    if scheme in ("https", "http"):
        if scheme == "http" and (urlsplit(source).hostname or "") not in LOOPBACK:
            raise BusyCalendarError(f"{shown_address(source)}: plain http is refused; use https://")
        return _fetch(source, verify)
    path = Path(source[7:] if scheme == "file" else source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BusyCalendarError(f"{source}: cannot read the file ({exc.strerror}).") from None
    if len(data) > MAX_BYTES:
        raise BusyCalendarError(f"{source}: larger than {MAX_BYTES // 1_000_000} MB.")
    return data.decode("utf-8", errors="replace")


SECRET_WORDS = ("private", "secret", "token", "key", "share", "auth", "pass")
"""A path segment holding one of these words is a secret's place (Google's private-…)."""


def _secret(segment: str) -> bool:
    """Whether a path segment of a calendar address may be its secret: one holding a secret
    word, or 16 characters or more mixing letters and digits (a token, a GUID); an e-mail
    address (a calendar's id at Google) is judged by the part before its @."""
    text = unquote(segment)
    if any(word in text.lower() for word in SECRET_WORDS):
        return True
    name = text.rsplit("@", 1)[0]
    return len(name) >= 16 and any(c.isdigit() for c in name) and any(c.isalpha() for c in name)


def _secret_word(segment: str) -> bool:
    """Whether a path segment is only a secret word ("private", "token"): then the segment
    after it is the secret itself (…/private/abc123def456/basic.ics)."""
    return unquote(segment).lower().strip("-_") in SECRET_WORDS


def shown_address(url: str) -> str:
    """An address as /healthz, `check` and the logs show it: the configured one less what
    may be a secret, so that two calendars of one host can be told apart. A user and
    password are left out, query values, secret-looking path segments and the segment after a
    bare secret word (…/private/SECRET/…) keep their last 4 characters: https://calendar.google.com/calendar/ical/claire%40gmail.com/…3f9a/basic.ics"""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port is not None:
        host += f":{parts.port}"
    segments = parts.path.split("/")
    path = "/".join(
        _hidden(s) if _secret(s) or (i and _secret_word(segments[i - 1])) else s
        for i, s in enumerate(segments)
    )
    query = "&".join(
        f"{name}={_hidden(value)}" if sep else name
        for name, sep, value in (p.partition("=") for p in parts.query.split("&") if p)
    )
    return f"{parts.scheme}://{host}{path}" + (f"?{query}" if query else "")


def _hidden(secret: str) -> str:
    return "…" + secret[-4:] if len(secret) > 8 else "…"


WEB_PAGE_AT_ADDRESS = (
    "the address answered with a web page, not a calendar (a login page? the secret address "
    "may have been reset). Fix: copy the calendar's secret iCal address again (Google: "
    "Settings › the calendar › Secret address in iCal format; Outlook: Publish a calendar › "
    "ICS) into [calendar] busy."
)
WEB_PAGE_IN_FILE = (
    "not a readable iCalendar file: it is a web page, not a calendar (a login page saved in "
    "place of the calendar?). Fix: export the calendar again as an .ics file, or give its "
    "secret iCal address in [calendar] busy."
)
_PAGE_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")


def web_page(text: str) -> bool:
    """Whether a text that should be a calendar is a web page (HTML, or XML such as an error
    document): what a calendar address answers once it needs a login or was reset."""
    start = text.lstrip("\ufeff \t\r\n")[:1000].lower().encode()
    return start.startswith(b"<") and any(tag in start for tag in _PAGE_TAGS)


def _html_type(headers: httpx.Headers) -> bool:
    return "html" in headers.get("content-type", "").lower()


def _fetch(url: str, verify: ssl.SSLContext | bool) -> str:
    try:
        with (
            httpx.Client(timeout=TIMEOUT, verify=verify, follow_redirects=True) as client,
            client.stream("GET", url, headers={"Accept": "text/calendar"}) as response,
        ):
            if response.status_code != 200:
                raise BusyCalendarError(
                    f"{shown_address(url)} answered HTTP {response.status_code}. Fix: check the "
                    "address (a secret address changes when it is reset)."
                )
            body = b""
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise BusyCalendarError(f"{shown_address(url)}: larger than {MAX_BYTES} bytes.")
            text = body.decode(response.encoding or "utf-8", errors="replace")
            calendar = text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:")
            if web_page(text) or (_html_type(response.headers) and not calendar):
                raise BusyCalendarError(WEB_PAGE_AT_ADDRESS)
            return text
    except httpx.HTTPError as exc:
        raise BusyCalendarError(
            f"cannot fetch {shown_address(url)} ({reason(exc)}). Fix: check the address and "
            "that its server answers (a secret address changes when it is reset)."
        ) from None


# The properties that say when an event makes you busy: one that cannot be read would drop
# the event (or its series) without a word, and calls would ring through a meeting.
TIME_PROPERTIES = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE"})
TIME_PROPERTIES |= {"RECURRENCE-ID"}
SHOWN_EVENTS = 5  # unreadable events named in one message; the rest are counted
NOT_ICALENDAR_FIX = (
    "Fix: give the calendar's iCal address (…/basic.ics) or a file exported from a calendar "
    "program as .ics in [calendar] busy."
)


def _parsed(text: str) -> icalendar.Calendar:
    if web_page(text):
        raise BusyCalendarError(WEB_PAGE_IN_FILE)
    try:
        return icalendar.Calendar.from_ical(text)
    except Exception as exc:
        raise BusyCalendarError(
            f"not a readable iCalendar file ({parser_reason(exc)}). {NOT_ICALENDAR_FIX}"
        ) from None


def parser_reason(exc: BaseException) -> str:
    """What the iCalendar parser says: its first line without the content it quotes ("Content
    line could not be parsed into parts", not "…: '<what the server answered>'"), cut to 160
    characters. The server's body is never repeated: the reason is shown by `/healthz`, which
    needs no login, and a misconfigured server's page may name an account or hold a token
    (trial37 §11)."""
    text = reason(exc)
    text = re.split(r":\s*['\"]", text, maxsplit=1)[0]
    return text if len(text) <= 160 else text[:159] + "…"


def _said(lang: str, entry: str, /, **values: object) -> str:
    from boundaries.i18n import said  # Babel loads only when a problem is said

    return said("calendar", lang, entry, **values)


def unreadable_events(text: str, lang: str = "en") -> list[str]:
    """Each event of an iCalendar text whose times cannot be read (a DTSTART, DTEND,
    DURATION, RRULE, RDATE, EXDATE or RECURRENCE-ID icalendar could not parse, or no
    DTSTART), as "line N (UID u): DTSTART '…' cannot be read (why)" in `lang` (the calendar
    catalogue's [busy]; the parser's reason as it gives it); N is the event's BEGIN line.
    Raises `BusyCalendarError` when the text is not iCalendar at all."""
    cal = _parsed(text)
    begins = [
        i for i, line in enumerate(text.splitlines(), 1) if line.strip().upper() == "BEGIN:VEVENT"
    ]
    found: list[str] = []
    for index, event in enumerate(cal.walk("VEVENT")):
        where = (
            _said(lang, "busy.line", line=begins[index])
            if index < len(begins)
            else _said(lang, "busy.event", n=index + 1)
        )
        uid = str(event.get("UID", "")).strip()
        named = f"{where} (UID {uid})" if uid else where
        for name, why in getattr(event, "errors", []):
            if str(name).upper() in TIME_PROPERTIES:
                raw = event.get(name)
                shown = f" {str(raw)!r}" if raw is not None else ""
                found.append(
                    _said(lang, "busy.unreadable", where=named, name=f"{name}{shown}", why=why)
                )
        if event.get("DTSTART") is None:
            found.append(_said(lang, "busy.no_start", where=named))
    return found


def calendar_problem(text: str, lang: str = "en") -> str | None:
    """Why a busy calendar's text cannot be used whole, with the fix: not iCalendar, or
    events whose times cannot be read (named, see `unreadable_events`), in `lang` (trial39
    §7: English inside a French refusal); None when it can."""
    try:
        events = unreadable_events(text, lang)
    except BusyCalendarError as exc:
        return str(exc)
    if not events:
        return None
    more = len(events) - SHOWN_EVENTS
    listed = "; ".join(events[:SHOWN_EVENTS])
    if more > 0:
        listed += _said(lang, "busy.more", more=more)
    return _said(lang, "busy.events", count=len(events), listed=listed)


def busy_intervals(
    text: str, zone: ZoneInfo, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """Busy [start, end) intervals in UTC of the events of an iCalendar text within [start,
    end) (aware). Raises `BusyCalendarError` when the text is not iCalendar. An event whose
    times cannot be read is left out rather than losing the whole calendar: every caller
    also names it with `calendar_problem` (refused by `check` and `simulate --busy`, shown
    by `/healthz`), so that no meeting is dropped without a word."""
    cal = _parsed(text)
    try:
        events = recurring_ical_events.of(cal, skip_bad_series=True).between(start, end)
    except Exception as exc:
        raise BusyCalendarError(
            f"not a readable iCalendar file ({parser_reason(exc)}). {NOT_ICALENDAR_FIX}"
        ) from None
    out: list[tuple[datetime, datetime]] = []
    for event in events:
        if event.name != "VEVENT":
            continue
        if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
            continue
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        begins = event.get("DTSTART")
        if begins is None:
            continue
        first = _utc(begins.dt, zone)
        ends = event.get("DTEND")
        if ends is not None:
            last = _utc(ends.dt, zone)
        elif event.get("DURATION") is not None:
            last = first + event["DURATION"].dt
        elif isinstance(begins.dt, datetime):
            last = first  # RFC 5545: a DATE-TIME event without end takes no time
        else:
            last = _utc(begins.dt + timedelta(days=1), zone)
        if last > first:
            out.append((first, last))
    return out


def _utc(value: date | datetime, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


DecidedWith = Literal["everything", "last good copy", "readable events", "nothing"]
"""What of a busy calendar calls are decided with: all of its fresh copy; its last good copy
(the latest read failed); the events of its copy that can be read (others cannot); nothing
(no copy was ever read, or the stored one cannot be)."""


@dataclass
class SourceState:
    """How one busy calendar stands: for the logs and the operator (`name`: its address less
    secrets, `source_name`), and for the public /healthz (`public_json`: its `position` in
    [calendar] busy, from 0, and its host only); `fetched_at` is when its copy in use was
    read."""

    name: str
    ok: bool
    fetched_at: datetime | None
    error: str | None
    decided_with: DecidedWith = "everything"
    host: str = "file"
    position: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.name,
            "ok": self.ok,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "error": self.error,
            "decided_with": self.decided_with,
        }

    def public_json(self) -> dict[str, object]:
        """`as_json` for a page anyone may read (/healthz needs no login): the calendar named
        "calendar.busy[1] calendar.google.com" (the key `check` names it by, counted from 0),
        and no address or file path in its error: a calendar's address may hold the account's
        e-mail address and the secret that gives its events."""
        label = public_label(self.position, self.host)
        return {**self.as_json(), "source": label, "error": _without_address(self.error, self)}


def public_label(position: int, host: str) -> str:
    """How /healthz names a busy calendar: by its key in the configuration, as `check` names
    it ("calendar.busy[1]", counted from 0), and its host: "calendar.busy[1]
    calendar.google.com", "calendar.busy[0] file"."""
    return f"calendar.busy[{position}] {host}"


_ADDRESS = re.compile(r"\b(?:https?|file|webcal)://\S+", re.IGNORECASE)


def _without_address(error: str | None, state: SourceState) -> str | None:
    """`error` less the calendar's address or path (as `check` shows it) and any other
    address in it (a redirect's target), each said as "the address"."""
    if error is None:
        return None
    text = error.replace(state.name, "the address" if "://" in state.name else "the file")
    return _ADDRESS.sub("the address", text)


def source_host(source: str) -> str:
    """The host of a busy calendar's address ("calendar.google.com"), "file" for a file."""
    if "://" in source and not source.startswith("file://"):
        return urlsplit(source).hostname or "?"
    return "file"


def source_name(source: str) -> str:
    """How a busy calendar is named to the consultant: its address as configured less what
    may be a secret (`shown_address`), or the path of its file."""
    if "://" in source and not source.startswith("file://"):
        return shown_address(source)
    return source


def busy_times(texts: Sequence[str], zone: ZoneInfo, start: datetime, end: datetime) -> BusyTimes:
    """The busy times of several calendars' texts; an unreadable one is logged and skipped."""
    intervals: list[tuple[datetime, datetime]] = []
    for text in texts:
        try:
            intervals.extend(busy_intervals(text, zone, start, end))
        except BusyCalendarError as exc:
            log.warning("busy calendar skipped: %s", exc)
    return BusyTimes(intervals)


Reader = Callable[[str], str]
