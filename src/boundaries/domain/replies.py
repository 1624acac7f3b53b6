"""Deferral replies: which are owed, when they go out, and what they say (SPEC §1.4, §10).

One pure function, `deferral_replies`, serves the live mail cycle and the simulator: given
what clients said (`Heard`) and a moment, it returns every reply due by then, each with its
natural key (`reply:<client>:<local day>`), so that storing it twice stores it once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from functools import cached_property
from typing import Any

from boundaries.domain.agenda import reply_moment, send_moment, taking_call
from boundaries.domain.heard import (
    Heard,
    UpdateRef,
    as_told,
    fuller,
    is_agenda_topic,
    matter_key,
    same_matter,
    topic_key,
    topic_of,
    wants_topic,
)
from boundaries.domain.model import Client, Config
from boundaries.domain.moves import moved_call
from boundaries.domain.schedule import Calendar
from boundaries.domain.words import Words
from boundaries.i18n import mail_word
from boundaries.letters import Letter

__all__ = [
    "DeferralReply",
    "Heard",
    "UpdateRef",
    "Words",
    "calls_for_reply",
    "compose_reply",
    "deferral_replies",
    "part_of_day",
    "reply_key",
    "reply_moment",
    "topic_key",
    "topic_of",
]


@dataclass(frozen=True)
class TopicCall:
    """A standing call a reply's topics are taken up at (`agenda.taking_call`): the next
    one, whose agenda carries them or, when they came after it went out, not."""

    start: datetime  # UTC
    topics: tuple[str, ...]
    agenda_sent: bool  # its agenda went out before the reply: the topics are already on it
    past: bool  # it began before the reply went out
    late: bool = False  # some came after its agenda went out (or would have): not on it


@dataclass(frozen=True)
class DeferralReply:
    """The one email a client gets for a day's voicemails and check-ins."""

    key: str
    client_id: str
    lang: str
    to: str
    day: date  # the consultant-zone day of the messages it answers
    send_at: datetime  # UTC: `reply_at` of the day it goes out
    next_call: datetime | None  # UTC start of the standing call it proposes (see `calls`)
    topics: tuple[str, ...]
    pointers: tuple[UpdateRef, ...]
    ask_for_topic: bool  # content-free or no topic named (`wants_topic`): ask for one line
    unheard: bool  # a voicemail whose words are unknown
    caused_by: tuple[str, ...]  # sids of the messages it answers, oldest first
    words: Words = field(compare=False, repr=False)
    calls: tuple[TopicCall, ...] = ()  # where its topics are taken up, first call first
    # the client's local day and part of it the words are for (`compose_reply`'s `sending_at`):
    # "2026-11-12/afternoon"; a stored reply worded for another moment is worded again
    worded_for: str = ""

    @cached_property
    def letter(self) -> Letter:
        """Subject, text and HTML in the client's language (rendered on first use: the
        simulator counts thousands of replies and reads few)."""
        return self.words.render()


AgendaWentOut = Callable[[str, datetime], bool]
"""(client id, call start UTC) → whether that call's agenda really went out."""


def calls_for_reply(heard: Heard, client: Client | None) -> bool:
    """Whether a message is answered by a deferral reply: a known client with an address, not
    urgent, and a voicemail (whatever it says) or an emailed check-in (SPEC §10). A message
    that only thanks or acknowledges has nothing to defer: no reply asks whether it can wait
    nor promises it for a call."""
    if client is None or not client.emails or heard.urgent or heard.nothing_to_discuss:
        return False
    return heard.channel == "voicemail" or (heard.channel == "email" and heard.status_check)


def missed_own_call(calendar: Calendar, heard: Heard) -> bool:
    """Whether a voicemail that says nothing was left in the client's own standing-call slot:
    the client rang for the call (SPEC §3: in its slot a client's call rings) and the
    consultant, away, missed it. It is no message to defer: a reply asking what it is about,
    or saying the call took place, would be false (a newcomer's replay of the shipped
    example, session 24)."""
    return (
        heard.channel == "voicemail"
        and heard.content_free
        and heard.client_id is not None
        and calendar.slot_at(heard.client_id, heard.at) is not None
    )


def reply_key(client_id: str, day_: date) -> str:
    """The natural key of a client's deferral reply for one local day (the outbox key)."""
    return f"reply:{client_id}:{day_.isoformat()}"


def deferral_replies(
    config: Config,
    calendar: Calendar,
    heard: Iterable[Heard],
    until: datetime,
    since: datetime | None = None,
    agenda_went_out: AgendaWentOut | None = None,
    carried: Mapping[str, datetime] | None = None,
    sending_at: datetime | None = None,
) -> list[DeferralReply]:
    """Every deferral reply due at or before `until` (and, with `since`, not before it) for
    these messages, oldest first. With `sending_at` (UTC, the live cycle's now), a reply due
    earlier that has not gone out yet is worded for that moment (`compose_reply`).
    `agenda_went_out(client id, call start UTC)` says whether that call's agenda really went
    out (the live outbox holds it as sent); without it, an agenda is taken as sent from its
    due moment on (a replay, where every message goes).
    `carried` (`agenda.carried_over`: sid -> call start) names the call of a topic where the
    windows do not tell (on a sent agenda, or carried over because no agenda that went out
    carried it): the reply promises it for that call, as its agenda lists it.

    Messages are grouped per client and per reply moment, so one client gets at most one
    reply per day however many voicemails it left; urgent messages and unknown callers get
    none. Keys are stable: calling this again later yields the same replies.
    """
    groups: dict[tuple[str, datetime], list[Heard]] = defaultdict(list)
    zone, at_time = config.consultant.zone, config.mail.reply_at
    moments: dict[tuple[date, bool], datetime] = {}  # a replay asks the same few thousand times
    heard = list(heard)
    history: dict[str, list[Heard]] = defaultdict(list)  # what each client said: its agendas
    for h in heard:
        if h.client_id is not None:
            history[h.client_id].append(h)
    for h in heard:
        client = config.client(h.client_id) if h.client_id else None
        if not calls_for_reply(h, client) or missed_own_call(calendar, h):
            continue
        local = h.at.astimezone(zone)
        day_key = (local.date(), local.time() >= at_time)
        send_at = moments.get(day_key) or moments.setdefault(day_key, reply_moment(config, h.at))
        if send_at <= until and (since is None or send_at >= since):
            groups[(h.client_id or "", send_at)].append(h)
    out = []
    for (client_id, send_at), items in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        client = config.client(client_id)
        assert client is not None
        out.append(
            compose_reply(
                config,
                calendar,
                client,
                send_at,
                items,
                history.get(client_id, ()),
                agenda_went_out,
                carried,
                sending_at,
            )
        )
    return out


def _raised_urgent(
    history: Sequence[Heard], items: Sequence[Heard], until: datetime, config: Config
) -> bool:
    """Whether the client raised something urgent (a press of 1, an urgent message) from the
    consultant's day of the first message a reply answers up to `until` (UTC)."""
    zone = config.consultant.zone
    first = items[0].at.astimezone(zone).date()
    return any(
        h.urgent and first <= h.at.astimezone(zone).date() and h.at <= until for h in history
    )


def _due_before(
    items: Sequence[Heard], proposed: datetime | None, worded_at: datetime, zone: tzinfo
) -> date | None:
    """The earliest day (the client's, in `zone`) by which one of `items` says something is
    needed (`Heard.due`, not yet past when the reply is read at `worded_at`) when it comes
    before the local day of the call `proposed`; else None. A message answered by an update
    asks nothing more of the call."""
    if proposed is None:
        return None
    read_on = worded_at.astimezone(zone).date()
    due = min(
        (
            h.due
            for h in items
            if h.due is not None and not h.urgent and h.answered_by is None and h.due >= read_on
        ),
        default=None,
    )
    if due is None or due >= proposed.astimezone(zone).date():
        return None
    return due


def _asked_to_move(
    config: Config, calendar: Calendar, history: Sequence[Heard], before: datetime
) -> set[datetime]:
    """The calls (start, UTC) the client's requests before `before` put in question, as the
    agenda holds them (`moves.moved_call`: none once the consultant skipped the call)."""
    return {
        start
        for h in history
        if h.at < before
        and h.moves_call
        and h.words is not None
        and not h.urgent
        and (start := moved_call(config, calendar, h)) is not None
    }


def compose_reply(
    config: Config,
    calendar: Calendar,
    client: Client,
    send_at: datetime,
    items: Sequence[Heard],
    history: Sequence[Heard] = (),
    agenda_went_out: AgendaWentOut | None = None,
    carried: Mapping[str, datetime] | None = None,
    sending_at: datetime | None = None,
) -> DeferralReply:
    """The reply to `items` (one client's messages answered at `send_at`): content and words.

    Its words are for the moment it really goes out: `send_at`, or `sending_at` (UTC) when
    that is later (the mail server was down at `send_at`, the service was not running, the
    reply waited for approval). The call it proposes is the next one from then, a call held
    since is said to have been due, and « aujourd'hui » and the closing are the reader's day
    and hour then (newcomer48 §4: a reply sent the next morning named a call that had passed
    and wished a good end of the day). Its key and `send_at` stay those of the day it answers.

    Each topic is promised for the standing call it is taken up at (SPEC §10: the next one,
    `agenda.taking_call` over the client's `history`): a topic that arrived after the next
    call's agenda went out is still that call's, and the reply promises it for that call
    without saying it is on an agenda (it is on none: no agenda is claimed that was not
    sent); a topic already on a sent agenda, asked again before that call, is said to be
    there, as the agendas list it. A request to move or call off a call is answered on its
    own, never put on an agenda; the call it puts in question (`moves.moved_call`, the one
    whose agenda is held) is not proposed: the reply says its date is in question, or with
    nothing else, proposes nothing; a request about a later call leaves the next one. With no
    topic, the reply proposes the next standing call. The days the messages were left and
    every time are in the client's zone (`Config.client_zone`). A topic no agenda that went
    out carried, or one a sent agenda lists, is promised for the call `carried` names
    (`agenda.carried_over`)."""
    items = sorted(items, key=lambda h: (h.at, h.sid))
    worded_at = send_at if sending_at is None else max(send_at, sending_at)
    reader = config.client_zone(client)
    lang = client.language
    topics: list[str] = []
    pointers: list[UpdateRef] = []
    seen: set[str] = set()
    by_call: dict[datetime | None, list[str]] = defaultdict(list)
    late: set[datetime] = set()  # calls some of whose topics came after their agenda
    moves: list[str] = []  # requests to move or call off a call, by what they name
    moved: set[datetime | None] = set()  # the calls they put in question (`moved_call`)
    for h in items:
        if h.answered_by is not None:
            if h.answered_by not in pointers:
                pointers.append(h.answered_by)
            continue
        in_question = moved_call(config, calendar, h) if h.moves_call else None
        if (
            h.moves_call
            and h.words is not None
            and not h.urgent
            # a request about a call that has begun by the time the reply is read is over
            # (trial39 §4: "let's talk Friday 13", then "about your request on the Friday
            # call, I'll get back to you", of a Friday call already held)
            and (in_question is None or in_question > worded_at)
        ):
            if (named := as_told(h.moved) or topic_of(h)) not in moves:
                moves.append(named)
            moved.add(in_question)
        if is_agenda_topic(h) and (key := topic_key(h)) not in seen:
            seen.add(key)
            said = [t for t in topics if same_matter(matter_key(t), key)]
            if len(said) == 1:  # one matter told twice: one line, in its fuller words
                _reword(topics, by_call, said[0], fuller(said[0], topic_of(h)))
                continue
            topics.append(topic_of(h))
            taken: tuple[datetime, bool] | None
            if carried and h.sid in carried:  # its own agenda went out without it
                taken = (carried[h.sid], False)
            else:
                taken = taking_call(config, calendar, client.id, h.at, key, history or items)
            by_call[taken[0] if taken else None].append(topic_of(h))
            if taken is not None and taken[1]:
                late.add(taken[0])
    planned = sorted(
        ((start, listed) for start, listed in by_call.items() if start is not None),
        key=lambda kv: kv[0],
    )
    calls = tuple(
        TopicCall(
            start,
            tuple(listed),
            # "already on the agenda I sent you" only when it went with them (README)
            start not in late
            and send_moment(config, start) <= worded_at
            and (agenda_went_out is None or agenda_went_out(client.id, start)),
            start <= worded_at,
            start in late,
        )
        for start, listed in planned
    )
    upcoming = [c for c in calls if not c.past]
    nxt = calendar.next_call(client.id, worded_at)
    proposed = upcoming[0].start if upcoming else (nxt.start if nxt else None)
    # A call asked to move or be called off is no place to talk: its date is in question.
    # The reply then does not offer it, in its subject or text, whatever else it answers (a
    # call-back, a topic); with only such requests, nothing is left to take up at one. A
    # request about a later call (« le point du 18 décembre ») leaves the next one offered:
    # the agenda reads the same call as in question (`moves.moved_call`).
    only_moves = all(h.moves_call and not h.moved for h in items)
    call_in_question = bool(moves) and not only_moves and proposed in moved
    if moves and (only_moves or proposed in moved):
        proposed = None
    elif (
        not moves
        and proposed is not None
        and proposed in _asked_to_move(config, calendar, history, worded_at)
    ):
        # a request to move it came on an earlier day (answered then), or by email before the
        # reply goes out (emails that do not ask where work stands get no reply of their own:
        # trial41 §3): the call is in question, so this reply does not offer it either
        # (trial35 §1, trial36)
        call_in_question, proposed = True, None
    # A day the client needs something by that comes before the call the reply would
    # propose: it does not ask the client to wait past the client's own deadline ("can this
    # wait for our call on the 31st?" to one who must file before the 10th, trial51 §4); it
    # says the consultant comes back before then. Not urgent, or it would get no reply.
    due_by = _due_before(items, proposed, worded_at, reader.zone)
    if due_by is not None:
        proposed = None
    is_next = proposed is not None and nxt is not None and proposed == nxt.start
    # A standing call held after the last message and before the reply: the reply cannot say
    # "not free today, next call Thursday" as if it had not happened (SPEC §10).
    after_last = calendar.next_call(client.id, items[-1].at)
    held = after_last.start if after_last is not None and after_last.start < worded_at else None
    if held is not None and held in _asked_to_move(config, calendar, history or items, held):
        # the client asked to move it and nobody confirmed it took place: the reply does not
        # say the message "came before our call" of that day (trial38 §6)
        held = None
    vague = sum(wants_topic(h) for h in items) if not topics else 0
    unheard_count = sum(h.words is None for h in items)
    ask = vague > 0
    unheard = unheard_count > 0
    days = sorted({h.at.astimezone(reader.zone).date(): h.at for h in reversed(items)}.items())
    read_on = worded_at.astimezone(reader.zone)
    same_day = days[0][0] == read_on.date()
    # The client reads it at its own hour, not the consultant's: « Bonne fin de journée »
    # at 11 p.m. in Paris for a consultant in Montreal is wrong (newcomer8 L4).
    when_read = part_of_day(read_on.hour)
    key = reply_key(client.id, send_at.astimezone(config.consultant.zone).date())
    consultant = config.consultant

    def group(c: TopicCall) -> dict[str, Any]:
        return {"at": c.start, "sent": c.agenda_sent, "late": c.late, "topics": list(c.topics)}

    words = Words(
        "reply",
        lang,
        reader,
        values={
            "client": client.name,
            "consultant": consultant.name,
            "first_name": consultant.name.split()[0],
            # « courriel » for a Québec client (trial51 §12)
            "email_word": mail_word(lang, client.country),
            "what": _what(items),
            # not to a client who raised an emergency the day of these messages: "if something
            # is genuinely urgent, press 1" reads as a lecture to one who just did (trial51 §5)
            "urgent_line": client.urgent_line
            and not _raised_urgent(history, items, worded_at, config),
            # Pressing 1 alerts the consultant only through a channel; else it is heard first.
            "alerted": config.service.has_channel,
            "same_day": same_day,
            # before the morning the reader's day has barely begun: nothing is said of "today"
            # (a 3 a.m. reply saying "I wasn't free today", newcomer55 §15)
            "today_begun": read_on.hour >= MORNING_FROM,
            # the call proposed is later the day the reply is read: "not free today" would
            # contradict it (newcomer55 §5)
            "call_today": proposed is not None
            and proposed.astimezone(reader.zone).date() == read_on.date(),
            "part_of_day": when_read,
            "topics": topics,
            "unplanned": list(by_call.get(None, ())),
            "moves": moves,
            "call_in_question": call_in_question,
            "call_is_next": is_next,
            "ask_for_topic": ask,
            "unheard": unheard,
            # How many messages each request is about, of how many: one request, worded in
            # the right number ("your message" / "one of your messages"), never two.
            "vague": vague,
            "unheard_count": unheard_count,
            "total": len(items),
        },
        moments={"next_call": proposed, "held_call": held},
        days={
            "left_on": tuple(at for _, at in days),
            "due_by": datetime.combine(due_by, time(12), reader.zone) if due_by else None,
        },
        pointers=tuple(pointers),
        calls={
            "upcoming": tuple(group(c) for c in upcoming),
            "past": tuple(group(c) for c in calls if c.past),
        },
    )
    return DeferralReply(
        key=key,
        client_id=client.id,
        lang=lang,
        to=client.emails[0],
        day=send_at.astimezone(config.consultant.zone).date(),
        send_at=send_at,
        next_call=proposed,
        topics=tuple(topics),
        pointers=tuple(pointers),
        ask_for_topic=ask,
        unheard=unheard,
        caused_by=tuple(h.sid for h in items),
        words=words,
        calls=calls,
        worded_for=f"{read_on.date().isoformat()}/{when_read}",
    )


EVENING_FROM = 19  # local hour from which « aujourd'hui » is a day that is over
NIGHT_FROM = 22  # local hour from which no "have a good evening" is said, up to MORNING_FROM
MORNING_FROM = 5
AFTERNOON_FROM = 12


def _reword(
    topics: list[str], by_call: dict[datetime | None, list[str]], said: str, wording: str
) -> None:
    """Say the topic `said` in `wording` (its fuller words, `heard.fuller`) everywhere the
    reply lists it."""
    for listed in (topics, *by_call.values()):
        listed[:] = [wording if t == said else t for t in listed]


def part_of_day(hour: int) -> str:
    """The part of the reader's day at local `hour` (0-23), which the reply's wording fits:
    "morning" (5-11), "afternoon" (12-18), "evening" (19-21) or "night" (22-4). The
    templates greet and close by it (« Bonne journée », « Bonne fin de journée », « Bonne
    soirée », « Bien cordialement ») and, from the evening on, speak of today as over."""
    if MORNING_FROM <= hour < AFTERNOON_FROM:
        return "morning"
    if AFTERNOON_FROM <= hour < EVENING_FROM:
        return "afternoon"
    if EVENING_FROM <= hour < NIGHT_FROM:
        return "evening"
    return "night"


def _what(items: Sequence[Heard]) -> str:
    """What the reply acknowledges: "voicemail(s)", "email(s)" or "mixed"."""
    voicemails = sum(h.channel == "voicemail" for h in items)
    emails = len(items) - voicemails
    if voicemails and emails:
        return "mixed"
    if voicemails:
        return "voicemail" if voicemails == 1 else "voicemails"
    return "email" if emails == 1 else "emails"
