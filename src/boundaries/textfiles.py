"""Opening the text files people hand us: the config, events, updates and labelled sets.

They are UTF-8 by contract (TOML 1.0 §Spec, JSON Lines). What Windows editors and PowerShell's
`>` write is read too when it says what it is: a byte-order mark (UTF-8, UTF-16 or UTF-32,
Unicode §23.8) picks the encoding and is dropped. Text in another encoding without a mark is
refused by `undecodable`, which names the line, the column and the likely encoding, with the
command that converts the file.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from boundaries.errors import Said, SaidError, Term, catalogued


def readable_fix() -> Said:
    """The fix for a path that exists but cannot be read (a folder, no permission), from
    locales/<lang>/files.toml: English as a `str`, any language by `said(lang)`."""
    return Said(catalogued("files", "text.readable"))


# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def encoding_of(head: bytes) -> str:
    """The codec for text that begins with `head` (its first four bytes or more): the one its
    byte-order mark names (a codec that drops the mark), else "utf-8".

    Callers that can see further first drop a stray mark (`stray_mark`)."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return encoding
    return "utf-8"


STRAY_SAMPLE = 64
"""Bytes after a mark that `stray_mark` looks at."""


def stray_mark(head: bytes) -> int:
    """The length of a UTF-16 or UTF-32 byte-order mark that opens `head` (the first
    `STRAY_SAMPLE` bytes or more after it) but does not fit what follows, else 0.

    What follows a true mark is UTF-16 or UTF-32, where every Latin letter, digit, space,
    brace and line break has a NUL byte beside it; bytes with no NUL at all after the mark are
    8-bit text (UTF-8) that a tool prefixed with a mark of its own (PowerShell piping into a
    program, trial32 §9). Such a mark is to be skipped and the rest read as UTF-8, not every
    line turned into CJK-looking nonsense. Text in UTF-16 made only of letters outside Latin
    script has no NUL either, but no config, JSON line or event we read is such text."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if head.startswith(mark):
            rest = head[len(mark) : len(mark) + STRAY_SAMPLE]
            wide = encoding != "utf-8-sig"
            return len(mark) if wide and len(rest) >= 2 and 0 not in rest else 0
    return 0


class NotText(SaidError):
    """The file is not text in UTF-8 (or in the encoding its byte-order mark names).

    `line` and `column` count from 1; the message (without the line, which callers place as
    they name lines) gives the column, the byte, the likely encoding and the command that
    converts the file (see `undecodable`), in any language (`said`)."""

    def __init__(self, line: int, column: int, words: Callable[[str], str]) -> None:
        super().__init__(words)
        self.line = line
        self.column = column


def read_text(path: Path) -> str:
    """The whole text of `path`, in the encoding its byte-order mark names (the mark dropped),
    else UTF-8; universal newlines.

    A UTF-16 or UTF-32 mark before 8-bit text is dropped (`stray_mark`).

    Raises `OSError` (FileNotFoundError, PermissionError, …) as `open` does, and `NotText` for
    bytes that are not in that encoding or for NUL characters, which no text file we read holds
    (ASCII saved as UTF-16 without a mark decodes as UTF-8 with a NUL after each letter; a
    binary file holds them too)."""
    raw = read_bytes(path)
    raw = raw[stray_mark(raw[: 4 + STRAY_SAMPLE]) :]
    try:
        text = raw.decode(encoding_of(raw[:4]))
    except UnicodeDecodeError:
        raise NotText(*undecodable(path, raw)) from None
    if "\x00" in text:
        raise NotText(*undecodable(path, raw))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path) -> bytes:
    """The bytes of `path`, as `Path.read_bytes`, except that a named pipe (FIFO) no program
    is writing to is not waited on forever (`check --config fifo.toml` hung, trial60 §6):
    opened without blocking, it reads as what its writer sends (`--events <(…)` works), and
    with no writer it raises `OSError` (ENODATA) saying so."""
    try:
        fifo = stat.S_ISFIFO(path.stat().st_mode)
    except OSError:
        fifo = False  # read_bytes raises the error itself, as it would
    if not fifo:
        return path.read_bytes()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # no writer: opens at once, reads EOF
    with os.fdopen(fd, "rb") as pipe:
        os.set_blocking(fd, True)
        data = pipe.read()
    if not data:
        raise OSError(
            errno.ENODATA, "a named pipe (FIFO) that nothing was written to, not a file", str(path)
        )
    return data


def undecodable(path: Path, raw: bytes) -> tuple[int, int, Callable[[str], str]]:
    """Where `path` stops being text in its encoding and what to do: (line, column, message).

    Line and column count from 1, in bytes of the file. The message (words for any language,
    locales/<lang>/files.toml) names the byte,
    the encoding the file was most likely saved in (no NUL bytes: Windows-1252 / Latin-1, the
    usual editor default; NUL bytes on every other position: UTF-16 without a byte-order mark)
    and the `iconv` command that converts it to UTF-8; NUL bytes in no such pattern are a
    binary file (a program, an archive, a spreadsheet), which no conversion makes text.
    `raw` is the file's bytes."""
    encoding = encoding_of(raw[:4])
    likely = likely_encoding(raw)
    try:
        raw.decode(encoding)
        start = raw.index(0)  # decodes, but holds a NUL byte
    except UnicodeDecodeError as exc:
        start = exc.start + (len(raw) - len(exc.object)) if isinstance(exc.object, bytes) else 0
        if likely is None:
            start = raw.index(0)  # binary: the NUL byte says so, not an accented letter before it
    except ValueError:
        start = 0
    before = raw[:start]
    line = before.count(b"\n") + 1
    column = start - (before.rfind(b"\n") + 1) + 1
    byte = raw[start : start + 1].hex() or "?"
    if likely is None:
        return line, column, catalogued("files", "text.binary", byte=byte, column=column, path=path)
    return (
        line,
        column,
        catalogued(
            "files",
            "text.not_utf8",
            byte=byte,
            column=column,
            saved_as=Term("files", "encoding." + likely),
            source=likely,
            path=path,
            converted=f"{path.stem}-utf8{path.suffix}",
        ),
    )


def likely_encoding(raw: bytes) -> str | None:
    """The iconv name of the encoding `raw` was most likely written in (its words are under
    that key in files.toml's [encoding]), or None for binary data: NUL bytes that are not the
    odd or even half of ASCII in UTF-16. "utf-16le"/"utf-16be" for text written in UTF-16
    without a byte-order mark (its Latin letters each beside a NUL), "windows-1252" for bytes
    with no NUL; only the first 4,096 bytes are looked at."""
    sample = raw[:4096]
    nuls = sample.count(0)
    if not nuls:
        return "windows-1252"
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    # ASCII in UTF-16: nearly every byte of one half is NUL, and (almost) none of the other
    half = len(sample) // 2
    if odd >= 0.9 * half and even <= 0.1 * half:
        return "utf-16le"
    if even >= 0.9 * half and odd <= 0.1 * half:
        return "utf-16be"
    return None
