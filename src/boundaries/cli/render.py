"""Readable tables of simulation results, in the consultant's language (locales/*/simulate.toml)."""

from __future__ import annotations

import sys
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from boundaries.domain.agenda import Agenda
from boundaries.domain.replies import DeferralReply
from boundaries.i18n import said, written
from boundaries.reporting.wording import Count, number
from boundaries.simulation.engine import Result

ROWS = (
    "calls",
    "rung",
    "interruptions",
    "interruptions_per_week",
    "voicemails",
    "bursts",
    "notifications",
    "replies",
    "agenda_items",
    "call_minutes",
    "urgent_total",
    "urgent_missed",
    "urgent_max_delay_min",
)
"""The figures of `Result.as_json` each table shows, in order; their labels are in the
catalogue's [table] section under the same names."""


def _said(lang: str, key: str, /, **values: object) -> str:
    return said("simulate", lang, key, **values)


def _cell(lang: str, value: object) -> str:
    """A figure as the reader writes it: 0.54 / 0,54, 110.0 as 110 (`wording.number`)."""
    return number(lang, value, 2) if isinstance(value, float) else str(value)


def print_comparison(results: list[Result], lang: str) -> None:
    """The policies' figures side by side (`--compare`), labelled in `lang`."""
    weeks = results[0].weeks if results else 0
    table = Table(title=_said(lang, "table.compared", weeks=Count(lang, weeks, 2)))
    table.add_column("")
    for r in results:
        table.add_column(r.policy, justify="right")
    payloads = [r.as_json() for r in results]
    for key in ROWS:
        table.add_row(_said(lang, f"table.{key}"), *[_cell(lang, p[key]) for p in payloads])
    Console(highlight=False).print(table)


def print_result(result: Result, lang: str) -> None:
    """One policy's figures by client and in all, labelled in `lang`. With more clients than
    the terminal's width holds side by side, one table per group of clients, the total in
    the last (trial35 §9: 300 clients printed an empty grid, 10 wrapped the labels)."""
    payload = result.as_json()
    clients = list(payload["per_client"])
    weeks = Count(lang, result.weeks, 2)  # « 0,29 semaine », "1 week" (CLDR plural rules)
    title = _said(lang, "table.title", policy=result.policy, weeks=weeks)
    console = Console(highlight=False)
    labels = [_said(lang, f"table.{key}") for key in ROWS]
    groups = _groups(clients, console.width - max(map(len, labels)) - 4, lang, payload)
    for n, group in enumerate(groups):
        last = n == len(groups) - 1
        first, end = clients.index(group[0]) + 1, clients.index(group[-1]) + 1
        key = "table.part" if end > first else "table.part_one"
        part = _said(lang, key, first=first, last=end, total=len(clients))
        if len(groups) == 1:
            table = Table(title=title)
        else:
            # the title on a line of its own: a narrow last table would break it mid-phrase
            console.print(f"{title} {part}")
            table = Table()
        table.add_column("")
        for client in group:
            table.add_column(client, justify="right")
        if last:
            table.add_column(_said(lang, "table.all"), justify="right", style="bold")
        for key, label in zip(ROWS, labels, strict=True):
            values = [_cell(lang, payload["per_client"][c][key]) for c in group]
            total = [_cell(lang, payload[key])] if last else []
            table.add_row(label, *values, *total)
        console.print(table)


def _groups(clients: list[str], room: int, lang: str, payload: dict[str, Any]) -> list[list[str]]:
    """`clients` in order, cut into groups whose columns fit in `room` characters (each
    column its widest cell and three of padding and rule), the last leaving room for the
    total; at least one client a group."""

    def width(name: str, values: list[object]) -> int:
        return max([len(name), *(len(_cell(lang, v)) for v in values)]) + 3

    total = width(_said(lang, "table.all"), [payload[key] for key in ROWS])
    groups: list[list[str]] = [[]]
    used = 0
    for client in clients:
        need = width(client, [payload["per_client"][client][key] for key in ROWS])
        if groups[-1] and used + need > room:
            groups.append([])
            used = 0
        groups[-1].append(client)
        used += need
    if len(groups[-1]) > 1 and used + total > room:
        groups.append([groups[-1].pop()])
    return groups


def print_letters(result: Result, zone: ZoneInfo, lang: str, to: TextIO | None = None) -> None:
    """How many deferral replies and agendas would have been sent, and one of each in full,
    on `to` (stdout when None; stderr when stdout carries a JSON document); what frames
    them in `lang`, the letters in their client's language."""
    out = to or sys.stdout

    replies = [x for x in result.letters if isinstance(x, DeferralReply)]
    agendas = [x for x in result.letters if isinstance(x, Agenda)]
    topics = sum(len(a.topics) for a in agendas)
    count = _said(
        lang,
        "mail.count",
        policy=result.policy,
        replies=Count(lang, len(replies)),
        agendas=Count(lang, len(agendas)),
        topics=Count(lang, topics),
    )
    print(f"\n{count}", file=out)
    # The richest example of each: the reply answering the most, the longest agenda.
    reply = max(replies, key=lambda r: (len(r.caused_by), -r.send_at.timestamp()), default=None)
    agenda = max(agendas, key=lambda a: (len(a.topics), -a.send_at.timestamp()), default=None)
    for title, letter in ((_said(lang, "mail.reply"), reply), (_said(lang, "mail.agenda"), agenda)):
        if letter is None:
            continue
        when = written(letter.send_at, _said(lang, "mail.when"), lang, zone)
        heading = _said(lang, "mail.heading", title=title, key=letter.key, to=letter.to, when=when)
        print(f"\n{heading}", file=out)
        print(_said(lang, "mail.subject", subject=letter.letter.subject) + "\n", file=out)
        print(letter.letter.text, file=out)
