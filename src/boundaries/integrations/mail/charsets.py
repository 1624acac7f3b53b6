"""Mail bytes as text: in the charset the sender's program declared, the way mail programs
read them, and a verdict on text that did not come out readable.

Every body and header of a message goes through `decoded`; `unreadable` says when the result
is not text a person wrote (NUL characters, a body mostly of undecodable bytes), so that such
a message is reported (`parse.InboundEmail.error`) rather than stored as noise and judged.
"""

from __future__ import annotations

import codecs

from boundaries.textfiles import BYTE_ORDER_MARKS

_WIDE = ("utf-16", "utf-32")
"""Codecs (Python's names, `codecs.lookup(...).name`) whose text is not an extension of ASCII:
their bytes read as an 8-bit charset come out as a NUL between letters, never as text."""

UNREADABLE_SHARE = 0.2
"""Share of a body's characters that may be undecodable bytes (U+FFFD) before the body is
not text at all but the wrong reading of it (`unreadable`)."""


def decoded(data: bytes, declared: str | None) -> str:
    """Text of `data` (a body or an encoded word), read as mail programs read it.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32) names the encoding, whatever was
    declared (as browsers do, WHATWG Encoding §6 "decode"); a declared UTF-16 or UTF-32 is
    read as such, a byte that does not fit becoming U+FFFD (its bytes read as an 8-bit charset
    would put a NUL between letters); bytes with a NUL after (or before) every other letter are
    UTF-16 without a mark, whatever 8-bit charset was declared. Else the `declared` charset,
    and bytes that do not fit it (8-bit text declared as US-ASCII, or not declared at all, or
    an unknown charset name) are read as UTF-8, else as Windows-1252, the likeliest legacy
    encoding of a French or English client (as `triage.intake.readable` reads such bytes on
    standard input). Windows-1252 leaves five bytes undefined: those, and only those, become
    U+FFFD. Never raises."""
    codec = _codec(declared)
    marked = next((enc for mark, enc in BYTE_ORDER_MARKS if data.startswith(mark)), None)
    if marked is not None and not marked.startswith(_WIDE):
        codec, marked = marked, None  # UTF-8 with its mark: read as UTF-8, the mark dropped
    wide = marked or (codec if codec is not None and codec.startswith(_WIDE) else None)
    if wide is None and b"\x00" in data:
        wide = _utf16_unmarked(data)
    if wide is not None:
        if wide.startswith("utf-16") and len(data) % 2:
            data = data[:-1]  # a last odd byte (a mail program's cut) is no character
        return data.decode(wide, "replace")
    for charset in (codec, "utf-8", "cp1252"):
        if charset is None:
            continue
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", "replace")


def unreadable(text: str, declared: str | None) -> str | None:
    """Why `text`, a body read by `decoded` from bytes declared as `declared`, is no text a
    person wrote, naming the problem and the fix; None when it reads as text. NUL characters
    are never in a message (they are bytes of another encoding read as an 8-bit one), nor is
    a body whose characters are mostly undecodable bytes (`UNREADABLE_SHARE`)."""
    shown = f"declared as {declared!r}" if declared else "with no charset declared"
    fix = "Fix: read it in your mail program and ask the sender to send it again as UTF-8."
    if "\x00" in text:
        return f"body not readable as text ({shown}): it holds NUL characters. {fix}"
    bad = text.count("\ufffd")
    if bad and bad > UNREADABLE_SHARE * len(text.strip()):
        return (
            f"body not readable as text ({shown}): {bad} of its {len(text.strip())} "
            f"characters are bytes that charset does not have. {fix}"
        )
    return None


def _codec(declared: str | None) -> str | None:
    """Python's name of the `declared` charset, None when undeclared or unknown."""
    if not declared:
        return None
    try:
        return codecs.lookup(declared).name
    except LookupError:
        return None


def _utf16_unmarked(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `data` looks like UTF-16 without a byte-order mark
    (ASCII letters in UTF-16: a NUL on every other byte, as `textfiles` tells such files),
    else None."""
    sample = data[:4096]
    if sample.count(0) * 3 < len(sample):
        return None
    return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"
