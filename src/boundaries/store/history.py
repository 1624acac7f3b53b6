"""The decision's `History`, read from the store: what the live service decides with."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from boundaries.domain.history import PastCall
from boundaries.store.database import Store

AWAY_LOOKBACK = timedelta(days=2)


class StoreHistory:
    """`History` over one account's stored calls and away periods."""

    def __init__(self, store: Store, account_id: int, zone: ZoneInfo) -> None:
        self.store = store
        self.account_id = account_id
        self.zone = zone

    def allowance_used(self, client_id: str, week: date) -> int:
        start = datetime.combine(week, time(), self.zone).astimezone(UTC)
        end = datetime.combine(week + timedelta(days=7), time(), self.zone).astimezone(UTC)
        calls = self.store.kind_between(self.account_id, "call", start, end, client=client_id)
        return sum(1 for c in calls if c.used_allowance)

    def recent_calls(self, key: str, since: datetime) -> list[PastCall]:
        now = since + timedelta(days=1)
        if key.startswith("tel:"):
            rows = self.store.kind_between(self.account_id, "call", since, now, caller=key[4:])
        else:
            rows = self.store.kind_between(self.account_id, "call", since, now, client=key)
        return [
            PastCall(r.at, r.caller or "", r.client, r.action, r.used_allowance, r.notified)
            for r in rows
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
