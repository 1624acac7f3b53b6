"""The consultant's busy times from their own calendars, as sorted UTC intervals (SPEC §11)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import datetime


class BusyTimes:
    """Intervals [start, end) in UTC during which the consultant is in a meeting.

    Built from whatever reads the calendars (`integrations.calendar.busy`); the decision only
    asks `busy_until(at)`. Event titles are never kept: only times.
    """

    __slots__ = ("_ends", "_intervals", "_starts")

    def __init__(self, intervals: Iterable[tuple[datetime, datetime]] = ()) -> None:
        merged: list[tuple[datetime, datetime]] = []
        for start, end in sorted(i for i in intervals if i[1] > i[0]):
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        self._intervals = merged
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def busy_until(self, at: datetime) -> datetime | None:
        """When the busy time holding `at` (aware) ends, or None when `at` is free."""
        i = bisect.bisect_right(self._starts, at) - 1
        if i >= 0 and at < self._ends[i]:
            return self._ends[i]
        return None

    @property
    def intervals(self) -> list[tuple[datetime, datetime]]:
        """The merged intervals, oldest first."""
        return list(self._intervals)

    def __len__(self) -> int:
        return len(self._intervals)

    def __bool__(self) -> bool:
        return bool(self._intervals)
