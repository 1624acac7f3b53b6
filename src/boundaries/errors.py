"""The base of every error a user can fix: the CLI prints it, the web answers it with a 4xx."""

from __future__ import annotations

import re
from collections.abc import Callable


class BoundariesError(Exception):
    """Something in the user's input or setup is wrong; the message names it and the fix."""

    def said(self, lang: str) -> str:
        """The message in `lang` ("fr" or "en"); an error without a catalogue speaks English."""
        return str(self)


class SaidError(BoundariesError):
    """A `BoundariesError` whose message comes from a catalogue (locales/<lang>/*.toml):
    `words(lang)` makes it in a language. `str()` is the English one (the log, tests); the
    CLI prints `said(lang)` in the consultant's language (`cli.language`)."""

    def __init__(self, words: Callable[[str], str]) -> None:
        self.words = words
        super().__init__(words("en"))

    def said(self, lang: str) -> str:
        return self.words(lang)


def catalogued(catalogue: str, key: str, /, **values: object) -> Callable[[str], str]:
    """The words of `key` ("section.name") of locales/<lang>/<catalogue>.toml filled with
    `values`, for a `SaidError` to say in any language; a value that is itself catalogued (a
    `Term`, a `Said`) is said in the same language."""

    def words(lang: str) -> str:
        from boundaries.i18n import said

        spoken = {k: v.said(lang) if isinstance(v, Term | Said) else v for k, v in values.items()}
        return said(catalogue, lang, key, **spoken)

    return words


class Said(str):
    """A catalogued message already filled (`catalogued`), that is still a `str`: its text is
    the English one (a log, a test, a caller that only needs to know there is a problem), and
    `said(lang)` says it in another language. Put into another catalogued message, it is said
    in that message's language; joined with `+` or an f-string, it is English only."""

    words: Callable[[str], str]

    def __new__(cls, words: Callable[[str], str]) -> Said:
        text = super().__new__(cls, words("en"))
        text.words = words
        return text

    def said(self, lang: str) -> str:
        """The message in `lang` ("fr" or "en")."""
        return self.words(lang)


class Term(str):
    """A word or phrase of a catalogue put into another message ("connecting" in "…:
    connecting: the server answered 421"): `said(lang)` is the entry `key` of `catalogue`
    in `lang`, filled with `values` (a value that is itself a `Term` is said in `lang` too).
    As a `str` it is its key."""

    catalogue: str
    values: dict[str, object]

    def __new__(cls, catalogue: str, key: str, /, **values: object) -> Term:
        term = super().__new__(cls, key)
        term.catalogue = catalogue
        term.values = values
        return term

    def said(self, lang: str) -> str:
        return catalogued(self.catalogue, str(self), **self.values)(lang)


def reason(exc: BaseException) -> str:
    """What `exc` says, for "(…)" in a message: its text, else its type's name — a library
    error raised without words (EOFError(), an empty protocol error) would print "()". A
    server's answer carried as bytes is said as its text: "[AUTHENTICATIONFAILED]
    Authentication failed.", not "b'[AUTHENTICATIONFAILED] …'" (IMAPClient's LoginError,
    trial47 B4)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    said = first.decode("utf-8", "replace") if isinstance(first, bytes) else str(exc)
    quoted = _BYTES_SHOWN.fullmatch(said.strip())
    if quoted is not None:
        said = quoted.group(2)
    text = " ".join(said.split())
    return text or type(exc).__name__


_BYTES_SHOWN = re.compile(r"b(['\"])(.*)\1", re.S)
"""A bytes value written by `str()`: b'…' or b"…"."""
