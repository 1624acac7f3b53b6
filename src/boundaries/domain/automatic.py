"""Is an email a robot's answer (out-of-office, vacation notice, bounce, read receipt)?

A client's auto-responder answers the replies and agendas Boundaries sends; its answer is no
message from the client: it must not be triaged, alerted on, put on an agenda or answered
(SPEC §1, §5, §10). It is still stored, so nothing is lost.

Sources, most reliable first:
- RFC 3834 §5: `Auto-Submitted` with any value other than `no` (`auto-replied`,
  `auto-generated`, `auto-notified` of RFC 5436...).
- What mail systems set besides: `X-Autoreply` / `X-Autorespond` (Postfix vacation, cPanel,
  Zimbra), `Precedence: auto_reply|bulk|junk|list` (Sendmail vacation, Gmail, lists),
  `X-Auto-Response-Suppress` (Exchange and Outlook put it on their own automatic messages),
  `X-MS-Exchange-Inbox-Rules-Loop` (Exchange: sent by a mailbox rule), an empty
  `Return-Path: <>` (RFC 5321 §4.5.5: the null sender of bounces and notifications), a
  `mailer-daemon` sender, `Content-Type: multipart/report` (RFC 6522: delivery status and
  read receipts).
- Only when no header says so: subjects that auto-responders and bounces write in French or
  English ("Automatic reply: …", « Réponse automatique : … », "Out of Office: …",
  « Absence du bureau : … », "Undeliverable: …", « Non remis : … »). "Auto: …" (Sieve
  vacation's default, RFC 5230 §4.4) is left out: « Auto : » is also a car in French, and
  Sieve sets `Auto-Submitted` anyway. A person's subject that merely starts like one
  ("Out of office next week, can we move the call?") has no colon after the words and is
  kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

PRECEDENCE = frozenset({"auto_reply", "bulk", "junk", "list"})
"""`Precedence` values of messages no person wrote to us (RFC 3834 §3.1.8 notes them)."""

FLAG_HEADERS = ("x-autoreply", "x-autorespond", "x-ms-exchange-inbox-rules-loop")
"""Headers whose mere presence marks an automatic message."""

_COLON = r"\s*:"  # "Réponse automatique :" (French spacing) and "Automatic reply:"
AUTO_SUBJECTS = re.compile(
    r"^\s*(?:"
    # a prefix followed by a colon: the original subject follows
    r"(?:automatic\s+reply|auto[- ]?reply|autoreply|auto[- ]?response|out\s+of\s+(?:the\s+)?office"
    r"|vacation\s+(?:reply|response)|away\s+from\s+(?:the\s+)?office|undeliverable|undelivered"
    r"|delivery\s+(?:status\s+notification|failure|has\s+failed)|returned\s+mail"
    r"|r[ée]ponse\s+automatique|r[ée]ponse\s+auto|absence\s+du\s+bureau|absent\s+du\s+bureau"
    r"|message\s+d['’]absence|r[ée]pondeur\s+automatique|non\s+remis"
    r"|notification\s+d['’][ée]tat\s+de\s+remise|[ée]chec\s+de\s+(?:la\s+)?remise)"
    + _COLON
    + r"|(?:automatic\s+reply|auto[- ]?reply|out\s+of\s+(?:the\s+)?office|r[ée]ponse\s+automatique"
    r"|absence\s+du\s+bureau|absent\s+du\s+bureau|message\s+d['’]absence)\s*$"
    # bounces, whatever follows
    r"|undelivered\s+mail\s+returned\s+to\s+sender|mail\s+delivery\s+(?:failed|failure|system)"
    r"|delivery\s+status\s+notification|failure\s+notice"
    r")",
    re.IGNORECASE,
)


def automatic(headers: Mapping[str, str], subject: str = "", sender: str = "") -> str | None:
    """Why this email is a robot's answer ("Auto-Submitted: auto-replied", "subject
    'Automatic reply: …'"), or None when a person may have written it.

    `headers`: header names (any case) to their first value as text; `subject` the decoded
    subject; `sender` the From address. Pure: no I/O, never raises."""
    found = {k.strip().lower(): " ".join(str(v).split()) for k, v in headers.items()}
    submitted = found.get("auto-submitted", "")
    if submitted and submitted.split(";")[0].strip().lower() != "no":
        return f"Auto-Submitted: {submitted}"
    for name in FLAG_HEADERS:
        if name in found:
            return f"{_title(name)}: {found[name]}".rstrip(": ")
    suppress = found.get("x-auto-response-suppress", "")
    if suppress and suppress.strip().lower() != "none":
        return f"X-Auto-Response-Suppress: {suppress}"
    precedence = found.get("precedence", "").strip().lower()
    if precedence in PRECEDENCE:
        return f"Precedence: {precedence}"
    if "return-path" in found and found["return-path"].replace(" ", "") in ("<>", ""):
        return "Return-Path: <> (a bounce or notification)"
    content_type = found.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/report":
        return "Content-Type: multipart/report (a delivery or read report)"
    local = sender.rsplit("@", 1)[0].strip().lower() if "@" in sender else ""
    if local in ("mailer-daemon", "postmaster"):
        return f"sender {sender} (a mail server)"
    if AUTO_SUBJECTS.match(subject or ""):
        return f"subject {subject[:80]!r}"
    return None


def _title(name: str) -> str:
    return "-".join(p.upper() if p in ("x", "ms") else p.capitalize() for p in name.split("-"))
