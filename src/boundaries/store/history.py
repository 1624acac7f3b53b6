"""The decision's `History`, read from the store: what the live service decides with."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from boundaries.domain.history import PastCall
from boundaries.store.database import Store

AWAY_LOOKBACK = timedelta(days=2)
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
        until = since + timedelta(days=1)
        who = {"caller": key[4:]} if key.startswith("tel:") else {"client": key}
        rows = self.store.kind_between(
            self.account_id, "call", since, until, limit=RECENT_LIMIT, newest_first=True, **who
        )
        return [
            PastCall(r.at, r.caller or "", r.client, r.action, r.used_allowance, r.notified)
            for r in reversed(rows)
        ]

    def away_until(self, at: datetime) -> datetime | None:
        rows = self.store.kind_between(
            self.account_id, "away", at - AWAY_LOOKBACK, at + timedelta(seconds=1)
        )
        back: datetime | None = None
        for r in rows:
            until = datetime.fromisoformat(str(r.detail.get("until")))
            if r.at <= at < until and (back is None or until > back):
                back = until
        return back
