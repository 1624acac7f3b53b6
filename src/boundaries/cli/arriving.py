"""Lines of a pipe or a terminal as they arrive, with a mark where the writer pauses.

`boundaries triage` answers in batches (faster). A program that writes one message to its pipe
and waits for the answer, or a person typing at a terminal, would wait for a batch that never
fills (trial43 §9). Read here, every pause of the input (no further line has arrived yet)
gives a `None` between the lines, and the caller answers what it holds before it waits.
A regular file never pauses, so it is read as before.
"""

from __future__ import annotations

import codecs
import os
import select
import stat
from collections.abc import Callable, Iterator
from typing import TextIO

from boundaries.textfiles import STRAY_SAMPLE

CHUNK = 65536
"""Bytes asked of the pipe per read (a pipe returns what it holds, up to this)."""

HEAD = 4 + STRAY_SAMPLE
"""Bytes gathered before the encoding is chosen: a byte-order mark and what follows it
(`textfiles.stray_mark`)."""


def may_pause(stream: TextIO) -> bool:
    """Whether `stream` (standard input) is a pipe, a socket or a terminal whose
    writer may wait for answers: not a regular file or a device, and `select` can watch it
    (POSIX)."""
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return False  # an in-memory stream (tests, a caller's StringIO) ends, never waits
    return (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)) and hasattr(
        select, "select"
    )


def arriving_lines(
    fd: int, encoding_of_head: Callable[[bytes], tuple[int, str]]
) -> Iterator[str | None]:
    """The lines read from file descriptor `fd`, each ending "\\n" (the last may have none),
    with universal newlines ("\\r\\n" and a lone "\\r" end a line too, as
    `io.TextIOWrapper(newline=None)` reads them); `None` each time every complete line
    received has been given and the next has not arrived yet.

    `encoding_of_head(head)` gets the first bytes (up to `HEAD` of them: what came before
    the writer paused after a line end, or all there is) and says how many to skip (a
    byte-order mark) and the codec for the rest. In UTF-8, undecodable bytes are kept as
    lone surrogates (`surrogateescape`) for the caller to replace where it parses the line;
    in UTF-16 or UTF-32 they are replaced.

    Raises OSError as `os.read` does."""
    head = os.read(fd, CHUNK)  # the first message: waiting for it is what a reader does
    ended = not head
    while not ended and len(head) < HEAD and (_ready(fd) or not _holds_a_line_end(head)):
        # more of the head when it is there already, or when too little came to be a line
        chunk = os.read(fd, CHUNK)
        head += chunk
        ended = not chunk
    skip, encoding = encoding_of_head(head)
    # UTF-8 keeps a stray byte for the caller to name; UTF-16/32 replace what they cannot read
    errors = "surrogateescape" if encoding.startswith("utf-8") else "replace"
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    text = decoder.decode(head[skip:], final=ended)
    while True:
        lines, text = _complete_lines(text, ended)
        yield from lines
        if ended:
            return
        if not _ready(fd):
            yield None  # the writer has not sent the next line: answer what came
        chunk = os.read(fd, CHUNK)
        text += decoder.decode(chunk, final=not chunk)
        ended = not chunk


def _complete_lines(text: str, ended: bool) -> tuple[list[str], str]:
    """The complete lines at the start of `text` (line ends made "\\n") and what is left. A
    "\\r" at the very end waits for the next read (it may be the start of "\\r\\n"), unless
    the input `ended`."""
    lines: list[str] = []
    start = 0
    size = len(text)
    while start < size:
        cut = _next_break(text, start)
        if cut < 0:
            break
        if text[cut] == "\r":
            if cut + 1 == size and not ended:
                break
            step = 2 if text.startswith("\r\n", cut) else 1
        else:
            step = 1
        lines.append(text[start:cut] + "\n")
        start = cut + step
    rest = text[start:]
    if ended and rest:
        lines.append(rest)
        rest = ""
    return lines, rest


def _next_break(text: str, start: int) -> int:
    """The index of the first "\\n" or "\\r" at or after `start`, or -1."""
    n = text.find("\n", start)
    r = text.find("\r", start)
    if r < 0:
        return n
    return r if n < 0 else min(n, r)


def _ready(fd: int) -> bool:
    """Whether reading `fd` would return at once (data or its end) rather than wait."""
    return bool(select.select([fd], [], [], 0)[0])


def _holds_a_line_end(data: bytes) -> bool:
    """Whether `data` holds a line end in any of the encodings read ("\n" or "\r" is one
    byte in UTF-8 and one of the two or four in UTF-16/32)."""
    return b"\n" in data or b"\r" in data
