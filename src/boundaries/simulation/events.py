"""World events for the simulator, read from JSON Lines with errors that name the line."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import phonenumbers

from boundaries.errors import BoundariesError
from boundaries.textfiles import NotText, read_text, readable_fix

EVENT_TYPES = ("call", "email_in", "email_out", "away", "invite")

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
"""Event times outside [EARLIEST, LATEST) are refused: a replay looks weeks ahead of its
events (standing calls, replies), which a year such as 9999 leaves no room for."""
MAX_MINUTES = 24 * 60
"""A call or a meeting lasts between 0 and 24 hours (`duration_min`, `minutes`)."""


ONE_OBJECT_FIX = (
    "Fix: write one JSON object per line, e.g. "
    '{"at": "2026-11-02T10:00:00+01:00", "type": "call", "from": "+33 1 23 45 67 89"}.'
)
FIELD_EXAMPLES = {
    "until": '"until": "2026-11-02T12:00:00+01:00"',
    "start": '"start": "2026-11-03T14:00:00+01:00"',
}


def _json_kind(value: object) -> str:
    """What a decoded JSON value is, in JSON's words (not Python's: never "NoneType")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "something else"


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
    """An ISO 8601 time with an offset, within [EARLIEST, LATEST), in UTC."""
    example = "Fix: write it like '2026-11-03T10:05:00+01:00'."
    if not isinstance(raw, str):
        raise EventsError(
            f"line {line}: '{field}' = {json.dumps(raw)} must be an ISO 8601 string with an "
            f"offset. {example}"
        )
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise EventsError(f"line {line}: '{field}' = {raw!r} is not ISO 8601. {example}") from None
    if value.tzinfo is None:
        raise EventsError(
            f"line {line}: '{field}' = {raw!r} has no UTC offset. Fix: add one, e.g. '+01:00'."
        )
    try:
        # All times in UTC: comparisons between datetimes of one tzinfo are the fast ones.
        value = value.astimezone(UTC)
    except OverflowError:
        value = datetime.min.replace(tzinfo=UTC) if value.year < 2000 else LATEST
    if not EARLIEST <= value < LATEST:
        raise EventsError(
            f"line {line}: '{field}' = {raw!r} is outside the years {EARLIEST.year}-"
            f"{LATEST.year - 1} a replay can handle. Fix: check the date (a typo in the year?)."
        )
    return value


def _number(data: dict[str, object], field: str, line: int, whole: bool = False) -> float:
    """An optional JSON number (absent or null: 0) between 0 and MAX_MINUTES minutes."""
    raw = data.get(field)
    if raw is None:
        return 0.0
    kind = "a whole number of minutes" if whole else "a number of minutes"
    fix = f"Fix: write {kind} from 0 to {MAX_MINUTES} (24 hours), without quotes, e.g. 12."
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise EventsError(f"line {line}: '{field}' = {json.dumps(raw)} must be {kind}. {fix}")
    if not math.isfinite(raw) or not 0 <= raw <= MAX_MINUTES or (whole and raw != int(raw)):
        raise EventsError(
            f"line {line}: '{field}' = {raw!r} is not {kind} from 0 to {MAX_MINUTES}. {fix}"
        )
    return float(raw)


def _flag(data: dict[str, object], field: str, line: int) -> bool:
    """An optional JSON boolean (absent or null: false); "false" or 1 are refused, not guessed."""
    raw = data.get(field)
    if raw is None:
        return False
    if not isinstance(raw, bool):
        raise EventsError(
            f"line {line}: '{field}' = {json.dumps(raw)} must be a JSON boolean. "
            f"Fix: write true or false, without quotes."
        )
    return raw


def _string(data: dict[str, object], field: str, line: int) -> str:
    """An optional JSON string (absent or null: "")."""
    raw = data.get(field)
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise EventsError(
            f"line {line}: '{field}' = {json.dumps(raw)} must be a JSON string. "
            f"Fix: put the text in double quotes."
        )
    return raw


@lru_cache(maxsize=4096)
def normalise_phone(raw: str, region: str | None) -> str:
    """E.164 form of a caller's number when it parses; otherwise the raw text, trimmed."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return raw.strip()
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_event(data: object, index: int, line: int, region: str | None = None) -> Event:
    """One event from its decoded JSON object, every field checked against its SPEC §6 type:
    times ISO 8601 with an offset (years 1970-2199), minutes finite numbers from 0 to 24 h,
    flags JSON booleans, texts JSON strings. Raise `EventsError` naming the line and field."""
    if not isinstance(data, dict):
        raise EventsError(
            f"line {line}: expected a JSON object, got {_json_kind(data)}. {ONE_OBJECT_FIX}"
        )
    kind = data.get("type")
    if "type" not in data:
        raise EventsError(
            f"line {line}: missing field 'type'. Fix: add \"type\": one of "
            f"{', '.join(EVENT_TYPES)}."
        )
    if kind not in EVENT_TYPES:
        shown = repr(kind) if isinstance(kind, str) else json.dumps(kind)
        raise EventsError(
            f"line {line}: unknown event type {shown}. Fix: use one of {', '.join(EVENT_TYPES)}."
        )
    at = _when(data.get("at"), "at", line)
    sender = _string(data, "from", line)
    if kind == "call":
        if not sender:
            raise EventsError(
                f"line {line}: a call needs 'from' (the caller's number). Fix: add "
                '"from": "+33 1 23 45 67 89".'
            )
        sender = normalise_phone(sender, region)
    text_field = {"call": "voicemail", "invite": "title"}.get(kind, "text")
    until = _when(data["until"], "until", line) if kind == "away" else None
    start = _when(data["start"], "start", line) if kind == "invite" and "start" in data else None
    minutes = int(_number(data, "minutes", line, whole=True))
    _check_order(kind, (at, until, start), minutes, data, line)
    return Event(
        index=index,
        at=at,
        type=kind,
        sender=sender,
        to=_string(data, "to", line),
        subject=_string(data, "subject", line),
        text=_string(data, text_field, line),
        duration_min=_number(data, "duration_min", line),
        would_press_urgent=_flag(data, "would_press_urgent", line),
        until=until,
        start=start,
        minutes=minutes,
        truth_urgent=_flag(data, "truth_urgent", line),
    )


def _check_order(
    kind: str,
    times: tuple[datetime, datetime | None, datetime | None],
    minutes: int,
    data: dict[str, object],
    line: int,
) -> None:
    """Refuse an event whose end comes before its start (a mistyped day or month would
    otherwise turn it into nothing, silently): an `away` whose `until` is not after its
    `at`, an `invite` to a meeting that is over (`start` + `minutes`) before it arrives.
    `times`: `at`, `until`, `start` as read; `data`: the line's object, whose times the
    message quotes as written."""
    at, until, start = times
    if kind == "away" and until is not None and until <= at:
        raise EventsError(
            f"line {line}: 'until' {data['until']} is "
            f"{'the same moment as' if until == at else 'before'} 'at' {data['at']}: "
            "the consultant would not be away at all. Fix: give the moment the absence ends, "
            "after 'at' (check the day and the month)."
        )
    if kind == "invite" and start is not None:
        end = start + timedelta(minutes=minutes)
        if end < at:
            raise EventsError(
                f"line {line}: the meeting ('start' {data['start']}, {minutes} min) is over "
                f"before its invitation arrives ('at' {data['at']}). Fix: check the day "
                "and the month of 'start' (or of 'at')."
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
            raise EventsError(
                f"line {line_no}: not valid JSON ({exc.msg}, column {exc.colno}). {ONE_OBJECT_FIX}"
            ) from None
        except RecursionError:
            raise EventsError(
                f"line {line_no}: JSON nested too deeply to read (arrays or objects inside each "
                f"other about a thousand levels deep). {ONE_OBJECT_FIX}"
            ) from None
        except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string"
            raise EventsError(
                f"line {line_no}: not readable as JSON ({exc}). {ONE_OBJECT_FIX}"
            ) from None
        try:
            event = parse_event(data, index, line_no, region)
        except KeyError as exc:
            field = exc.args[0]
            example = FIELD_EXAMPLES.get(field)
            raise EventsError(
                f"line {line_no}: missing field {field!r}. Fix: add it"
                + (f", e.g. {example}" if example else "")
                + " (SPEC §6 lists the fields of each type)."
            ) from None
        index += 1
        yield event


def in_time_order(events: list[Event]) -> tuple[list[Event], int]:
    """The events sorted by time (stable: equal times keep file order), and how many were out
    of order. Each keeps its `index`, its position in the file."""
    late = sum(1 for a, b in pairwise(events) if b.at < a.at)
    if not late:
        return events, 0
    return sorted(events, key=lambda e: e.at), late


def load_events(
    path: str | Path, region: str | None = None, option: str = "--events"
) -> list[Event]:
    """Read an events file given by `option` (named in the fix when it is missing); raise
    `EventsError` naming the line at fault."""
    p = Path(path)
    try:
        return list(parse_lines(read_text(p).split("\n"), region))
    except FileNotFoundError:
        raise EventsError(f"{p}: no such file. Fix: pass {option} with the right path.") from None
    except NotText as exc:
        raise EventsError(f"{p}: line {exc.line}: {exc}") from None
    except OSError as exc:
        raise EventsError(f"{p}: cannot read it ({exc.strerror}). {readable_fix()}") from None
    except EventsError as exc:
        raise EventsError(f"{p}: {exc}") from None


def load_replay(path: str | Path, region: str | None = None) -> tuple[list[Event], int]:
    """The events of a replay (`simulate`, `report --events`, `coach --events`) in time order
    and how many were out of order; raise `EventsError` when the file holds none."""
    events = load_events(path, region)
    if not events:
        raise EventsError(
            f"{path} holds no events (it is empty or only blank lines): there is nothing "
            "to replay. Fix: pass --events with a JSON Lines file of calls and messages, one per "
            "line, such as examples/events.jsonl (SPEC §6)."
        )
    return in_time_order(events)
