"""Plain tables that fit the terminal without cutting names or times.

Rich shrinks every column of a table that is too wide, which cuts client names and times at
80 columns. These tables keep every column whole except one elastic column (an id), which is
shortened in the middle with an ellipsis when the terminal is narrow; a cell may hold several
lines (e.g. one phone number per line). Widths are the columns a terminal shows: a CJK
character takes two.
"""

from __future__ import annotations

import shutil
from datetime import datetime, tzinfo

from babel.dates import format_datetime
from rich.cells import cell_len

from boundaries.i18n import LOCALES

GAP = "  "
ELLIPSIS = "…"


def table_time(at: datetime, zone: tzinfo, lang: str) -> str:
    """A moment in a table's column, in `zone`, its weekday in `lang` (CLDR, Babel): "Thu
    2026-12-03 16:37", « jeu. 2026-12-03 16:37 »: sortable, and every row as wide."""
    local = at.astimezone(zone)
    pattern = "EEE yyyy-MM-dd HH:mm"
    return str(format_datetime(local, pattern, tzinfo=local.tzinfo, locale=LOCALES.get(lang)))


def terminal_width(default: int = 100) -> int:
    """Columns of the terminal (`COLUMNS` when set, as in tests and pipes), else `default`."""
    return shutil.get_terminal_size((default, 24)).columns


def shorten(text: str, width: int) -> str:
    """`text` cut in the middle to at most `width` columns (at least 5 are kept), as a
    terminal shows it: a CJK character takes two (`rich.cells.cell_len`)."""
    width = max(width, 5)
    if cell_len(text) <= width:
        return text
    head_room = (width - 1) // 2 + (width - 1) % 2
    head = _within(text, head_room)
    tail = _within(text[::-1], width - 1 - cell_len(head))[::-1]
    return head + ELLIPSIS + tail


def _within(text: str, width: int) -> str:
    """The longest start of `text` that takes at most `width` columns."""
    out = ""
    for char in text:
        if cell_len(out + char) > width:
            break
        out += char
    return out


def _padded(text: str, width: int) -> str:
    """`text` followed by spaces to `width` columns as a terminal shows them."""
    return text + " " * max(0, width - cell_len(text))


def fitted(
    headers: list[str], rows: list[list[str]], width: int, elastic: int | None = None
) -> list[str]:
    """The lines of a table: headers, a rule, then each row (its cells split on newlines).

    Every column is as wide as its widest line, except `elastic` (an index), which takes what
    is left of `width` and has its lines shortened in the middle to fit."""
    cells = [[cell.split("\n") for cell in row] for row in rows]
    widths = [cell_len(h) for h in headers]
    for row in cells:
        for i, lines in enumerate(row):
            widths[i] = max(widths[i], *(cell_len(line) for line in lines))
    if elastic is not None:
        rest = sum(w for i, w in enumerate(widths) if i != elastic) + len(GAP) * (len(widths) - 1)
        widths[elastic] = max(min(widths[elastic], width - rest), cell_len(headers[elastic]), 5)

    def line(parts: list[str]) -> str:
        out = [
            _padded(shorten(p, widths[i]), widths[i]) if i == elastic else _padded(p, widths[i])
            for i, p in enumerate(parts)
        ]
        return GAP.join(out).rstrip()

    out = [line(headers), GAP.join("─" * w for w in widths)]
    for row in cells:
        height = max(len(lines) for lines in row)
        for k in range(height):
            out.append(line([lines[k] if k < len(lines) else "" for lines in row]))
    return out
