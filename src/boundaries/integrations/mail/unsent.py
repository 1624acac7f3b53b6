"""The calendar agendas are gathered on, and the topics carried over to a later agenda.

An occurrence whose held agenda was never sent (withdrawn by the service, or discarded by
the consultant) carried no topic to the client, so its topics go on the next call's agenda
(SPEC §9: nothing stored is lost; §11: a skipped call's agenda moves to the next one). A
topic whose own agenda went out without it (read after it was sent) or never went out (its
call passed while the service or the mail cycle was down) goes on the next agenda composed
(`domain.agenda.carried_over`). The mail cycle, `/api/agenda` and the calendar feed read
the same `Gathering`, so the email and the consultant's views never disagree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from boundaries.domain.agenda import ComposedAgenda, carried_over
from boundaries.domain.heard import Heard
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.mail.heard import LOOKBACK
from boundaries.store.outbox import EDITED, UNSENT, Outbox


def agenda_calendar(calendar: Calendar, outbox: Outbox) -> Calendar:
    """`calendar`, but each occurrence whose held agenda was never sent
    (`Outbox.unsent_agendas`) counts as skipped: it gathers no topic, and the next one's
    agenda gathers from the occurrence before it. Replies and greetings keep `calendar`: the
    call itself may still take place."""
    zone = calendar.zone
    unsent = {
        (client_id, start.astimezone(zone).date()) for client_id, start in outbox.unsent_agendas()
    }
    if not unsent - calendar.skipped:
        return calendar
    return calendar.with_changes(skipped=calendar.skipped | unsent)


@dataclass(frozen=True)
class Gathering:
    """What agendas are gathered with: the calendar (`agenda_calendar`) and the call of each
    message the windows do not tell (`carried`: sid -> call start UTC: on a sent agenda, or
    carried over to the next one composed, `domain.agenda.carried_over`)."""

    calendar: Calendar
    carried: dict[str, datetime] = field(default_factory=dict)


GOING = frozenset({"sent", "queued", "sending"})
"""States of an agenda that went or goes out whatever the time (a queued one is sent once
the server answers)."""
WHILE_TO_COME = frozenset({"waiting_approval", "failed"})
"""States of an agenda that may still go out (approved, or retried) while its call is to
come; once it began, a held one is withdrawn and a failed one never went: their topics are
carried over."""


def composed_agendas(outbox: Outbox, since: datetime, now: datetime) -> list[ComposedAgenda]:
    """The agendas of calls from `since` on that the outbox holds, any state: whether each
    carries its lines at `now` (`ComposedAgenda.carries`), and the messages (`sids`) and
    topics it lists."""
    out = []
    for e in outbox.agendas_since(since):
        if e.client_id is None:
            continue
        start = datetime.fromisoformat(str(e.detail["call_start"]))
        # when its call was last known to be on the calendar: when it was composed (the
        # cycle's moment, `mail sync --now` may replay one; its send moment on an agenda
        # stored before that was kept, it was composed once that moment had come)
        composed = e.detail.get("composed_at")
        seen = [e.due_at, *([datetime.fromisoformat(str(composed))] if composed else [])]
        out.append(
            ComposedAgenda(
                e.client_id,
                start,
                carries=e.state in GOING or (e.state in WHILE_TO_COME and start > now),
                sids=frozenset(str(s) for s in e.detail.get("sids", ())),
                topics=tuple(str(t) for t in e.detail.get("topics", ())),
                seen=max(seen),
                open=e.state in UNSENT and e.claim_token is None and not e.detail.get(EDITED),
            )
        )
    return out


def agenda_gathering(
    config: Config, calendar: Calendar, outbox: Outbox, heard: Iterable[Heard], now: datetime
) -> Gathering:
    """The `Gathering` at `now` (aware) over `heard` (`mail.heard.heard_from_store`): the
    calendar of `agenda_calendar`, and the topics no agenda that went out carried, each to
    the call whose agenda takes it up."""
    gathering = agenda_calendar(calendar, outbox)
    composed = composed_agendas(outbox, now - LOOKBACK, now)
    return Gathering(gathering, carried_over(config, gathering, heard, composed, now))
