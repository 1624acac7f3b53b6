"""Finds the line of a key in TOML text, since `tomllib` does not keep positions."""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*(\"[^\"]+\"|'[^']+'|[A-Za-z0-9_\-]+)\s*=")


class KeyLocator:
    """Maps a validation location such as ("client", 1, "phones", 0) to a 1-based line."""

    def __init__(self, text: str) -> None:
        self._tables: dict[tuple[str | int, ...], int] = {}
        self._keys: dict[tuple[str | int, ...], int] = {}
        counts: dict[str, int] = {}
        table: tuple[str | int, ...] = ()
        for number, line in enumerate(text.splitlines(), start=1):
            header = _HEADER.match(line)
            if header:
                name = header.group(2).strip().strip("\"'")
                if header.group(1) == "[[":
                    index = counts.get(name, 0)
                    counts[name] = index + 1
                    table = (name, index)
                else:
                    table = (name,)
                self._tables.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                self._keys.setdefault((*table, key.group(1).strip("\"'")), number)

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


def dotted(loc: Sequence[str | int]) -> str:
    """Render a location as `client[1].phones[0]`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(top level)"
