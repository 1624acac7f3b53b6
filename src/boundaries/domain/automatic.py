"""Is an email a robot's answer (out-of-office, vacation notice, bounce, read receipt) or a
bulk mailing (`automatic`)? Did a mailing list deliver it (`list_delivery`)?

A client's auto-responder answers the replies and agendas Boundaries sends; its answer is no
message from the client: it must not be triaged, alerted on, put on an agenda or answered
(SPEC §1, §5, §10). Nor is a bulk mailing marked only `Precedence: bulk|junk`. Both are
still stored, so nothing is lost.

A list header says a list manager delivered the message, not that a robot wrote it: small
associations run their board through a Google Group or a Mailman list their consultant is
on, and a person writes each post. So list delivery is told apart (`list_delivery`): a
message a list delivered from a client's own address is that client's message, triaged like
any other (urgent → notified; a topic → agenda), with the list noted beside it. Only the
robot signs above make an email automatic, list or not.

Sources, most reliable first:
- RFC 3834 §5: `Auto-Submitted` with any value other than `no` (`auto-replied`,
  `auto-generated`, `auto-notified` of RFC 5436...).
- What mail systems set besides: `X-Autoreply` / `X-Autorespond` (Postfix vacation, cPanel,
  Zimbra), `Precedence: auto_reply` (Sendmail vacation), `Precedence: bulk|junk` with no
  list header (a bulk mailing),
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

List delivery (`list_delivery`) is told by RFC 2919 `List-Id`, the RFC 2369 list fields
(`List-Unsubscribe`, `List-Subscribe`, `List-Post`, `List-Help`, `List-Owner`,
`List-Archive`; RFC 8058 `List-Unsubscribe-Post`), the older `Mailing-List` (ezmlm, Google
Groups) and `X-Mailing-List`, what Mailman 2 writes without `List-Id` (`X-BeenThere`,
`X-Mailman-Version`, a `Sender` or `Errors-To` of `<list>-bounces@`), a list's owner or
bounce address as `Sender` (`owner-<list>@` of Sympa and Majordomo, `<list>-owner@`,
`<list>-request@`), and `Precedence: list`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from email.utils import parseaddr

PRECEDENCE = frozenset({"auto_reply"})
"""`Precedence` values of an auto-responder's answer, list or not (RFC 3834 §3.1.8)."""

BULK_PRECEDENCE = frozenset({"bulk", "junk"})
"""`Precedence` values of a bulk mailing: automatic when no list header says a list delivered
it (ezmlm and old Mailman mark a person's post `bulk`)."""

LIST_PRECEDENCE = frozenset({"list"})
"""`Precedence` value list managers set on the posts they deliver (Mailman 2.1, Sympa)."""

FLAG_HEADERS = ("x-autoreply", "x-autorespond", "x-ms-exchange-inbox-rules-loop")
"""Headers whose mere presence marks an automatic message."""

LIST_HEADERS = (
    "list-id",
    "list-unsubscribe",
    "list-unsubscribe-post",
    "list-subscribe",
    "list-post",
    "list-help",
    "list-owner",
    "list-archive",
    "mailing-list",
    "x-mailing-list",
    "x-beenthere",
    "x-mailman-version",
)
"""Headers whose mere presence says a list delivered the message (RFC 2919, RFC 2369,
RFC 8058; ezmlm and Google Groups' `Mailing-List`; Mailman 2's own)."""

LIST_SENDERS = ("sender", "errors-to")
"""Headers that carry a list's own bounce or owner address when a list delivered it."""

_LIST_ADDRESS = re.compile(r"(?:-bounces?|-owner|-request)(?:\+[^@]*)?@|^owner-", re.IGNORECASE)

HEADERS = (
    "auto-submitted",
    *FLAG_HEADERS,
    "x-auto-response-suppress",
    *LIST_HEADERS,
    *LIST_SENDERS,
    "precedence",
    "return-path",
    "content-type",
)
"""Every header `automatic` reads: what an adapter passes it from a message."""

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
    """Why this email is a robot's answer or a bulk mailing ("Auto-Submitted: auto-replied",
    "Precedence: bulk", "subject 'Automatic reply: …'"), or None when a person may have
    written it, a list having delivered it or not (see `list_delivery`).

    `headers`: header names (any case) to their first value as text; `subject` the decoded
    subject; `sender` the From address. Pure: no I/O, never raises."""
    found = _found(headers)
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
    if precedence in PRECEDENCE or (
        precedence in BULK_PRECEDENCE and list_delivery(headers) is None
    ):
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


def list_delivery(headers: Mapping[str, str]) -> str | None:
    """Why a mailing list delivered this email ("List-Id: Horizon CA <ca.horizon.example>",
    "Sender: ca-bounces@lists.horizon.example"), or None. Says nothing of who wrote it: a
    list's post from a client's own address is that client's message (module docstring).

    `headers` as for `automatic`. Pure: no I/O, never raises."""
    found = _found(headers)
    for name in LIST_HEADERS:
        if name in found:
            return f"{_title(name)}: {found[name][:120]}".rstrip(": ")
    for name in LIST_SENDERS:
        if _LIST_ADDRESS.search(parseaddr(found.get(name, ""))[1]):
            return f"{_title(name)}: {found[name][:120]}"
    if found.get("precedence", "").strip().lower() in LIST_PRECEDENCE:
        return "Precedence: list"
    return None


_LIST_TAG = re.compile(
    r"^((?:\s*(?:re|aw|sv|tr|fwd?|wg)\s*:)*)\s*(?:\[[^\[\]\n]{1,40}\]\s*)+(?=\S)", re.I
)


def without_list_tag(subject: str) -> str:
    """`subject` without the `[tag]` a mailing list puts in front ("[ca-horizon] Réunion du
    bureau" → "Réunion du bureau"; "Re: [CA] Compte rendu" → "Re: Compte rendu"), so that
    the tag is read as no word of the client's. A subject that is only a tag is kept."""
    return _LIST_TAG.sub(lambda m: m.group(1) + (" " if m.group(1) else ""), subject, count=1)


def _found(headers: Mapping[str, str]) -> dict[str, str]:
    return {k.strip().lower(): " ".join(str(v).split()) for k, v in headers.items()}


def _title(name: str) -> str:
    special = {"x": "X", "ms": "MS", "id": "Id"}
    return "-".join(special.get(p, p.capitalize()) for p in name.split("-"))
