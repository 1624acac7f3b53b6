"""Agendas: the topics gathered for each standing call, sent before it (SPEC §1.5, §10).

An agenda email lists the topics that arrived before it goes out (`agenda_hours_before`
its call's start): an occurrence's agenda gathers what came in between the previous
occurrence's sending and its own (`carrying_call`), but for a topic its previous
occurrence took up. A topic is taken up at the NEXT standing call (SPEC §10,
`taking_call`): one that arrives after that call's agenda went out (or would have, had
there been anything to discuss) is a late topic of that call when it is answered
(`reply_moment`) before the call begins: the deferral reply promises it for that call, the
consultant's views of that call (`/api/agenda`, the calendar feed) list it, and no agenda
email lists it (the one of that call went out without it, none is sent late, and the next
one does not list it again). A topic asked again is taken up at the call whose agenda
already lists it. The reply and the agendas read the same rules, so they never disagree.

The agenda email composed after its send moment (the cycle runs late, or reads an email
whose Date is ahead of its clock, stamped with the moment it was read) lists what was read
by then too (`read_by`): it went out after them, so they are its own.

A topic whose own agenda went out without it (it was read after) or never went out (its
call passed while the service or the mail cycle was down) is carried over
(`carried_over`): the next agenda composed lists it, and no other one.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from boundaries.domain.heard import (
    Heard,
    UpdateRef,
    comparable,
    fuller,
    is_agenda_topic,
    matter_key,
    same_answered_matter,
    same_matter,
    topic_key,
    topic_of,
)
from boundaries.domain.model import Client, Config
from boundaries.domain.moves import calls_in_question
from boundaries.domain.schedule import Calendar, Slot, to_utc
from boundaries.domain.words import Words
from boundaries.i18n import mail_word
from boundaries.letters import Letter


@dataclass(frozen=True)
class AgendaTopic:
    """One topic for a standing call, with the email that already answered it, if any."""

    sid: str
    at: datetime
    topic: str
    answered_by: UpdateRef | None = None
    asked: tuple[str, ...] = ()  # every message that asked it (sids), the first included
    late: bool = False  # came after the agenda email went out: taken up at the call, not on it

    @property
    def named_by_update(self) -> bool:
        """The update that answered it has the topic for subject (the topic was read off
        that thread's subject): the agenda line does not quote it a second time."""
        return self.answered_by is not None and comparable(self.answered_by.subject) == comparable(
            self.topic
        )


@dataclass(frozen=True)
class Agenda:
    """The email sent to a client before one occurrence of its standing call."""

    key: str  # agenda:<client>:<call start, UTC ISO>
    client_id: str
    lang: str
    to: str
    call_start: datetime  # UTC
    send_at: datetime  # UTC
    topics: tuple[AgendaTopic, ...]
    words: Words = field(compare=False, repr=False)
    # the client's requests to move or call off this call (`moves.calls_in_question`): its
    # date is in question, so the email says they were heard and waits for the consultant
    moves_asked: tuple[Heard, ...] = ()

    @property
    def in_question(self) -> bool:
        """Whether the client asked to move or call off this call: the agenda is held."""
        return bool(self.moves_asked)

    @cached_property
    def letter(self) -> Letter:
        """Subject, text and HTML in the client's language (rendered on first use)."""
        return self.words.render()


def agenda_key(client_id: str, call_start: datetime) -> str:
    """The natural key of one occurrence's agenda (the outbox key)."""
    return f"agenda:{client_id}:{call_start.strftime('%Y-%m-%dT%H:%MZ')}"


def send_moment(config: Config, call_start: datetime) -> datetime:
    """When the agenda of a call starting at `call_start` goes out (UTC)."""
    return call_start - timedelta(hours=config.mail.agenda_hours_before)


def reply_moment(config: Config, at: datetime) -> datetime:
    """When the reply to a message left at `at` goes out (UTC): `reply_at` that day if `at` is
    before it on a working day, else `reply_at` on the next working day (SPEC §10). Without any
    working hours every day is a working day. It is also when the message is taken as
    answered: a topic answered before its next call begins is taken up at it
    (`taking_call`)."""
    zone = config.consultant.zone
    local = at.astimezone(zone)
    at_time = config.mail.reply_at
    works = [bool(blocks) for blocks in config.consultant.blocks]
    if not any(works):
        works = [True] * 7
    d = local.date()
    if not works[d.weekday()] or local.time() >= at_time:
        d += timedelta(days=1)
        while not works[d.weekday()]:
            d += timedelta(days=1)
    return to_utc(datetime.combine(d, at_time), zone)


def taking_call(
    config: Config,
    calendar: Calendar,
    client_id: str,
    at: datetime,
    key: str | None = None,
    history: Sequence[Heard] = (),
) -> tuple[datetime, bool] | None:
    """(start UTC, late) of the standing call a topic that arrived at `at` is taken up at
    (SPEC §10: the next standing call): the first occurrence after `at` whose agenda
    carries it (sent after `at`, or already listing `key`, as `carrying_call` reads them),
    or that begins after the topic is answered (`reply_moment`): then `late` is True, the
    topic is that call's though its agenda went out without it (or, with nothing else on
    it, did not go). An occurrence held before the answer is passed over: the reply names
    the one after. None when the client has no call ahead."""
    answered = reply_moment(config, at)
    probe = at
    while True:
        slot = calendar.next_call(client_id, probe)
        if slot is None:
            return None
        if send_moment(config, slot.start) > at:
            return slot.start, False
        if key is not None:  # its agenda went out; the call is to come (next_call: after `at`)
            before = previous_start(calendar, client_id, slot.start)
            if _listed(key, _keys(config, client_id, history, before, slot.start)):
                return slot.start, False
        if slot.start > answered:
            return slot.start, True
        probe = slot.start


def carrying_call(
    config: Config,
    calendar: Calendar,
    client_id: str,
    at: datetime,
    key: str | None = None,
    history: Sequence[Heard] = (),
) -> datetime | None:
    """The start (UTC) of the standing call whose agenda carries a topic that arrived at `at`:
    the first occurrence whose agenda is sent after `at` (`agenda_for` gathers exactly these);
    but a topic (`key`, `heard.topic_key`) that the agenda already sent for a call not yet
    held lists (gathered from `history`, the client's messages) is that call's. None when
    the client has no call ahead."""
    probe = at
    while True:
        slot = calendar.next_call(client_id, probe)
        if slot is None:
            return None
        if send_moment(config, slot.start) > at:
            return slot.start
        if key is not None and slot.start > at:  # its agenda went out; the call is to come
            before = previous_start(calendar, client_id, slot.start)
            if _listed(key, _keys(config, client_id, history, before, slot.start)):
                return slot.start
        probe = slot.start


def _keys(
    config: Config,
    client_id: str,
    heard: Iterable[Heard],
    previous: datetime | None,
    call_start: datetime,
) -> frozenset[str]:
    """The topics (keys) gathered for the occurrence starting at `call_start`, whose previous
    occurrence started at `previous`: those of its agenda."""
    since = send_moment(config, previous) if previous is not None else None
    until = send_moment(config, call_start)
    return frozenset(
        topic_key(h)
        for h in heard
        if h.client_id == client_id
        and is_agenda_topic(h)
        and h.at < until
        and (since is None or h.at >= since)
    )


def occurrences(calendar: Calendar, client_id: str, after: datetime) -> Iterator[datetime]:
    """Starts (UTC) of a client's standing calls after `after`, in order, for two years."""
    at = after
    while True:
        slot = calendar.next_call(client_id, at)
        if slot is None:
            return
        yield slot.start
        at = slot.start


def agenda_calls(config: Config, calendar: Calendar, client_id: str, now: datetime) -> list[Slot]:
    """The occurrences of a client's standing calls whose agendas can hold topics at `now`
    (aware), in order: the next call, and each one after it up to the first whose agenda is
    not sent yet (`send_moment` after `now`). A topic heard by `now` is taken up at one of
    them (`taking_call`: one heard after the next call's agenda went out and answered after
    that call begins waits for a later one), and so is one carried over (`carried_over`: the
    next agenda composed). What every view of the agendas reads (the agenda email, the
    calendar feed, `/api/agenda`, `report`, the dashboard: SPEC §8, §10, §11), so that a
    topic is on one call everywhere. Empty when the client has no call ahead."""
    out: list[Slot] = []
    probe = now
    while (slot := calendar.next_call(client_id, probe)) is not None:
        out.append(slot)
        if send_moment(config, slot.start) > now:
            break
        probe = slot.start
    return out


FIND = datetime.min.replace(tzinfo=UTC)
"""Stands for an occurrence start not given: it is looked up in the calendar."""


def agenda_for(
    config: Config,
    calendar: Calendar,
    client: Client,
    call_start: datetime,
    heard: Iterable[Heard],
    previous_start: datetime | None,
    before_previous: datetime | None = FIND,
    late: bool = False,
    moves_asked: Sequence[Heard] = (),
    carried: Mapping[str, datetime] | None = None,
    read_by: datetime | None = None,
) -> Agenda | None:
    """The agenda of one occurrence (None when there is nothing to discuss or nowhere to send).

    `previous_start` is the start of the occurrence before it (None: gather from the
    beginning). Topics are this client's agenda topics that arrived in
    [send moment of the previous occurrence, send moment of this one), but for a topic
    asked again before the previous call was held that its agenda already listed: it is
    that call's (`carrying_call`). `heard` holds the previous occurrence's messages too;
    `before_previous` is the start of the occurrence before the previous one (looked up
    when not given). The email never lists a late topic (one that came after it went out,
    `taking_call`); with `late`, they are listed too, marked (the consultant's view).
    `moves_asked` are the client's requests to move or call off this call
    (`moves.calls_in_question`): the email then says they were heard (what they named, the
    days they were made) and lists the topics for whenever the call is held. `carried`:
    the call of each message the windows do not tell (`carried_over`). `read_by`: the
    moment (UTC) the email is composed, when that is after its send moment (the mail cycle
    that sends it, `agendas_due`): an agenda that goes out lists every topic known by
    then, read in that very cycle included (see `gathered`); a message stamped with that
    moment (its Date was ahead of the reader's clock) makes one go out on its own.
    """
    if not client.emails:
        return None
    topics = gathered(
        config, calendar, client.id, call_start, heard, previous_start, before_previous, carried
    )
    if not late:
        topics = [t for t in topics if not t.late]
    if read_by is not None and read_by > send_moment(config, call_start):
        known = gathered(
            config,
            calendar,
            client.id,
            call_start,
            heard,
            previous_start,
            before_previous,
            carried,
            read_by,
        )
        if not late:
            known = [t for t in known if not t.late]
        # With nothing at its send moment there is no agenda (none is sent late), unless
        # a message read in this very cycle is stamped with it (its Date was ahead)
        if topics or any(t.at >= read_by for t in known):
            topics = known
    if not topics:
        return None
    lang = client.language
    words = Words(
        "agenda",
        lang,
        config.client_zone(client),
        values={
            "client": client.name,
            "consultant": config.consultant.name,
            "first_name": config.consultant.name.split()[0],
            "topics": topics,
            # « courriel » for a Québec client (trial51 §12)
            "email_word": mail_word(lang, client.country),
            "moves": list(dict.fromkeys(m for h in moves_asked if (m := h.moved or topic_of(h)))),
        },
        moments={"call": call_start},
        # each day once: two requests on one day are "your messages of Tuesday 20 October",
        # not "of Tuesday 20 October and of Tuesday 20 October" (trial36 §8)
        days={"asked_on": _one_a_day(moves_asked, config.client_zone(client).zone)},
    )
    return Agenda(
        key=agenda_key(client.id, call_start),
        client_id=client.id,
        lang=lang,
        to=client.emails[0],
        call_start=call_start,
        send_at=send_moment(config, call_start),
        topics=tuple(topics),
        words=words,
        moves_asked=tuple(moves_asked),
    )


def gathered(
    config: Config,
    calendar: Calendar,
    client_id: str,
    call_start: datetime,
    heard: Iterable[Heard],
    previous_start: datetime | None,
    before_previous: datetime | None = FIND,
    carried: Mapping[str, datetime] | None = None,
    read_by: datetime | None = None,
) -> list[AgendaTopic]:
    """The topics of one occurrence's agenda, oldest first, each once (see `agenda_for`):
    what the agenda email lists, then its late topics (`late`: taken up at the call, not on
    the email, see `taking_call`); `/api/agenda` and the calendar feed show them all.
    `carried` (`carried_over`: message sid -> call start) overrides the windows where
    they do not tell: a message a sent agenda lists is that call's, and a topic no agenda
    that went out carried is the next composed agenda's; each is on that call's only.
    `read_by`: when the email is composed, after its send moment (the cycle runs a minute
    or an hour late, or was down): a topic that arrived from the send moment up to then
    and before the call (read in that cycle: an email whose Date is ahead of the reader's
    clock is stamped with the moment it was read) is listed too, not late: the email went
    out after it, so it carries it (its `sids` say so, and no later agenda lists it again,
    `carried_over`)."""
    carried = carried or {}
    until = send_moment(config, call_start)
    since = send_moment(config, previous_start) if previous_start is not None else None
    mine = sorted((h for h in heard if h.client_id == client_id), key=lambda h: (h.at, h.sid))
    listed: frozenset[str] | None = None  # what the previous call's agenda lists, when needed
    topics: list[AgendaTopic] = []
    seen: dict[str, int] = {}  # every key asked, to its line (one matter: one line)
    for h in mine:
        if not is_agenda_topic(h):
            continue
        key = topic_key(h)
        i = _line_of(key, seen, topics, h.answered_by)
        if h.sid in carried:
            # no agenda that went out carried it (`carried_over`): the one it names takes it
            # up like any other topic, whenever it arrived; every other one leaves it out
            if carried[h.sid] != call_start:
                continue
        elif since is not None and h.at < since:
            continue
        elif h.at >= until and not (read_by is not None and h.at <= read_by < call_start):
            # asked again after this agenda went out but before its call: still this call's
            if h.at < call_start and i is not None:
                topics[i] = replace(topics[i], asked=(*topics[i].asked, h.sid))
                seen[key] = i
            elif h.at < call_start and taking_call(config, calendar, client_id, h.at) == (
                call_start,
                True,
            ):
                # came after the email, answered before the call: a late topic of this call
                seen[key] = len(topics)
                topics.append(AgendaTopic(h.sid, h.at, topic_of(h), h.answered_by, (h.sid,), True))
            continue
        elif previous_start is not None and h.at < previous_start:
            if taking_call(config, calendar, client_id, h.at) == (previous_start, True):
                continue  # a late topic of the previous call: taken up there
            # asked again before the previous call was held: that call's, if its agenda lists it
            if listed is None:
                before = before_previous
                if before is FIND:
                    before = _previous_of(calendar, client_id, previous_start)
                listed = _keys(config, client_id, mine, before, previous_start)
            if _listed(key, listed):
                continue
        if i is not None:  # asked again: one line, answered if any asking was answered
            answered = topics[i].answered_by or h.answered_by
            topics[i] = replace(
                topics[i],
                topic=fuller(topics[i].topic, topic_of(h)),
                answered_by=answered,
                asked=(*topics[i].asked, h.sid),
            )
            seen[key] = i
            continue
        seen[key] = len(topics)
        topics.append(AgendaTopic(h.sid, h.at, topic_of(h), h.answered_by, (h.sid,)))
    return topics


def _line_of(
    key: str,
    seen: dict[str, int],
    topics: list[AgendaTopic],
    answered_by: UpdateRef | None = None,
) -> int | None:
    """The line of `topics` that `key` is asked again on: the one a message with that very
    key made or joined (`seen`: key -> line), else the one line whose topic names the same
    matter (`heard.same_matter`: « budget » and « budget prévisionnel » are one line), or,
    for a topic `answered_by` an update, the one line that update answered whose topic holds
    its words (`heard.same_answered_matter`: "plan" and "Q1 plan"). None when no line does,
    or when two do (« budget » beside « budget prévisionnel » and « budget formation »:
    which one is not said, so it stays a line of its own)."""
    if key in seen:
        return seen[key]
    lines = [i for i, t in enumerate(topics) if same_matter(matter_key(t.topic), key)]
    if not lines and answered_by:
        lines = [
            i
            for i, t in enumerate(topics)
            if t.answered_by is not None
            and t.answered_by.id == answered_by.id
            and same_answered_matter(matter_key(t.topic), key)
        ]
    return lines[0] if len(lines) == 1 else None


def _listed(key: str, keys: frozenset[str]) -> bool:
    """`key` names a matter one of `keys` names (`heard.same_matter`)."""
    return key in keys or any(same_matter(k, key) for k in keys)


@dataclass(frozen=True)
class ComposedAgenda:
    """An agenda stored in the outbox, as far as gathering is concerned: whether it carries
    its lines to the client (`carries`: it went out, or is on its way: queued or being
    sent, or held or failed while its call is to come), and what it lists: the messages its
    lines gathered (`sids`; empty on one stored before they were kept) and its topics as
    worded (`topics`). One that carries nothing still takes its call's place: the topics
    carried over go to a later one."""

    client_id: str
    call_start: datetime  # UTC
    carries: bool
    sids: frozenset[str] = frozenset()
    topics: tuple[str, ...] = ()
    # the latest moment (UTC) its call is known to have been on the calendar: when it was
    # composed or sent (None: not known). A call the configuration moved afterwards that
    # began by then took place under the rule of the time (`carried_over`).
    seen: datetime | None = None
    # not sent yet and still in the service's words (not claimed for sending, not edited by
    # the consultant): it can still take a topic left before its send moment (composed ahead
    # of its time, `mail sync --now`; `Outbox.regather`)
    open: bool = False


def carried_over(
    config: Config,
    calendar: Calendar,
    heard: Iterable[Heard],
    composed: Iterable[ComposedAgenda],
    now: datetime,
) -> dict[str, datetime]:
    """The call whose agenda takes up each topic where the windows of `gathered` do not tell
    it, as message sid -> call start (UTC): a message an agenda that carries lists
    (`ComposedAgenda.sids`) is that call's; a topic that no such agenda carries though its
    own call's agenda will not be composed any more is the call's whose agenda is composed
    next (SPEC §2.5: the topic goes onto the next standing call's agenda; §9: nothing
    stored is lost).

    A topic's own call is the one `taking_call` names on `calendar` (the calendar agendas
    are gathered on). It is left behind when that call began by `now` with no agenda that
    carries (the service or the mail cycle was down, the message was read or stored late,
    the agenda failed), or when that call's agenda was composed without it (read after) and
    can take no more (sent, sending or edited; an open one, `ComposedAgenda.open`, gathers it).
    It is carried when an agenda that carries lists its message or, for a call after it
    arrived, names its matter (`heard.same_matter`: asked again); an agenda whose call did
    not take place (`_took_place`: skipped with `boundaries skip`, or moved by a change of
    the configuration before it began) carries nothing: its topics were never taken up
    (SPEC §11: the agenda moves to the next call), and `skip --undo` gives them back. A
    call of the old rule that began while that rule was in force took place: its topics
    stay its own, however the rule changed later (SPEC §10: the topics since the previous
    call). A late topic
    (`taking_call`) stays its call's. A topic left behind goes to the first call after
    `now` whose agenda is not composed yet: the next agenda made, once (once that one
    carries it, it is that call's).
    """
    by_client: dict[str, list[ComposedAgenda]] = defaultdict(list)
    for c in composed:
        by_client[c.client_id].append(c)
    out: dict[str, datetime] = {}
    target: dict[str, datetime | None] = {}
    went_by_client = {
        client_id: [c for c in mine if c.carries and _took_place(calendar, c, mine)]
        for client_id, mine in by_client.items()
    }
    for h in sorted(heard, key=lambda h: (h.at, h.sid)):
        client_id = h.client_id
        if client_id is None or not is_agenda_topic(h):
            continue
        mine = by_client.get(client_id, [])
        # an agenda carries its lines to a call that takes place (or took place): one whose
        # call was called off, or moved before it began, carried them to no call
        went = went_by_client.get(client_id, [])
        on = next((c.call_start for c in went if h.sid in c.sids), None)
        if on is not None:  # its call is the one whose agenda carried it
            out[h.sid] = on
            continue
        taken = taking_call(config, calendar, client_id, h.at)
        if taken is None or taken[1]:
            continue  # no call ahead, or a late topic: taken up at its call (`taking_call`)
        own = taken[0]
        if own > now and not any(c.call_start == own and not c.open for c in went):
            # its own agenda is still to be composed, or composed ahead and still open: it is
            # gathered there (trial35 §4)
            continue
        key = topic_key(h)
        if any(
            c.call_start > h.at and _listed(key, frozenset(matter_key(t) for t in c.topics))
            for c in went
        ):
            continue
        if client_id not in target:
            made = {c.call_start for c in mine}
            target[client_id] = next(
                (s for s in occurrences(calendar, client_id, now) if s not in made), None
            )
        found = target[client_id]
        if found is not None:
            out[h.sid] = found
    return out


def _took_place(
    calendar: Calendar, composed: ComposedAgenda, mine: Sequence[ComposedAgenda]
) -> bool:
    """Whether the call of `composed` takes place, or took place (`mine`: every agenda
    composed for its client): it is on `calendar`, or it is off it only because the
    configuration changed after it began. A call skipped (`boundaries skip`) did not take
    place. A call the configuration no longer has was on the calendar of the time when the
    agendas of that rule were composed or sent (`ComposedAgenda.seen`); one that began by
    the latest of those moments took place under that rule. One that began after it is
    taken as moved (the rule changed before it, as far as anyone can tell): its topics go
    on the next agenda."""
    client_id, start = composed.client_id, composed.call_start
    if calendar.has_call(client_id, start):
        return True
    if (client_id, start.astimezone(calendar.zone).date()) in calendar.skipped:
        return False
    known = [
        c.seen
        for c in mine
        if c.seen is not None
        and not calendar.has_call(client_id, c.call_start)
        and (client_id, c.call_start.astimezone(calendar.zone).date()) not in calendar.skipped
    ]
    return bool(known) and start <= max(known)


def agendas_due(
    config: Config,
    calendar: Calendar,
    heard: Iterable[Heard],
    now: datetime,
    carried: Mapping[str, datetime] | None = None,
) -> list[Agenda]:
    """The agendas to send at `now`: each client's next standing call (not yet begun) whose
    sending moment has come. Keys are stable, so composing again is harmless. One whose call
    a client asked to move or call off carries those requests (`Agenda.moves_asked`): it is
    not to go out on its own (SPEC §10: the agenda is sent before the call that is held).
    `carried`: the call of each message the windows do not tell (`carried_over`)."""
    heard = list(heard)
    in_question = calls_in_question(config, calendar, heard, now)
    out = []
    for client in config.clients:
        nxt = calendar.next_call(client.id, now)
        if nxt is None or send_moment(config, nxt.start) > now:
            continue
        previous = previous_start(calendar, client.id, nxt.start)
        asked = in_question.get((client.id, nxt.start), ())
        agenda = agenda_for(
            config,
            calendar,
            client,
            nxt.start,
            heard,
            previous,
            moves_asked=asked,
            carried=carried,
            read_by=now,  # composed now: what was read by then goes with it
        )
        if agenda is not None:
            out.append(agenda)
    return out


def agendas_again(
    config: Config,
    calendar: Calendar,
    heard: Iterable[Heard],
    now: datetime,
    calls: Iterable[tuple[str, datetime]],
    carried: Mapping[str, datetime] | None = None,
) -> list[Agenda]:
    """The agendas of `calls` ((client id, call start UTC) of agendas composed ahead of their
    send moment, `mail sync --now`, and not sent yet), composed again at `now` (before that
    moment): with the topics left since and the requests to move or call off the call made
    since (`Agenda.moves_asked`, then held for the consultant: SPEC §10). A call that began,
    or is no longer the client's (skipped, moved, the client gone), gets none: the mail
    cycle withdraws its agenda (trial38 §6: a queued agenda went on presenting a call the
    client had asked to move until its moment came)."""
    heard = list(heard)
    in_question = calls_in_question(config, calendar, heard, now)
    out = []
    for client_id, start in calls:
        client = config.client(client_id)
        if client is None or start <= now:
            continue
        slot = calendar.next_call(client_id, start - timedelta(seconds=1))
        if slot is None or slot.start != start:
            continue
        agenda = agenda_for(
            config,
            calendar,
            client,
            start,
            heard,
            previous_start(calendar, client_id, start),
            moves_asked=in_question.get((client_id, start), ()),
            carried=carried,
        )
        if agenda is not None:
            out.append(agenda)
    return out


def _one_a_day(heard: Sequence[Heard], zone: ZoneInfo) -> tuple[datetime, ...]:
    """The moments of `heard`, oldest first, the first of each local day in `zone` only."""
    firsts: dict[date, datetime] = {}
    for at in sorted(h.at for h in heard):
        firsts.setdefault(at.astimezone(zone).date(), at)
    return tuple(firsts.values())


def agendas_between(
    config: Config, calendar: Calendar, heard: Iterable[Heard], start: datetime, end: datetime
) -> list[Agenda]:
    """Every agenda of occurrences from the first whose window holds `start` up to the first
    whose window holds `end` (the simulator: every topic of a replay lands in one agenda).
    One whose call a client asked to move or call off before its send moment carries those
    requests (`Agenda.moves_asked`), as the live service's (`agendas_due`, trial35 §3)."""
    heard = list(heard)
    by_client: dict[str, list[Heard]] = defaultdict(list)
    for h in heard:
        if is_agenda_topic(h) and h.client_id is not None:
            by_client[h.client_id].append(h)
    out: list[Agenda] = []
    for client in config.clients:
        topics = sorted(by_client.get(client.id, []), key=lambda h: (h.at, h.sid))
        ats = [h.at for h in topics]
        previous = previous_start(calendar, client.id, start)
        earlier = previous_start(calendar, client.id, previous) if previous else None
        begin = previous or start - timedelta(seconds=1)
        for call_start in occurrences(calendar, client.id, begin):
            # Only this occurrence's window and the one before (where a topic asked again
            # may already be listed) are handed over: a year stays linear.
            lo = bisect.bisect_left(ats, send_moment(config, earlier)) if earlier else 0
            hi = bisect.bisect_left(ats, call_start)  # and what is asked again before it
            sending = send_moment(config, call_start)
            asked = calls_in_question(config, calendar, heard, sending).get(
                (client.id, call_start), ()
            )
            agenda = agenda_for(
                config,
                calendar,
                client,
                call_start,
                topics[lo:hi],
                previous,
                earlier,
                moves_asked=asked,
            )
            if agenda is not None:
                out.append(agenda)
            earlier, previous = previous, call_start
            if send_moment(config, call_start) > end:
                break
    out.sort(key=lambda a: (a.send_at, a.client_id))
    return out


def previous_start(calendar: Calendar, client_id: str, before: datetime) -> datetime | None:
    """The start (UTC) of the occurrence before the one starting at or after `before`."""
    probe = before - timedelta(days=400)
    found: datetime | None = None
    for call_start in occurrences(calendar, client_id, probe):
        if call_start >= before:
            break
        found = call_start
    return found


_previous_of = previous_start  # for functions whose argument bears its name
