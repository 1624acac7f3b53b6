"""Reading the inbox and the Sent folder into the event log (SPEC §10).

Client emails become `email` events (sid = Message-ID), triaged like voicemails: urgent ones
notify the consultant at once, status checks are linked to the update that answers them.
A robot's answer from a client's address (out-of-office, vacation notice, bounce) or a bulk
mailing (`Precedence: bulk` alone: `domain.automatic`) is stored with action `automatic` and
nothing else: no triage, no alert, no agenda line, no reply; it is counted apart
(`ReadReport.automatic`). A mailing list's delivery of a client's own message (`List-Id`,
`Mailing-List`, Mailman's headers: `domain.automatic.list_delivery`) is the client's message:
triaged like any other, the list noted as `detail.list`. A list that rewrote From to its own
address (Google Groups, Mailman against DMARC) names the author in `X-Original-From`, or in
`Reply-To` under a From "Marc Dubois via CA".
The consultant's own messages to a client become `update` events. A message that cannot be
read is stored as an `email` event with action `error`, never a crash.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from boundaries.domain.model import Client, Config
from boundaries.i18n import text as catalogue_text
from boundaries.i18n import when
from boundaries.integrations.mail.heard import load_updates
from boundaries.integrations.mail.imap import Fetched, ImapReader
from boundaries.integrations.mail.parse import InboundEmail, parse
from boundaries.integrations.notify import Notice
from boundaries.integrations.notify.queue import notice_rows
from boundaries.integrations.notify.wording import from_whom, why
from boundaries.store import NewJob, Store, StoredEvent
from boundaries.store.mailfolders import folder_cursor, save_cursor
from boundaries.triage import Message, Triage
from boundaries.triage.second_opinion import verdicts

log = logging.getLogger(__name__)

SID_CHARS = 128
CHUNK = 32
"""Inbox messages parsed and triaged together (one batch through the second opinion)."""
MODEL_WAIT_SECONDS = 60.0
"""How long the mail cycle (a background thread, never a webhook) waits for the learned
second opinion to finish loading before the rules decide alone."""


@dataclass
class ReadReport:
    """What one reading of the folders did."""

    emails: int = 0  # client emails stored and triaged
    updates: int = 0
    automatic: int = 0  # robots' answers and bulk mailings from clients, stored untriaged
    notified: int = 0
    errors: list[str] = field(default_factory=list)


def sid_of(message_id: str) -> str:
    """A Message-ID as a store sid (hashed when longer than the column)."""
    if len(message_id) <= SID_CHARS:
        return message_id
    return "sha1:" + hashlib.sha1(message_id.encode("utf-8")).hexdigest()


def _message(email: InboundEmail, at: datetime, client: Client) -> Message:
    """The triage's view of a client's email: its language is read from what it says, and
    is the client's own when its words tell none (an empty body, a subject of names)."""
    return Message(
        email.message_id,
        "email",
        email.triage_text,
        email.triage_subject,
        email.sender,
        at,
        lang_hint=client.language,
    )


class Mailroom:
    """Turns new messages of the inbox and Sent folder into stored events."""

    def __init__(self, config: Config, store: Store, account_id: int) -> None:
        self.config = config
        self.store = store
        self.account_id = account_id
        # Inbox messages of the current chunk, parsed and judged together (`_judge`).
        self._judged: dict[int, tuple[InboundEmail, Triage | None]] = {}

    def read(self, reader: ImapReader, now: datetime, report: ReadReport) -> None:
        """Read the Sent folder (updates first, so a check-in read now can point to one),
        then the inbox."""
        mail = self.config.mail
        self._folder(reader, mail.sent_folder, now, report, self._sent)
        self._folder(reader, mail.inbox, now, report, self._inbox)

    def _folder(self, reader, folder, now, report, handle) -> None:  # type: ignore[no-untyped-def]
        validity, last = folder_cursor(self.store, self.account_id, folder)
        try:
            current, messages = reader.new_messages(folder, validity, last)
            highest = last if current == validity else 0
            while chunk := list(islice(messages, CHUNK)):
                if handle == self._inbox:
                    self._judge(chunk, now)
                for fetched in chunk:
                    handle(fetched, now, report)
                    highest = max(highest, fetched.uid)
                    save_cursor(self.store, self.account_id, folder, current, highest)
        except Exception as exc:  # one folder's trouble must not stop the other or the outbox
            from boundaries.integrations.mail.imap import ReadError

            if not isinstance(exc, ReadError):
                log.exception("reading %s failed", folder)
                report.errors.append(f"{folder}: {exc}")
            else:  # said as the consultant reads the rest (SPEC §2)
                report.errors.append(f"{folder}: {exc.said(self.config.consultant.language)}")

    def _sent(self, fetched: Fetched, now: datetime, report: ReadReport) -> None:
        email = parse(fetched.raw)
        if email.error or email.ours or email.automatic or email.via_list:
            return  # an out-of-office the consultant's server sent, a list's copy: no update
        client = next(
            (c for r in email.recipients if (c := self.config.client_by_email(r)) is not None),
            None,
        )
        if client is None:
            return
        event = StoredEvent(
            kind="update",
            at=email.at or now,
            action="sent",
            client=client.id,
            sid=sid_of(email.message_id),
            detail={
                "message_id": email.message_id,
                "to": next(r for r in email.recipients if self.config.client_by_email(r)),
                "subject": email.subject,
                "text": email.text,
            },
        )
        report.updates += self.store.record(self.account_id, [event])

    def _client_of(self, email: InboundEmail) -> Client | None:
        """The client who wrote `email`: its From address's, else, for a list's delivery whose
        From is the list's own (a DMARC rewrite), the client its `X-Original-From` names (or
        its `Reply-To` under a From "Marc Dubois via CA": `parse._original_sender`)."""
        client = self.config.client_by_email(email.sender) if email.sender else None
        if client is None and email.via_list and email.original_sender:
            client = self.config.client_by_email(email.original_sender)
        return client

    def _client_email(self, email: InboundEmail, now: datetime) -> Message | None:
        """The message to triage, when `email` is a readable one from a client."""
        client = self._client_of(email)
        if email.error or client is None or email.ours or email.automatic:
            return None
        at = email.at if email.at is not None and email.at <= now else now
        return _message(email, at, client)

    def _judge(self, chunk: list[Fetched], now: datetime) -> None:
        """Parse a chunk of the inbox and triage its clients' emails in one batch (the learned
        second opinion embeds them together)."""
        emails = [(f.uid, parse(f.raw)) for f in chunk]
        asked = [(uid, m) for uid, e in emails if (m := self._client_email(e, now)) is not None]
        judged = verdicts([m for _, m in asked], MODEL_WAIT_SECONDS) if asked else []
        by_uid = {uid: v for (uid, _), v in zip(asked, judged, strict=True)}
        self._judged = {uid: (e, by_uid.get(uid)) for uid, e in emails}

    def _inbox(self, fetched: Fetched, now: datetime, report: ReadReport) -> None:
        judged = self._judged.pop(fetched.uid, None)
        email, verdict = judged if judged is not None else (parse(fetched.raw), None)
        client = self._client_of(email)
        if email.error:
            self._store_error(email, client.id if client else None, now, fetched)
            report.errors.append(f"message {email.message_id}: {email.error}")
            return
        if client is None or email.ours:
            return  # not a client: the consultant reads it in their own mail program
        if email.automatic:
            report.automatic += self._store_automatic(email, client.id, now, fetched)
            return
        at = email.at if email.at is not None and email.at <= now else now
        if verdict is None:
            verdict = verdicts([_message(email, at, client)], MODEL_WAIT_SECONDS)[0]
        answered_by = None
        if str(verdict.intent) == "status_check":
            updates = load_updates(self.config, self.store, self.account_id, now)
            ref = updates.answering(
                client.id, email.triage_text, email.triage_subject, at, verdict.lang
            )
            answered_by = ref.id if ref else None
        action = (
            "notify"
            if verdict.urgent
            else "answered"
            if answered_by
            else "review"
            # moving a call, or only thanking, is no agenda topic (another matter raised beside
            # a move is: `moved` set, the matter its topic)
            if verdict.content_free
            or (verdict.moves_call and not verdict.moved)
            or verdict.nothing_to_discuss
            else "agenda"
        )
        event = StoredEvent(
            kind="email",
            at=at,
            action=action,
            client=client.id,
            sid=sid_of(email.message_id),
            notified=verdict.urgent,
            detail={
                "message_id": email.message_id,
                "from": email.sender,
                "subject": email.subject,
                "text": email.text[:5000],
                "size": fetched.size,
                "triage": verdict.as_json(email.message_id),
                "answered_by": answered_by,
                **({"list": email.via_list} if email.via_list else {}),
            },
        )
        # An urgent email and its notice are stored in one transaction: a store failure
        # between the two would leave the email stored, read as done on the next sync, and
        # the consultant never told (newcomer13 H1's kind).
        if self.store.find(self.account_id, "email", sid_of(email.message_id)) is not None:
            # a Message-ID names one message (RFC 5322 §3.6.4): one already stored, whatever
            # this copy says, is neither stored again nor alerted on (trial33 §4: a second
            # text under a known Message-ID alerted, and the alert had no email behind it)
            return
        notice = [self._notice(client, email, now, verdict)] if verdict.urgent else []
        added = self.store.record(
            self.account_id, [event, *(n for n, _ in notice)], jobs=[j for _, j in notice]
        )
        if not added:
            return  # already stored (read again after a UIDVALIDITY change, or by another run)
        report.emails += 1
        report.notified += len(notice)

    def _notice(
        self, client: Client, email: InboundEmail, now: datetime, verdict: Triage
    ) -> tuple[StoredEvent, NewJob]:
        """The notice of an urgent email (delivered by the job runner, retried) as rows to
        store with it; one the learned second opinion alone flagged says it is only possibly
        urgent (SPEC §5)."""
        client_name = client.name
        lang = self.config.consultant.language
        reason = next((r for r in verdict.reasons if r.startswith("urgent")), "")
        kind = f"{verdict.urgency}_email"
        notice = Notice(
            catalogue_text(lang, f"notify.{kind}_title", client=client_name),
            catalogue_text(
                lang,
                f"notify.{kind}_body",
                client=client_name,
                of_client=from_whom(client_name, lang),
                time=when(now, lang, self.config.consultant.zone),
                subject=email.subject,
                text=email.text[:300],
                # the rules' English note in the consultant's words, quoting the client's
                why=why(reason, lang, f"{email.subject}\n{email.text}"),
            ),
        )
        key = sid_of(f"email:{email.message_id}")
        return notice_rows(
            key,
            notice,
            now,
            client=client.id,
            detail={"reason": kind, "notice": kind, "subject": email.subject[:200]},
        )

    def _store_automatic(
        self, email: InboundEmail, client_id: str, now: datetime, fetched: Fetched
    ) -> int:
        """Keep a robot's answer (out-of-office, bounce) or a bulk mailing as it came, out of
        triage: it is no message from the client to the consultant (SPEC §5, §10), but
        nothing read is lost. Returns 1 when it was new, 0 when already stored."""
        at = email.at if email.at is not None and email.at <= now else now
        return self.store.record(
            self.account_id,
            [
                StoredEvent(
                    kind="email",
                    at=at,
                    action="automatic",
                    client=client_id,
                    sid=sid_of(email.message_id),
                    detail={
                        "message_id": email.message_id,
                        "from": email.sender,
                        "subject": email.subject,
                        "text": email.text[:5000],
                        "size": fetched.size,
                        "automatic": email.automatic,
                    },
                )
            ],
        )

    def _store_error(
        self, email: InboundEmail, client_id: str | None, now: datetime, fetched: Fetched
    ) -> None:
        self.store.record(
            self.account_id,
            [
                StoredEvent(
                    kind="email",
                    at=now,
                    action="error",
                    client=client_id,
                    sid=sid_of(email.message_id),
                    detail={
                        "message_id": email.message_id,
                        "from": email.sender,
                        "subject": email.subject,
                        "error": email.error,
                        "uid": fetched.uid,
                        "size": fetched.size,
                    },
                )
            ],
        )
