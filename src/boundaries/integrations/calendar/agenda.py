"""The agenda known so far of each upcoming standing call, read from the store.

`upcoming_agendas` gathers, for every call that can hold topics now, what its agenda email
lists (`domain.agenda.gathered`, over what clients said in voicemails and emails,
`integrations.mail.heard.heard_from_store`), so the calendar feed (`stored_agenda`, an
`AgendaSource`), `/api/agenda`, `report`, the dashboard and the agenda sent to the client
never disagree on which call takes up a topic (SPEC §8, §10, §11).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from boundaries.domain.agenda import AgendaTopic, agenda_calls, gathered, previous_start
from boundaries.domain.figures import ClientFigures
from boundaries.domain.heard import matter_key, same_matter
from boundaries.domain.model import Config
from boundaries.domain.schedule import Slot
from boundaries.integrations.calendar.feed import AgendaSource, standing_calls_feed
from boundaries.integrations.mail.heard import heard_from_store
from boundaries.integrations.mail.unsent import agenda_gathering
from boundaries.store.calendar import CalendarStore
from boundaries.store.database import Store
from boundaries.store.outbox import Outbox


@dataclass(frozen=True)
class CallAgenda:
    """One upcoming standing call (`slot`) and the topics its agenda holds so far, oldest
    first, its late ones included (`AgendaTopic.late`: taken up at the call, on no email)."""

    slot: Slot
    topics: list[AgendaTopic]


def upcoming_agendas(
    config: Config, store: Store, account_id: int, now: datetime, answers: bool = False
) -> dict[str, list[CallAgenda]]:
    """By client id, the agendas of its standing calls that can hold topics at `now` (aware;
    `domain.agenda.agenda_calls`: the next call, and each after it up to the first whose
    agenda is not sent yet), each with its topics as the agenda email gathers them from the
    store (what clients said in voicemails and emails, `heard_from_store`; a call whose held
    agenda was never sent lists none, the next one gathers them, and so are those no agenda
    that went out carried: `agenda_gathering`). The one rule that the feed, `/api/agenda`,
    `report` and the dashboard read, so that a topic is on the same call everywhere and on
    the one the agenda email and the deferral reply name (SPEC §8, §10, §11). `answers`
    links status checks to the updates that answer them (the sentence encoder may be
    asked). A client with no call ahead is left out."""
    heard = heard_from_store(config, store, account_id, now, answers=answers)
    calendar = CalendarStore(store, account_id).calendar(config)
    gathered_with = agenda_gathering(config, calendar, Outbox(store, account_id), heard, now)
    gathering = gathered_with.calendar
    out: dict[str, list[CallAgenda]] = {}
    for client in config.clients:
        calls = agenda_calls(config, calendar, client.id, now)
        if not calls:
            continue
        out[client.id] = []
        for slot in calls:
            topics: list[AgendaTopic] = []
            if gathering.has_call(client.id, slot.start):  # else: its held agenda never went
                previous = previous_start(gathering, client.id, slot.start)
                topics = gathered(
                    config,
                    gathering,
                    client.id,
                    slot.start,
                    heard,
                    previous,
                    carried=gathered_with.carried,
                )
            out[client.id].append(CallAgenda(slot, topics))
    return out


def stored_agenda(
    config: Config, store: Store, account_id: int
) -> Callable[[datetime], AgendaSource]:
    """For the calendar feed at a moment `now` (aware): an `AgendaSource` over what the store
    holds then (`upcoming_agendas`, read once): the topics of each upcoming call that can
    hold any, none for the others."""

    def at(now: datetime) -> AgendaSource:
        found = upcoming_agendas(config, store, account_id, now)
        by_call = {
            (client_id, a.slot.start): [t.topic for t in a.topics]
            for client_id, calls in found.items()
            for a in calls
        }

        def topics(client_id: str, previous: datetime | None, start: datetime) -> Sequence[str]:
            return by_call.get((client_id, start), [])

        return topics

    return at


def with_stored_agendas(
    figured: Sequence[str], stored: Sequence[str], later: Sequence[str] = ()
) -> list[str]:
    """One client's agenda as `report` and the dashboard show it: the topics its next agenda
    email gathers from the store (`stored`, from `upcoming_agendas`), then those of `figured`
    (the figures' topics since its last call began: a replay saved to the store is read
    there only) that name no matter already listed (`heard.same_matter`), each once, nor
    one the store puts on a later call (`later`: heard after the next call's agenda went
    out, it waits for the call the reply names)."""
    out = list(stored)
    keys = [matter_key(t) for t in out]
    taken = [*keys, *(matter_key(t) for t in later)]
    for topic in figured:
        key = matter_key(topic)
        if not any(k == key or same_matter(k, key) for k in taken):
            out.append(topic)
            keys.append(key)
            taken.append(key)
    return out


def with_store_agendas(
    config: Config, figures: Sequence[ClientFigures], store: Store, account_id: int, now: datetime
) -> dict[str, frozenset[str]]:
    """Set each client's `agenda` in `figures` as `report` and the dashboard show it: the
    topics of its next call by the one rule (`upcoming_agendas`), then the figures' own that
    the store puts on no call (`with_stored_agendas`), and `later_agendas`: each later call
    already holding topics. Returns, by client id, the late topics of the next call (read
    after its agenda email went out, or would have: taken up at the call, on no email), which
    the readable report marks; SPEC §8's `agenda` has no field for it."""
    found = upcoming_agendas(config, store, account_id, now)
    late: dict[str, frozenset[str]] = {}
    for f in figures:
        calls = found.get(f.id, [])
        nxt = [t.topic for t in calls[0].topics] if calls else []
        later = [(c.slot.start, [t.topic for t in c.topics]) for c in calls[1:] if c.topics]
        f.agenda = with_stored_agendas(f.agenda, nxt, [t for _, ts in later for t in ts])
        f.later_agendas = later
        late[f.id] = frozenset(t.topic for t in calls[0].topics if t.late) if calls else frozenset()
    return late


def stored_feed(config: Config, store: Store, account_id: int, now: datetime) -> bytes:
    """The feed as `serve` would give it now: stored skips and stored topics, each event
    stamped `now` (DTSTAMP, RFC 5545 §3.8.7.2: when it was last revised; a copy a CalDAV
    server already has is not written again whatever its stamp, `caldav_changes.same_copy`)."""
    skips = CalendarStore(store, account_id).skips()
    agenda = stored_agenda(config, store, account_id)(now)
    return standing_calls_feed(config, now, skips, agenda, stamp=now.replace(microsecond=0))
