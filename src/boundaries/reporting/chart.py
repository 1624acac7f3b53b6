"""The weekly trend as a chart file (SVG or PNG), drawn with matplotlib."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from boundaries.errors import SaidError, catalogued
from boundaries.reporting import wording as w

FORMATS = (".svg", ".png")


class ChartError(SaidError):
    """The chart cannot be written; the message names the fix, in the consultant's language
    (catalogue `report`, section `chart`: trial32 §10, it was English after a French
    configuration)."""


def write_chart(payload: dict[str, Any], path: Path, lang: str) -> None:
    """Calls (bars) and interruptions (line) per week for each client, one panel each.

    Raises `ChartError` for a file name that is neither .svg nor .png, or that cannot be
    written. matplotlib draws both formats itself (Agg backend, no display, no system
    library), which is why it was chosen over pygal (SVG only without cairo)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ChartError(
            catalogued("report", "chart.unknown_format", path=path, suffix=suffix or "(none)")
        )
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    clients = [c for c in payload["clients"] if c["calls"] or c["name"]]
    rows = max(len(clients), 1)
    fig, axes = plt.subplots(rows, 1, figsize=(8, 2.2 * rows), squeeze=False, sharex=True)
    labels = [w.short_day(lang, _date(t["week"])) for t in (clients[0]["trend"] if clients else [])]
    for ax, c in zip(axes[:, 0], clients, strict=False):
        weeks = range(len(c["trend"]))
        ax.bar(
            weeks,
            [t["calls"] for t in c["trend"]],
            color="#9db4d3",
            label=w.say(lang, "chart.calls"),
        )
        ax.plot(
            weeks,
            [t["interruptions"] for t in c["trend"]],
            color="#c0392b",
            marker="o",
            label=w.say(lang, "chart.interruptions"),
        )
        ax.set_title(c["name"] or w.say(lang, "report.unknown"), loc="left", fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, fontsize=8, frameon=False)
    axes[-1, 0].set_xticks(range(len(labels)), labels)
    fig.tight_layout()
    try:
        fig.savefig(path, format=suffix[1:], metadata=_metadata(suffix))
    except OSError as exc:
        raise ChartError(
            catalogued("report", "chart.cannot_write", path=path, why=exc.strerror or exc)
        ) from None
    finally:
        plt.close(fig)


def _metadata(suffix: str) -> dict[str, Any]:
    # No creation date or software version: the same figures draw the same file.
    return {"Date": None} if suffix == ".svg" else {"Software": None}


def _date(iso: str) -> date:
    return date.fromisoformat(iso)
