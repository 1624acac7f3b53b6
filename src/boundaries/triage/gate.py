"""Word gates: a cue table is searched only in a text holding a word it can start with.

The cue tables are long alternations of phrases (`cues.phrases`), and Python's regex engine
tries every alternative at every start of a word: a table costs about as much on a text that
holds none of its words as on one that matches. Each table's possible first words are read
from the compiled pattern itself (`re._parser`, the parser of the standard `re` module), cut
to their first `PREFIX` letters; a text's word starts are read once (`starts`, memoised), and
a table whose prefixes are all absent is not searched. The gate can only skip a search that
would have failed: a pattern whose start it cannot read (a character class, a digit run, a
look-behind that decides) has no gate and is always searched. Measured on the triage
benchmark's mix (issue 8: ≥ 1,000 messages/s).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

PREFIX = 4
"""Letters of a first word kept in a gate: enough to tell most words apart, few to store."""
_MOST = 400
"""Prefixes a gate may hold before it is not worth its test (the table is then always
searched)."""
_WORD = re.compile(r"\w+")


class _Unreadable(Exception):
    """The pattern's start is not a plain word: no gate."""


def _prefixes(items: Any, heads: set[str], pairs: bool = True) -> tuple[set[str], set[str]]:
    """Walk a parsed sequence from each of `heads` (letters read so far); returns (still
    open, finished). A head is the first word's letters, or, once a first word shorter than
    `PREFIX` has ended, that word, " |" and the second word's letters (when `pairs`): "est |ce"
    for "est ce possible". A head is finished at `PREFIX` letters of its word, at the end
    of its second word, or where the pattern stops being literal."""
    open_, done = set(heads), set()
    for op, av in items:
        if not open_:
            break
        if op is sre.AT and av is sre.AT_BOUNDARY:
            done |= {_ended(head) for head in open_ if head}  # the word ends here
            open_ = {head for head in open_ if not head}
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: consumes nothing
        if op is sre.LITERAL:
            letters = [chr(av)]
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
            letters = [chr(code) for kind, code in av]
        elif op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
            letters = list("0123456789")
        elif op is sre.SUBPATTERN:
            open_, more = _prefixes(av[-1], open_, pairs)
            done |= more
            continue
        elif op is sre.BRANCH:
            branches = [_prefixes(alt, open_, pairs) for alt in av[1]]
            open_ = set().union(*(o for o, _ in branches))
            done |= set().union(*(d for _, d in branches))
            continue
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            once, more = _prefixes(sub, open_, pairs)
            done |= more
            if high > 1:  # further rounds would add letters this walk does not follow
                done |= once
                once = set()
            open_ = (open_ if low == 0 else set()) | once
            continue
        else:
            if "" in open_:
                raise _Unreadable
            done |= open_
            return set(), done
        grown = set()
        for head in open_:
            for letter in letters:
                longer = _grow(head, letter, pairs)
                if longer is None or _finished(longer):
                    done.add(_ended(head) if longer is None else longer)
                else:
                    grown.add(longer)
        open_ = grown
        if len(open_) + len(done) > _MOST:
            raise _Unreadable
    return open_, done


def _grow(head: str, letter: str, pairs: bool) -> str | None:
    """`head` read one letter further, or None where the head ends before `letter` (a
    non-word letter after a word that is not followed by a second one)."""
    if letter.isalnum() or letter == "_":
        return head + letter
    if not head:
        raise _Unreadable
    if "|" not in head:
        return head + " |" if pairs and len(head) < PREFIX else None
    return head if head.endswith("|") else None  # a run of separators, or the pair's end


def _finished(head: str) -> bool:
    """A head that has its `PREFIX` letters, of the first word or of the second."""
    return len(head.rpartition("|")[2]) >= PREFIX


def _ended(head: str) -> str:
    """A head whose last word ends here: a word shorter than `PREFIX` is kept as a word
    ("a " is the word "a", not every word starting with "a"); a longer one by its first
    `PREFIX` letters; a pair whose second word has not begun is its first word alone."""
    if head.endswith("|"):
        return head[:-1]
    word = head.rpartition("|")[2]
    return head + " " if len(word) < PREFIX else head


def _tokens(word: str) -> list[str]:
    """The keys one word of a text offers: each prefix of up to `PREFIX` letters, and the
    whole word followed by a space when it is shorter than that."""
    keys = [word[:k] for k in range(1, min(len(word), PREFIX) + 1)]
    if len(word) < PREFIX:
        keys.append(word + " ")
    return keys


def first_words(pattern: str, parsed: Any = None) -> frozenset[str] | None:
    r"""The keys one of which every match of `pattern` starts with, or None when they cannot
    be read: a first word's first `PREFIX` letters, or a short first word with the start of
    the next ("est |ce "). Where pairs would make too many keys, first words alone.
    `pattern` must start with `(?<!\w)` (as `cues.phrases` writes them): a match then starts
    at the start of a word. `parsed` is the pattern as `re._parser` reads it, when the
    caller has it already."""
    if not pattern.startswith(r"(?<!\w)"):
        return None
    tree = parsed if parsed is not None else _parser.parse(pattern)
    for pairs in (True, False):
        try:
            open_, done = _prefixes(tree, {""}, pairs)
        except _Unreadable:
            continue
        found = {_ended(head) if head.endswith("|") else head for head in open_ | done}
        if "" in found or not found:
            return None
        return frozenset(found)
    return None


@lru_cache(maxsize=4096)
def starts(text: str) -> frozenset[str]:
    """The keys the words of `text` offer (a word being a run of letters, digits or "_", as
    `\\w` reads it): each word's `_tokens`, and after each word shorter than `PREFIX`, that
    word, " |" and each of the next word's tokens ("est |ce ", "est |poss")."""
    out: set[str] = set()
    lead = ""
    for word in _WORD.findall(text):
        keys = _tokens(word)
        out.update(keys)
        if lead:
            out.update([lead + key for key in keys])
        lead = word + " |" if len(word) < PREFIX else ""
    return frozenset(out)


_METHODS = ("search", "match", "fullmatch", "finditer", "sub", "subn")
_BUILDING = threading.RLock()


class Gated:
    """A compiled pattern searched only in texts that hold one of its first words; it offers
    the methods of `re.Pattern` the triage uses. Without a gate, they are the pattern's own.

    The pattern is compiled, and its gate read, on first use: a process that triages nothing
    (`boundaries triage < /dev/null`, a web worker before its first message) does not pay
    for the tables it never searches (issue 8: start-up < 0.5 s)."""

    compiled: re.Pattern[str]
    gate: frozenset[str] | None
    split: _Split | None
    """Set for a long table searched by its alternatives (`_Split`)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        for name in _METHODS:
            setattr(self, name, partial(self._first_use, name))

    def __getattr__(self, name: str) -> Any:
        if name in ("compiled", "gate", "split"):  # read before any search: build now
            self._build()
            return self.__dict__[name]
        raise AttributeError(name)

    def _first_use(self, name: str, *args: Any, **kwargs: Any) -> Any:
        self._build()
        return getattr(self, name)(*args, **kwargs)

    def _build(self) -> None:
        """Compile and read the gate, once, whichever thread comes first (the live service
        triages from several); `compiled` is set last, as the mark that all is ready."""
        with _BUILDING:
            if "compiled" in self.__dict__:
                return
            parsed = _parser.parse(self.pattern, self.flags)  # read once for engine and gate
            compiled = _compiler.compile(parsed, self.flags)
            self.gate = first_words(self.pattern, parsed)
            for name in _METHODS:
                if self.gate is None:  # no test to pay for on every call
                    setattr(self, name, getattr(compiled, name))
                else:
                    delattr(self, name)  # the gated methods below
            split = _Split.of(self.pattern, self.flags) if self.gate is not None else None
            self.split = split
            if split is not None:
                self.gate = split.keys
                self.search = partial(split.search, compiled)  # type: ignore[method-assign]
                self.finditer = partial(split.finditer, compiled)  # type: ignore[method-assign]
                self.sub = partial(split.sub, compiled)  # type: ignore[method-assign]
                self.subn = partial(split.subn, compiled)  # type: ignore[method-assign]
            self.compiled = compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        gate = self.gate
        if gate is not None and gate.isdisjoint(starts(text)):
            return None
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        gate = self.gate
        if gate is not None and gate.isdisjoint(starts(text)):
            return None
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        gate = self.gate
        if gate is not None and gate.isdisjoint(starts(text)):
            return None
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        gate = self.gate
        if gate is not None and gate.isdisjoint(starts(text)):
            return iter(())
        return self.compiled.finditer(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        gate = self.gate
        if gate is not None and gate.isdisjoint(starts(text)):
            return text
        return self.compiled.sub(repl, text, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> tuple[str, int]:
        gate = self.gate
        if gate is not None and gate.isdisjoint(starts(text)):
            return text, 0
        return self.compiled.subn(repl, text, count)


_HEAD, _TAIL = r"(?<!\w)(", r")\b"
SPLIT_FROM = 8
"""Alternatives a table needs before it is searched by parts: below that, the whole
alternation costs little more than choosing the part."""
SEARCHED_ALONE = 4
SHARE_SEARCHED_ALONE = 2
"""A text may hold the first words of up to SEARCHED_ALONE alternatives, or of up to this
share of a table's alternatives (1/2), for them to be searched one by one; beyond that, one
search of the whole table. Measured on the triage benchmark's mix and on long real texts
(issue posts): one search of a 128-alternative table (`resolved.OVER`) costs about 1 ms on
250 characters, one alternative alone about 3 µs; with 4 as the only bound, real texts went
through 15% fewer messages a second."""


def alternatives(pattern: str) -> list[str] | None:
    r"""The alternatives of a `cues.phrases` pattern (`(?<!\w)(a|b|c)\b`) as written, or
    None for any other shape (the `|` inside groups, classes and escapes are not split)."""
    if not (pattern.startswith(_HEAD) and pattern.endswith(_TAIL)):
        return None
    body = pattern[len(_HEAD) : -len(_TAIL)]
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:  # the outer group closes early: "(?<!\w)(a)|(b)\b"
                return None
        elif char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(body[start:])
    return parts


class _Split:
    """A long table searched by its alternatives: each alternative has its own first words,
    and in a text only the few alternatives whose first words it holds are searched, each
    compiled alone (once, on first need). The whole table's first match starts where the
    earliest of theirs does (an alternative left out cannot match anywhere in the text);
    the whole table is then matched there, so the match object, its groups and its end
    are the whole table's own. When many alternatives are possible, the whole table is
    searched as it is."""

    def __init__(self, parts: list[str], flags: int, index: dict[str, frozenset[int]]) -> None:
        self.parts = parts
        self.flags = flags
        self.index = index
        self.keys = frozenset(index)
        self.compiled: list[re.Pattern[str] | None] = [None] * len(parts)

    @classmethod
    def of(cls, pattern: str, flags: int) -> _Split | None:
        """The split of `pattern`, or None when it is short, not a `phrases` pattern, or
        has an alternative whose first words cannot be read."""
        parts = alternatives(pattern)
        if parts is None or len(parts) < SPLIT_FROM or flags & re.VERBOSE:
            return None
        index: dict[str, set[int]] = {}
        for i, part in enumerate(parts):
            gate = first_words(_HEAD + part + _TAIL)
            if gate is None:
                return None
            for key in gate:
                index.setdefault(key, set()).add(i)
        return cls(parts, flags, {key: frozenset(found) for key, found in index.items()})

    def chosen(self, text: str) -> list[re.Pattern[str]] | None:
        """The alternatives `text` can match, compiled alone; None when too many can (the
        whole table is then searched)."""
        hits = self.keys.intersection(starts(text))
        if not hits:
            return []
        found: set[int] = set()
        for key in hits:
            found |= self.index[key]
            if len(found) > max(SEARCHED_ALONE, len(self.parts) // SHARE_SEARCHED_ALONE):
                return None
        out = []
        for i in found:
            compiled = self.compiled[i]
            if compiled is None:
                compiled = re.compile(_HEAD + self.parts[i] + _TAIL, self.flags)
                self.compiled[i] = compiled
            out.append(compiled)
        return out

    def first(self, chosen: list[re.Pattern[str]], text: str, pos: int, endpos: int) -> int | None:
        """Where the earliest match of `chosen` starts, at or after `pos`."""
        start = None
        for compiled in chosen:
            found = compiled.search(text, pos, endpos)
            if found is not None and (start is None or found.start() < start):
                start = found.start()
        return start

    def search(
        self, whole: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        chosen = self.chosen(text)
        if chosen is None:
            return whole.search(text, pos, endpos)
        start = self.first(chosen, text, pos, endpos)
        return None if start is None else whole.match(text, start, endpos)

    def subn(
        self,
        whole: re.Pattern[str],
        repl: str | Callable[[re.Match[str]], str],
        text: str,
        count: int = 0,
    ) -> tuple[str, int]:
        """`whole.subn`, skipped when none of the alternatives `text` can match is found in it:
        a text with a word of the call-back formulas but none of them (most of the benchmark's
        mix) no longer costs the whole table's search (session 44: 6% of the triage)."""
        chosen = self.chosen(text)
        if chosen is not None and self.first(chosen, text, 0, sys.maxsize) is None:
            return text, 0
        return whole.subn(repl, text, count)

    def sub(
        self,
        whole: re.Pattern[str],
        repl: str | Callable[[re.Match[str]], str],
        text: str,
        count: int = 0,
    ) -> str:
        """`whole.sub`, skipped as `subn` is."""
        return self.subn(whole, repl, text, count)[0]

    def finditer(
        self, whole: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        chosen = self.chosen(text)
        if chosen is None:
            return whole.finditer(text, pos, endpos)
        return self._each(chosen, whole, text, pos, endpos)

    def _each(
        self,
        chosen: list[re.Pattern[str]],
        whole: re.Pattern[str],
        text: str,
        pos: int,
        endpos: int,
    ) -> Iterator[re.Match[str]]:
        while True:
            start = self.first(chosen, text, pos, endpos)
            if start is None:
                return
            match = whole.match(text, start, endpos)
            if match is None:  # cannot happen: an alternative matched there
                return
            yield match
            pos = match.end() if match.end() > match.start() else match.end() + 1
