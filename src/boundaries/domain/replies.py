"""Deferral replies: which are owed, when they go out, and what they say (SPEC §1.4, §10).

One pure function, `deferral_replies`, serves the live mail cycle and the simulator: given
what clients said (`Heard`) and a moment, it returns every reply due by then, each with its
natural key (`reply:<client>:<local day>`), so that storing it twice stores it once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import Calendar, to_utc
from boundaries.letters import Letter, day, moment, render


@dataclass(frozen=True)
class UpdateRef:
    """An email the consultant already sent a client (an update a status check is answered by)."""

    id: str
    subject: str
    at: datetime


@dataclass(frozen=True)
class Heard:
    """One thing a client said that may call for a reply or an agenda item.

    `words` is None when they are unknown (the transcript failed or never came): such a
    message is acknowledged without pretending to know its topic. `at` is UTC.
    """

    sid: str
    client_id: str | None
    at: datetime
    channel: str  # "voicemail" | "email"
    words: str | None
    content_free: bool = False
    urgent: bool = False
    intent: str = "unknown"
    topic: str = ""
    answered_by: UpdateRef | None = None

    @property
    def status_check(self) -> bool:
        return self.intent == "status_check"


@dataclass(frozen=True)
class Words:
    """A letter's template and what fills it, formatted only when it is rendered."""

    template: str
    lang: str
    zone: ZoneInfo
    values: dict[str, Any]
    moments: dict[str, datetime | None] = field(default_factory=dict)  # « vendredi 4 … à 10 h »
    days: dict[str, datetime] = field(default_factory=dict)  # « mardi 1er décembre »
    pointers: tuple[UpdateRef, ...] = ()

    def render(self) -> Letter:
        lang, zone = self.lang, self.zone
        return render(
            self.template,
            lang,
            **self.values,
            **{k: moment(v, lang, zone) if v else None for k, v in self.moments.items()},
            **{k: day(v, lang, zone) for k, v in self.days.items()},
            pointers=[
                {"subject": p.subject or "—", "date": day(p.at, lang, zone)} for p in self.pointers
            ],
            day_of=lambda at: day(at, lang, zone),
        )


@dataclass(frozen=True)
class DeferralReply:
    """The one email a client gets for a day's voicemails and check-ins."""

    key: str
    client_id: str
    lang: str
    to: str
    day: date  # the consultant-zone day of the messages it answers
    send_at: datetime  # UTC: `reply_at` of the day it goes out
    next_call: datetime | None  # UTC start of the next standing call after `send_at`
    topics: tuple[str, ...]
    pointers: tuple[UpdateRef, ...]
    ask_for_topic: bool  # a content-free voicemail: ask for one line on what it is about
    unheard: bool  # a voicemail whose words are unknown
    caused_by: tuple[str, ...]  # sids of the messages it answers, oldest first
    words: Words = field(compare=False, repr=False)

    @cached_property
    def letter(self) -> Letter:
        """Subject, text and HTML in the client's language (rendered on first use: the
        simulator counts thousands of replies and reads few)."""
        return self.words.render()


def calls_for_reply(heard: Heard, client: Client | None) -> bool:
    """Whether a message is answered by a deferral reply: a known client with an address, not
    urgent, and a voicemail (whatever it says) or an emailed check-in (SPEC §10)."""
    if client is None or not client.emails or heard.urgent:
        return False
    return heard.channel == "voicemail" or (heard.channel == "email" and heard.status_check)


def reply_moment(config: Config, at: datetime) -> datetime:
    """When the reply to a message left at `at` goes out (UTC): `reply_at` that day if `at` is
    before it on a working day, else `reply_at` on the next working day (SPEC §10). Without any
    working hours every day is a working day."""
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


def reply_key(client_id: str, day_: date) -> str:
    """The natural key of a client's deferral reply for one local day (the outbox key)."""
    return f"reply:{client_id}:{day_.isoformat()}"


def deferral_replies(
    config: Config,
    calendar: Calendar,
    heard: Iterable[Heard],
    until: datetime,
    since: datetime | None = None,
) -> list[DeferralReply]:
    """Every deferral reply due at or before `until` (and, with `since`, not before it) for
    these messages, oldest first.

    Messages are grouped per client and per reply moment, so one client gets at most one
    reply per day however many voicemails it left; urgent messages and unknown callers get
    none. Keys are stable: calling this again later yields the same replies.
    """
    groups: dict[tuple[str, datetime], list[Heard]] = defaultdict(list)
    zone, at_time = config.consultant.zone, config.mail.reply_at
    moments: dict[tuple[date, bool], datetime] = {}  # a replay asks the same few thousand times
    for h in heard:
        client = config.client(h.client_id) if h.client_id else None
        if not calls_for_reply(h, client):
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
        out.append(compose_reply(config, calendar, client, send_at, items))
    return out


def compose_reply(
    config: Config, calendar: Calendar, client: Client, send_at: datetime, items: Sequence[Heard]
) -> DeferralReply:
    """The reply to `items` (one client's messages answered at `send_at`): content and words."""
    items = sorted(items, key=lambda h: (h.at, h.sid))
    zone = config.consultant.zone
    lang = client.language
    nxt = calendar.next_call(client.id, send_at)
    topics: list[str] = []
    pointers: list[UpdateRef] = []
    seen: set[str] = set()
    for h in items:
        if h.answered_by is not None:
            if h.answered_by not in pointers:
                pointers.append(h.answered_by)
        elif h.words and not h.content_free:
            topic, key = topic_of(h), topic_key(h)
            if topic and key not in seen:
                seen.add(key)
                topics.append(topic)
    ask = any(h.words is not None and h.content_free for h in items) and not topics
    unheard = any(h.words is None for h in items)
    first_day = items[0].at.astimezone(zone).date()
    key = reply_key(client.id, send_at.astimezone(zone).date())
    consultant = config.consultant
    words = Words(
        "reply",
        lang,
        zone,
        values={
            "client": client.name,
            "consultant": consultant.name,
            "first_name": consultant.name.split()[0],
            "what": _what(items),
            "urgent_line": client.urgent_line,
            "same_day": first_day == send_at.astimezone(zone).date(),
            "topics": topics,
            "ask_for_topic": ask,
            "unheard": unheard,
        },
        moments={"next_call": nxt.start if nxt else None},
        days={"left_on": items[0].at},
        pointers=tuple(pointers),
    )
    return DeferralReply(
        key=key,
        client_id=client.id,
        lang=lang,
        to=client.emails[0],
        day=send_at.astimezone(zone).date(),
        send_at=send_at,
        next_call=nxt.start if nxt else None,
        topics=tuple(topics),
        pointers=tuple(pointers),
        ask_for_topic=ask,
        unheard=unheard,
        caused_by=tuple(h.sid for h in items),
        words=words,
    )


MAX_TOPIC_CHARS = 90


def _what(items: Sequence[Heard]) -> str:
    """What the reply acknowledges: "voicemail(s)", "email(s)" or "mixed"."""
    voicemails = sum(h.channel == "voicemail" for h in items)
    emails = len(items) - voicemails
    if voicemails and emails:
        return "mixed"
    if voicemails:
        return "voicemail" if voicemails == 1 else "voicemails"
    return "email" if emails == 1 else "emails"


_OPENING = re.compile(
    r"^(?:(?:salut|bonjour|bonsoir|allô|allo|oui|alors|hello|hi|hey|yes|so)\b[\s,.!]*)*"
    r"(?:(?:c'est|c’est|ici|it's|it’s|it is|this is)\s+(?:encore\s+|again\s+)?[\w\-]+"
    r"(?:\s+(?:de|from|d'|chez)\s*[\w\-]+)?(?:\s+(?:encore|again|here))?[\s,.!]*)?",
    re.IGNORECASE,
)
_FILLERS = re.compile(r"\b(?:euh|heu|hum|bah|ben|um|uh|erm)\b[\s,]*", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|tr|fw|fwd|aw|wg)\s*:\s*)+", re.IGNORECASE)


def topic_of(h: Heard) -> str:
    """The topic in the client's own words, as they would recognise it in a letter: an
    email's subject, else what they said without greeting, self-introduction and fillers;
    at most `MAX_TOPIC_CHARS`. Empty when they said nothing."""
    topic = ""
    if h.channel == "email" and h.topic:
        topic = _SUBJECT_PREFIX.sub("", h.topic)
    if not topic and h.words:
        said = " ".join(_FILLERS.sub("", h.words).split())
        topic = _OPENING.sub("", said, count=1).strip(" ,.;") or said
    topic = " ".join(topic.split())
    if len(topic) > MAX_TOPIC_CHARS:
        topic = topic[: MAX_TOPIC_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return topic[:1].upper() + topic[1:]


def topic_key(h: Heard) -> str:
    """What makes two messages the same topic: the triage's topic, else the words."""
    return " ".join((h.topic or topic_of(h)).lower().split())
