"""What the decision needs to know of the past, and an in-memory record of it."""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import NamedTuple, Protocol

BURST_WINDOW = timedelta(minutes=20)
"""Calls from one client within this window of the first are one burst (SPEC §4)."""

BURST_MIN_CALLS = 3
"""A run of this many calls inside the window is counted as a burst."""


class PastCall(NamedTuple):
    """A call already decided: who, when, what was done."""

    at: datetime
    caller: str
    client_id: str | None
    action: str
    used_allowance: bool = False
    notified: bool = False


class History(Protocol):
    """Read access to the past that `decide` uses; the store and the simulator implement it."""

    def allowance_used(self, client_id: str, week: date) -> int:
        """Ad-hoc calls of this client that rang through in the week starting `week`."""
        ...

    def recent_calls(self, key: str, since: datetime) -> list[PastCall]:
        """Calls from this client id (or unknown number) at or after `since`, oldest first."""
        ...

    def away_until(self, at: datetime) -> datetime | None:
        """When the consultant is back, if they are away at `at`."""
        ...


def caller_key(client_id: str | None, caller: str) -> str:
    """Calls are grouped by client when known, else by number."""
    return client_id if client_id is not None else "tel:" + caller


class MemoryHistory:
    """An append-only `History` in memory, indexed for the simulator's hot loop."""

    def __init__(self) -> None:
        self._allowance: dict[tuple[str, date], int] = defaultdict(int)
        self._calls: dict[str, list[PastCall]] = defaultdict(list)
        self._away: list[tuple[datetime, datetime]] = []
        self._away_starts: list[datetime] = []
        # the latest `until` of the away periods up to each index (sorted by start): an
        # absence of a week still counts whatever shorter ones start inside it
        self._away_reach: list[datetime] = []

    def allowance_used(self, client_id: str, week: date) -> int:
        return self._allowance.get((client_id, week), 0)

    def recent_calls(self, key: str, since: datetime) -> list[PastCall]:
        calls = self._calls.get(key)
        if not calls:
            return []
        out: list[PastCall] = []
        for call in reversed(calls):
            if call.at < since:
                break
            out.append(call)
        out.reverse()
        return out

    def away_until(self, at: datetime) -> datetime | None:
        """The latest end of the away periods that contain `at` (SPEC §6: away intervals),
        however long they are and however many start inside them."""
        i = bisect.bisect_right(self._away_starts, at)
        if i == 0:
            return None
        reach = self._away_reach[i - 1]
        return reach if reach > at else None

    def record_call(self, call: PastCall, week: date | None = None) -> None:
        self._calls[caller_key(call.client_id, call.caller)].append(call)
        if call.used_allowance and call.client_id is not None and week is not None:
            self._allowance[(call.client_id, week)] += 1

    def record_away(self, start: datetime, until: datetime) -> None:
        i = bisect.bisect_right(self._away_starts, start)
        self._away_starts.insert(i, start)
        self._away.insert(i, (start, until))
        # in time order this only appends; out of order, the reach after `i` is recomputed
        reach = self._away_reach[i - 1] if i > 0 else until
        self._away_reach.insert(i, max(reach, until))
        for j in range(i + 1, len(self._away_reach)):
            self._away_reach[j] = max(self._away_reach[j - 1], self._away[j][1])
