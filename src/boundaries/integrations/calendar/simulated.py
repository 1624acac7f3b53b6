"""Busy calendars for a simulated replay: `--busy FILE`, else `[calendar] busy` (files)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from boundaries.domain.busy import BusyTimes
from boundaries.domain.model import Config
from boundaries.integrations.calendar.busy import (
    BusyCalendarError,
    busy_intervals,
    calendar_problem,
    read_source,
    shown_address,
)
from boundaries.simulation.events import Event

CONFIGURED = "[calendar] busy"
"""Where the busy calendars of a replay come from when no --busy is given."""


@dataclass(frozen=True)
class ReplayCalendars:
    """The busy calendar files a replay reads (`paths`), where they come from (`origin`:
    "--busy" or `CONFIGURED`), and the configured addresses it leaves out (`left_out`: the
    simulator reads files only)."""

    paths: tuple[str, ...]
    origin: str
    left_out: tuple[str, ...] = ()

    def notes(self, lang: str = "en") -> list[str]:
        """What to tell the consultant about calendars left out of the replay, with the fix,
        in `lang` (the calendar catalogue's [replay]; trial39 §7)."""
        from boundaries.i18n import said

        return [
            said("calendar", lang, "replay.address_left_out", address=shown_address(source))
            for source in self.left_out
        ]


def replay_calendars(config: Config, given: Sequence[str], none: bool) -> ReplayCalendars:
    """The busy calendars a replay uses (SPEC §6: what the consultant would have lived
    through, with her configuration): the `--busy` files when given, else the configured
    `[calendar] busy` files (already resolved against the configuration file's folder, as
    `serve` reads them), none with `none` (--no-busy)."""
    if none:
        return ReplayCalendars((), "--no-busy")
    if given:
        return ReplayCalendars(tuple(given), "--busy")
    files = [s for s in config.calendar.busy if "://" not in s or s.startswith("file://")]
    addresses = [s for s in config.calendar.busy if s not in files]
    return ReplayCalendars(tuple(files), CONFIGURED, tuple(addresses))


def simulated_busy(
    config: Config, events: Sequence[Event], paths: Sequence[str], origin: str = "--busy"
) -> BusyTimes | None:
    """The busy times of calendar files over the span of the events (a day either side), or
    None without files. Raises `BusyCalendarError` naming the file that cannot be read (and
    `origin`, the option or key that gave it), or its events whose times cannot be read."""
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
            raise BusyCalendarError(f"{origin} {path}: {exc}") from None
    return BusyTimes(intervals)
