"""Finds the line of a key in TOML text, since `tomllib` does not keep positions."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*(\"[^\"]+\"|'[^']+'|[A-Za-z0-9_\-]+)\s*=")


class KeyLocator:
    """Maps a validation location such as ("client", 1, "phones", 0) to a 1-based line."""

    def __init__(self, text: str) -> None:
        self._tables: dict[tuple[str | int, ...], int] = {}
        self._keys: dict[tuple[str | int, ...], int] = {}
        counts: dict[str, int] = {}
        table: tuple[str | int, ...] = ()
        lines = text.splitlines()
        number = 0
        while number < len(lines):
            line = lines[number]
            number += 1
            header = _HEADER.match(line)
            if header:
                name = header.group(2).strip()
                # a dotted header is a path: "[consultant.extra]" is ("consultant", "extra"),
                # and "[client.sub]" after the second "[[client]]" is ("client", 1, "sub")
                # (trial39 §6: both were located on their parent's line, or on none)
                parts = [part.strip().strip("\"'") for part in name.split(".")]
                path: list[str | int] = []
                for i, part in enumerate(parts):
                    path.append(part)
                    joined = ".".join(parts[: i + 1])
                    last = i == len(parts) - 1
                    if last and header.group(1) == "[[":
                        index = counts.get(joined, 0)
                        counts[joined] = index + 1
                        path.append(index)
                    elif not last and joined in counts:
                        path.append(counts[joined] - 1)  # within the latest of its array
                table = tuple(path)
                self._tables.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                where = (*table, key.group(1).strip("\"'"))
                self._keys.setdefault(where, number)
                value = line[key.end() :].lstrip()
                if value.startswith("["):
                    # An array's items are located on their own lines, however it is laid out.
                    starts, number = _array_items(lines, number - 1, len(line) - len(value))
                    for index, at in enumerate(starts):
                        self._keys.setdefault((*where, index), at)

    def line(self, loc: Sequence[str | int]) -> int | None:
        """The line of the deepest key of `loc` found in the text, else of its table."""
        path = tuple(loc)
        for end in range(len(path), 0, -1):
            prefix = path[:end]
            if prefix in self._keys:
                return self._keys[prefix]
            if prefix in self._tables:
                return self._tables[prefix]
        return None


def tokens_outside_strings(
    lines: Sequence[str], row: int = 0, column: int = 0
) -> Iterator[tuple[int, str]]:
    """Each character of TOML `lines` from `lines[row][column]` on that is neither inside a
    string (basic, literal, multi-line; escapes read) nor in a comment nor white space, as
    (0-based row, character): what the brackets, braces and commas of the file are. Used to
    locate an array's items (`_array_items`) and to measure a file's nesting before it is
    read (`loader`)."""
    quote = ""
    for r in range(row, len(lines)):
        text = lines[r]
        c = column if r == row else 0
        while c < len(text):
            ch = text[c]
            if quote:
                if ch == "\\" and quote[0] == '"':
                    c += 2
                    continue
                if text.startswith(quote, c):
                    c += len(quote)
                    quote = ""
                    continue
                c += 1
                continue
            if ch == "#":
                break  # a comment runs to the end of the line
            if not ch.isspace():
                if ch in "\"'":
                    yield r, "s"  # a string starts: an item, not a bracket
                    quote = ch * 3 if text.startswith(ch * 3, c) else ch
                    c += len(quote)
                    continue
                yield r, ch
            c += 1


def _array_items(lines: Sequence[str], row: int, column: int) -> tuple[list[int], int]:
    """The 1-based line where each item of the array opening at `lines[row][column]` ("[")
    begins, and the number of lines read up to its closing "]" (the array may run over several
    lines, hold strings with brackets and commas, comments, and nested arrays or inline
    tables). Only its top-level items are located."""
    starts: list[int] = []
    depth = 0
    expecting = False  # just after "[" or a top-level ",": the next token starts an item
    for r, ch in tokens_outside_strings(lines, row, column):
        if depth == 1 and expecting and ch not in ",]":
            starts.append(r + 1)
            expecting = False
        if ch in "[{":
            depth += 1
            if depth == 1:
                expecting = True
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return starts, r + 1
        elif ch == "," and depth == 1:
            expecting = True
    return starts, len(lines)


def dotted(loc: Sequence[str | int]) -> str:
    """Render a location as `client[1].phones[0]`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(top level)"
