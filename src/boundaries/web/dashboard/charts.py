"""Weekly trend charts as SVG, drawn with matplotlib (the library the report uses).

Each chart is drawn twice, for the light and the dark system theme; the page picks one
with a <picture> element, and puts the same numbers in a table next to it.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

THEMES = {
    "light": {"text": "#33394a", "grid": "#e3e6ee", "bar": "#9fb7d9", "line": "#c0392b"},
    "dark": {"text": "#d8dce6", "grid": "#363c4d", "bar": "#4f6c96", "line": "#ff7b6b"},
}
_lock = threading.Lock()  # pyplot keeps global state


@dataclass(frozen=True)
class Trend:
    """One series per week: labels (short dates), calls (bars), interruptions (line);
    `recorded` False for a week with nothing recorded (the service was not running): it is
    left empty, neither a bar nor a point, and its label greyed (trial37 §6)."""

    labels: tuple[str, ...]
    calls: tuple[int, ...]
    interruptions: tuple[int, ...]
    calls_label: str
    interruptions_label: str
    recorded: tuple[bool, ...] = ()


def trend_svg(trend: Trend, theme: str, size: tuple[float, float] = (4.2, 2.0)) -> bytes:
    """An SVG of the trend in `theme` ("light" or "dark"), transparent background.

    Raises KeyError for an unknown theme."""
    return _draw(trend, theme, size)


@lru_cache(maxsize=256)
def _draw(trend: Trend, theme: str, size: tuple[float, float]) -> bytes:
    colours = THEMES[theme]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with _lock:
        plt.rcParams["svg.hashsalt"] = "boundaries"  # the same figures draw the same file
        fig, ax = plt.subplots(figsize=size)
        try:
            _plot(ax, trend, colours)
            fig.tight_layout(pad=0.4)
            out = io.BytesIO()
            fig.savefig(out, format="svg", transparent=True, metadata={"Date": None})
            return out.getvalue()
        finally:
            plt.close(fig)


def _plot(ax: object, trend: Trend, colours: dict[str, str]) -> None:
    from matplotlib.axes import Axes
    from matplotlib.ticker import MaxNLocator

    assert isinstance(ax, Axes)
    x: Sequence[int] = range(len(trend.labels))
    kept = trend.recorded or (True,) * len(trend.labels)
    nan = float("nan")  # matplotlib draws no bar and breaks the line there
    calls = [n if ok else nan for n, ok in zip(trend.calls, kept, strict=True)]
    interruptions = [n if ok else nan for n, ok in zip(trend.interruptions, kept, strict=True)]
    ax.bar(x, calls, color=colours["bar"], width=0.62, label=trend.calls_label)
    ax.plot(
        x,
        interruptions,
        color=colours["line"],
        marker="o",
        markersize=5,
        linewidth=2,
        label=trend.interruptions_label,
    )
    ax.set_xticks(list(x), list(trend.labels), fontsize=9, color=colours["text"])
    for label, ok in zip(ax.get_xticklabels(), kept, strict=True):
        if not ok:
            label.set_color(colours["grid"])
    ax.tick_params(axis="y", labelsize=9, colors=colours["text"], length=0)
    ax.tick_params(axis="x", length=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", color=colours["grid"], linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(colours["grid"])
    ax.set_ylim(bottom=0, top=max([*trend.calls, *trend.interruptions, 1]) * 1.3)
    legend = ax.legend(
        loc="upper left", fontsize=9, frameon=False, ncol=2, borderaxespad=0, handlelength=1.2
    )
    for text in legend.get_texts():
        text.set_color(colours["text"])
