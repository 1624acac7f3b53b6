"""One mail cycle (SPEC §10): read the inbox and Sent folder, compose the replies and agendas
due at `now`, send the outbox. `boundaries mail sync` runs it once; `serve` every minute.

Safe in several processes at once: composed messages are stored under natural keys (a
second copy is a no-op) and each outbox row is claimed by exactly one sender.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from boundaries.domain.agenda import Agenda, agenda_key, agendas_again, agendas_due
from boundaries.domain.heard import Heard, topic_of
from boundaries.domain.model import Config
from boundaries.domain.replies import DeferralReply, deferral_replies
from boundaries.domain.schedule import Calendar
from boundaries.errors import BoundariesError
from boundaries.i18n import said
from boundaries.integrations.mail.heard import LOOKBACK, heard_from_store
from boundaries.integrations.mail.imap import ImapReader
from boundaries.integrations.mail.inbox import Mailroom, ReadReport
from boundaries.integrations.mail.message import build, new_message_id
from boundaries.integrations.mail.settings import endpoint
from boundaries.integrations.mail.smtp import SendError, SmtpSender
from boundaries.integrations.mail.unsent import agenda_gathering
from boundaries.integrations.notify import AppriseNotifier, Notifier
from boundaries.integrations.notify.queue import NOTIFY, notify_kind, resume_undelivered
from boundaries.jobs import JobRunner
from boundaries.reporting.wording import Count
from boundaries.store import JobQueue, Store, StoreError
from boundaries.store.calendar import CalendarStore
from boundaries.store.outbox import HELD_BECAUSE, WORDED_FOR, Outbox, Outgoing

log = logging.getLogger(__name__)

REPLY_GRACE = timedelta(hours=20)
"""A deferral reply not composed within this time after `reply_at` (the service was off) is
not sent any more: a "later today" answer two days late helps nobody."""
FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(minutes=30)
MAX_SENDS_PER_CYCLE = 50


def backoff(attempts: int) -> timedelta:
    """Wait before attempt `attempts + 1`: 1, 2, 4, 8, 16, then 30 minutes."""
    wait: timedelta = FIRST_RETRY * (2 ** max(attempts - 1, 0))
    return min(wait, MAX_RETRY)


@dataclass
class CycleReport:
    """What one cycle did; `as_json` is what `mail sync --json` prints. `errors` are what
    kept it from doing its work (a server that cannot be reached or logged into, a folder
    that cannot be read, a message refused): `mail sync` then exits non-zero. `notes` are
    what the configuration leaves undone on purpose (no smtp_url: mail waits in the outbox).
    """

    now: str
    emails_read: int = 0
    updates_read: int = 0
    automatic_read: int = 0  # robots' answers and bulk mailings from clients: stored, not triaged
    urgent_notified: int = 0
    notices_resumed: int = 0  # failed notices sent again now that there is a channel
    replies_queued: int = 0
    agendas_queued: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    interrupted: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the servers it could not work with at all ("imap", "smtp"): read by /healthz
    unreachable: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the cycle did all it had to: nothing failed, was refused or interrupted."""
        return not (self.errors or self.failed or self.interrupted)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


class MailCycle:
    """The mail cycle of one account."""

    def __init__(
        self,
        config: Config,
        store: Store,
        account: str = "default",
        notifier: Notifier | None = None,
        sender: Callable[[], SmtpSender] | None = None,
        reader: Callable[[], ImapReader] | None = None,
        clock: Callable[[], datetime] | None = None,
        report_lang: str | None = None,
    ) -> None:
        self.config = config
        # The language of the report's errors and notes: the consultant's at the terminal
        # (`mail sync`), English in `serve`'s log (trial33 §6). What is kept for the
        # consultant (an outbox row's error) stays in the consultant's language.
        self.report_lang = report_lang or config.consultant.language
        # The real clock (aware UTC): when a message really goes out. `run(now)` may replay
        # another moment (`mail sync --now`); that moment decides what is due and composed,
        # never the times of a real sending (SPEC §10, RFC 5322 §3.6.1 Date).
        self.clock = clock or (lambda: datetime.now(UTC))
        self.store = store
        self.account_id = store.account_id(account)
        self.calendar = Calendar(config)
        self.outbox = Outbox(store, self.account_id)
        self.notifier = notifier or AppriseNotifier(config.service.notify)
        mail = config.mail
        self._sender = sender or (
            (
                lambda: SmtpSender(
                    endpoint(
                        mail.smtp_url or "", "BOUNDARIES_SMTP_PASSWORD", mail.smtp_password_file
                    )
                )
            )
            if mail.smtp_url
            else None
        )
        self._reader = reader or (
            (
                lambda: ImapReader(
                    endpoint(
                        mail.imap_url or "", "BOUNDARIES_IMAP_PASSWORD", mail.imap_password_file
                    )
                )
            )
            if mail.imap_url
            else None
        )

    def _agenda_went_out(self, client_id: str, start: datetime) -> bool:
        """Whether the agenda of this client's call at `start` really went out: the outbox
        holds it as sent (one queued after an SMTP failure, or held, has not: a reply must
        not say "the agenda I sent you", as greetings do not, README)."""
        entry = self.outbox.get(agenda_key(client_id, start))
        return entry is not None and entry.state == "sent"

    def _planned(self, client_id: str, start: datetime) -> bool:
        """Whether this client's standing call at `start` (UTC) is still planned: neither
        skipped nor moved away by a change of the configuration (`outbox.Planned`)."""
        return self.calendar.has_call(client_id, start)

    def resume_notices(self, report: CycleReport | None = None) -> int:
        """With a notification channel now, send again the notices of the last 24 hours that
        failed for good (for want of one, or every URL down), as `serve` does on start
        (`resume_undelivered`), and deliver them at once (`deliver_notices`; one that fails
        again is retried by the job runner of `serve`, or by the next `mail sync`). For
        `mail sync`: not every cycle of `serve`, which would put a channel that stays down
        through its attempts again every minute. Returns how many were put back (also in
        `report.notices_resumed`); a store failure is in `report.errors`."""
        try:
            resumed = resume_undelivered(self.store, self.account_id, self.notifier, self.clock())
        except StoreError as exc:
            if report is not None:
                report.errors.append(exc.said(self.report_lang))
            return 0
        if resumed:
            self.deliver_notices()
        if report is not None:
            report.notices_resumed = resumed
        return resumed

    def deliver_notices(self) -> int:
        """Deliver the notices queued by this cycle now, in this thread (in `serve` the web
        process's job runner may take them first: the claim keeps either from sending one twice).
        Returns how many jobs ran."""
        kinds = {NOTIFY: notify_kind(self.store, self.account_id, self.notifier)}
        try:
            return JobRunner(JobQueue(self.store), self.account_id, kinds).drain()
        except StoreError as exc:
            log.error("notices wait for the job runner: %s", exc)
            return 0

    def _deliver_and_report(self, report: CycleReport) -> None:
        """Deliver this cycle's alerts (`deliver_notices`) and say in `report`, in the report's
        language, how many could not be sent: a note when no channel is configured (the
        alerts stay stored, `check` warns of it), an error when the channel failed them."""
        started = datetime.now(UTC)  # the store dates its jobs by the real clock
        self.deliver_notices()
        try:
            jobs = JobQueue(self.store).undelivered(self.account_id, NOTIFY, started)
        except StoreError:
            return  # the alerts wait for the job runner, as `deliver_notices` logged
        failed = sum(1 for job in jobs if job.state == "failed")
        if not failed:
            return
        if not self.notifier.has_channel:
            n = Count(self.report_lang, failed)
            report.notes.append(said("sync", self.report_lang, "note.alerts_no_channel", n=n))
        else:
            n = Count(self.report_lang, failed)
            report.errors.append(said("sync", self.report_lang, "problem.alerts_failed", n=n))

    @property
    def from_address(self) -> str:
        return self.config.mail.sender or self.config.consultant.email

    def run(self, now: datetime, send_until: datetime | None = None) -> CycleReport:
        """One cycle at `now` (UTC-aware): read, compose, send what is due by `send_until`
        (default `now`; `mail sync --now` in the future sends only what is due by the real
        clock: the rest waits for its time in the outbox)."""
        report = CycleReport(now.isoformat())
        if self._reader is not None:
            read = ReadReport()
            try:
                with self._reader() as reader:
                    Mailroom(self.config, self.store, self.account_id).read(reader, now, read)
            except BoundariesError as exc:  # a ReadError among them
                read.errors.append(exc.said(self.report_lang))
                report.unreachable.append("imap")
            except Exception as exc:  # reading must never keep the outbox from being sent
                log.exception("reading mail failed")
                read.errors.append(f"reading mail failed: {type(exc).__name__}: {exc}")
                report.unreachable.append("imap")
            report.emails_read, report.updates_read = read.emails, read.updates
            report.automatic_read = read.automatic
            report.urgent_notified = read.notified
            if read.notified:
                self._deliver_and_report(report)
            report.errors += read.errors
        settled = now if send_until is None else min(now, send_until)
        self.compose(now, report, settled)
        self.send(settled, report)
        return report

    def _keep_answered(self, heard: list[Heard]) -> None:
        """Store on each voicemail transcript the update that answers it, as an email's is
        stored when it is read (`inbox`), so that the report, the dashboard and the coach
        count it as already answered (SPEC §8) as the reply does (newcomer48 §1: the live
        service counted none). Found here, where the Sent updates are at hand; a transcript
        keeps the first update found."""
        for h in heard:
            if h.channel != "voicemail" or h.answered_by is None or not h.sid:
                continue
            row = self.store.find(self.account_id, "transcription", h.sid)
            if row is None or row.detail.get("answered_by"):
                continue
            detail = {**row.detail, "answered_by": h.answered_by.id}
            self.store.update(self.account_id, "transcription", h.sid, detail=detail)

    def compose(
        self, now: datetime, report: CycleReport | None = None, settled: datetime | None = None
    ) -> list[Outgoing]:
        """Store the deferral replies and agendas due at `now` in the outbox.

        `settled` (default `now`) is the moment up to which what is stored may be settled:
        an agenda withdrawn because its call began, a stored reply rewritten for the moment
        it goes out. `mail sync --now` ahead of the clock passes the real clock: a look
        ahead composes what will be due, but never withdraws the agenda of a call that has
        not really begun, nor rewrites a stored message for a moment still to come
        (newcomer58 §2: a look four days ahead discarded Monday's agenda "because the mail
        cycle was down"); the live cycles settle them at their time."""
        settled = now if settled is None else min(now, settled)
        ahead = settled < now
        heard = heard_from_store(self.config, self.store, self.account_id, now)
        self._keep_answered(heard)
        # Skipped standing calls (`boundaries skip`) are read each cycle: a reply or an agenda
        # names the next real call (SPEC §11).
        self.calendar = CalendarStore(self.store, self.account_id).calendar(self.config)
        sender = self.from_address
        out: list[Outgoing] = []
        # A held agenda whose call began, or was skipped or moved, is not the consultant's to
        # approve any more; its topics, and those of one she discarded, were on no email:
        # the next call's agenda gathers them (the unsent occurrence counts as skipped there).
        # So it does a topic whose own agenda went out without it or never went out (read
        # late, or the cycle was down over its call), and a reply promises it for that call:
        # `unsent.agenda_gathering`.
        zone = self.config.consultant.zone
        self.outbox.withdraw_agendas(
            settled, self._planned, zone, lambda client: self.config.client(client) is not None
        )
        gathering = agenda_gathering(self.config, self.calendar, self.outbox, heard, now)
        # A reply not sent yet (held for approval, queued while the server was down, failed)
        # is composed again, however old: one whose calls were skipped or moved since it was
        # written is rewritten to name the call that will really happen (`Outbox.reword`).
        unsent = {e.key: e.due_at for e in self.outbox.unsent_replies()}
        since = max(min([settled - REPLY_GRACE, *unsent.values()]), now - LOOKBACK)
        # one queued for a later moment (composed by a look ahead) is composed again too, so
        # that a call skipped or moved since is no longer offered in it before it falls due
        # (what `boundaries skip` says: the next cycle rewrites it; trial38 §4)
        later = max((due for due in unsent.values() if due > now), default=now)
        replies = deferral_replies(
            self.config,
            self.calendar,
            heard,
            later,
            since=since,
            agenda_went_out=self._agenda_went_out,
            carried=gathering.carried,
            # one due earlier and still here is worded for now; a look ahead words each for
            # its own moment, the real clock's at the earliest
            sending_at=settled,
        )
        for r in replies:
            # too late to be sent now (by the real clock: a look ahead composes what will be
            # due, not only what is due at the moment it looks at; trial38 §3); composed only
            # to rewrite a stored one
            if r.send_at < settled - REPLY_GRACE and r.key not in unsent:
                continue
            if r.send_at > now and r.key not in unsent:
                continue  # not due yet: composed only to rewrite the stored one
            out.append(
                Outgoing(
                    key=r.key,
                    kind="reply",
                    to=r.to,
                    subject=r.letter.subject,
                    text=r.letter.text,
                    html=r.letter.html,
                    message_id=new_message_id(r.key, sender),
                    due_at=r.send_at,
                    client_id=r.client_id,
                    held=self.config.mail.approve_replies,
                    detail={
                        "caused_by": list(r.caused_by),
                        "topics": list(r.topics),
                        # the standing calls it names (`Outbox.reword`, `replies_naming`)
                        "calls": [c.isoformat() for c in _named(r)],
                        "call_days": [c.astimezone(zone).date().isoformat() for c in _named(r)],
                        WORDED_FOR: r.worded_for,  # the reader's day and hour (`Outbox.reword`)
                        **_thread(heard, r.caused_by),
                    },
                )
            )
        for a in agendas_due(self.config, gathering.calendar, heard, now, gathering.carried):
            out.append(self._agenda_message(a, now))
        added = 0
        for message in out:
            if self.outbox.add([message]):
                added += 1
                if report is not None:
                    if message.kind == "reply":
                        report.replies_queued += 1
                    else:
                        report.agendas_queued += 1
            elif ahead:
                # a look ahead rewrites nothing stored, its time has not come; but an agenda
                # it composed earlier takes the topics left since (only ever more, `regather`:
                # trial38 §3, a second look ahead left it without them)
                if message.kind == "agenda":
                    self.outbox.regather(message)
                else:
                    # a call it offers skipped or moved since, a message of its day left
                    # since: brought up to date now, each reply worded for its own moment
                    # (trial40 §5: only a cycle on the real clock rewrote it)
                    self.outbox.reword(message)
                continue
            elif message.kind == "reply":
                self.outbox.reword(message)
                self.outbox.retime(message)  # `reply_at` changed since it was queued
            elif HELD_BECAUSE in message.detail:
                # Stored before the request came (and not sent yet: the server was down):
                # held now, in the words that say the request was heard. One the consultant
                # already approved in spite of it is not held again.
                self.outbox.hold_back(message)
                self.outbox.regather(message)
            else:
                # Composed ahead of its time, then more topics were left before it went out:
                # it goes out with them (`Outbox.regather`)
                self.outbox.regather(message)
        if not ahead:
            # a reply queued under another day's key (`reply_at` changed since) whose messages
            # all have their reply now is not sent as well (trial51 §8)
            self.outbox.withdraw_answered_replies({r.key: r.caused_by for r in replies})
            self._look_again(heard, now, gathering.calendar, gathering.carried)
        return out

    def _agenda_message(self, a: Agenda, now: datetime) -> Outgoing:
        """The outbox row of agenda `a` composed at `now`: held for the consultant when its
        call is in question (the client asked to move or call off it, SPEC §10)."""
        zone = self.config.consultant.zone
        return Outgoing(
            key=a.key,
            kind="agenda",
            to=a.to,
            subject=a.letter.subject,
            text=a.letter.text,
            html=a.letter.html,
            message_id=new_message_id(a.key, self.from_address),
            due_at=a.send_at,
            client_id=a.client_id,
            held=a.in_question,
            detail={
                "call_start": a.call_start.isoformat(),
                "call_day": a.call_start.astimezone(zone).date().isoformat(),
                "topics": [t.topic for t in a.topics],
                # what it carries, message by message (`unsent.composed_agendas`)
                "sids": [sid for t in a.topics for sid in t.asked],
                # its call was on the calendar then (`unsent.composed_agendas`)
                "composed_at": now.astimezone(UTC).isoformat(),
                **({HELD_BECAUSE: call_in_question(a, zone.key)} if a.in_question else {}),
            },
        )

    def _look_again(
        self, heard: list[Heard], now: datetime, calendar: Calendar, carried: Any
    ) -> None:
        """Agendas composed ahead of their moment (`mail sync --now`) and still queued, looked
        at again by a live cycle at `now`: one whose call the client has since asked to move
        or call off is held for the consultant at once, in the words that say the request
        was heard, and one that more topics belong on takes them, instead of both waiting for
        the agenda's own moment (trial38 §6: the outbox went on showing a queued agenda for a
        call in question)."""
        calls = [
            (e.client_id, datetime.fromisoformat(str(e.detail["call_start"])).astimezone(UTC))
            for e in self.outbox.entries("queued", limit=10_000)
            if e.kind == "agenda" and e.client_id and e.detail.get("call_start") and e.due_at > now
        ]
        if not calls:
            return
        for a in agendas_again(self.config, calendar, heard, now, calls, carried):
            message = self._agenda_message(a, now)
            if a.in_question:
                self.outbox.hold_back(message)
            self.outbox.regather(message)

    def send(self, now: datetime, report: CycleReport) -> None:
        """Send what is due at `now`; stop at the first failure to reach the server (the rest
        waits).

        What is due is decided by `now`, which may be a replayed moment (`mail sync --now`);
        what really happens is stamped by `self.clock`: the claim's lease, the `Date:` header
        and `sent_at`. A retry is due after the wait counted from the earlier of the two: one
        counted from a replayed future moment would hold the live service's outbox until
        then, one counted from the real clock would never come for a replay of the past.
        """
        report.interrupted += self.outbox.recover_stale(self.clock())
        if self._sender is None:
            if self.outbox.counts()["queued"]:
                report.notes.append(said("sync", self.report_lang, "note.queued_no_smtp"))
            return
        token = uuid.uuid4().hex
        try:
            sender = self._sender()
        except BoundariesError as exc:
            report.errors.append(exc.said(self.report_lang))
            report.unreachable.append("smtp")
            return
        name = self.config.consultant.name
        for _ in range(MAX_SENDS_PER_CYCLE):
            claimed = self.outbox.claim(now, token, limit=1, at=self.clock())
            if not claimed:
                return
            entry = claimed[0]
            try:
                message = build(entry, self.from_address, name, self.clock())
            except ValueError as exc:
                # a header the email library refuses (a line break in a subject edited by
                # hand, trial33 §3): never sent, said so, not left "sending" to be called
                # "interrupted" later
                lang = self.config.consultant.language
                self.outbox.mark_failed(entry, said("sync", lang, "send.unwritable", why=exc))
                report.failed += 1
                continue
            try:
                sender.send(message, self.from_address, [entry.to])
            except SendError as exc:
                # kept as the consultant reads it: `outbox`, the dashboard (SPEC §2)
                said_error = exc.said(self.config.consultant.language)
                if exc.uncertain or exc.permanent:
                    self.outbox.mark_failed(entry, said_error)
                    report.failed += 1
                else:
                    # After the wait on whichever clock comes first: a replay continuing
                    # from its moment tries again, and the live service is never held.
                    retry_at = min(now, self.clock()) + backoff(entry.attempts)
                    self.outbox.mark_retry(entry, retry_at, said_error)
                    report.retrying += 1
                    report.errors.append(exc.said(self.report_lang))
                    report.unreachable.append("smtp")
                    return  # the server is unreachable: the others wait for the next cycle
                continue
            self.outbox.mark_sent(entry, self.clock())
            report.sent += 1


def call_in_question(agenda: Agenda, zone: str = "UTC") -> dict[str, Any]:
    """Why an agenda waits for the consultant (`HELD_BECAUSE` of its outbox row): the client
    asked to move or call off its call. `asked`: when (UTC ISO), `named`: the call as the
    client named it, `sids`: the messages, `zone`: the consultant's (where `asked` is shown)."""
    return {
        "reason": "call_in_question",
        "zone": zone,
        "asked": [h.at.isoformat() for h in agenda.moves_asked],
        "named": [h.moved or topic_of(h) for h in agenda.moves_asked],
        "sids": [h.sid for h in agenda.moves_asked],
    }


def _named(reply: DeferralReply) -> list[datetime]:
    """The standing calls (UTC starts) a reply names: the one it proposes and those its
    topics are promised for, in order."""
    starts = [reply.next_call] if reply.next_call is not None else []
    return sorted({*starts, *(c.start for c in reply.calls)})


def _thread(heard: list[Heard], caused_by: tuple[str, ...]) -> dict[str, str]:
    """Where a reply sits in the client's thread: the Message-ID of the latest client email it
    answers (`in_reply_to`, RFC 5322 §3.6.4), or nothing when it answers only voicemails."""
    answered = [h for h in heard if h.sid in caused_by and h.channel == "email" and h.message_id]
    return {"in_reply_to": answered[-1].message_id} if answered else {}
