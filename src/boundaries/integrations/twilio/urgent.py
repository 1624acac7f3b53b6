"""The urgent line: a press of 1, and a press that rang the consultant unanswered (SPEC §1.6,
§4, §7). An emergency reaches the consultant by a connected call or a notification, never
neither, and the caller always learns where it stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from boundaries.domain.decision import Action, Decision, IncomingCall, decide
from boundaries.domain.history import History
from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.twilio import twiml
from boundaries.integrations.twilio.followup import FollowUp
from boundaries.store import Store, StoredEvent


class UrgentLine:
    """Urgent presses of one account's calls, each decided under its client's lock."""

    def __init__(
        self,
        config: Config,
        store: Store,
        account_id: int,
        history: History,
        calendar: Callable[[], Calendar],
        followup: FollowUp,
        voice: twiml.Voice,
    ) -> None:
        self.config = config
        self.store = store
        self.account_id = account_id
        self.history = history
        self.calendar = calendar
        self.followup = followup
        self.voice = voice

    def words(self, unanswered: bool, alerted_now: bool, failing: bool = False) -> str:
        """What a caller who pressed 1 hears when no call rings through (`twiml.AFTER_URGENT`):
        that the consultant has just been alerted, or already was in this burst; without a
        notification channel, or while the burst's alert is failing (`failing`: not delivered,
        an attempt failed), never that anyone was alerted (SPEC §7)."""
        when = "unanswered" if unanswered else "urgent"
        if not self.followup.has_channel or failing:
            return f"{when}_noted"
        return f"{when}_notified" if alerted_now else f"{when}_already"

    def press(
        self, sid: str, call: StoredEvent, client: Client, lang: str, now: datetime
    ) -> str | None:
        """The caller of call `sid` pressed 1 (held under the client's decision lock): decide,
        store the press, ring or notify. None when this press is already stored (a retry):
        the caller is answered as the stored call says."""
        if self.store.find(self.account_id, "urgent_press", sid) is not None:
            return None
        # Pressed in the greeting that follows a ring nobody picked up: not rung again.
        unanswered = call.detail.get("stage") == "after-dial"
        d = self._decision(call, client, now, unanswered)
        press = StoredEvent(
            kind="urgent_press",
            at=now,
            action=str(d.action),
            client=client.id,
            sid=sid,
            caller=call.caller,
            notified=d.action is Action.NOTIFY,
            detail={"reason": d.reason, "why": d.why, "facts": dict(d.facts)},
        )
        if not self.store.record(self.account_id, [press]):
            return None
        # a press that comes after the voicemail was heard: what it owed is withdrawn
        self.followup.withdraw_owed(sid, client, now)
        return self._outcome(sid, call, client, lang, now, d, unanswered)

    def unanswered(
        self, sid: str, call: StoredEvent, client: Client, lang: str, status: str, now: datetime
    ) -> str:
        """A press of 1 rang the consultant, who did not pick up (`status` the provider's
        DialCallStatus): decided again as unanswered (held under the client's lock), so that
        the alert goes at once; the press keeps what it first did (`rang`)."""
        d = self._decision(call, client, now, unanswered=True)
        press = self.store.find(self.account_id, "urgent_press", sid)
        if press is not None:
            detail = dict(press.detail, reason=d.reason, why=d.why, facts=dict(d.facts))
            self.store.update(
                self.account_id,
                "urgent_press",
                sid,
                action=str(d.action),
                notified=d.action is Action.NOTIFY,
                detail=dict(detail, rang=press.action, dial_status=status),
            )
        return self._outcome(
            sid, call, client, lang, now, d, True, stage="after-dial", dial_status=status
        )

    def _decision(
        self, call: StoredEvent, client: Client, now: datetime, unanswered: bool
    ) -> Decision:
        """The decision for a press of 1 on this call: `unanswered` when the consultant was
        rung for this call and did not pick up; whether an alert of the burst is already out,
        whichever other message raised it, read from the stored notices."""
        caller = call.caller or ""
        # (not this call's own alert, raised while the store failed on its press and the
        # caller pressed again: `Gateway.fallback`; the press is decided as the first one)
        alerted = any(n.sid != call.sid for n in self.followup.burst_notices(client, caller, now))
        pressed = IncomingCall(caller, urgent_press=True, unanswered=unanswered, alerted=alerted)
        return decide(self.config, self.history, now, pressed, self.calendar())

    def _outcome(
        self,
        sid: str,
        call: StoredEvent,
        client: Client,
        lang: str,
        now: datetime,
        d: Decision,
        unanswered: bool,
        **detail: str,
    ) -> str:
        """Act on a press's decision: ring, or notify (once per burst, through the job queue)
        and tell the caller where the emergency stands. The call keeps what was said
        (`said`), so that a retry is answered the same."""
        alerted_now = False
        said = ""
        if d.action is not Action.CONNECT:
            caller = call.caller or ""
            alerted_now = d.action is Action.NOTIFY and self.followup.notify(
                sid, client, caller, now, "urgent_press", caller=caller or "?"
            )
            failing = not alerted_now and self.followup.burst_undelivered(client, caller, now)
            said = self.words(unanswered, alerted_now, failing)
        self.store.update(
            self.account_id,
            "call",
            sid,
            action=str(d.action),
            notified=alerted_now,
            detail=dict(
                call.detail,
                urgent_press=True,
                reason=d.reason,
                why=d.why,
                facts=dict(d.facts),
                said=said,
                **detail,
            ),
        )
        if d.action is Action.CONNECT:
            return twiml.connect(self.voice)
        return twiml.after_urgent(self.voice, lang, said, client.country)
