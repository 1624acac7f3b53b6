"""The agenda known so far of a standing call, read from the store for the calendar feed.

`stored_agenda` is an `AgendaSource` (see `integrations.calendar.feed`): the topics the
call's agenda email lists (`domain.agenda.gathered`, over what clients said in voicemails
and emails, `integrations.mail.heard.heard_from_store`), so the feed, `/api/agenda` and the
agenda sent to the client never disagree (SPEC §10, §11).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from boundaries.domain.agenda import gathered, previous_start
from boundaries.domain.model import Config
from boundaries.integrations.calendar.feed import AgendaSource, standing_calls_feed
from boundaries.integrations.mail.heard import heard_from_store
from boundaries.integrations.mail.unsent import agenda_gathering
from boundaries.store.calendar import CalendarStore
from boundaries.store.database import Store
from boundaries.store.outbox import Outbox


def stored_agenda(
    config: Config,
    store: Store,
    account_id: int,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> AgendaSource:
    """An `AgendaSource` over what the store holds at `clock()`: the topics of the agenda of
    the occurrence starting at `start` (UTC), gathered since `previous` (the occurrence
    before it) as the agenda email gathers them, emails included."""

    def topics(client_id: str, previous: datetime | None, start: datetime) -> Sequence[str]:
        # Read afresh for each call: a feed asks once per client, and is never stale.
        now = clock()
        heard = heard_from_store(config, store, account_id, now, answers=False)
        calendar = CalendarStore(store, account_id).calendar(config)
        # as the agenda email: an occurrence whose held agenda was never sent lists nothing,
        # the next one gathers its topics, and those no agenda that went out carried
        # (`agenda_gathering`)
        gathered_with = agenda_gathering(config, calendar, Outbox(store, account_id), heard, now)
        gathering = gathered_with.calendar
        if gathering is not calendar:
            if not gathering.has_call(client_id, start):
                return []
            previous = previous_start(gathering, client_id, start)
        found = gathered(
            config, gathering, client_id, start, heard, previous, carried=gathered_with.carried
        )
        return [t.topic for t in found]

    return topics


def stored_feed(config: Config, store: Store, account_id: int, now: datetime) -> bytes:
    """The feed as `serve` would give it now: stored skips and stored topics."""
    skips = CalendarStore(store, account_id).skips()
    return standing_calls_feed(config, now, skips, stored_agenda(config, store, account_id))
