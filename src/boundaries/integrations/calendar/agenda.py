"""Topics for a standing call's agenda read from the store, until the agenda module takes over.

`stored_agenda` is an `AgendaSource` (see `integrations.calendar.feed`): the topics of the
client's voicemails and emails stored as agenda items since the previous standing call.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from boundaries.domain.model import Config
from boundaries.integrations.calendar.feed import AgendaSource, standing_calls_feed
from boundaries.store.calendar import CalendarStore
from boundaries.store.database import Store

FIRST_CALL_LOOKBACK = timedelta(days=30)
"""Topics gathered this long before a client's first standing call count for it."""


def stored_agenda(store: Store, account_id: int) -> AgendaSource:
    """An `AgendaSource` over stored `agenda_item` events (topic in `detail["topic"]`)."""

    def topics(client_id: str, previous: datetime | None, start: datetime) -> Sequence[str]:
        since = previous if previous is not None else start - FIRST_CALL_LOOKBACK
        rows = store.kind_between(account_id, "agenda_item", since, start, client=client_id)
        seen: dict[str, None] = {}
        for row in rows:
            topic = str(row.detail.get("topic") or "").strip()
            if topic and topic.lower() not in (t.lower() for t in seen):
                seen[topic] = None
        return list(seen)

    return topics


def stored_feed(config: Config, store: Store, account_id: int, now: datetime) -> bytes:
    """The feed as `serve` would give it now: stored skips and stored topics."""
    skips = CalendarStore(store, account_id).skips()
    return standing_calls_feed(config, now, skips, stored_agenda(store, account_id))
