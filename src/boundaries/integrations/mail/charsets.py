"""Mail bytes as text: in the charset the sender's program declared, the way mail programs
read them, the declaration overruled when the bytes say otherwise, and a verdict on text that
did not come out readable.

Every body and header of a message goes through `decoded`; `unreadable` says when the result
is not text a person wrote (NUL characters, a body mostly of undecodable bytes), so that such
a message is reported (`parse.InboundEmail.error`) rather than stored as noise and judged.

A wrong declaration is common: old scripts and web forms send UTF-8 labelled ISO-8859-1 or
Windows-1252, and some label UTF-8 as UTF-16. Bytes that are valid UTF-8 with multi-byte
sequences are UTF-8 whatever 8-bit charset was declared (text in a legacy charset almost
never is: RFC 3629 §1), and mojibake left in the text itself ("dÃ©partementale", UTF-8 read
once as Latin-1 by some program on the way) is repaired by ftfy's `fix_encoding`, which
changes only text that is far likelier mojibake than something a person wrote.
"""

from __future__ import annotations

import codecs

import ftfy

from boundaries.textfiles import BYTE_ORDER_MARKS

_WIDE = ("utf-16", "utf-32")
"""Codecs (Python's names, `codecs.lookup(...).name`) whose text is not an extension of ASCII:
their bytes read as an 8-bit charset come out as a NUL between letters, never as text."""

_LEGACY_LATIN = ("latin_1", "ascii")
"""Codecs whose declaration mail programs read as Windows-1252 (WHATWG Encoding §4.2: the
labels "iso-8859-1", "us-ascii", "latin1"…), so that a quote mark written by Outlook
(`\x92`) is "’", never an invisible C1 control."""

UNREADABLE_SHARE = 0.2
"""Share of a body's characters that may be undecodable bytes (U+FFFD) before the body is
not text at all but the wrong reading of it (`unreadable`)."""


def decoded(data: bytes, declared: str | None) -> str:
    """Text of `data` (a body or an encoded word), read as mail programs read it, with the
    mojibake a wrong declaration leaves repaired.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32) names the encoding, whatever was
    declared (as browsers do, WHATWG Encoding §6 "decode"); a declared UTF-16 or UTF-32 is
    read as such, a byte that does not fit becoming U+FFFD (its bytes read as an 8-bit charset
    would put a NUL between letters), unless the bytes are 8-bit text labelled wrong
    (`_narrow`: no NUL byte at all), read below as undeclared; bytes with a NUL after (or
    before) every other letter are UTF-16 without a mark, whatever 8-bit charset was
    declared. Else bytes that are valid
    UTF-8 and not all ASCII are UTF-8 whatever was declared (`_utf8`); else the `declared`
    charset (ISO-8859-1 and US-ASCII read as Windows-1252, `_LEGACY_LATIN`), and bytes that
    do not fit it (8-bit text declared as US-ASCII, or not declared at all, or an unknown
    charset name) are read as Windows-1252, the likeliest legacy encoding of a French or
    English client (as `triage.intake.readable` reads such bytes on standard input).
    Windows-1252 leaves five bytes undefined: those, and only those, become U+FFFD. The text
    then goes through `repaired`. Never raises."""
    codec = _codec(declared)
    marked = next((enc for mark, enc in BYTE_ORDER_MARKS if data.startswith(mark)), None)
    if marked is not None and not marked.startswith(_WIDE):
        codec, marked = marked, None  # UTF-8 with its mark: read as UTF-8, the mark dropped
    if marked is None and codec is not None and codec.startswith(_WIDE) and _narrow(data):
        codec = None  # "UTF-16" without one NUL byte, written as 8-bit text: labelled wrong
    wide = marked or (codec if codec is not None and codec.startswith(_WIDE) else None)
    if wide is None and b"\x00" in data:
        wide = _utf16_unmarked(data)
    if wide is not None:
        if wide.startswith("utf-16") and len(data) % 2:
            data = data[:-1]  # a last odd byte (a mail program's cut) is no character
        return repaired(data.decode(wide, "replace"))
    if codec == "utf-8-sig":
        data, codec = data[len(codecs.BOM_UTF8) :], "utf-8"
    utf8 = _utf8(data)
    if utf8 is not None:
        return repaired(utf8)
    if codec in _LEGACY_LATIN:
        codec = "cp1252"
    for charset in (codec, "utf-8", "cp1252", "latin_1" if codec == "cp1252" else None):
        if charset is None:
            continue
        try:
            return repaired(data.decode(charset))
        except UnicodeDecodeError:
            continue
    return repaired(data.decode("cp1252", "replace"))


def repaired(text: str) -> str:
    """`text` with the mojibake of UTF-8 read as a legacy charset undone ("dÃ©partementale"
    is "départementale", "lâ€™atelier" is "l’atelier"), by ftfy's
    `fix_encoding`: it changes text only when the result is far likelier than what was
    written, so accents a person typed ("Ça va à Noël ?") stay. Nothing else (quotes,
    widths, line ends) is touched."""
    if text.isascii():
        return text
    return ftfy.fix_encoding(text)


def _utf8(data: bytes) -> str | None:
    """`data` read as UTF-8 when it is valid UTF-8 holding at least one multi-byte sequence,
    else None. Text written in an 8-bit charset almost never is: every accented letter
    would have to stand right after one of the few characters (Ã, Â, Ã©…) that begin a
    UTF-8 sequence when read as Latin-1 (RFC 3629 §1; what mail programs assume of a body
    that does not fit its declaration)."""
    if data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


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


NARROW_TEXT_SHARE = 0.8
"""Share of printable ASCII bytes (letters, digits, spaces, punctuation) from which bytes
without a NUL are 8-bit text: French or English in any 8-bit charset is mostly ASCII."""


def _narrow(data: bytes) -> bool:
    """`data`, declared UTF-16 or UTF-32, is 8-bit text labelled wrong: it holds no NUL byte
    (no line break, space or Latin letter is written so in UTF-16 or UTF-32), and it is
    valid UTF-8 or mostly printable ASCII; bytes that are neither stay read in their
    declared charset, where `unreadable` judges them."""
    if b"\x00" in data:
        return False
    if _utf8(data) is not None:
        return True
    ascii_text = sum(32 <= b < 127 or b in b"\t\r\n" for b in data)
    return ascii_text >= NARROW_TEXT_SHARE * len(data)


def _utf16_unmarked(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `data` looks like UTF-16 without a byte-order mark
    (ASCII letters in UTF-16: a NUL on every other byte, as `textfiles` tells such files),
    else None."""
    sample = data[:4096]
    if sample.count(0) * 3 < len(sample):
        return None
    return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"
