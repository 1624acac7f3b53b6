"""The decision's `History`, read from the store: what the live service decides with.

Each answer reads only what the decision needs (SPEC §7: a webhook is decided and stored
before it is answered, so these reads sit on every call's path): the columns of the last few
calls of the burst window, a count for the week's allowance, and the away periods around now.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, Select, bindparam, literal_column, select, type_coerce

from boundaries.domain.history import PastCall
from boundaries.store.database import Store, _aware, _events

AWAY_LOOKBACK = timedelta(days=366)
"""How far back an away period may have begun and still hold the consultant away: a holiday
of weeks counts on its last day (away periods are few: the read stays small)."""
RECENT_LIMIT = 10


class StoreHistory:
    """`History` over one account's stored calls and away periods."""

    def __init__(self, store: Store, account_id: int, zone: ZoneInfo) -> None:
        self.store = store
        self.account_id = account_id
        self.zone = zone

    def allowance_used(self, client_id: str, week: date) -> int:
        start = datetime.combine(week, time(), self.zone).astimezone(UTC)
        end = datetime.combine(week + timedelta(days=7), time(), self.zone).astimezone(UTC)
        return self.store.count_allowance(self.account_id, client_id, start, end)

    def recent_calls(self, key: str, since: datetime) -> list[PastCall]:
        # The decision reads the last few calls of a burst; a bounded query keeps a caller who
        # dials a hundred times from slowing the next answer down.
        by_caller = key.startswith("tel:")
        params = {
            "account": self.account_id,
            "start": since.astimezone(UTC),
            "end": (since + timedelta(days=1)).astimezone(UTC),
            "who": key[4:] if by_caller else key,
            "limit": RECENT_LIMIT,
        }
        with self.store.reading() as conn:
            rows = conn.execute(_recent_query(by_caller), params).all()
        return [
            PastCall(_aware(at), caller or "", client, action, bool(used), bool(notified))
            for at, caller, client, action, used, notified in reversed(rows)
        ]

    def away_until(self, at: datetime) -> datetime | None:
        params = {
            "account": self.account_id,
            "start": (at - AWAY_LOOKBACK).astimezone(UTC),
            "end": (at + timedelta(seconds=1)).astimezone(UTC),
        }
        with self.store.reading() as conn:
            rows = conn.execute(_away_query(self.store.sqlite), params).all()
        back: datetime | None = None
        for start, detail in rows:
            until = datetime.fromisoformat(str((detail or {}).get("until")))
            if _aware(start) <= at < until and (back is None or until > back):
                back = until
        return back


@cache
def _recent_query(by_caller: bool) -> Select[Any]:
    """The calls of one caller (or client) in [start, end), newest first, at most `limit`:
    only the columns a `PastCall` holds (no JSON detail to decode)."""
    t = _events()
    who = t.c.caller if by_caller else t.c.client_id
    return (
        select(t.c.at, t.c.caller, t.c.client_id, t.c.action, t.c.used_allowance, t.c.notified)
        .where(
            t.c.account_id == bindparam("account"),
            t.c.kind == "call",
            who == bindparam("who"),
            t.c.at >= bindparam("start"),
            t.c.at < bindparam("end"),
        )
        .order_by(t.c.at.desc(), t.c.id.desc())
        .limit(bindparam("limit"))
    )


@cache
def _away_query(sqlite: bool) -> Select[Any]:
    """Away periods that began in [start, end).

    On SQLite the time bounds are written `+at`, which keeps the planner from walking the
    (account, time) index through every event of the window (thousands of calls on a busy
    day) instead of the few away rows of the (account, kind, …) indexes."""
    t = _events()
    at = type_coerce(literal_column("+event.at"), DateTime(timezone=True)) if sqlite else t.c.at
    return select(t.c.at, t.c.detail).where(
        t.c.account_id == bindparam("account"),
        t.c.kind == "away",
        at >= bindparam("start"),
        at < bindparam("end"),
    )
