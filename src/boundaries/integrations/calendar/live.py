"""The calendar the live service decides with: standing calls less the stored skips, plus the
busy times of the consultant's own calendars, refreshed in the background (SPEC §11)."""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from boundaries.domain.busy import BusyTimes
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.errors import BoundariesError
from boundaries.integrations.calendar.busy import (
    BusyCalendarError,
    DecidedWith,
    SourceState,
    busy_intervals,
    calendar_problem,
    read_source,
    source_host,
    source_name,
)
from boundaries.store.calendar import BusyCopy, CalendarStore, source_key
from boundaries.store.database import StoreError

log = logging.getLogger(__name__)

SKIPS_TTL_SECONDS = 30.0
"""A `boundaries skip` reaches a running service within this many seconds."""
STORED_COPIES_SECONDS = 60.0
"""How often a worker of several reads the busy-calendar copies another process stored."""
BUSY_AHEAD = timedelta(days=35)
BUSY_BEHIND = timedelta(days=1)


class LiveCalendar:
    """Holds the current `Calendar`; `current()` is what each call is decided with."""

    def __init__(
        self,
        config: Config,
        store: CalendarStore,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.verify = verify
        self._lock = threading.Lock()
        self._calendar = Calendar(config)
        self._skips_read = float("-inf")
        self._states: dict[str, SourceState] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def current(self) -> Calendar:
        """The calendar now; stored skips are re-read at most every `SKIPS_TTL_SECONDS`."""
        if time.monotonic() - self._skips_read > SKIPS_TTL_SECONDS:
            self.reload_skips()
        return self._calendar

    def reload_skips(self) -> None:
        """Read the skipped occurrences again (kept as they were if the store fails)."""
        self._skips_read = time.monotonic()
        try:
            skips = self.store.skips()
        except StoreError as exc:
            log.warning("skipped standing calls not re-read: %s", exc)
            return
        with self._lock:
            if skips != self._calendar.skipped:
                self._calendar = self._calendar.with_changes(skipped=skips)

    # -- busy calendars ------------------------------------------------------------------------

    def refresh_busy(self, fetch: bool = True) -> list[SourceState]:
        """Read every busy calendar (unless `fetch` is False: stored copies only), keep each
        good copy in the store, and decide with the last good copy of each. A calendar that
        cannot be read keeps its last good copy; the failure is logged and kept for /healthz."""
        now = self.clock()
        sources = self.config.calendar.busy
        if not sources:
            return []
        if fetch:
            for source in sources:
                try:
                    body = read_source(source, self.verify)
                    busy_intervals(body, self.config.consultant.zone, now, now + timedelta(1))
                except BusyCalendarError as exc:
                    log.warning("busy calendar %s not refreshed: %s", source_name(source), exc)
                    self._save(source, now, error=str(exc))
                else:
                    # Its readable events count; those that cannot be read are named as its
                    # failure (/healthz), not dropped without a word.
                    problem = calendar_problem(body)
                    if problem is not None:
                        log.warning("busy calendar %s: %s", source_name(source), problem)
                    self._save(source, now, body=body, error=problem)
        try:
            copies = self.store.busy_copies()
        except StoreError as exc:
            log.warning("busy calendars kept as they were: %s", exc)
            return self.states()
        intervals: list[tuple[datetime, datetime]] = []
        states: dict[str, SourceState] = {}
        for position, source in enumerate(sources):
            copy = copies.get(source_key(source))
            error = copy.error if copy else "not read yet"
            used: DecidedWith = "nothing"
            if copy is not None and copy.body is not None:
                try:
                    intervals.extend(
                        busy_intervals(
                            copy.body,
                            self.config.consultant.zone,
                            now - BUSY_BEHIND,
                            now + BUSY_AHEAD,
                        )
                    )
                except BusyCalendarError as exc:
                    error = str(exc)
                else:
                    used = _decided_with(copy)
            states[source] = SourceState(
                source_name(source),
                error is None,
                copy.fetched_at if copy else None,
                error,
                used,
                source_host(source),
                position,
            )
        with self._lock:
            self._calendar = self._calendar.with_changes(busy=BusyTimes(intervals))
            self._states = states
        return list(states.values())

    def _save(
        self, source: str, now: datetime, body: str | None = None, error: str | None = None
    ) -> None:
        try:
            self.store.save_busy(source, now, body=body, error=error)
        except StoreError as exc:
            log.warning("busy calendar copy not stored: %s", exc)

    def states(self) -> list[SourceState]:
        """How each busy calendar stands (for /healthz)."""
        return list(self._states.values())

    def start(self, also: Callable[[], object] | None = None, fetch: bool = True) -> None:
        """Refresh the busy calendars now and then every `refresh_minutes`, in a thread;
        `also` runs after each refresh (writing to CalDAV). With `fetch` False (a worker of
        several: another process reads the calendars), the stored copies are read again every
        `STORED_COPIES_SECONDS` instead."""
        if (not self.config.calendar.busy and also is None) or self._thread is not None:
            return
        self.refresh_busy(fetch=False)  # decide with the last good copies at once
        interval: float = self.config.calendar.refresh_minutes * 60
        if not fetch:
            interval = min(interval, STORED_COPIES_SECONDS)

        def refresh() -> object:
            return self.refresh_busy(fetch=fetch)

        def loop() -> None:
            while not self._stop.is_set():
                for work in (refresh, also):
                    if work is None:
                        continue
                    try:
                        work()
                    except BoundariesError as exc:  # keep going whatever one round does
                        log.warning("calendars: %s", exc)
                    except Exception:
                        log.exception("calendars: refresh failed")
                self._stop.wait(interval)

        self._thread = threading.Thread(target=loop, name="busy-calendars", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the refreshing thread (waits for a round in progress)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None


def _decided_with(copy: BusyCopy) -> DecidedWith:
    """What of a stored copy that could be expanded calls are decided with: all of it; the
    last good copy, when the latest read failed (checked after it was fetched); else its
    readable events (the others are named in its error)."""
    if copy.error is None:
        return "everything"
    if copy.fetched_at and copy.checked_at and copy.checked_at > copy.fetched_at:
        return "last good copy"
    return "readable events"
