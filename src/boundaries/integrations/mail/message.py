"""Outbox rows as RFC 5322 messages, and the identity our own messages carry."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from boundaries.store.outbox import OutboxEntry

KEY_HEADER = "X-Boundaries-Key"
"""Marks messages Boundaries sent, so that reading the Sent folder never takes them for the
consultant's own updates."""

AUTO_SUBMITTED = "auto-generated"
"""RFC 3834 §5: written by a program. Vacation responders (Sieve RFC 5230, Gmail, Postfix
vacation) do not answer such a message, so a client's out-of-office never answers ours."""
AUTO_RESPONSE_SUPPRESS = "OOF, AutoReply"
"""What Exchange and Outlook honour instead: no out-of-office, no rule's automatic reply
(delivery failures still come back, so a wrong address is not hidden)."""


def new_message_id(key: str, sender: str) -> str:
    """A fresh, globally unique Message-ID (RFC 5322 §3.6.4) in the sender's domain."""
    domain = sender.rsplit("@", 1)[-1].strip(" >") or "boundaries.invalid"
    tag = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return make_msgid(idstring=tag, domain=domain)


def build(entry: OutboxEntry, sender: str, sender_name: str, now: datetime) -> EmailMessage:
    """The email of an outbox row: plain text with an HTML alternative when there is one.
    `now` (aware) is the moment it is really sent, its `Date:` (RFC 5322 §3.6.1: "the date
    and time at which the creator of the message indicated that the message was complete and
    ready to enter the mail delivery system"), never a replayed moment."""
    msg = EmailMessage()
    msg["From"] = formataddr((sender_name, sender))
    msg["To"] = entry.to
    msg["Subject"] = entry.subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = entry.message_id
    answered = str(entry.detail.get("in_reply_to") or "")
    if answered:  # a reply to a client's email stays in its thread (RFC 5322 §3.6.4)
        msg["In-Reply-To"] = answered
        msg["References"] = answered
    msg[KEY_HEADER] = entry.key
    # Tells other robots (vacation responders) not to answer this one.
    msg["Auto-Submitted"] = AUTO_SUBMITTED
    msg["X-Auto-Response-Suppress"] = AUTO_RESPONSE_SUPPRESS
    msg.set_content(entry.text)
    if entry.html:
        msg.add_alternative(entry.html, subtype="html")
    return msg
