"""The outbox: every outgoing email, stored under its natural key before any attempt (SPEC §10).

States: `waiting_approval` → (approve) → `queued` → (claimed) → `sending` → `sent`, or back to
`queued` with a later `next_attempt_at` on a temporary failure, or `failed` with the server's
words on a permanent one; `discarded` by hand. A row is claimed by one conditional UPDATE
(`state = 'queued'` → `'sending'`), so several processes never send the same row twice.

A crash after the claim leaves a row in `sending`: nobody knows whether the server accepted
it. `recover_stale` turns such rows, once their lease has run out, into `failed` with a note
saying so, never back into `queued`: sending twice is worse than asking the consultant to
look (`boundaries outbox approve KEY` sends it again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from boundaries.errors import BoundariesError
from boundaries.store.calendar import CalendarStore
from boundaries.store.database import Store
from boundaries.store.outbox_rows import (
    HELD_BECAUSE,
    WITHDRAWN,
    WITHDRAWN_WHEN,
    WITHDRAWN_ZONE,
    OutboxEntry,
    Outgoing,
    _entry,
    _table,
    withdrawn_said,
)

__all__ = [
    "HELD_BECAUSE",
    "STATES",
    "WITHDRAWN",
    "WORDED_FOR",
    "Outbox",
    "OutboxEntry",
    "OutboxError",
    "Outgoing",
]

STATES = ("waiting_approval", "queued", "sending", "sent", "failed", "discarded")
UNSENT = ("waiting_approval", "queued", "failed")
"""States of a message not sent yet that nothing is sending: its words may still change."""
EDITED = "edited"
"""The detail key set when the consultant rewrote a message (`Outbox.edit`)."""
WORDED_FOR = "worded_for"
"""The detail key of the client's local day and part of it a deferral reply is worded for
(`Outbox.reword`)."""
SENDING_LEASE = timedelta(minutes=15)
"""A `sending` row older than this was left by a process that died mid-send."""

INTERRUPTED = (
    "interrupted while sending (the process stopped before the server's answer was recorded): "
    "it may or may not have been delivered. Check your Sent folder or ask the client, then "
    "`boundaries outbox approve {key}` to send it again or `boundaries outbox discard {key}`."
)


LOOK_AGAIN = "look at it again with `boundaries outbox show KEY`."
STATE_FIXES = {
    "discarded": "a discarded message is never sent; if the client should still hear from "
    "you, write to them from your own mail program.",
    "sent": "it has already gone out; nothing is left to do (see it in your Sent folder).",
    "queued": "it is already queued and goes out at the first mail cycle once its time has "
    "come (`due_at` in `boundaries outbox --json`); to stop it, `boundaries outbox discard KEY`.",
    "sending": "it is being sent right now; wait a minute and look again with `boundaries outbox`.",
}
"""What to do instead, by the state that refused an approve, edit or discard."""

Planned = Callable[[str, datetime], bool]
"""Whether a client's standing call starting at a moment (UTC) is still planned: not skipped
(`boundaries skip`) nor moved away by a change of the configuration."""


class OutboxError(BoundariesError):
    """An outbox action that cannot be done; the message says why and what to do at the
    command line. `problem` names the case for other readers (the dashboard words it in the
    page's language): "empty" (a subject or a text missing), "no_message" (no such key),
    "state" (the message is in a `state` that does not allow it), "changed" (it changed
    state while the action ran), "unknown_state" (a state that does not exist), "past" (an
    agenda whose call has begun), "withdrawn" (a held agenda the service withdrew: its call
    was called off or moved), "lines" (a subject of several lines)."""

    def __init__(self, message: str, problem: str, state: str | None = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.state = state


class Outbox:
    """The outbox of one account."""

    def __init__(self, store: Store, account_id: int) -> None:
        self.store = store
        self.account_id = account_id

    def _run(self, stmt: Any, params: Any = None) -> list[Any]:
        """Execute in its own transaction; the rows it returns (RETURNING), fetched inside.
        Raises `StoreError` naming the cause (SPEC §7)."""
        with self.store.writing() as conn:
            result = conn.execute(stmt, params) if params is not None else conn.execute(stmt)
            return list(result) if result.returns_rows else []

    def add(self, messages: Iterable[Outgoing]) -> int:
        """Store messages; one whose key is already stored is left as it is. Returns how many
        were new."""
        rows = [
            {
                "account_id": self.account_id,
                "key": m.key,
                "kind": m.kind,
                "client_id": m.client_id,
                "to_addr": m.to,
                "subject": m.subject[:500],
                "text_body": m.text,
                "html_body": m.html,
                "message_id": m.message_id,
                "state": "waiting_approval" if m.held else "queued",
                "attempts": 0,
                "due_at": m.due_at.astimezone(UTC),
                "next_attempt_at": m.due_at.astimezone(UTC),
                "detail": m.detail,
            }
            for m in messages
        ]
        if not rows:
            return 0
        insert = pg_insert if self.store.engine.dialect.name == "postgresql" else sqlite_insert
        t = _table()
        added = 0
        for row in rows:  # one statement per row: a conflict on one must not hide the others
            stmt = insert(t).on_conflict_do_nothing().returning(t.c.id)
            added += len(self._run(stmt, row))
        return added

    def entries(self, state: str | None = None, limit: int = 500) -> list[OutboxEntry]:
        """Rows, newest due first, optionally of one state (one of `STATES`; `OutboxError`
        for another word, which would otherwise select nothing and hide what it was meant
        to show)."""
        if state is not None and state not in STATES:
            raise OutboxError(
                f"there is no outbox state {state!r}. Fix: use one of {', '.join(STATES)}.",
                "unknown_state",
            )
        t = _table()
        query = select(t).where(t.c.account_id == self.account_id)
        if state is not None:
            query = query.where(t.c.state == state)
        query = query.order_by(t.c.due_at.desc(), t.c.id.desc()).limit(limit)
        with self.store.reading() as conn:
            return [_entry(r._mapping) for r in conn.execute(query)]

    def get(self, key: str) -> OutboxEntry | None:
        t = _table()
        query = select(t).where(t.c.account_id == self.account_id, t.c.key == key)
        with self.store.reading() as conn:
            row = conn.execute(query).first()
        return _entry(row._mapping) if row is not None else None

    def counts(self) -> dict[str, int]:
        """How many rows are in each state (every state present, zero when none)."""
        t = _table()
        query = (
            select(t.c.state, func.count())
            .where(t.c.account_id == self.account_id)
            .group_by(t.c.state)
        )
        out = dict.fromkeys(STATES, 0)
        with self.store.reading() as conn:
            for state, n in conn.execute(query):
                out[str(state)] = int(n)
        return out

    def _change(self, key: str, allowed: tuple[str, ...], **values: Any) -> OutboxEntry:
        found = self.get(key)
        if found is None:
            raise OutboxError(
                f"no message with key {key!r} in the outbox. Fix: copy a key from "
                "`boundaries outbox`.",
                "no_message",
            )
        if found.state not in allowed:
            raise OutboxError(
                f"{key!r} is {found.state}; only a message that is {' or '.join(allowed)} "
                f"can be changed this way. Fix: {STATE_FIXES.get(found.state, LOOK_AGAIN)}",
                "state",
                found.state,
            )
        t = _table()
        stmt = (
            update(t)
            .where(t.c.id == found.id, t.c.state == found.state)
            .values(**values)
            .returning(t.c.id)
        )
        if not self._run(stmt):
            raise OutboxError(f"{key!r} changed while you acted on it; look again.", "changed")
        changed = self.get(key)
        assert changed is not None
        return changed

    def approve(self, key: str, now: datetime, planned: Planned | None = None) -> OutboxEntry:
        """Queue a held (or failed) message for sending at the next cycle.

        The message is due at once: at the earlier of `now` (aware) and the time it was
        already due, so the next cycle takes it whatever clock that cycle runs on (a cycle
        run for an earlier moment than the approval must not hold it again).

        Raises OutboxError when there is no such message or it is not held or failed, or
        when it is an agenda whose call began, was withdrawn, or is not `planned` any more
        (skipped or moved: `planned` answers for the configuration; without it, the skips
        stored for this account answer, by the call's local day kept in the row).
        """
        found = self.get(key)
        due = now.astimezone(UTC)
        if found is not None and found.kind == "agenda":
            self._refuse_withdrawn(found, planned)
        start = found.detail.get("call_start") if found is not None else None
        if found is not None and found.kind == "agenda" and start:
            begun = datetime.fromisoformat(str(start))
            if begun <= now:
                raise OutboxError(
                    f"{key!r} is the agenda of a call that began on "
                    f"{begun.astimezone(UTC):%Y-%m-%d %H:%M} UTC: an agenda after its call "
                    f"is not sent. Fix: `boundaries outbox discard {key}`, and write to the "
                    "client from your own mail program if there is still something to say.",
                    "past",
                )
        if found is not None and found.next_attempt_at < due:
            due = found.next_attempt_at.astimezone(UTC)
        return self._change(
            key,
            ("waiting_approval", "failed"),
            state="queued",
            next_attempt_at=due,
            claim_token=None,
        )

    def _refuse_withdrawn(self, found: OutboxEntry, planned: Planned | None) -> None:
        """`OutboxError` ("withdrawn") for an agenda whose call is off: withdrawn already, or
        its call skipped or moved since it was composed; ("past") for one withdrawn because
        its call began, whatever the clock of the approval (a replayed cycle may have run
        ahead of it)."""
        why = found.detail.get(WITHDRAWN)
        start = found.detail.get("call_start")
        if why is None and start and found.client_id is not None:
            begun = datetime.fromisoformat(str(start))
            if planned is not None:
                why = None if planned(found.client_id, begun) else "off"
            elif found.detail.get("call_day"):
                day = datetime.fromisoformat(str(found.detail["call_day"])).date()
                skipped = CalendarStore(self.store, self.account_id).skips()
                why = "off" if (found.client_id, day) in skipped else None
        if why in ("began", "late"):
            waited = "while it waited for your approval" if why == "began" else "before it was sent"
            raise OutboxError(
                f"{found.key!r} is the agenda of a call that began {waited}: it was "
                "withdrawn and is not sent, and its topics go on the client's "
                "next agenda. Fix: nothing to do; write to the client from your own mail "
                "program if there is still something to say.",
                "past",
            )
        if why != "off":
            return
        if found.state == "sent":
            raise OutboxError(
                f"{found.key!r} already went out to the client, before its call was called off "
                "(`boundaries skip`) or moved: the call "
                "does not take place, so its topics go on the client's next agenda. Fix: "
                "nothing to send; tell the client the call is off from your own mail program "
                "(if the call takes place after all, `boundaries skip --undo` gives the topics "
                "back to it).",
                "state",
                "sent",
            )
        raise OutboxError(
            f"{found.key!r} is the agenda of a call that was called off (`boundaries skip`) or "
            "moved: it is not sent, and its topics go on the client's next agenda. Fix: nothing "
            "to do; if the call takes place after all (`boundaries skip --undo`), write to the "
            "client from your own mail program.",
            "withdrawn",
        )

    def edit(self, key: str, subject: str, text: str) -> OutboxEntry:
        """Change the subject and text of a message not sent yet that the consultant is to
        approve: one waiting for approval, or one that failed and is to be sent again. The
        HTML part is dropped, so the message goes out as the text the consultant wrote."""
        subject, text = subject.strip(), text.strip()
        if not subject or not text:
            raise OutboxError("a message needs a subject and a text. Fix: fill in both.", "empty")
        if len(subject.splitlines()) > 1:
            # a header of one line (RFC 5322 §2.2): a break would fail the send (trial33 §3)
            raise OutboxError(
                "a subject is one line. Fix: remove the line breaks from the subject.", "lines"
            )
        found = self.get(key)
        # the consultant's words: the mail cycle never rewrites them (`reword`)
        edited = {"detail": {**found.detail, EDITED: True}} if found is not None else {}
        return self._change(
            key,
            ("waiting_approval", "failed"),
            subject=subject[:500],
            text_body=text,
            html_body=None,
            **edited,
        )

    def unsent_replies(self) -> list[OutboxEntry]:
        """The deferral replies not sent yet (`UNSENT`): the mail cycle composes them again,
        and rewrites one whose calls changed since (`reword`)."""
        return [
            e for state in UNSENT for e in self.entries(state, limit=10_000) if e.kind == "reply"
        ]

    def reword(self, message: Outgoing) -> bool:
        """Rewrite a deferral reply stored earlier and not sent yet (`UNSENT`, not claimed)
        in `message`'s words when the standing calls it names (`detail["calls"]`) are not
        the ones it names now: a call it promised was skipped or moved since it was written
        (SPEC §10: the reply names the next standing call; §11), or when it was worded for
        another day or part of the client's day (`detail[WORDED_FOR]`: it waited past its
        moment, and « aujourd'hui » or its closing would be wrong, newcomer48 §4), or when it
        is composed from more messages (one left since), or from the same ones heard better
        (a transcript that came after a failed one: other words for the same moment). A reply
        the consultant edited keeps her words (`boundaries skip` and `outbox approve` say it
        names a call called off). False when nothing was rewritten."""
        found = self.get(message.key)
        if found is None or found.kind != "reply" or found.state not in UNSENT:
            return False
        if found.detail.get(EDITED) or found.claim_token is not None:
            return False
        had = set(found.detail.get("caused_by") or ())
        has = set(message.detail.get("caused_by") or ())
        # a transcript read instead of a failed one of the same recording stands for it
        # (trial41 §6: the reply still asked what the message was about)
        replaced = {sid for sid in had - has if self._superseded_by(sid) in has}
        if not had - replaced <= has:
            return False  # composed again from fewer messages (older than the look-back)
        # a message of its day left after it was composed (ahead, `mail sync --now`): the
        # reply that goes out answers it too (trial39 §3: it was never acknowledged)
        more = had - replaced < has
        calls = message.detail.get("calls")
        worded = found.detail.get(WORDED_FOR) == message.detail.get(WORDED_FOR)
        if "calls" in found.detail:
            same = found.detail["calls"] == calls and (worded or WORDED_FOR not in found.detail)
        else:  # stored before the calls were kept: rewritten if its words changed
            same = (found.subject, found.text) == (message.subject[:500], message.text)
        # the same messages heard better since: a transcript that failed then came (trial41
        # §6: a reply waiting for approval still asked "what is it about?"), or one replaced
        # by a later transcript; worded for the same moment, other words are other content
        heard_since = worded and (found.subject, found.text) != (
            message.subject[:500],
            message.text,
        )
        if same and not more and not heard_since:
            return False
        t = _table()
        stmt = (
            update(t)
            .where(t.c.id == found.id, t.c.state == found.state, t.c.claim_token.is_(None))
            .values(**_new_words(found, message))
            .returning(t.c.id)
        )
        return bool(self._run(stmt))

    def _superseded_by(self, sid: str) -> str | None:
        """The transcript read instead of transcript `sid` (a later one of the same
        recording, `superseded_by` in its detail), or None."""
        event = self.store.find(self.account_id, "transcription", sid)
        if event is None or event.action != "superseded":
            return None
        later = event.detail.get("superseded_by")
        return str(later) if later else None

    def regather(self, message: Outgoing) -> bool:
        """Rewrite an agenda stored earlier and not sent yet (`UNSENT`, not claimed, not
        edited by the consultant) in `message`'s words when `message` carries more: it was
        composed ahead of its time (`mail sync --now` looking ahead, or while its call's
        date was in question), and topics left since then belong on it (trial35 §4: a topic
        told on Friday was in the report but not in the agenda the client got on Sunday).
        Only ever adds: an agenda composed again from fewer messages keeps its words. False
        when nothing was rewritten."""
        found = self.get(message.key)
        if found is None or found.kind != "agenda" or found.state not in UNSENT:
            return False
        if found.detail.get(EDITED) or found.claim_token is not None:
            return False
        had, has = set(found.detail.get("sids") or ()), set(message.detail.get("sids") or ())
        if not had < has:
            return False
        t = _table()
        stmt = (
            update(t)
            .where(t.c.id == found.id, t.c.state == found.state, t.c.claim_token.is_(None))
            .values(**_new_words(found, message))
            .returning(t.c.id)
        )
        return bool(self._run(stmt))

    def retime(self, message: Outgoing) -> bool:
        """Move a reply stored earlier, queued and never tried (no attempt, not claimed), to
        `message.due_at` when that differs: the consultant changed `reply_at` since it was
        queued (trial33 §7: it kept the old time, and `outbox approve` said it left "at the
        next mail cycle"). One tried already keeps its retry time (`mark_retry`), one held
        for approval goes when approved. False when nothing changed."""
        found = self.get(message.key)
        if (
            found is None
            or found.kind != "reply"
            or found.state != "queued"
            or found.attempts
            or found.claim_token is not None
            or found.due_at == message.due_at
        ):
            return False
        t = _table()
        stmt = (
            update(t)
            .where(t.c.id == found.id, t.c.state == "queued", t.c.claim_token.is_(None))
            .where(t.c.attempts == 0)
            .values(
                due_at=message.due_at.astimezone(UTC),
                next_attempt_at=message.due_at.astimezone(UTC),
            )
            .returning(t.c.id)
        )
        return bool(self._run(stmt))

    def calls_called_off(self, entry: OutboxEntry, planned: Planned | None = None) -> list[str]:
        """The local days (ISO dates, `detail["call_days"]`) of the client's standing calls a
        reply names that will not take place as named any more: not `planned` (skipped, or
        moved away by a change of the configuration: `planned` answers for each call's start,
        `detail["calls"]`); without `planned`, those skipped since (`boundaries skip`), by the
        days kept in the row. Empty for anything but a reply."""
        days = [str(d) for d in entry.detail.get("call_days") or ()]
        if entry.kind != "reply" or entry.client_id is None or not days:
            return []
        starts = [str(s) for s in entry.detail.get("calls") or ()]
        if planned is not None and len(starts) == len(days):
            client = entry.client_id
            return [
                d
                for d, s in zip(days, starts, strict=True)
                if not planned(client, datetime.fromisoformat(s).astimezone(UTC))
            ]
        skipped = CalendarStore(self.store, self.account_id).skips()
        return [d for d in days if (entry.client_id, datetime.fromisoformat(d).date()) in skipped]

    def replies_naming(self, client_id: str, day: str) -> list[OutboxEntry]:
        """The deferral replies of this client not sent yet (`UNSENT`) that name its call on
        local `day` (ISO date, `detail["call_days"]`): once that call is skipped, the mail
        cycle rewrites them to name the next one (`reword`), but for one the consultant
        edited (`EDITED`)."""
        return [
            e
            for e in self.unsent_replies()
            if e.client_id == client_id and day in (e.detail.get("call_days") or ())
        ]

    def hold_back(self, message: Outgoing) -> bool:
        """Hold a message stored earlier and still queued (not claimed, never held) for the
        consultant's approval, in `message`'s new words and with its reason
        (`HELD_BECAUSE` in its detail). False when it is gone, sending, sent, held already,
        or was held and approved (the consultant's decision stands)."""
        found = self.get(message.key)
        if found is None or found.state != "queued" or HELD_BECAUSE in found.detail:
            return False
        t = _table()
        stmt = (
            update(t)
            .where(t.c.id == found.id, t.c.state == "queued")
            .values(state="waiting_approval", **_new_words(found, message))
            .returning(t.c.id)
        )
        return bool(self._run(stmt))

    def withdraw_agendas(
        self,
        now: datetime,
        planned: Planned | None = None,
        zone: tzinfo = UTC,
        known: Callable[[str], bool] | None = None,
    ) -> list[str]:
        """Agendas not sent yet that are not to go out any more: any one waiting, queued or
        failed whose call began by `now` (aware; held for the consultant, `HELD_BECAUSE`, or
        kept from going out by a mail server or a mail cycle that was down: an agenda after
        its call says nothing the client can use), and any one whose call is not `planned`
        any more (skipped or moved), or whose client is not `known` any more (taken out of the
        configuration). They become
        `discarded`, kept in the list with the reason (`last_error`, the call's time in
        `zone`, and `WITHDRAWN` in the detail); their topics go on the next call's agenda
        (`unsent_agendas`). A reply not sent yet to a client not `known` is withdrawn too.
        Returns their keys."""
        closed = []
        rows = [
            e for state in ("waiting_approval", "queued", "failed") for e in self.entries(state)
        ]
        for entry in rows:
            start = entry.detail.get("call_start")
            if entry.kind == "reply" and known is not None and entry.client_id:
                # a reply to a client taken out of the configuration proposes a call no
                # longer planned: withdrawn as its agenda is (trial40 §2)
                if not known(entry.client_id) and self._withdraw(entry, "gone", None, zone):
                    closed.append(entry.key)
                continue
            if entry.kind != "agenda" or not start:
                continue
            begun = datetime.fromisoformat(str(start))
            if begun <= now:
                held = HELD_BECAUSE in entry.detail and entry.state == "waiting_approval"
                why = "began" if held else "late"
            elif known is not None and entry.client_id and not known(entry.client_id):
                why = "gone"  # the client was taken out of the configuration (trial39 §9)
            elif planned is not None and entry.client_id and not planned(entry.client_id, begun):
                why = "off"
            else:
                continue
            if self._withdraw(entry, why, begun, zone):
                closed.append(entry.key)
        return closed

    def withdraw_answered_replies(self, composed: Mapping[str, Iterable[str]]) -> list[str]:
        """Replies not sent yet (`UNSENT`, not claimed, not edited by the consultant) that are
        not among the replies `composed` now (key -> the sids of the messages it answers) and
        whose every message is answered by another reply in the outbox: one composed now and
        stored (not discarded), or one sent or being sent. That happens when `[mail] reply_at`
        (or the zone) changed after a reply was queued, so its messages now fall on another
        day's key (trial51 §8: a look ahead
        queued tomorrow's reply, an earlier `reply_at` then sent today's for the same
        voicemail, and tomorrow's stayed owed). SPEC §9: no reply is sent twice. They become
        `discarded` with the reason (`WITHDRAWN` "answered", `WITHDRAWN_WHEN` the key that
        answers them). Returns their keys."""
        answering: dict[str, str] = {}
        for entry in [*self.entries("sent", limit=10_000), *self.entries("sending")]:
            if entry.kind == "reply":
                for sid in entry.detail.get("caused_by") or ():
                    answering.setdefault(str(sid), entry.key)
        for key, sids in composed.items():
            found = self.get(key)
            if found is None or found.state == "discarded":
                continue  # composed only (not due yet, or too late): it may never go out
            for sid in sids:
                answering.setdefault(str(sid), key)
        closed = []
        for entry in self.unsent_replies():
            if entry.key in composed or entry.detail.get(EDITED) or entry.claim_token:
                continue
            had = [str(sid) for sid in entry.detail.get("caused_by") or ()]
            others = {answering.get(sid) for sid in had}
            if not had or None in others or entry.key in others:
                continue
            if self._withdraw(entry, "answered", None, UTC, said=min(str(k) for k in others)):
                closed.append(entry.key)
        return closed

    def _withdraw(
        self,
        entry: OutboxEntry,
        why: str,
        begun: datetime | None,
        zone: tzinfo,
        said: str | None = None,
    ) -> bool:
        """Make `entry` discarded with the reason `why` (`WITHDRAWN`), its call (`begun`, None
        for a reply) kept as the English `last_error` says it and with the zone it is said
        in, so that other languages say it their way (`OutboxEntry.error_said`)."""
        local = begun.astimezone(zone) if begun is not None else None
        name = getattr(zone, "key", "UTC")
        when = f"{local:%a %Y-%m-%d %H:%M} {name}" if local is not None else (said or "")
        t = _table()
        stmt = (
            update(t)
            .where(t.c.id == entry.id, t.c.state == entry.state)
            .values(
                state="discarded",
                last_error=withdrawn_said(why, when, "en", entry.kind),
                claim_token=None,
                detail={**entry.detail, WITHDRAWN: why, WITHDRAWN_WHEN: when, WITHDRAWN_ZONE: name},
            )
            .returning(t.c.id)
        )
        return bool(self._run(stmt))

    def restore_withdrawn(self, client_id: str, day: str, now: datetime) -> list[str]:
        """Agendas of this client's call on local `day` (ISO date) withdrawn because the call
        was called off (`WITHDRAWN` "off"), when the call is restored (`skip --undo`) and has
        not begun at `now`: back to where they were, held for the consultant (`HELD_BECAUSE`)
        or queued, so that its topics are that call's again. Returns their keys."""
        t = _table()
        restored = []
        for entry in self.entries("discarded", limit=10_000):
            detail = entry.detail
            start = detail.get("call_start")
            if entry.kind != "agenda" or detail.get(WITHDRAWN) != "off" or not start:
                continue
            if entry.client_id != client_id or detail.get("call_day") != day:
                continue
            if datetime.fromisoformat(str(start)) <= now:
                continue
            back = "waiting_approval" if HELD_BECAUSE in detail else "queued"
            kept = {k: v for k, v in detail.items() if k != WITHDRAWN}
            stmt = (
                update(t)
                .where(t.c.id == entry.id, t.c.state == "discarded")
                .values(state=back, last_error=None, detail=kept)
                .returning(t.c.id)
            )
            if self._run(stmt):
                restored.append(entry.key)
        return restored

    def sent_agendas(self, client_id: str, day: str) -> list[str]:
        """Keys of the agendas of this client's call on local `day` (ISO date) that went
        out. Once the call is skipped they carry nothing (`domain.agenda.carried_over`): the
        client has them, but their topics go on the next call's agenda."""
        return [
            e.key
            for e in self.entries("sent", limit=10_000)
            if e.kind == "agenda" and e.client_id == client_id and e.detail.get("call_day") == day
        ]

    def agendas_since(self, since: datetime) -> list[OutboxEntry]:
        """The agendas (any state) whose call starts at `since` (aware) or later, oldest
        first: what was composed for each call, and what went out (`carried_over`)."""
        t = _table()
        query = (
            select(t)
            .where(
                t.c.account_id == self.account_id,
                t.c.kind == "agenda",
                t.c.due_at >= since.astimezone(UTC) - timedelta(days=31),
            )
            .order_by(t.c.due_at, t.c.id)
        )
        with self.store.reading() as conn:
            rows = [_entry(r._mapping) for r in conn.execute(query)]
        return [
            e
            for e in rows
            if e.detail.get("call_start")
            and datetime.fromisoformat(str(e.detail["call_start"])) >= since
        ]

    def unsent_agendas(self) -> list[tuple[str, datetime]]:
        """(client id, call start UTC) of the agendas never sent that were held for the
        consultant (withdrawn by the service or discarded by hand) or withdrawn (`WITHDRAWN`).
        Their topics were on no email, so the next call's agenda gathers them (SPEC §9:
        nothing stored is lost)."""
        out = []
        for entry in self.entries("discarded", limit=10_000):
            start = entry.detail.get("call_start")
            held = entry.kind == "agenda" and (
                HELD_BECAUSE in entry.detail or WITHDRAWN in entry.detail
            )
            if held and start and entry.client_id is not None:
                out.append((entry.client_id, datetime.fromisoformat(str(start))))
        return out

    def discard(self, key: str) -> OutboxEntry:
        """Never send this message (it stays listed as `discarded`)."""
        return self._change(
            key, ("waiting_approval", "queued", "failed"), state="discarded", claim_token=None
        )

    def claim(
        self, now: datetime, token: str, limit: int = 20, at: datetime | None = None
    ) -> list[OutboxEntry]:
        """Take up to `limit` messages due at `now` for sending: each row moves to `sending`
        (attempts counted) for exactly one claimant, whatever the number of processes.

        `at` (aware; default `now`) is when the claim really happens, stamped as `claimed_at`:
        the sending lease (`recover_stale`) runs on the real clock even when `now` is a
        replayed moment (`mail sync --now`).
        """
        t = _table()
        utc = now.astimezone(UTC)
        stamp = (at or now).astimezone(UTC)
        query = (
            select(t.c.id)
            .where(
                t.c.account_id == self.account_id,
                t.c.state == "queued",
                t.c.next_attempt_at <= utc,
            )
            .order_by(t.c.next_attempt_at, t.c.id)
            .limit(limit)
        )
        with self.store.reading() as conn:
            ids = [r[0] for r in conn.execute(query)]
        claimed: list[OutboxEntry] = []
        for row_id in ids:
            stmt = (
                update(t)
                .where(t.c.id == row_id, t.c.state == "queued")
                .values(
                    state="sending",
                    claim_token=token,
                    claimed_at=stamp,
                    attempts=t.c.attempts + 1,
                )
                .returning(*t.c)
            )
            got = self._run(stmt)
            if got:
                claimed.append(_entry(got[0]._mapping))
        return claimed

    def _finish(self, entry: OutboxEntry, **values: Any) -> bool:
        t = _table()
        stmt = (
            update(t)
            .where(t.c.id == entry.id, t.c.state == "sending", t.c.claim_token == entry.claim_token)
            .values(**values)
            .returning(t.c.id)
        )
        return bool(self._run(stmt))

    def mark_sent(self, entry: OutboxEntry, now: datetime) -> bool:
        """Record that the server accepted it at `now`: the real moment of sending (aware)."""
        return self._finish(
            entry, state="sent", sent_at=now.astimezone(UTC), last_error=None, claim_token=None
        )

    def mark_retry(self, entry: OutboxEntry, next_at: datetime, error: str) -> bool:
        """Queue it again for `next_at` (aware; counted from the real moment of the failed
        attempt, so that the live service tries it again then, whatever moment was replayed)."""
        return self._finish(
            entry,
            state="queued",
            next_attempt_at=next_at.astimezone(UTC),
            last_error=error[:2000],
            claim_token=None,
        )

    def mark_failed(self, entry: OutboxEntry, error: str) -> bool:
        return self._finish(entry, state="failed", last_error=error[:2000], claim_token=None)

    def recover_stale(self, now: datetime, lease: timedelta = SENDING_LEASE) -> list[str]:
        """Rows left in `sending` longer than `lease` become `failed` with a note (see the
        module's docstring for why they are not simply sent again). Returns their keys."""
        t = _table()
        cutoff = (now - lease).astimezone(UTC)
        query = select(t.c.id, t.c.key).where(
            t.c.account_id == self.account_id, t.c.state == "sending", t.c.claimed_at < cutoff
        )
        with self.store.reading() as conn:
            stale = [(r[0], r[1]) for r in conn.execute(query)]
        keys = []
        for row_id, key in stale:
            stmt = (
                update(t)
                .where(t.c.id == row_id, t.c.state == "sending", t.c.claimed_at < cutoff)
                .values(state="failed", last_error=INTERRUPTED.format(key=key), claim_token=None)
                .returning(t.c.id)
            )
            if self._run(stmt):
                keys.append(key)
        return keys


def _new_words(found: OutboxEntry, message: Outgoing) -> dict[str, Any]:
    """The columns a message stored earlier (`found`) takes from `message`: its subject (at
    most 500 characters, the column's width), its texts, and its detail over the stored one."""
    return {
        "subject": message.subject[:500],
        "text_body": message.text,
        "html_body": message.html,
        "detail": {**found.detail, **message.detail},
    }
