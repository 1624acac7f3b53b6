"""Readable tables of simulation results."""

from __future__ import annotations

import sys
from typing import TextIO
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from boundaries.domain.agenda import Agenda
from boundaries.domain.replies import DeferralReply
from boundaries.simulation.engine import Result

ROWS = [
    ("calls", "calls"),
    ("rung", "rang you"),
    ("interruptions", "interruptions"),
    ("interruptions_per_week", "interruptions / week"),
    ("voicemails", "voicemails"),
    ("bursts", "bursts (3 calls in 20 min)"),
    ("notifications", "notifications"),
    ("replies", "deferral replies"),
    ("agenda_items", "agenda items"),
    ("call_minutes", "minutes on calls"),
    ("urgent_total", "urgent events"),
    ("urgent_missed", "urgent missed (>15 min)"),
    ("urgent_max_delay_min", "worst urgent delay (min)"),
]


def print_comparison(results: list[Result]) -> None:
    weeks = results[0].weeks if results else 0
    table = Table(title=f"Policies compared over {weeks} weeks")
    table.add_column("")
    for r in results:
        table.add_column(r.policy, justify="right")
    payloads = [r.as_json() for r in results]
    for key, label in ROWS:
        table.add_row(label, *[str(p[key]) for p in payloads])
    Console(highlight=False).print(table)


def print_result(result: Result) -> None:
    payload = result.as_json()
    clients = list(payload["per_client"])
    table = Table(title=f"Policy '{result.policy}' over {result.weeks} weeks")
    table.add_column("")
    for client in clients:
        table.add_column(client, justify="right")
    table.add_column("all", justify="right", style="bold")
    for key, label in ROWS:
        values = [str(payload["per_client"][c][key]) for c in clients]
        table.add_row(label, *values, str(payload[key]))
    Console(highlight=False).print(table)


def print_letters(result: Result, zone: ZoneInfo, to: TextIO | None = None) -> None:
    """How many deferral replies and agendas would have been sent, and one of each in full,
    on `to` (stdout when None; stderr when stdout carries a JSON document)."""
    out = to or sys.stdout

    replies = [x for x in result.letters if isinstance(x, DeferralReply)]
    agendas = [x for x in result.letters if isinstance(x, Agenda)]
    topics = sum(len(a.topics) for a in agendas)
    print(
        f"\nMail that '{result.policy}' would have sent: {len(replies)} deferral reply(ies) "
        f"and {len(agendas)} agenda(s) listing {topics} topic(s).",
        file=out,
    )
    # The richest example of each: the reply answering the most, the longest agenda.
    reply = max(replies, key=lambda r: (len(r.caused_by), -r.send_at.timestamp()), default=None)
    agenda = max(agendas, key=lambda a: (len(a.topics), -a.send_at.timestamp()), default=None)
    for title, letter in (("A deferral reply", reply), ("An agenda", agenda)):
        if letter is None:
            continue
        when = letter.send_at.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")
        print(f"\n--- {title}, {letter.key}, to {letter.to}, sent {when} ---", file=out)
        print(f"Subject: {letter.letter.subject}\n", file=out)
        print(letter.letter.text, file=out)
