"""Topics for a standing call's agenda read from the store, until the agenda module takes over.

`stored_agenda` is an `AgendaSource` (see `integrations.calendar.feed`): the topics of the
client's voicemails and emails stored as agenda items since the previous standing call.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from boundaries.integrations.calendar.feed import AgendaSource
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
