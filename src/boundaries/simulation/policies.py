"""The policies a simulated day can be run under: Boundaries and three common alternatives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import NamedTuple, Protocol

from boundaries.domain.automatic import automatic
from boundaries.domain.decision import Action, IncomingCall, decide
from boundaries.domain.heard import Heard, UpdateRef, is_agenda_topic
from boundaries.domain.history import MemoryHistory, PastCall
from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import Calendar, week_start
from boundaries.simulation.events import Event
from boundaries.triage import Intent, Message, Triage
from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.answered_link import answered_link, pressed_by_deadline
from boundaries.triage.second_opinion import verdicts

DND_REPEAT_WINDOW = timedelta(minutes=3)
RECENT_UPDATES = 20
"""How many of a client's latest updates a status check is matched against."""


class Outcome(NamedTuple):
    """What a policy did with one event."""

    action: str
    rang: bool = False
    notified: bool = False
    used_allowance: bool = False
    urgent_press: bool = False
    reason: str = ""
    in_slot: bool | None = None  # in the client's standing-call slot, when the policy knows


EMPTY_VOICEMAIL = "content-free: the caller said nothing (an empty voicemail of the replay)"


def triage(channel: str, event: Event) -> Triage:
    """The triage's verdict on what a voicemail or email of the replay says (SPEC §5).

    The one place the simulator asks the triage (`replay_triage`). A voicemail has no
    subject."""
    return replay_triage(channel, str(event.index), event.text, event.subject, event.at)


def replay_triage(channel: str, index: str, text: str, subject: str, at: datetime) -> Triage:
    """The triage of a replayed voicemail or email, shared by the replay, the figures of a
    replay and `simulate --save`: `classify` caches what the words say and only redoes the
    part that depends on when they were said. As live (SPEC §6: how a consultant tries the
    policy before switching it on), the learned second opinion reads it where it can change
    the answer (`second_opinion.verdicts`, `urgency: possible`); a model that cannot load
    leaves the rules' verdict, as it does live (trial45 B1: the replay missed what the live
    service alerted on).

    A replay's voicemail is what the caller said (SPEC §6: it "may be empty"), not a
    provider's transcript: an empty one says nothing about what it is about, so it is
    content-free (asked for one line, never an agenda item), not a failed transcription."""
    subject = subject if channel == "email" else ""
    [verdict] = verdicts([Message(index, channel, text, subject=subject, at=at)])
    if channel == "voicemail" and not text.strip() and not verdict.content_free:
        return replace(
            verdict, content_free=True, intent=Intent.UNKNOWN, reasons=(EMPTY_VOICEMAIL,)
        )
    return verdict


class VoicemailOutcome(NamedTuple):
    """What a policy did with a voicemail left after a call that was not answered."""

    notified: bool = False
    reply: bool = False
    agenda: bool = False
    answered_by: str | None = None  # the consultant's update that already answers it


class Policy(Protocol):
    """A way of handling calls and messages. Must never read `Event.truth_urgent`."""

    name: str

    def on_call(self, event: Event, client: Client | None) -> Outcome: ...

    def on_voicemail(
        self, event: Event, client: Client | None, already_notified: bool, pressed: bool = False
    ) -> VoicemailOutcome:
        """What is done with the voicemail left after `event`'s call; `pressed` says the caller
        pressed 1 on that call (SPEC §4: urgent by what the caller presses)."""
        ...

    def on_email(self, event: Event, client: Client | None) -> Outcome: ...

    def on_invite(self, event: Event, client: Client | None) -> Outcome: ...

    def on_update(self, event: Event, client: Client | None) -> None:
        """The consultant sent an email (an update a later status check may be answered by)."""
        ...

    def record(
        self, event: Event, client: Client | None, action: str, adhoc: bool, notified: bool
    ) -> None:
        """Remember what was done with a call (what later decisions may read)."""
        ...


class _Passive:
    """Shared behaviour of the policies that do nothing smart with messages."""

    def on_voicemail(
        self, event: Event, client: Client | None, already_notified: bool, pressed: bool = False
    ) -> VoicemailOutcome:
        return VoicemailOutcome()

    def on_email(self, event: Event, client: Client | None) -> Outcome:
        return Outcome("review")

    def on_invite(self, event: Event, client: Client | None) -> Outcome:
        return Outcome("accept")

    def on_update(self, event: Event, client: Client | None) -> None:
        return None

    def record(
        self, event: Event, client: Client | None, action: str, adhoc: bool, notified: bool
    ) -> None:
        return None


class AlwaysAnswer(_Passive):
    """Every call rings."""

    name = "always-answer"

    def on_call(self, event: Event, client: Client | None) -> Outcome:
        return Outcome("connect", rang=True)


class EmailOnly(_Passive):
    """No call ever rings; everything waits for the end-of-day review."""

    name = "email-only"

    def on_call(self, event: Event, client: Client | None) -> Outcome:
        return Outcome("voicemail")


class PhoneDnd(_Passive):
    """Do-not-disturb all day; a second call from the same number within 3 minutes rings."""

    name = "phone-dnd"

    def __init__(self) -> None:
        self._last: dict[str, datetime] = {}

    def on_call(self, event: Event, client: Client | None) -> Outcome:
        last = self._last.get(event.sender)
        self._last[event.sender] = event.at
        if last is not None and event.at - last <= DND_REPEAT_WINDOW:
            return Outcome("connect", rang=True, reason="repeated call within 3 minutes")
        return Outcome("voicemail")


class BoundariesPolicy:
    """This product: the decision engine for calls, triage for what is said."""

    name = "boundaries"

    def __init__(self, config: Config, calendar: Calendar, history: MemoryHistory) -> None:
        self.config = config
        self.calendar = calendar
        self.history = history
        self._updates: dict[str, UpdateIndex] = {}
        self._update_refs: dict[str, UpdateRef] = {}
        self.heard: list[Heard] = []
        """What clients said, for the deferral replies and agendas composed after the replay."""
        self._own: dict[str, set[str]] = {}  # each client's addresses, lower case
        self._zone = config.consultant.zone

    def on_call(self, event: Event, client: Client | None) -> Outcome:
        call = IncomingCall(event.sender)
        d = decide(self.config, self.history, event.at, call, self.calendar)
        pressed = False
        if d.action is Action.VOICEMAIL and d.offer_urgent_line and event.would_press_urgent:
            pressed = True
            d = decide(
                self.config,
                self.history,
                event.at,
                IncomingCall(event.sender, urgent_press=True),
                self.calendar,
            )
        return Outcome(
            str(d.action),
            rang=d.action is Action.CONNECT,
            notified=d.action is Action.NOTIFY,
            used_allowance=d.uses_allowance,
            urgent_press=pressed,
            reason=d.reason,
            in_slot=d.in_standing_slot,
        )

    def on_voicemail(
        self, event: Event, client: Client | None, already_notified: bool, pressed: bool = False
    ) -> VoicemailOutcome:
        verdict = triage("voicemail", event)
        if verdict.urgent:
            return VoicemailOutcome(notified=not already_notified)
        if client is None or not client.emails:
            return VoicemailOutcome()
        if pressed:
            # the caller said it was urgent by pressing 1: as live (`integrations.mail.heard`),
            # heard as urgent, so no deferral reply and no agenda line (trial42 §2)
            self._hear(event, client, "voicemail", replace(verdict, urgent=True), None)
            return VoicemailOutcome()
        answered_by = self._answered_by(verdict, event, client)
        heard = self._hear(event, client, "voicemail", verdict, answered_by)
        # Whether this voicemail gets a reply is decided after the replay by the composer
        # (`boundaries.domain.replies`), the same code the live mail cycle uses; whether it
        # goes onto an agenda, by the agenda's own rule.
        return VoicemailOutcome(agenda=is_agenda_topic(heard), answered_by=answered_by)

    def _hear(
        self, event: Event, client: Client, channel: str, verdict: Triage, answered: str | None
    ) -> Heard:
        """Remember what a client said for the replies and agendas; its topic is the triage's
        (the one the report and the dashboard show). A voicemail the triage could not read
        (`unknown`, not content-free: a failed transcript, another language) has no words
        known, as the live service holds it (`integrations.mail.heard`): its reply says it
        will be listened to, never that it did not say what it was about (trial36 §6)."""
        unread = (
            channel == "voicemail" and verdict.intent is Intent.UNKNOWN and not verdict.content_free
        )
        heard = Heard(
            str(event.index),
            client.id,
            event.at,
            channel,
            None if unread else event.text,
            content_free=verdict.content_free,
            urgent=verdict.urgent,
            intent=str(verdict.intent),
            topic=verdict.topic,
            answered_by=self._update_refs.get(answered) if answered else None,
            moves_call=verdict.moves_call,
            moved=verdict.moved,
            nothing_to_discuss=verdict.nothing_to_discuss,
            due=date.fromisoformat(verdict.due) if verdict.due else None,
        )
        self.heard.append(heard)
        return heard

    def on_email(self, event: Event, client: Client | None) -> Outcome:
        why = automatic({}, event.subject, event.sender)
        if why is not None:  # an out-of-office or a bounce: no client message (the live inbox)
            return Outcome("automatic", reason=why)
        verdict = triage("email", event)
        if verdict.urgent:
            return Outcome("notify", notified=True, reason="urgent: " + "; ".join(verdict.reasons))
        if client is None or verdict.content_free:
            return Outcome("review")
        answered = self._answered_by(verdict, event, client)
        heard = self._hear(event, client, "email", verdict, answered)
        if answered is not None:
            return Outcome("answered", reason=answered)
        if not is_agenda_topic(heard):
            return Outcome("review")
        return Outcome("agenda", reason=verdict.topic)

    def on_update(self, event: Event, client: Client | None) -> None:
        if client is not None:
            index = self._updates.setdefault(client.id, UpdateIndex(keep=RECENT_UPDATES))
            index.add(Update.make(str(event.index), event.to, event.subject, event.text, event.at))
            self._update_refs[str(event.index)] = UpdateRef(
                str(event.index), event.subject, event.at
            )

    def _addresses(self, client: Client) -> set[str]:
        found = self._own.get(client.id)
        if found is None:
            found = self._own[client.id] = {e.lower() for e in client.emails}
        return found

    def _answered_by(self, verdict: Triage, event: Event, client: Client) -> str | None:
        """The update that answers this status check, by shared words only: the simulator
        runs on the rules alone (`triage.answered_link`, `meaning=False`)."""
        if verdict.intent is not Intent.STATUS_CHECK or client.id not in self._updates:
            return None
        link = answered_link(
            self._updates[client.id],
            verdict.intent,
            event.text,
            event.subject,
            at=event.at,
            lang=verdict.lang,
            same_client=self._addresses(client),
            meaning=False,
            urgent=verdict.urgent,
            pressed=pressed_by_deadline(verdict.reasons),
            topic=verdict.topic,
        )
        return link.update.id if link.update is not None else None

    def on_invite(self, event: Event, client: Client | None) -> Outcome:
        if client is None:
            return Outcome("review")
        return Outcome("propose_standing_call", reason="fold it into the next standing call")

    def record(
        self, event: Event, client: Client | None, action: str, adhoc: bool, notified: bool
    ) -> None:
        past = PastCall(
            event.at,
            event.sender,
            client.id if client else None,
            action,
            used_allowance=adhoc,
            notified=notified,
        )
        week = week_start(self.config.consultant.zone, event.at) if adhoc else None
        self.history.record_call(past, week)


POLICY_NAMES = ("boundaries", "always-answer", "email-only", "phone-dnd")


def make_policy(name: str, config: Config, calendar: Calendar, history: MemoryHistory) -> Policy:
    """A fresh policy by name; raise ValueError naming the choices."""
    if name == "boundaries":
        return BoundariesPolicy(config, calendar, history)
    if name == "always-answer":
        return AlwaysAnswer()
    if name == "email-only":
        return EmailOnly()
    if name == "phone-dnd":
        return PhoneDnd()
    raise ValueError(f"unknown policy {name!r}; choose one of {', '.join(POLICY_NAMES)}")
