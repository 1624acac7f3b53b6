"""Text laid out in the columns a terminal shows: a CJK character takes two (`rich.cells`)."""

from __future__ import annotations

import textwrap

from rich.cells import cell_len


def wrap_cells(text: str, width: int, indent: str = "") -> list[str]:
    """`text` wrapped to `width` terminal columns at spaces (`textwrap`, hyphenated words
    kept whole), the lines after the first indented by `indent`; a run without spaces wider
    than that (« 株式会社さくらインターナショナル ») is cut where the columns run out."""
    lines: list[str] = []
    for line in textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False):
        while cell_len(line) > width:
            head = _fitting(line, width)
            lines.append(head)
            line = indent + line[len(head) :].lstrip()
        lines.append(line)
    return lines


def _fitting(text: str, width: int) -> str:
    """The longest start of `text` that takes at most `width` columns, cut at its last space
    when it holds one past its first quarter."""
    out = ""
    for char in text:
        if cell_len(out + char) > width:
            break
        out += char
    space = out.rfind(" ")
    return out[:space] if space > width // 4 else out
