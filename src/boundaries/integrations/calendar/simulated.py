"""Busy calendars for a simulated replay (`simulate --busy FILE`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from boundaries.domain.busy import BusyTimes
from boundaries.domain.model import Config
from boundaries.integrations.calendar.busy import (
    BusyCalendarError,
    busy_intervals,
    calendar_problem,
    read_source,
)
from boundaries.simulation.events import Event


def simulated_busy(
    config: Config, events: Sequence[Event], paths: Sequence[str]
) -> BusyTimes | None:
    """The busy times of calendar files over the span of the events (a day either side), or
    None without files. Raises `BusyCalendarError` naming the file that cannot be read, or its
    events whose times cannot be read."""
    if not paths or not events:
        return None
    start = min(e.at for e in events) - timedelta(days=1)
    end = max(e.at for e in events) + timedelta(days=1)
    intervals = []
    for path in paths:
        if "://" in path and not path.startswith("file://"):
            raise BusyCalendarError(
                f"--busy {path}: the simulator reads files only. Fix: download the calendar "
                "(e.g. curl -o busy.ics URL) and pass the file."
            )
        try:
            text = read_source(path)
            problem = calendar_problem(text)  # a meeting dropped would change every figure
            if problem is not None:
                raise BusyCalendarError(problem)
            intervals.extend(busy_intervals(text, config.consultant.zone, start, end))
        except BusyCalendarError as exc:
            raise BusyCalendarError(f"--busy {path}: {exc}") from None
    return BusyTimes(intervals)
