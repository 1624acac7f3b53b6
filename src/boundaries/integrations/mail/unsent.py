"""The calendar agendas are gathered on: an occurrence whose held agenda was never sent
(withdrawn by the service, or discarded by the consultant) carried no topic to the client,
so its topics go on the next call's agenda (SPEC §9: nothing stored is lost; §11: a skipped
call's agenda moves to the next one). The mail cycle, `/api/agenda` and the calendar feed
read the same calendar, so the email and the consultant's views never disagree."""

from __future__ import annotations

from boundaries.domain.schedule import Calendar
from boundaries.store.outbox import Outbox


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
