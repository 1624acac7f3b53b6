"""What each Twilio-protocol callback does: decide, store durably, answer with TwiML.

The web layer checks signatures and shapes; this module holds the behaviour. Every callback
has a natural key (CallSid, RecordingSid, TranscriptionSid, CallSid+status+sequence), so a
retried callback is answered the same way and stored once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from boundaries.domain.decision import Action, Decision, IncomingCall, decide
from boundaries.domain.history import BURST_WINDOW, caller_key
from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.notify.apprise_notifier import Notice
from boundaries.integrations.speech import SpeechToText
from boundaries.integrations.twilio import twiml
from boundaries.integrations.twilio.followup import (
    CALL_ENDED,
    CALL_STATUSES,
    PROVIDER_TRANSCRIBES_UP_TO,
    RANG_THROUGH,
    RANG_THROUGH_REASON,
    UNMATCHED,
    FollowUp,
    rang_through,
)
from boundaries.integrations.twilio.greeting import Greetings
from boundaries.integrations.twilio.params import caller_number, unusable
from boundaries.integrations.twilio.recordings import RecordingFetcher
from boundaries.integrations.twilio.urgent import UrgentLine
from boundaries.store import Store, StoredEvent, StoreError
from boundaries.store.history import StoreHistory

log = logging.getLogger(__name__)

TERMINAL_DIAL = frozenset({"completed", "answered"})


class BadRequest(ValueError):
    """The callback is malformed; the message says which field and why (answered 400)."""


@dataclass
class Answer:
    """TwiML for the provider. Work after the answer is stored as jobs before it is given."""

    twiml: str


def _required(params: Mapping[str, str], name: str) -> str:
    """The value the callback cannot do without; `BadRequest` naming it when absent or set
    aside as unusable (`params.check`)."""
    value = params.get(name, "").strip()
    if not value:
        why = unusable(params, name)
        raise BadRequest(f"{name!r} {why}" if why else f"missing required field {name!r}")
    return value


VOICE = "/twilio/voice"
GATHER = "/twilio/gather"


class Gateway:
    """The live call screen of one account."""

    def __init__(
        self,
        config: Config,
        store: Store,
        base_url: str,
        account: str = "default",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        speech: SpeechToText | None = None,
        recordings: RecordingFetcher | None = None,
        has_channel: bool = True,
        alert_now: Callable[[Notice], bool] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.account_id = store.account_id(account)
        # sends a notice without the store (`fallback`); the time of each client's last one
        self.alert_now = alert_now
        self._alerted_without_store: dict[str, datetime] = {}
        self._calendar = Calendar(config)
        # The live service sets this to the calendar with stored skips and busy times.
        self.live_calendar: Callable[[], Calendar] | None = None
        self.history = StoreHistory(store, self.account_id, config.consultant.zone)
        self.clock = clock
        self.followup = FollowUp(
            config, store, self.account_id, clock, speech, recordings, has_channel
        )
        c = config.consultant
        # Relying on the provider's transcription: record no longer than it transcribes.
        longest = (
            twiml.RECORD_MAX_SECONDS
            if self.followup.transcribes_locally
            else PROVIDER_TRANSCRIBES_UP_TO
        )
        self.voice = twiml.Voice(c.name, c.phone, c.zone, base_url.rstrip("/"), longest)
        calendar = self._current_calendar
        self.greetings = Greetings(config, store, self.account_id, self.voice, calendar)
        self.urgent = UrgentLine(
            config, store, self.account_id, self.history, calendar, self.followup, self.voice
        )

    @property
    def calendar(self) -> Calendar:
        """Standing calls (skips removed) and busy times, as the decision sees them now."""
        return self._current_calendar()

    def _current_calendar(self) -> Calendar:
        return self.live_calendar() if self.live_calendar is not None else self._calendar

    # -- helpers ---------------------------------------------------------------------------

    def caller(self, raw: str) -> str:
        """The caller in E.164, or "anonymous" for any withheld or non-number `From` (SPEC §7)."""
        return caller_number(raw, self.config.consultant.region)

    def _client(self, client_id: str | None) -> Client | None:
        return self.config.client(client_id) if client_id else None

    def _country(self, client: Client | None) -> str | None:
        """Whose accent the voice takes: the client's country, else the consultant's."""
        return client.country if client is not None else self.config.consultant.region

    def _answer_for(self, call: StoredEvent, now: datetime) -> str:
        """The TwiML that a stored call decision calls for (first answer or a retry)."""
        client = self._client(call.client)
        lang = str(call.detail.get("lang", self.config.consultant.language))
        if call.action == Action.CONNECT:
            return twiml.connect(self.voice)
        said = call.detail.get("said")
        if isinstance(said, str) and said in twiml.AFTER_URGENT:
            # as answered after the press
            return twiml.after_urgent(self.voice, lang, said, self._country(client))
        if call.detail.get("urgent_press"):  # stored before what was said was kept
            notified = call.action == Action.NOTIFY
            said = self.urgent.words(False, notified)
            return twiml.after_urgent(self.voice, lang, said, self._country(client))
        # The greeting, also after a ring nobody picked up; from the stored decision's time,
        # so that a retry names the same next standing call.
        return self.greetings.voicemail(lang, client, call.at)

    # -- callbacks ---------------------------------------------------------------------------

    def incoming(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/voice: decide the call and answer with a ring or a voicemail."""
        sid = _required(params, "CallSid")
        caller = self.caller(params.get("From", params.get("Caller", "")))
        now = self.clock()
        with self.store.decision(self.account_id, self._lock_key(caller)):
            decision = decide(self.config, self.history, now, IncomingCall(caller), self.calendar)
            call = self._stored_call(sid, caller, now, decision)
            stored = self.store.record(self.account_id, [call])
            if not stored:
                # A retry (or a concurrent duplicate): answer as the stored decision says.
                call = self.store.find(self.account_id, "call", sid) or call
        if stored:
            # A status callback may have come first: its row gets the client (SPEC §7
            # `events`). The decision is stored: a failure here must not change the answer.
            try:
                self.followup.own(call)
            except StoreError as exc:
                log.warning("rows of call %s stored before it keep no client: %s", sid, exc)
        return Answer(self._answer_for(call, now))

    def _lock_key(self, caller: str) -> str:
        """Whose decisions must not interleave: the client's, else the number's (SPEC §7)."""
        client = self.config.client_by_phone(caller)
        return caller_key(client.id if client else None, caller)

    def _stored_call(self, sid: str, caller: str, now: datetime, d: Decision) -> StoredEvent:
        return StoredEvent(
            kind="call",
            at=now,
            action=str(d.action),
            client=d.client_id,
            sid=sid,
            caller=caller,
            used_allowance=d.uses_allowance,
            detail={
                "reason": d.reason,
                "why": d.why,
                "facts": dict(d.facts),
                "lang": d.language,
                "in_standing_slot": d.in_standing_slot,
                "repeat": d.repeat,
                "offer_urgent_line": d.offer_urgent_line,
            },
        )

    def after_dial(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/voice?after=dial: a connected call ended or was not picked up.

        Not picked up (no-answer, busy, failed, canceled): an ordinary call gets the ordinary
        greeting (its next standing call, the question, the urgent line) and gives the
        allowance back; an urgent press is decided again as unanswered, so it notifies at once
        (SPEC §1.6, §4: an emergency reaches the consultant by a connected call or a
        notification, never neither) and the caller is told so."""
        sid = _required(params, "CallSid")
        status = params.get("DialCallStatus", "").strip().lower()
        call = self.store.find(self.account_id, "call", sid)
        if status in TERMINAL_DIAL:
            return Answer(twiml.hangup())
        if call is None:
            # a ring nobody answered for a call this store does not hold (restored from a
            # backup, first answered by another process, replayed): the caller can still
            # leave a message (SPEC §7: the voice webhook always at least records one;
            # trial51 §7 heard a hang-up)
            log.warning("after-dial for call %s, which is not stored: a plain voicemail", sid)
            lang = self.config.consultant.language
            return Answer(twiml.leave_message(self.voice, lang, self._country(None)))
        now = self.clock()
        client = self._client(call.client)
        lang = str(call.detail.get("lang", self.config.consultant.language))
        with self.store.decision(self.account_id, self._lock_key(call.caller or "")):
            call = self.store.find(self.account_id, "call", sid) or call
            if call.detail.get("stage") == "after-dial":  # a retry: answered as the first time
                return Answer(self._answer_for(call, now))
            if call.detail.get("urgent_press") and client is not None and client.urgent_line:
                return Answer(self.urgent.unanswered(sid, call, client, lang, status, now))
            detail = dict(call.detail, stage="after-dial", dial_status=status)
            # A connect nobody answered does not use the client's allowance.
            self.store.update(
                self.account_id,
                "call",
                sid,
                action="voicemail",
                used_allowance=False,
                detail=detail,
            )
        return Answer(self.greetings.voicemail(lang, client, call.at))

    def gather(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/gather: the caller pressed a key in the voicemail menu."""
        sid = _required(params, "CallSid")
        digits = params.get("Digits", "").strip()
        now = self.clock()
        call = self.store.find(self.account_id, "call", sid)
        if call is None:
            raise BadRequest(f"no call {sid!r} is known; the menu belongs to a call")
        client = self._client(call.client)
        lang = str(call.detail.get("lang", self.config.consultant.language))
        if not self._menu_offered(call, client):
            # Not an answer to any menu of ours (a forged, replayed or out-of-order callback):
            # the stored decision stays as it is and no press is counted (SPEC §7, §8); a
            # caller on the line, if any, can still leave a message.
            log.warning(
                "key press for call %s ignored: its answer (%s) offered no menu", sid, call.action
            )
            return Answer(twiml.leave_message(self.voice, lang, self._country(client)))
        if digits != "1" or client is None or not client.urgent_line:
            return Answer(twiml.leave_message(self.voice, lang, self._country(client)))
        with self.store.decision(self.account_id, client.id):
            call = self.store.find(self.account_id, "call", sid) or call
            if not self._menu_offered(call, client):  # a concurrent press rang through
                return Answer(self._answer_for(call, now))
            answer = self.urgent.press(sid, call, client, lang, now)
            if answer is None:  # a retry: answered as the first time
                call = self.store.find(self.account_id, "call", sid) or call
                answer = self._answer_for(call, now)
        return Answer(answer)

    def _menu_offered(self, call: StoredEvent, client: Client | None) -> bool:
        """Whether the answer given to `call` held the voicemail menu a key press answers: a
        client's greeting with the urgent line (also the one after a ring nobody picked up),
        or the answer to a press already made, so that the provider's retry of that press is
        answered again. Not a call that rang through, nor an unknown caller's greeting."""
        if call.detail.get("urgent_press"):
            return True
        return client is not None and client.urgent_line and not rang_through(call)

    def recording(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/recording: the voicemail recording is ready."""
        sid = _required(params, "RecordingSid")
        call_sid = params.get("CallSid", "").strip()
        try:
            duration = int(params.get("RecordingDuration", "0") or 0)
        except ValueError:
            raise BadRequest("'RecordingDuration' must be a whole number of seconds") from None
        # Not stored when it came in (store failing, webhook lost): stored now from `From`.
        call = self.followup.call_of(params, "recording", duration)
        lang = str(call.detail.get("lang")) if call else self.config.consultant.language
        detail: dict[str, object] = {
            "call_sid": call_sid,
            "url": params.get("RecordingUrl", ""),
            "duration": duration,
        }
        # A recording of a call that rang through is no voicemail (`followup.rang_through`):
        # kept, with why, but nobody waits for its transcript and nothing is owed for it.
        unmatched = rang_through(call)
        if unmatched:
            log.warning("recording %s of call %s set aside: %s", sid, call_sid, RANG_THROUGH_REASON)
            detail.update(why=RANG_THROUGH, reason=RANG_THROUGH_REASON)
        self.store.record(
            self.account_id,
            jobs=[] if unmatched else [self.followup.watch_for_transcript(params)],
            events=[
                StoredEvent(
                    kind="voicemail",
                    at=self.clock(),
                    action=UNMATCHED if unmatched else "recorded",
                    client=call.client if call else None,
                    sid=sid,
                    caller=call.caller if call else None,
                    detail=detail,
                )
            ],
        )
        if duration > PROVIDER_TRANSCRIBES_UP_TO:
            # Too long for the provider's transcription: transcribe it here when an engine is set.
            self.followup.local_transcription(params)
        caller = self._client(call.client) if call else None
        return Answer(twiml.thanks(lang, self._country(caller)))

    def transcription(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/transcription: triage what the caller said (see `FollowUp`).

        When the provider could not transcribe and a local speech engine is configured, a job
        to fetch and transcribe the recording is stored before the answer."""
        _required(params, "TranscriptionSid")
        self.followup.transcription(params)
        return Answer("<Response/>")

    def status(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/status: call progress, possibly out of order; each stored once."""
        sid = _required(params, "CallSid")
        call_status = _required(params, "CallStatus").lower()
        if call_status not in CALL_STATUSES:
            # stored, it would stand as the call's last state in every list (trial43)
            raise BadRequest(
                f"'CallStatus' {call_status!r} is not a call status; expected one of "
                + ", ".join(sorted(CALL_STATUSES))
            )
        sequence = params.get("SequenceNumber", "").strip()
        # absent, or set aside as unusable ("abc": logged by `params.check`): not known, and
        # stored as such (None), never as 0 s, which the figures would count as a call
        # of no length (trial38 §7)
        raw = params.get("CallDuration", "").strip()
        try:
            duration = int(raw) if raw else None
        except ValueError:
            raise BadRequest("'CallDuration' must be a whole number of seconds") from None
        if call_status in CALL_ENDED:
            # The caller has hung up: a call never stored is stored now from `From`.
            call = self.followup.call_of(params, "status", duration or 0)
        else:  # still on the line: its own webhook decides it
            call = self.store.find(self.account_id, "call", sid)
        client = call.client if call else self._client_calling(params)
        self.store.record(
            self.account_id,
            [
                StoredEvent(
                    kind="status",
                    at=self.clock(),
                    action=call_status,
                    client=client,
                    sid=f"{sid}:{call_status}:{sequence}",
                    detail={"call_sid": sid, "sequence": sequence, "duration": duration},
                )
            ],
        )
        return Answer("<Response/>")

    def _client_calling(self, params: Mapping[str, str]) -> str | None:
        """The id of the client calling from the callback's `From`, if it names one."""
        raw = params.get("From", params.get("Caller"))
        client = self.config.client_by_phone(self.caller(raw)) if raw else None
        return client.id if client else None

    def fallback(self, params: Mapping[str, str] | None = None, path: str = VOICE) -> str:
        """A valid voicemail when the store or the engine failed: the caller is never dropped.
        It speaks the calling client's language, read from the configuration alone (`From`
        of `params`; the consultant's language for a number no client has): an English
        client heard French while the store was failing (newcomer51 §1). A client with an
        urgent line keeps it (SPEC §1.6, §4: an emergency reaches the consultant by a call or
        a notification, never neither; trial48 W3): the greeting offers it without naming a
        standing call, and a press of 1 on `GATHER` alerts the consultant (`_alert_anyway`)."""
        lang = self.config.consultant.language
        try:
            called = self._client_calling(params or {})
        except Exception:  # an odd number must not cost the caller the voicemail
            called = None
        client = self.config.client(called) if called else None
        if client is None or not client.urgent_line:
            return twiml.record_only(
                self.voice, client.language if client else lang, self._country(client)
            )
        country = self._country(client)
        if path != GATHER:
            return twiml.voicemail(self.voice, client.language, None, True, country=country)
        if (params or {}).get("Digits", "").strip() != "1":
            return twiml.leave_message(self.voice, client.language, country)
        said = self._alert_anyway(params or {}, client)
        return twiml.after_urgent(self.voice, client.language, said, country)

    def _alert_anyway(self, params: Mapping[str, str], client: Client) -> str:
        """A press of 1 whose call the store cannot give (it failed, or the call's decision
        was never stored): the alert is stored and queued as usual if the store answers, else
        sent at once through the channel (`alert_now`), once per client and `BURST_WINDOW` in
        this process. Returns what the caller hears (`twiml.AFTER_URGENT`)."""
        now = self.clock()
        caller = self.caller(params.get("From", params.get("Caller", "")))
        sid = params.get("CallSid", "").strip() or f"unstored:{client.id}:{now:%Y%m%dT%H%M}"
        try:
            queued = self.followup.notify(sid, client, caller, now, "urgent_press", caller=caller)
            return self.urgent.words(False, queued)
        except Exception as exc:  # the store failed: the channel does not need it
            log.error("urgent press of call %s: the store failed (%s); alerting directly", sid, exc)
        last = self._alerted_without_store.get(client.id)
        if last is not None and now - last < BURST_WINDOW:
            said = self.urgent.words(False, False)
        else:
            notice = self.followup.notice("urgent_press", client, caller, now, caller=caller or "?")
            if self.alert_now is None or not self.alert_now(notice):
                said = "urgent_noted"
            else:
                self._alerted_without_store[client.id] = now
                said = "urgent_notified"
        if params.get("CallSid", "").strip():
            # counted once the store answers: its call's next callback stores it (trial49 §3)
            self.followup.unstored_presses.setdefault(
                sid,
                StoredEvent(
                    kind="urgent_press",
                    at=now,
                    action=str(Action.NOTIFY),
                    client=client.id,
                    sid=sid,
                    caller=caller,
                    notified=said == "urgent_notified",
                    detail={
                        "reason": "pressed 1 while the store was failing; alerted directly",
                        "why": "store_failed",
                        "said": said,
                    },
                ),
            )
        return said
