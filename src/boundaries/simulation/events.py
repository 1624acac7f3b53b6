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

from boundaries.config.phones import phone_as_dialled
from boundaries.errors import Said, SaidError, Term, catalogued
from boundaries.textfiles import NotText, read_text, readable_fix

EVENT_TYPES = ("call", "email_in", "email_out", "away", "invite")

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
"""Event times outside [EARLIEST, LATEST) are refused: a replay looks weeks ahead of its
events (standing calls, replies), which a year such as 9999 leaves no room for."""
MAX_MINUTES = 24 * 60
"""A call or a meeting lasts between 0 and 24 hours (`duration_min`, `minutes`)."""


FIELD_EXAMPLES = {
    "until": '"until": "2026-11-02T12:00:00+01:00"',
    "start": '"start": "2026-11-03T14:00:00+01:00"',
}


def told(key: str, /, **values: object) -> Said:
    """The message `key` ("section.name") of locales/<lang>/events.toml filled with `values`:
    English as a `str`, any language by `said(lang)`."""
    return Said(catalogued("events", key, **values))


def _one_object() -> Said:
    """The fix of a line that is not one JSON object."""
    return told("line.one_object")


def _json_kind(value: object) -> Term:
    """What a decoded JSON value is, in JSON's words (not Python's: never "NoneType")."""
    if value is None:
        kind = "null"
    elif isinstance(value, bool):
        kind = "boolean"
    elif isinstance(value, int | float):
        kind = "number"
    elif isinstance(value, str):
        kind = "string"
    else:
        kind = "array" if isinstance(value, list) else "other"
    return Term("events", "kind." + kind)


class EventsError(SaidError):
    """An events file that cannot be replayed; the message names the line and the fix, in
    any language (`said`; locales/<lang>/events.toml), English as `str`."""

    def __init__(self, message: Said) -> None:
        self.message = message
        super().__init__(message.said)


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
    where = {"line": line, "field": field}
    if not isinstance(raw, str):
        fix = told("time.fix")
        raise EventsError(told("time.not_string", **where, value=json.dumps(raw), fix=fix))
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        fix = told("time.fix")
        raise EventsError(told("time.not_iso", **where, value=repr(raw), fix=fix)) from None
    if value.tzinfo is None:
        raise EventsError(told("time.no_offset", **where, value=repr(raw)))
    try:
        # All times in UTC: comparisons between datetimes of one tzinfo are the fast ones.
        value = value.astimezone(UTC)
    except OverflowError:
        value = datetime.min.replace(tzinfo=UTC) if value.year < 2000 else LATEST
    if not EARLIEST <= value < LATEST:
        first, last = EARLIEST.year, LATEST.year - 1
        raise EventsError(
            told("time.out_of_years", **where, value=repr(raw), first=first, last=last)
        )
    return value


def _number(data: dict[str, object], field: str, line: int, whole: bool = False) -> float:
    """An optional JSON number (absent or null: 0) between 0 and MAX_MINUTES minutes."""
    raw = data.get(field)
    if raw is None:
        return 0.0
    kind = Term("events", "minutes.whole_minutes" if whole else "minutes.minutes")
    fix = told("minutes.fix", kind=kind, most=MAX_MINUTES)
    where = {"line": line, "field": field, "kind": kind, "fix": fix}
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise EventsError(told("minutes.not_number", **where, value=json.dumps(raw)))
    if not math.isfinite(raw) or not 0 <= raw <= MAX_MINUTES or (whole and raw != int(raw)):
        raise EventsError(told("minutes.out_of_range", **where, value=repr(raw), most=MAX_MINUTES))
    return float(raw)


def _flag(data: dict[str, object], field: str, line: int) -> bool:
    """An optional JSON boolean (absent or null: false); "false" or 1 are refused, not guessed."""
    raw = data.get(field)
    if raw is None:
        return False
    if not isinstance(raw, bool):
        raise EventsError(told("value.not_boolean", line=line, field=field, value=json.dumps(raw)))
    return raw


def _string(data: dict[str, object], field: str, line: int) -> str:
    """An optional JSON string (absent or null: "")."""
    raw = data.get(field)
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise EventsError(told("value.not_string", line=line, field=field, value=json.dumps(raw)))
    return raw


@lru_cache(maxsize=4096)
def normalise_phone(raw: str, region: str | None) -> str:
    """E.164 form of a caller's number when it parses (read as the configuration reads it:
    `config.phones.phone_as_dialled`); otherwise the raw text, trimmed."""
    try:
        number = phonenumbers.parse(phone_as_dialled(raw), region)
    except phonenumbers.NumberParseException:
        return raw.strip()
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_event(data: object, index: int, line: int, region: str | None = None) -> Event:
    """One event from its decoded JSON object, every field checked against its SPEC §6 type:
    times ISO 8601 with an offset (years 1970-2199), minutes finite numbers from 0 to 24 h,
    flags JSON booleans, texts JSON strings. Raise `EventsError` naming the line and field."""
    if not isinstance(data, dict):
        kind_of = _json_kind(data)
        raise EventsError(told("line.not_object", line=line, kind=kind_of, fix=_one_object()))
    kind = data.get("type")
    types = ", ".join(EVENT_TYPES)
    if "type" not in data:
        raise EventsError(told("line.no_type", line=line, types=types))
    if kind not in EVENT_TYPES:
        shown = repr(kind) if isinstance(kind, str) else json.dumps(kind)
        raise EventsError(told("line.unknown_type", line=line, value=shown, types=types))
    at = _when(data.get("at"), "at", line)
    sender = _string(data, "from", line)
    if kind == "call":
        if not sender:
            raise EventsError(told("line.call_without_from", line=line))
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
        key = "order.away_same" if until == at else "order.away_before"
        raise EventsError(told(key, line=line, until=data["until"], at=data["at"]))
    if kind == "invite" and start is not None:
        end = start + timedelta(minutes=minutes)
        if end < at:
            raise EventsError(
                told(
                    "order.invite_over",
                    line=line,
                    start=data["start"],
                    minutes=minutes,
                    at=data["at"],
                )
            )


def parse_lines(lines: Iterable[str], region: str | None = None) -> Iterator[Event]:
    """Events from JSON Lines text, in file order; blank lines are skipped. Raises
    `EventsError` at the first line at fault."""
    index = 0
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield _parse_line(line, line_no, index, region)
        index += 1


MAX_REPORTED = 10
"""Lines at fault an events file's refusal names, at most (then how many more)."""


def _parse_all(lines: Iterable[str], region: str | None) -> tuple[list[Event], list[Said]]:
    """Every event of the lines, and the refusal of each line at fault (all of them, as the
    configuration names all its problems at once: trial34 §14 fixed one line per run)."""
    events: list[Event] = []
    faults: list[Said] = []
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            events.append(_parse_line(line, line_no, len(events), region))
        except EventsError as exc:
            faults.append(exc.message)
    return events, faults


def _parse_line(line: str, line_no: int, index: int, region: str | None) -> Event:
    """The event of one line (`index`: its place among the file's events); raises
    `EventsError` naming the line, what is wrong and the fix."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        why = told(
            "line.not_json", line=line_no, error=exc.msg, column=exc.colno, fix=_one_object()
        )
        raise EventsError(why) from None
    except RecursionError:
        raise EventsError(told("line.too_deep", line=line_no, fix=_one_object())) from None
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string"
        why = told("line.unreadable", line=line_no, error=str(exc), fix=_one_object())
        raise EventsError(why) from None
    try:
        return parse_event(data, index, line_no, region)
    except KeyError as exc:
        field = exc.args[0]
        example = _example_after(field, data)
        where = {"line": line_no, "field": repr(field)}
        if example is None:
            raise EventsError(told("line.missing_field", **where)) from None
        raise EventsError(told("line.missing_field_example", **where, example=example)) from None


FIELD_AFTER = {"until": timedelta(hours=1), "start": timedelta(days=1)}
"""How far after the event's own `at` the example of a missing time is written."""


def _example_after(field: str, data: object) -> str | None:
    """The example of a missing `field` (`FIELD_EXAMPLES`), its time written after the
    event's own `at` when that can be read: an `away` at 13:00 is told "until": "…14:00…",
    not a time before it, which the next run would refuse (trial35 §10)."""
    example = FIELD_EXAMPLES.get(field)
    after = FIELD_AFTER.get(field)
    at = data.get("at") if isinstance(data, dict) else None
    if example is None or after is None or not isinstance(at, str):
        return example
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return example
    if when.tzinfo is None:
        return example
    return f'"{field}": "{(when + after).isoformat(timespec="seconds")}"'


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
        events, faults = _parse_all(read_text(p).split("\n"), region)
    except FileNotFoundError:
        raise EventsError(told("file.missing", path=p, option=option)) from None
    except NotText as exc:
        raise EventsError(
            told("file.not_text", path=p, line=exc.line, message=Said(exc.words))
        ) from None
    except OSError as exc:
        why = told("file.unreadable", path=p, why=exc.strerror, fix=readable_fix())
        raise EventsError(why) from None
    if faults:
        raise EventsError(_at_fault(p, faults))
    return events


def _at_fault(path: Path, faults: list[Said]) -> Said:
    """The refusal of a file with lines at fault: each of the first `MAX_REPORTED`, one per
    line, then how many more."""
    shown = [told("file.at", path=path, message=f) for f in faults[:MAX_REPORTED]]
    more = len(faults) - len(shown)
    tail = [told("file.more", n=more)] if more else []

    def words(lang: str) -> str:
        return "\n".join(x.said(lang) for x in [*shown, *tail])

    return Said(words)


def load_replay(path: str | Path, region: str | None = None) -> tuple[list[Event], int]:
    """The events of a replay (`simulate`, `report --events`, `coach --events`) in time order
    and how many were out of order; raise `EventsError` when the file holds none."""
    events = load_events(path, region)
    if not events:
        raise EventsError(told("file.empty", path=path))
    return in_time_order(events)
