"""The agenda known so far of a standing call, read from the store for the calendar feed.

`stored_agenda` is an `AgendaSource` (see `integrations.calendar.feed`): the topics the
call's agenda email lists (`domain.agenda.gathered`, over what clients said in voicemails
and emails, `integrations.mail.heard.heard_from_store`), so the feed, `/api/agenda` and the
agenda sent to the client never disagree (SPEC §10, §11).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from boundaries.domain.agenda import AgendaTopic, gathered, previous_start
from boundaries.domain.heard import matter_key, same_matter
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


def next_agendas(
    config: Config, store: Store, account_id: int, now: datetime
) -> dict[str, list[str]]:
    """Each client's topics for its next standing call after `now` (aware), as the agenda
    email gathers them (`stored_agenda`: carried over, skips applied, its late topics
    included), by client id; a client with no call ahead is left out. What `report` and the
    dashboard show as the agenda of a store, so they say what the email and the feed say
    (SPEC §8, §10, §11)."""
    return {
        client: [t.topic for t in topics]
        for client, topics in next_agenda_topics(config, store, account_id, now).items()
    }


def next_agenda_topics(
    config: Config, store: Store, account_id: int, now: datetime
) -> dict[str, list[AgendaTopic]]:
    """`next_agendas` with each topic whole: when it came, the update that answered it, and
    whether it is late (`AgendaTopic.late`: read after that call's agenda email went out, or
    would have: taken up at the call, on no email), which the readable report marks."""
    heard = heard_from_store(config, store, account_id, now, answers=False)
    calendar = CalendarStore(store, account_id).calendar(config)
    gathered_with = agenda_gathering(config, calendar, Outbox(store, account_id), heard, now)
    gathering = gathered_with.calendar
    out: dict[str, list[AgendaTopic]] = {}
    for client in config.clients:
        nxt = calendar.next_call(client.id, now)
        if nxt is None:
            continue
        out[client.id] = []
        if not gathering.has_call(client.id, nxt.start):
            continue  # its held agenda was never sent: the next one gathers its topics
        previous = previous_start(gathering, client.id, nxt.start)
        out[client.id] = gathered(
            config, gathering, client.id, nxt.start, heard, previous, carried=gathered_with.carried
        )
    return out


def with_stored_agendas(figured: Sequence[str], stored: Sequence[str]) -> list[str]:
    """One client's agenda as `report` and the dashboard show it: the topics its next agenda
    email gathers from the store (`stored`, from `next_agendas`), then those of `figured`
    (the figures' topics since its last call began: a replay saved to the store is read
    there only) that name no matter already listed (`heard.same_matter`), each once."""
    out = list(stored)
    keys = [matter_key(t) for t in out]
    for topic in figured:
        key = matter_key(topic)
        if not any(k == key or same_matter(k, key) for k in keys):
            out.append(topic)
            keys.append(key)
    return out


def stored_feed(config: Config, store: Store, account_id: int, now: datetime) -> bytes:
    """The feed as `serve` would give it now: stored skips and stored topics."""
    skips = CalendarStore(store, account_id).skips()
    return standing_calls_feed(config, now, skips, stored_agenda(config, store, account_id))
