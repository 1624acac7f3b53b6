"""World events for the simulator, read from JSON Lines with errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import phonenumbers

from boundaries.errors import BoundariesError

EVENT_TYPES = ("call", "email_in", "email_out", "away", "invite")


class EventsError(BoundariesError):
    """An events file that cannot be replayed; the message names the line and the fix."""


@dataclass(frozen=True, slots=True)
class Event:
    """One world event. Fields beyond `at`/`type` are those of its type (SPEC §6)."""

    index: int
    at: datetime
    type: str
    sender: str = ""  # `from` of calls, emails and invites (E.164 for calls)
    to: str = ""
    subject: str = ""
    text: str = ""  # voicemail for calls, body for emails, title for invites
    duration_min: float = 0.0
    would_press_urgent: bool = False
    until: datetime | None = None
    start: datetime | None = None
    minutes: int = 0
    truth_urgent: bool = False


def _when(raw: object, field: str, line: int) -> datetime:
    if not isinstance(raw, str):
        raise EventsError(f"line {line}: '{field}' must be an ISO 8601 string with an offset.")
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise EventsError(
            f"line {line}: '{field}' = {raw!r} is not ISO 8601. "
            "Fix: write it like '2026-11-03T10:05:00+01:00'."
        ) from None
    if value.tzinfo is None:
        raise EventsError(
            f"line {line}: '{field}' = {raw!r} has no UTC offset. Fix: add one, e.g. '+01:00'."
        )
    # All times in UTC: comparisons between datetimes of one tzinfo are the fast ones.
    return value.astimezone(UTC)


@lru_cache(maxsize=4096)
def normalise_phone(raw: str, region: str | None) -> str:
    """E.164 form of a caller's number when it parses; otherwise the raw text, trimmed."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return raw.strip()
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_event(data: object, index: int, line: int, region: str | None = None) -> Event:
    """One event from its decoded JSON object."""
    if not isinstance(data, dict):
        raise EventsError(f"line {line}: expected a JSON object, got {type(data).__name__}.")
    kind = data.get("type")
    if kind not in EVENT_TYPES:
        raise EventsError(
            f"line {line}: unknown event type {kind!r}. Fix: use one of {', '.join(EVENT_TYPES)}."
        )
    at = _when(data.get("at"), "at", line)
    sender = data.get("from") or ""
    if not isinstance(sender, str):
        raise EventsError(f"line {line}: 'from' must be a string.")
    if kind == "call":
        if not sender:
            raise EventsError(f"line {line}: a call needs 'from' (the caller's number).")
        sender = normalise_phone(sender, region)
    try:
        duration = float(data.get("duration_min") or 0)
        minutes = int(data.get("minutes") or 0)
    except (TypeError, ValueError):
        raise EventsError(f"line {line}: 'duration_min' and 'minutes' must be numbers.") from None
    text = data.get("voicemail") if kind == "call" else data.get("text")
    if kind == "invite":
        text = data.get("title")
    return Event(
        index=index,
        at=at,
        type=kind,
        sender=sender,
        to=str(data.get("to") or ""),
        subject=str(data.get("subject") or ""),
        text=str(text or ""),
        duration_min=max(duration, 0.0),
        would_press_urgent=bool(data.get("would_press_urgent", False)),
        until=_when(data["until"], "until", line) if kind == "away" else None,
        start=_when(data["start"], "start", line) if kind == "invite" and "start" in data else None,
        minutes=minutes,
        truth_urgent=bool(data.get("truth_urgent", False)),
    )


def parse_lines(lines: Iterable[str], region: str | None = None) -> Iterator[Event]:
    """Events from JSON Lines text, in file order; blank lines are skipped."""
    index = 0
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EventsError(f"line {line_no}: not valid JSON ({exc.msg}).") from None
        try:
            event = parse_event(data, index, line_no, region)
        except KeyError as exc:
            raise EventsError(f"line {line_no}: missing field {exc.args[0]!r}.") from None
        index += 1
        yield event


def in_time_order(events: list[Event]) -> tuple[list[Event], int]:
    """The events sorted by time (stable: equal times keep file order), and how many were out
    of order. Each keeps its `index`, its position in the file."""
    late = sum(1 for a, b in pairwise(events) if b.at < a.at)
    if not late:
        return events, 0
    return sorted(events, key=lambda e: e.at), late


def load_events(path: str | Path, region: str | None = None) -> list[Event]:
    """Read an events file; raise `EventsError` naming the line at fault."""
    p = Path(path)
    try:
        with p.open(encoding="utf-8") as fh:
            return list(parse_lines(fh, region))
    except FileNotFoundError:
        raise EventsError(f"{p}: no such file. Fix: pass --events with the right path.") from None
    except UnicodeDecodeError:
        raise EventsError(f"{p}: not UTF-8 text.") from None
    except EventsError as exc:
        raise EventsError(f"{p}: {exc}") from None
