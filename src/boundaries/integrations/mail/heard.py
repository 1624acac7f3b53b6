"""What clients said, read back from the event log as the domain's `Heard` values.

Sources: voicemail transcripts (`transcription` events), recordings that never got a
transcript (`voicemail` events: their words are unknown), but neither of a call that rang
through (action `unmatched`: no voicemail, `twilio.followup.rang_through`), client emails
read over IMAP (`email` events); the consultant's own sent emails (`update` events) answer
status checks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from boundaries.domain.heard import Heard, UpdateRef, due_of
from boundaries.domain.model import Config
from boundaries.integrations.twilio.followup import UNMATCHED
from boundaries.store import Store, StoredEvent
from boundaries.store.evidence import SUPERSEDED
from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.answered_link import answered_link
from boundaries.triage.learned import warn_once
from boundaries.triage.model import Intent

LOOKBACK = timedelta(days=35)
"""How far back messages are read: a fortnightly standing call's agenda and then some."""
UPDATE_LOOKBACK = timedelta(days=60)
RECENT_UPDATES = 20
MIN_RECORDING_SECONDS = 2
"""A shorter recording is a hang-up at the beep, not a message."""
TRANSCRIBED = frozenset({"completed", "local"})


class Updates:
    """The consultant's updates per client: matched against status checks, pointed to."""

    def __init__(
        self, config: Config, rows: list[StoredEvent], now: datetime | None = None
    ) -> None:
        self.config = config
        self.now = now
        self.index: dict[str, UpdateIndex] = defaultdict(lambda: UpdateIndex(keep=RECENT_UPDATES))
        self.refs: dict[str, UpdateRef] = {}
        for r in sorted(rows, key=lambda r: r.at):
            if r.client is None or r.sid is None:
                continue
            d = r.detail
            self.index[r.client].add(
                Update.make(
                    r.sid,
                    str(d.get("to", "")),
                    str(d.get("subject", "")),
                    str(d.get("text", "")),
                    r.at,
                )
            )
            self.refs[r.sid] = UpdateRef(r.sid, str(d.get("subject", "")), r.at)

    def answering(
        self, client_id: str, text: str, subject: str, at: datetime, lang: str | None
    ) -> UpdateRef | None:
        """The earlier update to this client that answers a status check, if any: the same
        decision as `boundaries triage --updates` (`triage.answered_link`). When the sentence
        encoder fails, shared words alone decide (logged once).

        With `now` (the reply or agenda being written), an update sent after the check and
        before `now` answers it too, asked the same way among those later updates only: the
        consultant answered the question by email since (trial34 §4: the reply at 17:00 still
        "noted the topic" of a 10:00 voicemail answered at 15:00, and the agenda did not mark
        it answered, SPEC §10)."""
        client = self.config.client(client_id)
        if client is None or client_id not in self.index:
            return None
        index = self.index[client_id]
        found = self._ask(index, client.emails, text, subject, at, lang)
        if found is None and self.now is not None and self.now > at:
            later = [u for u in index.updates if u.at is not None and at < u.at < self.now]
            if later:
                found = self._ask(UpdateIndex(later), client.emails, text, subject, self.now, lang)
        return found

    def _ask(
        self,
        index: UpdateIndex,
        emails: Sequence[str],
        text: str,
        subject: str,
        at: datetime,
        lang: str | None,
    ) -> UpdateRef | None:
        ask = partial(
            answered_link,
            index,
            Intent.STATUS_CHECK,
            text,
            subject,
            at=at,
            lang=lang,
            same_client={e.lower() for e in emails},
        )
        try:
            link = ask()
        except Exception as exc:  # the encoder is a second opinion: never lose the reply
            warn_once("answered-by", f"answered-by on meaning failed ({exc}); shared words only")
            link = ask(meaning=False)
        return self.refs.get(link.update.id) if link.update is not None else None


def load_updates(config: Config, store: Store, account_id: int, now: datetime) -> Updates:
    rows = store.kind_between(account_id, "update", now - UPDATE_LOOKBACK, now + timedelta(1))
    return Updates(config, rows, now)


def heard_from_store(
    config: Config, store: Store, account_id: int, now: datetime, answers: bool = True
) -> list[Heard]:
    """Everything clients said in the last `LOOKBACK` up to `now`, oldest first. `answers`
    False leaves voicemails' status checks unlinked to the updates that answer them (the
    topics alone are wanted: no sentence encoder is asked)."""
    start, end = now - LOOKBACK, now + timedelta(seconds=1)
    updates = load_updates(config, store, account_id, now) if answers else Updates(config, [])
    out: list[Heard] = []
    transcripts = store.kind_between(account_id, "transcription", start, end)
    # A caller who pressed 1 said it was urgent: that voicemail gets no deferral reply.
    pressed = {p.sid for p in store.kind_between(account_id, "urgent_press", start, end)}
    heard_calls: set[str] = set()
    for t in transcripts:
        heard_calls.update(str(t.detail.get(k, "")) for k in ("call_sid", "recording_sid"))
        if t.action == UNMATCHED:  # its call rang through: no voicemail, nothing owed
            continue
        if t.action == SUPERSEDED:  # a later transcript of the same recording is read instead
            continue
        h = _from_transcript(t, updates)
        if str(t.detail.get("call_sid", "")) in pressed:
            h = replace(h, urgent=True)
        out.append(h)
    for v in store.kind_between(account_id, "voicemail", start, end):
        if v.action == UNMATCHED or v.sid in heard_calls:
            continue
        if str(v.detail.get("call_sid", "")) in heard_calls:
            continue
        if int(v.detail.get("duration", 0) or 0) < MIN_RECORDING_SECONDS:
            continue
        urgent = str(v.detail.get("call_sid", "")) in pressed
        out.append(Heard(v.sid or "", v.client, v.at, "voicemail", None, urgent=urgent))
    for e in store.kind_between(account_id, "email", start, end):
        if e.action in ("error", "automatic") or e.client is None:
            continue  # unreadable, or a robot's answer (out-of-office): nothing the client said
        triage: dict[str, Any] = dict(e.detail.get("triage") or {})
        ref = updates.refs.get(str(e.detail.get("answered_by", "")))
        out.append(
            Heard(
                e.sid or "",
                e.client,
                e.at,
                "email",
                str(e.detail.get("text", "")),
                content_free=bool(triage.get("content_free")),
                urgent=bool(triage.get("urgent")),
                intent=str(triage.get("intent", "unknown")),
                topic=str(triage.get("topic") or ""),  # the triage's, as the dashboard shows
                answered_by=ref,
                moves_call=bool(triage.get("moves_call")),
                moved=str(triage.get("moved_call") or ""),
                nothing_to_discuss=bool(triage.get("nothing_to_discuss")),
                message_id=str(e.detail.get("message_id", "")),
                due=due_of(triage),
            )
        )
    out.sort(key=lambda h: (h.at, h.sid))
    return out


def _from_transcript(t: StoredEvent, updates: Updates) -> Heard:
    said = str(t.detail.get("text", "") or "")
    status = str(t.detail.get("status", "completed")).lower()
    triage: dict[str, Any] = dict(t.detail.get("triage") or {})
    intent = str(triage.get("intent", "unknown"))
    content_free = bool(triage.get("content_free"))
    # Words are known when a transcript came and says something, or plainly nothing
    # (content-free); a failed or empty transcript is "unknown" (SPEC §5).
    known = status in TRANSCRIBED and bool(said.strip()) and (content_free or intent != "unknown")
    urgent = bool(triage.get("urgent")) or t.action == "urgent"
    ref = None
    if known and t.client and intent == "status_check":
        ref = updates.answering(t.client, said, "", t.at, triage.get("lang"))
    return Heard(
        t.sid or "",
        t.client,
        t.at,
        "voicemail",
        said if known else None,
        content_free=content_free and known,
        urgent=urgent,
        intent=intent,
        topic=str(triage.get("topic", "")),
        answered_by=ref,
        moves_call=bool(triage.get("moves_call")) and known,
        moved=str(triage.get("moved_call") or "") if known else "",
        nothing_to_discuss=bool(triage.get("nothing_to_discuss")) and known,
        due=due_of(triage) if known else None,
    )
