"""The readable report: 80 columns, the consultant's language, a sparkline of each week."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from rich.cells import cell_len

from boundaries.cells import wrap_cells
from boundaries.reporting import wording as w

WIDTH = 80
BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float], top: float | None = None) -> str:
    """One block character per value, scaled to `top` (default: the largest); "·" for 0."""
    peak = top if top is not None else max(values, default=0)
    if peak <= 0:
        return "·" * len(values)
    out = []
    for v in values:
        if v <= 0:
            out.append("·")
        else:
            out.append(BARS[min(len(BARS) - 1, round(v / peak * (len(BARS) - 1)))])
    return "".join(out)


def render(
    payload: dict[str, Any],
    lang: str,
    zone: ZoneInfo,
    late: Mapping[str, Collection[str]] | None = None,
) -> str:
    """The report object of `report_json` as lines a person reads, at most 80 columns.
    `late`: by client id, the topics of its agenda read after that agenda's email went out
    (taken up at the call, on no email), marked so; SPEC §8's `agenda` has no field for it."""
    lines = [
        w.say(
            lang,
            "report.title",
            first=w.day(lang, date.fromisoformat(payload["from"])),
            last=w.day(lang, date.fromisoformat(payload["to"])),
            weeks=w.counted(lang, payload["weeks"], 2),
        ),
        "",
    ]
    for c in payload["clients"]:
        lines.extend(_client(c, lang, zone, (late or {}).get(c["id"], ())))
        lines.append("")
    return "\n".join(_wrap(line) for line in lines).rstrip() + "\n"


def rule(title: str) -> str:
    """The line under `title`: as wide as a terminal shows it (株式会社 takes 8 columns), at
    most `WIDTH`."""
    return "─" * min(cell_len(title), WIDTH)


def _client(c: dict[str, Any], lang: str, zone: ZoneInfo, late: Collection[str] = ()) -> list[str]:

    def n(value: float, digits: int = 2) -> str:
        return w.number(lang, value, digits)

    head = f"{c['name']} ({c['id']})" if c["name"] else w.say(lang, "report.unknown")
    out = [head, rule(head)]
    out.append(
        w.say(
            lang,
            "report.calls",
            calls=c["calls"],
            rung=c["rung"],
            interruptions=c["interruptions"],
            bursts=c["bursts"],
        )
    )
    if c["name"]:
        out.append(
            w.say(
                lang,
                "report.allowance",
                allowance=c["adhoc_allowance"],
                used=c["adhoc_used_max_week"],
            )
        )
    share = c["content_free"] / c["voicemails"] * 100 if c["voicemails"] else 0.0
    out.append(
        w.say(
            lang,
            "report.voicemails",
            voicemails=c["voicemails"],
            content_free=c["content_free"],
            share=w.percent(lang, share),
        )
    )
    out.append(
        w.say(
            lang, "report.status_checks", checks=c["status_checks"], answered=c["already_answered"]
        )
    )
    out.append(
        w.say(lang, "report.urgent", presses=c["urgent_presses"], messages=c["urgent_messages"])
    )
    out.append(
        w.say(lang, "report.time", minutes=n(c["minutes_on_calls"], 0), hours=n(c["hours_lost"]))
    )
    if c["replies_sent"] is not None:  # None: unknown callers get no replies
        out.append(
            w.say(lang, "report.replies", sent=c["replies_sent"], waiting=c["replies_waiting"])
        )
    # None: unknown callers have no terms; nothing recorded: no figure (the premium says so)
    if c["demanded_hours_per_week"] is not None and not c.get("nothing_recorded"):
        out.append(
            w.say(lang, "report.demanded", hours=w.counted(lang, c["demanded_hours_per_week"], 1))
        )
    if c["premium"] is not None:
        out.append(c["premium"]["explanation"])
    elif c["premium_missing"]:
        # A key given as 0 is to be set, not added (newcomer6 L2).
        zero = c.get("premium_missing_why") == "zero"
        message = "report.premium_zero" if zero else "report.premium_missing"
        said = w.say(lang, message, key=c["premium_missing"])
        if c.get("premium_missing_also"):  # both keys missing: both named (trial38 §7)
            also = "zero" if c.get("premium_missing_also_why") == "zero" else "absent"
            said += w.say(lang, f"report.premium_also_{also}", key=c["premium_missing_also"])
        out.append(said)
    if c["name"]:
        if c["next_standing_call"]:
            moment = datetime.fromisoformat(c["next_standing_call"])
            out.append(w.say(lang, "report.next_call", when=w.moment(lang, moment, zone)))
        else:
            out.append(w.say(lang, "report.no_next_call"))
        if c.get("noted"):
            joined = (" ; " if lang == "fr" else "; ").join(c["noted"])
            out.append(w.say(lang, "report.noted", topics=joined))
        elif c["agenda"]:
            # a late topic (read after its agenda email went out: on no email) says so
            shown = [
                w.say(lang, "report.agenda_late", topic=t) if t in late else t for t in c["agenda"]
            ]
            out.append(
                w.say(lang, "report.agenda", topics=(" ; " if lang == "fr" else "; ").join(shown))
            )
        else:
            out.append(w.say(lang, "report.agenda_empty"))
        for later in c.get("later_agendas", ()):
            moment = datetime.fromisoformat(later["standing_call"])
            out.append(
                w.say(
                    lang,
                    "report.later_agenda",
                    when=w.moment(lang, moment, zone),
                    topics=(" ; " if lang == "fr" else "; ").join(later["topics"]),
                )
            )
        if c["step"]:
            out.append(w.say(lang, "report.step", step=w.say(lang, f"steps.{c['step']}")))
        else:
            out.append(w.say(lang, "report.no_step"))
    trend = c["trend"]
    calls = [wk["calls"] for wk in trend]
    out.append(
        w.say(
            lang,
            "report.trend",
            calls=f"{sparkline(calls)} {min(calls, default=0)}–{max(calls, default=0)}",
            interruptions=sparkline([wk["interruptions"] for wk in trend], max(calls, default=0)),
        )
    )
    return out


def _wrap(line: str) -> str:
    if len(line) <= WIDTH:
        return line
    return "\n".join(wrap_cells(line, WIDTH, "  "))
