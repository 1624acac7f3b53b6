"""Reading an instant a person typed (`--since`, `?since=`) into an aware UTC datetime."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from boundaries.errors import BoundariesError

EARLIEST_YEAR = 1900
LATEST_YEAR = 9998  # leaves room for any offset and zone conversion before year 9999 ends


class InstantError(BoundariesError):
    """The text is not an ISO 8601 date or time we can compare with stored events."""


def parse_instant(raw: str, naive_zone: tzinfo = UTC) -> datetime:
    """An ISO 8601 date or date-time as an aware datetime in UTC.

    A value without an offset is read in `naive_zone`. Raises `InstantError` (naming the value
    and showing the expected shape) for text that is not ISO 8601 and for years outside
    1900–9998, whose conversion to UTC would overflow (`0001-01-01T00:00:00+01:00`)."""
    example = "write it like 2026-11-03 or 2026-11-03T10:00:00+01:00"
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise InstantError(f"{raw[:60]!r} is not an ISO 8601 date or time; {example}") from None
    if not EARLIEST_YEAR <= when.year <= LATEST_YEAR:
        raise InstantError(
            f"{raw[:60]!r} is out of range: the year must be between {EARLIEST_YEAR} and "
            f"{LATEST_YEAR}; {example}"
        )
    if when.tzinfo is None:
        when = when.replace(tzinfo=naive_zone)
    return when.astimezone(UTC)
