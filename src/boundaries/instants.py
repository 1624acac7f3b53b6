"""Reading an instant a person typed (`--since`, `?since=`) into an aware UTC datetime."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from boundaries.errors import SaidError, catalogued

EARLIEST_YEAR = 1900
LATEST_YEAR = 9998  # leaves room for any offset and zone conversion before year 9999 ends


class InstantError(SaidError):
    """The text is not an ISO 8601 date or time we can compare with stored events; said in
    any language (locales/<lang>/cli.toml [instant]), `str()` in English."""


def parse_instant(raw: str, naive_zone: tzinfo = UTC) -> datetime:
    """An ISO 8601 date or date-time as an aware datetime in UTC.

    A value without an offset is read in `naive_zone`. Raises `InstantError` (naming the value
    and showing the expected shape) for text that is not ISO 8601 and for years outside
    1900–9998, whose conversion to UTC would overflow (`0001-01-01T00:00:00+01:00`)."""
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise InstantError(catalogued("cli", "instant.not_iso", value=raw[:60])) from None
    if not EARLIEST_YEAR <= when.year <= LATEST_YEAR:
        words = catalogued(
            "cli", "instant.out_of_range", value=raw[:60], first=EARLIEST_YEAR, last=LATEST_YEAR
        )
        raise InstantError(words)
    if when.tzinfo is None:
        when = when.replace(tzinfo=naive_zone)
    return when.astimezone(UTC)
