"""What each Twilio-protocol callback does: decide, store durably, answer with TwiML.

The web layer checks signatures and shapes; this module holds the behaviour. Every callback
has a natural key (CallSid, RecordingSid, TranscriptionSid, CallSid+status+sequence), so a
retried callback is answered the same way and stored once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import phonenumbers

from boundaries.domain.decision import Action, Decision, IncomingCall, decide
from boundaries.domain.history import BURST_WINDOW
from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import Calendar
from boundaries.i18n import text, when
from boundaries.integrations.notify import Notice
from boundaries.integrations.speech import SpeechToText
from boundaries.integrations.twilio import twiml
from boundaries.integrations.twilio.recordings import RecordingFetcher
from boundaries.store import Store, StoredEvent
from boundaries.store.history import StoreHistory
from boundaries.triage import Message, classify

log = logging.getLogger(__name__)

WITHHELD = frozenset({"", "anonymous", "restricted", "unknown", "private", "unavailable"})
_PHONE_SHAPE = re.compile(r"^\+?[0-9 ().\-]{2,32}$")
TERMINAL_DIAL = frozenset({"completed", "answered"})


class BadRequest(ValueError):
    """The callback is malformed; the message says which field and why (answered 400)."""


@dataclass
class Answer:
    """TwiML for the provider, notices to send and work to do once the answer is on its way."""

    twiml: str
    notices: list[Notice] = field(default_factory=list)
    later: list[Callable[[], list[Notice]]] = field(default_factory=list)


def _required(params: Mapping[str, str], name: str) -> str:
    value = params.get(name, "").strip()
    if not value:
        raise BadRequest(f"missing required field {name!r}")
    return value


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
    ) -> None:
        self.config = config
        self.store = store
        self.account_id = store.account_id(account)
        self._calendar = Calendar(config)
        # The live service sets this to the calendar with stored skips and busy times.
        self.live_calendar: Callable[[], Calendar] | None = None
        self.history = StoreHistory(store, self.account_id, config.consultant.zone)
        self.clock = clock
        c = config.consultant
        self.voice = twiml.Voice(c.name, c.phone, c.zone, base_url.rstrip("/"))
        self._greetings: dict[tuple[object, ...], str] = {}
        self.speech = speech
        self.recordings = recordings

    @property
    def calendar(self) -> Calendar:
        """Standing calls (skips removed) and busy times, as the decision sees them now."""
        return self.live_calendar() if self.live_calendar is not None else self._calendar

    # -- helpers ---------------------------------------------------------------------------

    def caller(self, raw: str) -> str:
        """The caller in E.164, "anonymous" when withheld; BadRequest when not a number."""
        cleaned = raw.strip()
        if cleaned.lower() in WITHHELD:
            return "anonymous"
        if not _PHONE_SHAPE.match(cleaned):
            raise BadRequest(f"'From' is not a phone number: {cleaned[:40]!r}")
        try:
            number = phonenumbers.parse(cleaned, self.config.consultant.region)
        except phonenumbers.NumberParseException:
            return re.sub(r"[^\d+]", "", cleaned)
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))

    def _client(self, client_id: str | None) -> Client | None:
        return self.config.client(client_id) if client_id else None

    def _voicemail_twiml(self, decision_lang: str, client: Client | None, now: datetime) -> str:
        if client is None:
            return self._greeting(decision_lang, None, None, False, False)
        nxt = self.calendar.next_call(client.id, now)
        return self._greeting(
            client.language, client.id, nxt.start if nxt else None, client.urgent_line, True
        )

    def _greeting(
        self, lang: str, client_id: str | None, nxt: datetime | None, urgent: bool, known: bool
    ) -> str:
        """The same greeting until the next standing call changes: built once, then reused."""
        key = (lang, client_id, nxt, urgent, known)
        cached = self._greetings.get(key)
        if cached is None:
            cached = twiml.voicemail(self.voice, lang, nxt, urgent, known_client=known)
            if len(self._greetings) > 1024:
                self._greetings.clear()
            self._greetings[key] = cached
        return cached

    def _answer_for(self, call: StoredEvent, now: datetime) -> str:
        """The TwiML that a stored call decision calls for (first answer or a retry)."""
        client = self._client(call.client)
        lang = str(call.detail.get("lang", self.config.consultant.language))
        if call.action == Action.CONNECT:
            return twiml.connect(self.voice)
        if call.action == Action.NOTIFY:
            return twiml.after_urgent_notice(self.voice, lang)
        if call.detail.get("stage") == "after-dial":
            return twiml.record_only(self.voice, lang)
        return self._voicemail_twiml(lang, client, now)

    def _notice(
        self, key: str, client: Client | None, now: datetime, kind: str, **values: str
    ) -> list[Notice]:
        """A notice unless this call or this client's burst already had one."""
        lang = self.config.consultant.language
        name = client.name if client else text(lang, "notify.unknown_caller")
        if client is not None:
            recent = self.store.kind_between(
                self.account_id,
                "notification",
                now - BURST_WINDOW,
                now + timedelta(seconds=1),
                client=client.id,
            )
            if recent:
                return []
        stored = self.store.record(
            self.account_id,
            [
                StoredEvent(
                    kind="notification",
                    at=now,
                    action=kind,
                    client=client.id if client else None,
                    sid=key,
                    detail=dict(values),
                )
            ],
        )
        if not stored:
            return []
        moment = when(now, lang, self.config.consultant.zone)
        title = text(lang, f"notify.{kind}_title", client=name)
        body = text(lang, f"notify.{kind}_body", client=name, time=moment, **values)
        return [Notice(title, body)]

    # -- callbacks ---------------------------------------------------------------------------

    def incoming(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/voice: decide the call and answer with a ring or a voicemail."""
        sid = _required(params, "CallSid")
        caller = self.caller(params.get("From", params.get("Caller", "")))
        now = self.clock()
        decision = decide(self.config, self.history, now, IncomingCall(caller), self.calendar)
        call = self._stored_call(sid, caller, now, decision)
        if not self.store.record(self.account_id, [call]):
            # A retry (or a concurrent duplicate): answer as the stored decision says.
            call = self.store.find(self.account_id, "call", sid) or call
        return Answer(self._answer_for(call, now))

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
                "lang": d.language,
                "in_standing_slot": d.in_standing_slot,
                "repeat": d.repeat,
                "offer_urgent_line": d.offer_urgent_line,
            },
        )

    def after_dial(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/voice?after=dial: a connected call ended or was not picked up."""
        sid = _required(params, "CallSid")
        status = params.get("DialCallStatus", "").strip().lower()
        call = self.store.find(self.account_id, "call", sid)
        if status in TERMINAL_DIAL or call is None:
            return Answer(twiml.hangup())
        lang = str(call.detail.get("lang", self.config.consultant.language))
        if call.detail.get("stage") != "after-dial":
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
        return Answer(twiml.record_only(self.voice, lang))

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
        if digits != "1" or client is None or not client.urgent_line:
            return Answer(twiml.record_only(self.voice, lang))
        pressed = self.store.find(self.account_id, "urgent_press", sid)
        if pressed is not None:  # a retry: answer as the first time
            return Answer(self._answer_for(call, now))
        d = decide(
            self.config,
            self.history,
            now,
            IncomingCall(call.caller or "", urgent_press=True),
            self.calendar,
        )
        press = StoredEvent(
            kind="urgent_press",
            at=now,
            action=str(d.action),
            client=client.id,
            sid=sid,
            caller=call.caller,
            notified=d.action is Action.NOTIFY,
            detail={"reason": d.reason},
        )
        if not self.store.record(self.account_id, [press]):
            return Answer(self._answer_for(call, now))
        self.store.update(
            self.account_id,
            "call",
            sid,
            action=str(d.action) if d.action is not Action.VOICEMAIL else "voicemail",
            notified=d.action is Action.NOTIFY,
            detail=dict(call.detail, urgent_press=True, reason=d.reason),
        )
        notices: list[Notice] = []
        if d.action is Action.NOTIFY:
            notices = self._notice(sid, client, now, "urgent_press", caller=call.caller or "?")
        if d.action is Action.CONNECT:
            return Answer(twiml.connect(self.voice), notices)
        if d.action is Action.NOTIFY:
            return Answer(twiml.after_urgent_notice(self.voice, lang), notices)
        return Answer(twiml.record_only(self.voice, lang), notices)

    def recording(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/recording: the voicemail recording is ready."""
        sid = _required(params, "RecordingSid")
        call_sid = params.get("CallSid", "").strip()
        call = self.store.find(self.account_id, "call", call_sid) if call_sid else None
        try:
            duration = int(params.get("RecordingDuration", "0") or 0)
        except ValueError:
            raise BadRequest("'RecordingDuration' must be a whole number of seconds") from None
        lang = str(call.detail.get("lang")) if call else self.config.consultant.language
        self.store.record(
            self.account_id,
            [
                StoredEvent(
                    kind="voicemail",
                    at=self.clock(),
                    action="recorded",
                    client=call.client if call else None,
                    sid=sid,
                    caller=call.caller if call else None,
                    detail={
                        "call_sid": call_sid,
                        "url": params.get("RecordingUrl", ""),
                        "duration": duration,
                    },
                )
            ],
        )
        return Answer(twiml.thanks(lang))

    def transcription(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/transcription: triage what the caller said.

        When the provider could not transcribe and a local speech engine is configured, the
        recording is fetched and transcribed here, after the provider has had its answer."""
        sid = _required(params, "TranscriptionSid")
        said = params.get("TranscriptionText", "")
        status = params.get("TranscriptionStatus", "completed").strip().lower()
        if status != "completed" and self.speech is not None and self.recordings is not None:
            url = params.get("RecordingUrl", "").strip()
            if url:
                fields = dict(params)
                return Answer("<Response/>", later=[lambda: self._transcribe_locally(fields, url)])
        notices = self._triage_transcript(
            params, sid, said if status == "completed" else "", status
        )
        return Answer("<Response/>", notices)

    def _transcribe_locally(self, params: Mapping[str, str], url: str) -> list[Notice]:
        assert self.speech is not None and self.recordings is not None
        call_sid = params.get("CallSid", "").strip()
        call = self.store.find(self.account_id, "call", call_sid) if call_sid else None
        client = self._client(call.client if call else None)
        lang = client.language if client else self.config.consultant.language
        try:
            audio = self.recordings.fetch(url, params.get("AccountSid", ""))
            try:
                said = self.speech.transcribe(audio, lang).text
            finally:
                audio.unlink(missing_ok=True)
        except Exception:
            log.exception("local transcription of %s failed", url)
            said = ""
        return self._triage_transcript(params, params["TranscriptionSid"], said, "local")

    def _triage_transcript(
        self, params: Mapping[str, str], sid: str, said: str, status: str
    ) -> list[Notice]:
        call_sid = params.get("CallSid", "").strip()
        now = self.clock()
        call = self.store.find(self.account_id, "call", call_sid) if call_sid else None
        client = self._client(call.client if call else None)
        verdict = classify(Message(sid, "voicemail", said, at=now))
        stored = self.store.record(
            self.account_id,
            [
                StoredEvent(
                    kind="transcription",
                    at=now,
                    action="urgent" if verdict.urgent else str(verdict.intent),
                    client=client.id if client else None,
                    sid=sid,
                    caller=call.caller if call else None,
                    detail={
                        "call_sid": call_sid,
                        "recording_sid": params.get("RecordingSid", ""),
                        "status": status,
                        "text": said,
                        "triage": verdict.as_json(sid),
                    },
                )
            ],
        )
        if not stored:  # a retried callback: already handled
            return []
        if verdict.urgent:
            reason = next((r for r in verdict.reasons if r.startswith("urgent")), "")
            return self._notice(
                call_sid or sid, client, now, "urgent_voicemail", text=said[:300], reason=reason
            )
        if client is not None:
            self._owe_reply_and_agenda(client, sid, now, verdict.content_free, verdict.topic, said)
        return []

    def _owe_reply_and_agenda(
        self, client: Client, sid: str, now: datetime, content_free: bool, topic: str, said: str
    ) -> None:
        """One deferral reply per client per day; an agenda item when the message says what."""
        day = now.astimezone(self.config.consultant.zone).date().isoformat()
        owed = [
            StoredEvent(
                kind="reply_owed",
                at=now,
                action="owed",
                client=client.id,
                sid=f"{client.id}:{day}",
                detail={"day": day, "first_voicemail": sid, "content_free": content_free},
            )
        ]
        if not content_free:
            owed.append(
                StoredEvent(
                    kind="agenda_item",
                    at=now,
                    action="owed",
                    client=client.id,
                    sid=sid,
                    detail={"topic": topic, "text": said[:500]},
                )
            )
        self.store.record(self.account_id, owed)

    def status(self, params: Mapping[str, str]) -> Answer:
        """POST /twilio/status: call progress, possibly out of order; each stored once."""
        sid = _required(params, "CallSid")
        call_status = _required(params, "CallStatus").lower()
        sequence = params.get("SequenceNumber", "").strip()
        try:
            duration = int(params.get("CallDuration", "0") or 0)
        except ValueError:
            raise BadRequest("'CallDuration' must be a whole number of seconds") from None
        call = self.store.find(self.account_id, "call", sid)
        self.store.record(
            self.account_id,
            [
                StoredEvent(
                    kind="status",
                    at=self.clock(),
                    action=call_status,
                    client=call.client if call else None,
                    sid=f"{sid}:{call_status}:{sequence}",
                    detail={"call_sid": sid, "sequence": sequence, "duration": duration},
                )
            ],
        )
        return Answer("<Response/>")

    def fallback(self) -> str:
        """A valid voicemail when the store or the engine failed: the caller is never dropped."""
        return twiml.record_only(self.voice, self.config.consultant.language)
