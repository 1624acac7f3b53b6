"""An email as Boundaries needs it: who, to whom, when, what it says in its new text.

Attachments are ignored; the part that holds the message is read, chosen by what each part
says (`_holds_the_message`: text/plain, unless it says nothing or something else than the HTML
part, which is then read, turned into text by the triage's `html_to_text`: html2text,
blockquotes stay quoted), in its declared charset (`charsets.decoded`); quoted
history and signatures are cut by the triage's `new_text`. Nothing here raises on a broken
message: it comes back with `error` set and is stored as such.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes
from email.header import decode_header
from email.message import EmailMessage, Message
from email.policy import default as DEFAULT_POLICY
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from boundaries.domain.automatic import HEADERS as AUTOMATIC_HEADERS
from boundaries.domain.automatic import automatic, list_delivery, without_list_tag
from boundaries.integrations.mail.charsets import decoded, unreadable
from boundaries.integrations.mail.message import KEY_HEADER
from boundaries.triage.mail import html_to_text, new_text, signature_only

_VIA = re.compile(r"\svia\s", re.IGNORECASE)
"""How Google Groups and Mailman name a post's author when they rewrite its From."""

MAX_TEXT_CHARS = 20_000
"""What is kept of a body: enough for any message a person writes."""


@dataclass(frozen=True)
class InboundEmail:
    """One message read from a folder."""

    message_id: str
    sender: str  # address only, lower case
    recipients: tuple[str, ...]  # To and Cc, lower case
    subject: str
    at: datetime | None  # UTC, from the Date header
    text: str  # the new text (quoted history, signature and footers removed)
    ours: bool = False  # sent by Boundaries itself (an outbox message)
    error: str | None = None
    body: str = ""  # the whole body as text (HTML converted), history included: for triage
    automatic: str | None = None  # why a robot sent it (out-of-office, bounce, bulk mailing)
    via_list: str | None = None  # why a mailing list delivered it (List-Id…): still a person's
    original_sender: str = ""  # who wrote a list's post under the list's From (lower case)

    @property
    def triage_subject(self) -> str:
        """What the triage reads as the subject: without the `[tag]` a list put in front,
        which names the list, never what the client writes about."""
        return without_list_tag(self.subject) if self.via_list else self.subject

    @property
    def triage_text(self) -> str:
        """What the triage reads: the whole body, so that it sets history apart itself and
        judges the fuller text when cleaning removed most of it (SPEC §5), as
        `boundaries triage` does with an email's `text`."""
        return self.body or self.text


def stable_id(raw: bytes) -> str:
    """A Message-ID for a message without one: the same for the same bytes, so that reading
    the folder again (a new UIDVALIDITY) stores it once."""
    return f"<sha1-{hashlib.sha1(raw).hexdigest()}@boundaries.invalid>"


def parse(raw: bytes) -> InboundEmail:
    """Read one message; never raises (a message that cannot be read has `error` set)."""
    try:
        msg = message_from_bytes(raw, policy=DEFAULT_POLICY)
    except Exception as exc:  # the parser is lenient, but a broken message must not stop us
        return InboundEmail(stable_id(raw), "", (), "", None, "", error=f"unreadable: {exc}")
    try:
        return _parse(msg, raw)
    except Exception as exc:
        message_id = _header(msg, "Message-ID") or stable_id(raw)
        sender = parseaddr(_header(msg, "From"))[1].lower()
        return InboundEmail(
            message_id[:250],
            sender,
            (),
            _header(msg, "Subject")[:500],
            None,
            "",
            error=f"malformed message: {type(exc).__name__}: {exc}"[:500],
        )


def _header(msg: Message, name: str) -> str:
    """The first `name` header as one line of text, read as mail clients read it (see
    `header_text`); "" when there is none."""
    wanted = name.lower()
    try:
        raw = next((str(v) for k, v in msg.raw_items() if k.lower() == wanted), None)
    except Exception:
        raw = None
    if raw is None:
        return ""
    return " ".join(header_text(raw).split())


def header_text(raw: str) -> str:
    """A header's value as its words, whatever the sender's program wrote: RFC 2047 encoded
    words decoded by their declared charset (RFC 2047 §6.2), and bytes that are not ASCII,
    whether raw in the header (RFC 6532 allows UTF-8; older programs send Latin-1 undeclared)
    or inside an encoded word whose charset does not fit them, read as UTF-8, else as
    Windows-1252 (`decoded`), as Thunderbird and Outlook do. Never a U+FFFD in place of "é".

    `raw` is the value as the parser kept it: bytes that are not ASCII stand as lone
    surrogates (`surrogateescape`)."""
    if any("\udc80" <= c <= "\udcff" for c in raw):
        raw = decoded(raw.encode("ascii", "surrogateescape"), None)
    if "=?" not in raw:
        return raw
    try:
        chunks = decode_header(raw)
    except Exception:  # a broken encoded word: its text as written
        return raw
    # `decode_header` returns the text between encoded words as raw-unicode-escape bytes.
    return "".join(
        chunk
        if isinstance(chunk, str)
        else chunk.decode("raw-unicode-escape")
        if charset is None
        else decoded(chunk, charset)
        for chunk, charset in chunks
    )


def _parse(msg: Message, raw: bytes) -> InboundEmail:
    message_id = _header(msg, "Message-ID") or stable_id(raw)
    sender = parseaddr(_header(msg, "From"))[1].lower()
    recipients = tuple(
        a.lower() for _, a in getaddresses([_header(msg, "To"), _header(msg, "Cc")]) if a
    )
    at: datetime | None = None
    date = _header(msg, "Date")
    if date:
        try:
            at = parsedate_to_datetime(date)
            at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
        except (TypeError, ValueError, IndexError):
            at = None
    body, problem = _body(msg)
    if _names_only(new_text(body, _header(msg, "Subject")), parseaddr(_header(msg, "From"))[0]):
        body = ""  # "Jen Park" alone under a From "Jen Park": a signature, no message
    headers = {name: _header(msg, name) for name in AUTOMATIC_HEADERS if name in msg}
    error = None
    if not sender:
        error = "no sender address (From)"
    elif problem is not None:
        error = problem
    elif not body.strip() and _defects(msg):
        error = "malformed MIME, no readable text: " + "; ".join(_defects(msg))[:300]
    return InboundEmail(
        message_id=message_id[:250],
        sender=sender,
        recipients=recipients,
        subject=_header(msg, "Subject")[:500],
        at=at,
        text=new_text(body, _header(msg, "Subject"))[:MAX_TEXT_CHARS],
        ours=bool(_header(msg, KEY_HEADER)),
        error=error,
        body=body[: MAX_TEXT_CHARS * 2],
        automatic=automatic(headers, _header(msg, "Subject"), sender),
        via_list=list_delivery(headers),
        original_sender=_original_sender(msg),
    )


def _original_sender(msg: Message) -> str:
    """Who wrote a post whose From a list rewrote to its own address (against DMARC):
    `X-Original-From` (Google Groups), else, under a From named "Marc Dubois via CA" (Google
    Groups, Mailman 2.1 and 3), the `Reply-To` those lists set to the author. Lower case;
    "" when nothing names one."""
    original = parseaddr(_header(msg, "X-Original-From"))[1]
    if not original and _VIA.search(parseaddr(_header(msg, "From"))[0]):
        original = parseaddr(_header(msg, "Reply-To"))[1]
    return original.lower()


def _defects(msg: Message) -> list[str]:
    """What the parser found wrong anywhere in the message (RFC 5322 / MIME structure)."""
    found = [type(d).__name__ for part in msg.walk() for d in getattr(part, "defects", [])]
    return sorted(set(found))


def _body(msg: Message) -> tuple[str, str | None]:
    """(text, problem) of the message: of its text/plain part and its HTML part (as text,
    `html_to_text`), the one that holds the message (`_holds_the_message`). A plain part that
    says nothing beside an HTML part that holds the message (web mailers and newsletter tools
    send both: an empty or blank one, invisible characters, a bare `&nbsp;`, "This email is
    best viewed in HTML", the sender's signature alone) gives way to it, as one that does not
    read as text does (`charsets.unreadable`). `problem` names why no part could be read when
    one held bytes that are no text: the message is then reported, never stored as noise."""
    if not isinstance(msg, EmailMessage):
        return "", None
    problem = None
    readable: dict[str, str] = {}
    for kind in ("plain", "html"):
        part = msg.get_body(preferencelist=(kind,))
        if part is None:
            continue
        content, charset = _content(part)
        if kind == "html":
            content = html_to_text(content[: MAX_TEXT_CHARS * 10])
        if not _visible(content).strip():
            continue
        why = unreadable(content, charset)
        if why is None:
            readable[kind] = content
        else:
            problem = problem or why
    if not readable:
        return "", problem
    subject = _header(msg, "Subject")
    plain, html = readable.get("plain"), readable.get("html")
    if plain is not None and (html is None or _holds_the_message(plain, html, subject)):
        return plain, None
    return (html if html is not None else ""), None  # no plain part: the HTML one is read


_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]"
)
"""Characters that show nothing (zero-width spaces and joiners, soft hyphen, direction marks,
word joiner, byte-order mark, Hangul fillers): a part made of them says nothing."""

_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of a message: two letters or more (numbers and initials tell no message apart)."""

SAME_MESSAGE_SHARE = 0.5
"""Share of the plain part's words that the HTML part must hold for the two to be one message
written twice (then the plain part is read: it is the sender's own text, no conversion)."""

POORER_HTML_SHARE = 0.25
"""An HTML part with fewer words than this share of a plain part that says something else
is poorer than it (images, a banner): the plain part is read."""


def _visible(text: str) -> str:
    """`text` without the characters that show nothing (`_INVISIBLE`); no-break spaces are
    spaces."""
    return _INVISIBLE.sub("", text).replace("\xa0", " ")


def _message_words(text: str, subject: str) -> list[str]:
    """The words (lower case) of what the sender wrote in `text`: its new text
    (`triage.mail.new_text`, which reads a body written as HTML, entities included, as text
    and cuts history, signature and footers), and nothing at all when that is a signature
    block alone (a name, a title, a phone: `triage.mail.signature_only`)."""
    written = new_text(_visible(text), subject)
    if signature_only(written):
        return []
    return [w.lower() for w in _WORD.findall(written)]


def _holds_the_message(plain: str, html: str, subject: str) -> bool:
    """Whether the text/plain part holds the message rather than the HTML part (as text)
    beside it, by what each says. Both say the same (most of the plain part's words are in
    the HTML part): the plain part, the sender's own text. They say different things: the
    HTML part, which is what mail programs show of a multipart/alternative (RFC 2046
    §5.1.4: the last alternative is the richest) and so what the sender wrote and saw, the
    plain part being a placeholder ("best viewed in HTML", « version HTML ») or a signature;
    unless the HTML part is much poorer (`POORER_HTML_SHARE`: images with a caption) and the
    plain part is no placeholder naming HTML. A plain part with no words of a message gives
    way to an HTML part that has some."""
    plain_words = _message_words(plain, subject)
    html_words = _message_words(html, subject)
    if not html_words:
        return True
    if not plain_words:
        return False
    in_html = set(html_words)
    shared = sum(w in in_html for w in plain_words)
    if shared >= SAME_MESSAGE_SHARE * len(plain_words):
        return True
    if "html" in plain_words and "html" not in in_html:
        return False  # a placeholder pointing to the HTML part
    return len(html_words) < POORER_HTML_SHARE * len(plain_words)


def _names_only(written: str, name: str) -> bool:
    """`written` (a new text) is the sender's name and nothing else ("Jen Park" from "Jen
    Park <jen@…>"): every word of it is a word of the display `name` of the From header.
    Such a body says nothing; its words would otherwise become the topic sent to the
    client."""
    words = {w.lower() for w in _WORD.findall(written)}
    return bool(words) and words <= {w.lower() for w in _WORD.findall(name)}


def _content(part: Message) -> tuple[str, str | None]:
    """(text, declared charset) of one part, decoded by `charsets.decoded`."""
    charset = part.get_content_charset()
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return decoded(payload, charset), charset
    try:
        assert isinstance(part, EmailMessage)
        content = part.get_content()
    except Exception:
        return "", charset
    return (content if isinstance(content, str) else ""), charset
