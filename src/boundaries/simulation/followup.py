"""After a replay: the deferral replies and agendas the live service would have sent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from boundaries.domain.agenda import Agenda, agendas_between
from boundaries.domain.model import Config
from boundaries.domain.replies import DeferralReply, Heard, deferral_replies
from boundaries.domain.schedule import Calendar
from boundaries.simulation.events import Event

if TYPE_CHECKING:
    from boundaries.simulation.engine import Counts


def follow_through(
    config: Config,
    calendar: Calendar,
    heard: list[Heard],
    events: Sequence[Event],
    per_client: dict[str, Counts],
    rows: list[dict[str, Any]],
) -> list[DeferralReply | Agenda]:
    """Deferral replies and agendas, composed by the live service's code (SPEC §6, §10):
    `replies` counts the replies, `agenda_items` the topics of the agendas sent."""
    by_index = {int(r["i"]): r for r in rows}
    for counts in per_client.values():
        counts.replies = counts.agenda_items = 0
    end = events[-1].at + timedelta(days=7)
    agendas = agendas_between(config, calendar, heard, events[0].at, events[-1].at)
    # an agenda held because its call is in question waits for the consultant, as live: a
    # reply never says a topic is "on the agenda I sent you" for it (trial37 §4)
    went = {(a.client_id, a.call_start) for a in agendas if not a.in_question}
    replies = deferral_replies(
        config, calendar, heard, end, agenda_went_out=lambda client, start: (client, start) in went
    )
    for reply in replies:
        per_client[reply.client_id].replies += 1
        for n, sid in enumerate(reply.caused_by):
            row = by_index.get(int(sid))
            if row is not None:
                row["reply"] = n == 0
                row["reply_key"] = reply.key
    for agenda in agendas:
        per_client[agenda.client_id].agenda_items += len(agenda.topics)
        for topic in agenda.topics:
            for sid in topic.asked or (topic.sid,):  # every message that asked it
                row = by_index.get(int(sid))
                if row is not None:
                    row["agenda_key"] = agenda.key
    letters: list[DeferralReply | Agenda] = [*replies, *agendas]
    letters.sort(key=lambda letter: letter.send_at)
    return letters
