"""What follows a voicemail: its transcript (the provider's, or a local one done as a stored job),
triage, the reply owed, and notifications to the consultant through the durable job queue.

A transcript that failed or is missing is a third state, `unknown` ("listen to the recording"):
never content-free, never counted as such, in the client's language.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from boundaries.domain.decision import Action
from boundaries.domain.history import BURST_WINDOW, caller_key
from boundaries.domain.model import Client, Config
from boundaries.i18n import phone_written, text, when
from boundaries.integrations.notify import Notice, Notifier
from boundaries.integrations.notify.queue import NOTIFY, notify_kind, queue_notice
from boundaries.integrations.notify.wording import from_whom, why
from boundaries.integrations.speech import SpeechToText
from boundaries.integrations.twilio.params import WITHHELD_CALLER, caller_number, cut_from
from boundaries.integrations.twilio.recordings import RecordingFetcher
from boundaries.jobs import Kind
from boundaries.store import Job, JobQueue, NewJob, Store, StoredEvent
from boundaries.store.evidence import SUPERSEDED
from boundaries.triage import Message
from boundaries.triage.second_opinion import verdicts

log = logging.getLogger(__name__)

TRANSCRIBE = "transcribe"
TRANSCRIPT_DUE = "transcript_due"
# How long after a recording its transcript may take before it counts as missing.
TRANSCRIPT_GRACE = timedelta(minutes=10)
# The provider transcribes recordings of 2 to 120 seconds only (Twilio <Record transcribe>).
PROVIDER_TRANSCRIBES_UP_TO = 120
# How long a transcript may wait for the learned second opinion to finish loading (it starts
# at `serve` start and takes about 1.5 s): well inside the provider's 15 s webhook timeout.
MODEL_WAIT_SECONDS = 5.0
URGENT_REASONS = ("urgent", "possibly urgent")  # the rules' and the second opinion's
UNKNOWN = "unknown"  # the transcript's state when nobody could transcribe the recording
LISTEN = "listen"  # the action stored for such a voicemail: listen to the recording
# How far apart the transcripts of one recording may come (the provider's, a late one, the
# "listen" placeholder, a local one after retries).
VOICEMAIL_SPAN = timedelta(days=2)
UNMATCHED = "unmatched"  # the action stored for a recording or transcript of a call that rang
RANG_THROUGH = "rang_through"  # its `why` (the dashboard's `reasons.rang_through`)
RANG_THROUGH_REASON = (
    "its call rang through to the consultant (stored answer: connect): not a voicemail, "
    "so no reply is owed and nothing goes on the agenda"
)
REBUILT = "rebuilt"  # the `why` of a call stored from a later callback (`reasons.rebuilt`)
REBUILT_REASON = (
    "the call was not stored when it came in (the store was failing, or its webhook was "
    "lost): the voicemail answered it; stored from the provider's {source} callback"
)
# The rows of a call that may be stored before it (a status callback ahead of its call, a
# callback that did not carry the caller), and how far back they are looked for.
OWNED_BY_CALL = ("status", "voicemail", "transcription")
OWN_LOOKBACK = timedelta(hours=2)
# Provider call states after which the caller is no longer on the line (Twilio CallStatus).
CALL_ENDED = frozenset({"completed", "busy", "no-answer", "failed", "canceled"})
CALL_STATUSES = CALL_ENDED | {"queued", "initiated", "ringing", "in-progress"}
"""Every call state Twilio reports (Twilio docs, "Call Resource: Call Status values")."""


def rang_through(call: StoredEvent | None) -> bool:
    """Whether the answer stored for `call` was a ring: a connect, never rewritten to voicemail
    by a `<Dial>` callback saying nobody picked up. Such a call left no voicemail, so a
    recording or transcript that names it (its `<Dial action>` callback lost, or a delayed,
    replayed or forged callback) is kept for the record but owes nothing (SPEC §7, as a key
    press without a menu). False for an unknown call (None): its message is taken as one."""
    return call is not None and call.action == Action.CONNECT


def rebuilt_call(
    config: Config, call_sid: str, caller: str, now: datetime, source: str, seconds: int = 0
) -> StoredEvent:
    """The call a data callback names when no call was stored for it (SPEC §7: while the store
    fails, `/twilio/voice` still answers with the plain voicemail and stores nothing; or its
    webhook never reached us). `caller` is the callback's `From` in E.164 (or "anonymous"),
    `source` the callback ("recording", "transcription", "status"), `seconds` how long the
    call or its recording lasted as the callback says (the call began at least that long
    before `now`). The only answer given to a call the service did not store is that
    voicemail, so the call is a voicemail of the client calling from `caller` (none for an
    unknown or withheld number), on no allowance; `why` is `REBUILT`."""
    client = config.client_by_phone(caller) if caller != WITHHELD_CALLER else None
    return StoredEvent(
        kind="call",
        at=now - timedelta(seconds=max(seconds, 0)),
        action=str(Action.VOICEMAIL),
        client=client.id if client else None,
        sid=call_sid,
        caller=caller,
        detail={
            "reason": REBUILT_REASON.format(source=source),
            "why": REBUILT,
            "facts": {"source": source},
            "lang": client.language if client else config.consultant.language,
            "rebuilt_from": source,
        },
    )


def _job_fields(payload: Mapping[str, Any]) -> dict[str, str]:
    """The callback fields a stored job hands to `triage`: its call, recording and, when the
    callback that stored it carried one, the caller (jobs stored before it was kept have none)."""
    fields = {"CallSid": payload["call_sid"], "RecordingSid": payload["recording_sid"]}
    if payload.get("from"):
        fields["From"] = str(payload["from"])
    return fields


def gist(said: str) -> str:
    """The words of a message, for telling a repeat from new content: lower case, letters and
    digits only, single spaces ("Le local est inondé !" and "le local est inondé" agree)."""
    return " ".join(re.findall(r"\w+", said.casefold()))


PRESSED = "pressed_urgent"
"""The action of an owed row withdrawn because the caller pressed 1 after all
(`FollowUp.withdraw_owed`)."""


class FollowUp:
    """Transcripts and notifications of one account (used by the gateway and the job runner)."""

    def __init__(
        self,
        config: Config,
        store: Store,
        account_id: int,
        clock: Callable[[], datetime],
        speech: SpeechToText | None = None,
        recordings: RecordingFetcher | None = None,
        has_channel: bool = True,
    ) -> None:
        self.config = config
        self.store = store
        self.account_id = account_id
        self.clock = clock
        self.speech = speech
        self.recordings = recordings
        self.has_channel = has_channel
        self.wake: Callable[[], None] = lambda: None  # set by the job runner
        self.transcript_grace = TRANSCRIPT_GRACE
        # presses of 1 the store could not take (the alert went out without it: `Gateway.
        # fallback`), by CallSid, stored with their call by its next callback (trial49 §3)
        self.unstored_presses: dict[str, StoredEvent] = {}

    @property
    def transcribes_locally(self) -> bool:
        return self.speech is not None and self.recordings is not None

    def _client(self, call: StoredEvent | None) -> Client | None:
        return self.config.client(call.client) if call and call.client else None

    def _call(self, call_sid: str) -> StoredEvent | None:
        return self.store.find(self.account_id, "call", call_sid) if call_sid else None

    def call_of(
        self, params: Mapping[str, str], source: str, seconds: int = 0
    ) -> StoredEvent | None:
        """The stored call a data callback (`source`: "recording", "transcription", "status")
        belongs to, by its `CallSid`. When none is stored and the callback carries the caller
        (`From`, as the provider's recording, transcription and status callbacks do), the call
        is stored now from it (`rebuilt_call`) and the rows stored before it get its client
        (`own`): whatever order the callbacks come in, the first that names the caller
        completes the call, and the client, the alert, the reply, the agenda and the report
        read it. None when no CallSid is given, or no call is stored and no `From` came."""
        call_sid = params.get("CallSid", "").strip()
        call = self._call(call_sid)
        raw = params.get("From", params.get("Caller"))
        if call is not None:
            # Rows stored before it that a failed write left without its client get it now
            # (idempotent: only rows still without one), so no callback's retry finds them
            # stranded.
            self.own(call)
            return self._with_late_press(call)
        pressed = self.unstored_presses.get(call_sid)
        if not call_sid or (raw is None and pressed is None):
            return None
        if raw is None and pressed is not None:
            caller = pressed.caller or WITHHELD_CALLER
        else:
            caller = caller_number(raw or "", self.config.consultant.region)
        call = rebuilt_call(self.config, call_sid, caller, self.clock(), source, seconds)
        return self._with_late_press(self._store_rebuilt(call, f"its {source} callback"))

    def _store_rebuilt(self, call: StoredEvent, source: str) -> StoredEvent:
        """Store `call`, rebuilt from `source` ("its recording callback", "its press of 1"),
        with what it brings to the rows stored before it (`own`), in one transaction; the
        call as stored (another process may have stored it first)."""
        with self.store.decision(self.account_id, caller_key(call.client, call.caller or "")):
            if self.store.record(self.account_id, [call]):
                # (no number in a log line: README, The dashboard, "Logins and safety"; the
                # call's row holds it, trial50 §8)
                log.warning(
                    "call %s was not stored when it came in; stored from %s (client %s)",
                    call.sid,
                    source,
                    call.client or "unknown caller",
                )
                self.own(call)
        return self._call(call.sid or "") or call

    def store_late_presses(self) -> int:
        """Store the presses of 1 the store could not take when they came (`unstored_presses`),
        each with its call: the call stored then, or, when its `/twilio/voice` also fell in the
        outage and no later callback came (the caller hung up after the urgent line's answer,
        trial51 §6), the call rebuilt from the press itself (`rebuilt_call`, source "gather":
        the client and caller the press was alerted for). Run periodically by the service
        (`web.app`), so a press is counted once the store answers even if nothing else of its
        call ever comes. Returns how many were stored; a press whose write fails stays for the
        next round. Raises `StoreError` while the store still fails."""
        stored = 0
        for call_sid in list(self.unstored_presses):
            press = self.unstored_presses.get(call_sid)
            if press is None:  # a callback of its call took it meanwhile
                continue
            call = self._call(call_sid)
            if call is None:
                caller = press.caller or WITHHELD_CALLER
                rebuilt = rebuilt_call(self.config, call_sid, caller, press.at, "gather")
                if press.client is not None and rebuilt.client != press.client:
                    rebuilt = replace(rebuilt, client=press.client)
                call = self._store_rebuilt(rebuilt, "its press of 1")
            self._with_late_press(call)
            stored += 1
        return stored

    def _with_late_press(self, call: StoredEvent) -> StoredEvent:
        """`call`, with the press of 1 the store could not take when it came
        (`unstored_presses`) stored now: the `urgent_press` row the report counts (SPEC §1.3:
        the urgent line is logged, counted and can be billed) and the call marked pressed and
        alerted as it was. The alert itself went out then; nothing is sent again. Kept for
        the next callback if the store fails again."""
        press = self.unstored_presses.pop(call.sid or "", None)
        if press is None:
            return call
        try:
            # the press and its call marked pressed: one transaction, so that `events`, the
            # dashboard and the report never see one without the other
            with self.store.decision(self.account_id, caller_key(call.client, call.caller or "")):
                if self.store.find(self.account_id, "urgent_press", press.sid or "") is None:
                    self.store.record(self.account_id, [replace(press, client=call.client)])
                detail = dict(call.detail, urgent_press=True, said=press.detail.get("said", ""))
                self.store.update(
                    self.account_id,
                    "call",
                    call.sid or "",
                    notified=bool(call.notified or press.notified),
                    detail=detail,
                )
        except Exception:
            self.unstored_presses[call.sid or ""] = press
            raise
        log.warning("urgent press of call %s stored late, once the store answered", call.sid)
        return replace(call, notified=bool(call.notified or press.notified), detail=detail)

    def own(self, call: StoredEvent) -> int:
        """Give the call's client and caller to the rows of the same call stored before it
        with none (a status callback ahead of its call, a recording or transcript whose
        callback did not carry the caller), so that `events` and the dashboard show whose
        they are; a transcript then owes its reply and agenda item (`_owe_for`). Returns how
        many rows got them; nothing to do for an unknown caller's call."""
        if call.client is None or not call.sid:
            return 0
        start = call.at - OWN_LOOKBACK
        strays = [
            row
            for row in self.store.unowned(
                self.account_id, OWNED_BY_CALL, start, self.clock() + timedelta(seconds=1)
            )
            if row.sid and row.detail.get("call_sid") == call.sid
        ]
        if not strays:
            return 0
        client = self.config.client(call.client)
        owned = 0
        # Each row's client and what it then owes in one transaction: a write failing between
        # them leaves the row unowned, and the next callback of the call owns it again.
        with self.store.decision(self.account_id, caller_key(call.client, call.caller or "")):
            for row in strays:
                changes: dict[str, Any] = {"client": call.client}
                if row.kind != "status":
                    changes["caller"] = call.caller
                if self.store.update(self.account_id, row.kind, str(row.sid), **changes):
                    owned += 1
                    if row.kind == "transcription" and client is not None:
                        self._owe_for(client, row)  # its reply and agenda item, as if known
        return owned

    # -- notifications ------------------------------------------------------------------------

    def notify(
        self,
        key: str,
        client: Client | None,
        number: str,
        now: datetime,
        kind: str,
        said: str | None = None,
        **values: str,
    ) -> bool:
        """Store a notification under `key` with its delivery job, once (SPEC §4, §7).

        A burst (the client's notices of the last `BURST_WINDOW`; an unknown caller's, by its
        number) brings the consultant one alert, and every emergency's content:

        - an alert without content (an urgent press: `said` None) is not stored when the burst
          already has a notice that was delivered or is still being retried (a failed one does
          not count): pressing 1 again adds nothing the consultant does not know;
        - what a caller said in an urgent message (`said`) is stored even then, as a follow-up
          of the burst's first notice (`detail["follows"]`), unless a notice of the burst
          already carried the same words (`gist`): repeated words are not a new alert.

        Returns whether one was stored. Held under the client's (or number's) decision lock,
        so that several processes decide it once."""
        lock = caller_key(client.id if client else None, number)
        with self.store.decision(self.account_id, lock):
            if self.store.find(self.account_id, "notification", key) is not None:
                return False
            live = self.burst_notices(client, number, now)
            if said is None and live:
                return False
            if said is not None:
                values = {**values, "text": said[:300]}
                if any(gist(str(n.detail.get("text", ""))) == gist(said[:300]) for n in live):
                    return False
            notice = self.notice(kind, client, number, now, **values)
            detail = {"reason": kind, **values, "notice": kind}
            if live and live[0].sid:
                detail["follows"] = live[0].sid
            stored = queue_notice(
                self.store,
                self.account_id,
                key,
                notice,
                now,
                client=client.id if client else None,
                caller=number or None,
                detail=detail,
                # never before the burst's latest notice (an alert still being retried)
                after=live[-1].sid if live else None,
            )
        if stored:
            self.wake()
        return bool(stored)

    def notice(
        self, kind: str, client: Client | None, number: str, now: datetime, **values: str
    ) -> Notice:
        """The notice of `kind` (`notify.{kind}_title` / `_body` in the consultant's language)
        for `client` (else the caller's `number`) at `now`, with the catalogue's `values`."""
        lang = self.config.consultant.language
        if client is not None:
            name = client.name
        elif number:  # the number is all there is to call an unknown caller back on
            name = text(lang, "notify.unknown_caller_at", number=phone_written(number))
        else:
            name = text(lang, "notify.unknown_caller")
        moment = when(now, lang, self.config.consultant.zone)
        # Every word in the consultant's language: who it is from, and why it is urgent (the
        # rules' own note is English: `wording.why`).
        words = {
            "of_client": from_whom(client.name if client else None, lang, number),
            "why": why(str(values.get("reason", "")), lang, str(values.get("text", ""))),
        }
        title = text(lang, f"notify.{kind}_title", client=name)
        body = text(lang, f"notify.{kind}_body", client=name, time=moment, **{**values, **words})
        return Notice(title, body)

    def burst_notices(self, client: Client | None, number: str, now: datetime) -> list[StoredEvent]:
        """The notices of this client's burst at `now` (an unknown caller's: its number's),
        oldest first, that count: delivered or still being retried, not failed."""
        if client is None and not number:
            return []
        recent = self.store.kind_between(
            self.account_id,
            "notification",
            now - BURST_WINDOW,
            now + timedelta(seconds=1),
            client=client.id if client else None,
            caller=None if client else number,
        )
        return [n for n in recent if n.action != "failed"]

    def burst_undelivered(self, client: Client | None, number: str, now: datetime) -> bool:
        """Whether this burst's alert is known not to have reached the consultant: none of its
        notices is delivered, and one that counts has failed an attempt already (its job
        waits to be tried again). A caller is then told nothing was delivered (SPEC §7: a
        greeting says "alerted" only when it holds)."""
        notices = self.burst_notices(client, number, now)
        if not notices or any(n.action == "sent" for n in notices):
            return False
        jobs = JobQueue(self.store)
        for n in notices:
            job = jobs.find(self.account_id, NOTIFY, n.sid) if n.sid else None
            if job is not None and job.last_error:
                return True
        return False

    def job_kinds(self, notifier: Notifier) -> dict[str, Kind]:
        """The handlers of this module's jobs, for the runner."""

        return {
            NOTIFY: notify_kind(self.store, self.account_id, notifier),
            TRANSCRIBE: Kind(self._run_transcription, self._transcription_failed, attempts=5),
            TRANSCRIPT_DUE: Kind(self._check_transcript, attempts=5),
        }

    # -- a transcript that never came ----------------------------------------------------------

    def watch_for_transcript(self, params: Mapping[str, str]) -> NewJob:
        """The job that, `transcript_grace` after a recording, stores it as "listen to the
        recording" if no transcript (the provider's or a local one) has come for it."""
        recording = params.get("RecordingSid", "").strip()
        payload = {
            "call_sid": params.get("CallSid", "").strip(),
            "recording_sid": recording,
            "from": params.get("From", ""),  # the caller, should the call still be unknown
        }
        return NewJob(TRANSCRIPT_DUE, recording, payload, after=self.transcript_grace)

    def _check_transcript(self, job: Job) -> None:
        p = job.payload
        queue = JobQueue(self.store)
        if queue.find(self.account_id, TRANSCRIBE, p["recording_sid"]) is not None:
            return  # a local transcription ends in a transcript or in "listen" itself
        voicemail = self.store.find(self.account_id, "voicemail", p["recording_sid"])
        since = voicemail.at if voicemail else self.clock()
        heard = self.store.kind_between(
            self.account_id,
            "transcription",
            since - timedelta(hours=1),
            since + timedelta(days=2),
            client=voicemail.client if voicemail else None,
        )
        if any(
            h.detail.get("recording_sid") == p["recording_sid"]
            or (p["call_sid"] and h.detail.get("call_sid") == p["call_sid"])
            for h in heard
        ):
            return
        fields = _job_fields(p)
        self.triage(fields, p["recording_sid"], None, "no transcript from the provider")

    # -- transcripts ----------------------------------------------------------------------------

    def transcription(self, params: Mapping[str, str]) -> None:
        """POST /twilio/transcription: triage the provider's transcript; when it failed and a
        local engine is configured, store a job to download and transcribe the recording."""
        sid = params.get("TranscriptionSid", "").strip()
        said = params.get("TranscriptionText", "")
        status = params.get("TranscriptionStatus", "completed").strip().lower()
        if status != "completed" and self.local_transcription(params, sid):
            return
        self.triage(params, sid, said if status == "completed" else None, status)

    def local_transcription(self, params: Mapping[str, str], sid: str = "") -> bool:
        """Store the job that downloads and transcribes this recording (once per RecordingSid,
        whichever callback asks first). False when there is no recording to fetch."""
        url = params.get("RecordingUrl", "").strip()
        recording = params.get("RecordingSid", "").strip()
        if not url or not self.transcribes_locally:
            return False
        payload: dict[str, Any] = {
            "sid": sid or recording,
            "url": url,
            "call_sid": params.get("CallSid", "").strip(),
            "recording_sid": recording,
            "account_sid": params.get("AccountSid", "").strip(),
            "from": params.get("From", ""),
        }
        added = self.store.record(
            self.account_id, [], jobs=[NewJob(TRANSCRIBE, recording or sid, payload)]
        )
        del added  # a retried callback stores nothing new; either way the job exists
        self.wake()
        return True

    def _run_transcription(self, job: Job) -> None:
        assert self.speech is not None and self.recordings is not None
        p = job.payload
        if self.store.find(self.account_id, "transcription", p["sid"]) is not None:
            return  # done before a crash, after the transcript was stored
        client = self._client(self.call_of(_job_fields(p), "transcription"))
        lang = client.language if client else self.config.consultant.language
        audio = self.recordings.fetch(p["url"], p["account_sid"])
        try:
            said = self.speech.transcribe(audio, lang).text
        finally:
            audio.unlink(missing_ok=True)
        fields = _job_fields(p)
        self.triage(fields, p["sid"], said, "local")

    def _transcription_failed(self, job: Job, error: str) -> None:
        p = job.payload
        fields = _job_fields(p)
        self.triage(fields, p["sid"], None, f"local transcription failed: {error[:200]}")

    def triage(self, params: Mapping[str, str], sid: str, said: str | None, status: str) -> None:
        """Store the transcript and act on it: notify when urgent (by the rules, or possibly
        urgent by the learned second opinion, waited for at most `MODEL_WAIT_SECONDS`), else
        owe a reply and put the topic on the agenda. `said` None or blank means nobody could
        transcribe it (`unknown`). A transcript cut to its field's length at the edge is stored
        with `text_cut` in its detail ({"kept": characters kept, "sent": characters sent}).

        The call (when rebuilt from this callback), the transcript and what it owes (its alert,
        or its reply and agenda item) are stored in one transaction: a write that fails stores
        none of them, the callback answers 503 and the provider's retry does it all. A retry
        that finds the transcript stored finishes what it still owes (`_finish`, idempotent:
        every row it may add has its natural key, so never two alerts)."""
        now = self.clock()
        heard = bool(said and said.strip())
        # Read before the transaction: the learned second opinion may take seconds to load.
        verdict = (
            verdicts([Message(sid, "voicemail", str(said), at=now)], MODEL_WAIT_SECONDS)[0]
            if heard
            else None
        )
        with self.store.decision(self.account_id, self._lock_of(params)):
            call = self.call_of(params, "transcription")
            client = self._client(call)
            event = self._transcript(params, call, client, sid, now, said, status, verdict)
            if event.action == UNMATCHED:
                log.warning(
                    "transcript %s of call %s set aside: %s",
                    sid,
                    event.detail["call_sid"],
                    RANG_THROUGH_REASON,
                )
            if not self.store.record(self.account_id, [event]):
                event = self.store.find(self.account_id, "transcription", sid) or event
            event = self._one_per_recording(event)
            alerted = event.action != SUPERSEDED and self._finish(event, call, client, now)
        if alerted:
            self.wake()  # the alert's job is committed now

    def _one_per_recording(self, event: StoredEvent) -> StoredEvent:
        """One recording is one voicemail (SPEC §7): of the transcripts stored for the same
        recording (or, without its RecordingSid, the same call), the one read is a heard text
        over "listen to the recording" (the provider's failed transcript, or the placeholder
        stored when none came within `transcript_grace`), else the latest. Every other is
        kept, never deleted (SPEC §9), with action `superseded`, `detail["was"]` its action
        and `detail["superseded_by"]` the one read: the reply, the agenda, the report and the
        dashboard skip it. Returns `event` as it now stands."""
        if event.action in (UNMATCHED, SUPERSEDED) or not event.sid:
            return event
        recording = str(event.detail.get("recording_sid") or "")
        call_sid = str(event.detail.get("call_sid") or "")
        if not recording and not call_sid:
            return event

        def same(row: StoredEvent) -> bool:
            if recording and row.detail.get("recording_sid"):
                return row.detail.get("recording_sid") == recording
            return bool(call_sid) and row.detail.get("call_sid") == call_sid

        rows = [
            r
            for r in self.store.kind_between(
                self.account_id,
                "transcription",
                event.at - VOICEMAIL_SPAN,
                self.clock() + timedelta(seconds=1),
            )
            if r.sid and r.action not in (UNMATCHED, SUPERSEDED) and same(r)
        ]
        if len(rows) < 2:
            return event
        kept = max(reversed(rows), key=lambda r: (r.action != LISTEN, r.at))  # last stored
        for row in rows:
            if row.sid == kept.sid:
                continue
            detail = {**row.detail, "was": row.action, "superseded_by": kept.sid}
            self.store.update(
                self.account_id, "transcription", str(row.sid), action=SUPERSEDED, detail=detail
            )
            log.info("transcript %s of recording %s superseded by %s", row.sid, recording, kept.sid)
        return event if kept.sid == event.sid else replace(event, action=SUPERSEDED)

    def _lock_of(self, params: Mapping[str, str]) -> str:
        """The decision lock of the caller a callback names (its stored call's client, else the
        client or number of its `From`): the one `notify` takes for the same burst."""
        call = self._call(params.get("CallSid", "").strip())
        raw = params.get("From", params.get("Caller", ""))
        caller = call.caller if call and call.caller else ""
        if not caller and raw:
            caller = caller_number(raw, self.config.consultant.region)
        client_id = call.client if call else None
        if client_id is None and caller and caller != WITHHELD_CALLER:
            known = self.config.client_by_phone(caller)
            client_id = known.id if known else None
        return caller_key(client_id, caller)

    def _transcript(
        self,
        params: Mapping[str, str],
        call: StoredEvent | None,
        client: Client | None,
        sid: str,
        now: datetime,
        said: str | None,
        status: str,
        verdict: Any,
    ) -> StoredEvent:
        """The `transcription` row of a callback: `unmatched` for a call that rang through
        (`rang_through`), `listen` when nobody could transcribe it, else the verdict's action
        with its triage."""
        lang = client.language if client else self.config.consultant.language
        base: dict[str, Any] = {
            "call_sid": params.get("CallSid", "").strip(),
            "recording_sid": params.get("RecordingSid", ""),
            "status": status,
        }
        sent = cut_from(params, "TranscriptionText")
        if sent is not None:  # longer than the field: kept cut, and said so where it is stored
            base["text_cut"] = {"kept": len(said or ""), "sent": sent}
        heard = bool(said and said.strip())
        row = StoredEvent(
            kind="transcription",
            at=now,
            action="",
            client=client.id if client else None,
            sid=sid,
            caller=call.caller if call else None,
            detail=base,
        )
        if rang_through(call):
            detail: dict[str, Any] = {
                **base,
                "text": said or "",
                "transcript": "text" if heard else UNKNOWN,
                "why": RANG_THROUGH,
                "reason": RANG_THROUGH_REASON,
            }
            if verdict is not None:
                detail["triage"] = verdict.as_json(sid)
            return replace(row, action=UNMATCHED, detail=detail)
        if verdict is None:
            return replace(
                row,
                action=LISTEN,
                detail={**base, "text": "", "transcript": UNKNOWN, "lang": lang},
            )
        return replace(
            row,
            action="urgent" if verdict.urgent else str(verdict.intent),
            detail={**base, "text": said, "transcript": "text", "triage": verdict.as_json(sid)},
        )

    def _finish(
        self,
        heard: StoredEvent,
        call: StoredEvent | None,
        client: Client | None,
        now: datetime,
    ) -> bool:
        """What a stored transcript owes, done (again) from the stored row: an urgent one (or
        an urgent one set aside as `unmatched`: the words were really recorded, and an
        emergency must never reach the consultant by neither a call nor an alert, SPEC §4)
        its alert, keyed by the transcript (the same call's urgent press has its own notice);
        any other its reply and agenda item (`_owe_for`). Idempotent: `notify` stores nothing
        for a key it already has, `_owe_for` nothing for a day or transcript it already has.
        Returns whether an alert was stored now."""
        t = heard.detail.get("triage")
        said = str(heard.detail.get("text", ""))
        if isinstance(t, dict) and t.get("urgent") and said.strip():
            reasons = [str(r) for r in t.get("reasons", [])]
            reason = next((r for r in reasons if r.startswith(URGENT_REASONS)), "")
            caller = call.caller if call and call.caller else ""
            urgency = str(t.get("urgency") or "urgent")
            return self.notify(
                heard.sid or "",
                client,
                caller,
                now,
                f"{urgency}_voicemail",  # urgent_… or possible_… (SPEC §5)
                said=said,
                reason=reason,
            )
        if client is not None and heard.action != UNMATCHED:
            self._owe_for(client, heard)
        return False

    def _owe_for(self, client: Client, heard: StoredEvent) -> None:
        """What a stored transcript owes its client (SPEC §10), read from the stored row (its
        action and `detail["triage"]`), so that a transcript stored before its call was known
        owes the same once it is (`own`): a voicemail nobody could hear, its reply; an urgent
        one, a thank-you or one set aside (`unmatched`), nothing; any other, its reply and its
        topic on the agenda."""
        if heard.action == LISTEN:
            self._owe_reply(client, heard.sid or "", heard.at, False, UNKNOWN)
            return
        t = heard.detail.get("triage")
        if heard.action in ("urgent", UNMATCHED, SUPERSEDED) or not isinstance(t, dict):
            return
        if t.get("urgent") or t.get("nothing_to_discuss"):  # a thank-you: nothing owed
            return
        # A request to move or call off a call gets its reply, but is no agenda topic; another
        # matter it raises is (`moved_call` set, the matter its topic).
        moves = bool(t.get("moves_call")) and not t.get("moved_call")
        topic = "" if moves else str(t.get("topic") or "")
        self._owe_reply(
            client,
            heard.sid or "",
            heard.at,
            bool(t.get("content_free")),
            "text",
            topic,
            str(heard.detail.get("text", "")),
            # names nothing to take up ("it's about the thing"): asked, as content-free
            vague=not moves and not topic.strip(),
        )

    def _owe_reply(
        self,
        client: Client,
        sid: str,
        now: datetime,
        content_free: bool,
        transcript: str,
        topic: str = "",
        said: str = "",
        vague: bool = False,
    ) -> None:
        """One deferral reply per client per day; an agenda item when the message says what.

        `transcript` "unknown" flags a reply that must not ask the caller to say in one line
        what it is about: nobody could hear what they said. `vague`: heard, but names no
        topic; asked like a content-free one (`domain.heard.wants_topic`)."""
        day = now.astimezone(self.config.consultant.zone).date().isoformat()
        owed = [
            StoredEvent(
                kind="reply_owed",
                at=now,
                action="owed",
                client=client.id,
                sid=f"{client.id}:{day}",
                detail={
                    "day": day,
                    "first_voicemail": sid,
                    "content_free": content_free,
                    "transcript": transcript,
                    "ask_topic": (content_free or vague) and transcript != UNKNOWN,
                },
            )
        ]
        if not content_free and transcript != UNKNOWN and topic:
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
        # the day's row, withdrawn by a late press of 1 from the voicemail it was first owed
        # to (`withdraw_owed`), is given back to this one; the rows owed are then stored in
        # one transaction, as before (an existing row is skipped)
        row = self.store.find(self.account_id, "reply_owed", owed[0].sid or "")
        if row is not None and row.action == PRESSED:
            self.store.update(
                self.account_id, "reply_owed", row.sid or "", action="owed", detail=owed[0].detail
            )
        self.store.record(self.account_id, owed)

    def withdraw_owed(self, call_sid: str, client: Client, now: datetime) -> None:
        """A press of 1 stored after its call's voicemail was heard (the key press callback
        late or out of order, trial44 §16): the caller said it is urgent, so that voicemail
        owes no deferral reply and no agenda topic (SPEC §7, §10; the mail cycle already
        sends none, `integrations.mail.heard`). Its `agenda_item` row, and the day's
        `reply_owed` row when this voicemail was the one it was owed to, read `PRESSED`
        instead of "owed"; a later voicemail of that day takes the row back (`_owe_reply`).
        Looks back two days from `now` (UTC-aware)."""
        zone = self.config.consultant.zone
        start, end = now - timedelta(days=2), now + timedelta(seconds=1)
        for kind in ("transcription", "voicemail"):
            for heard in self.store.kind_between(self.account_id, kind, start, end):
                if heard.client != client.id or heard.detail.get("call_sid") != call_sid:
                    continue
                sid = heard.sid or ""
                item = self.store.find(self.account_id, "agenda_item", sid)
                if item is not None and item.action == "owed":
                    self.store.update(self.account_id, "agenda_item", sid, action=PRESSED)
                day = heard.at.astimezone(zone).date().isoformat()
                row = self.store.find(self.account_id, "reply_owed", f"{client.id}:{day}")
                if (
                    row is not None
                    and row.action == "owed"
                    and row.detail.get("first_voicemail") == sid
                ):
                    self.store.update(self.account_id, "reply_owed", row.sid or "", action=PRESSED)
