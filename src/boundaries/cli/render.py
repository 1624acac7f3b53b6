"""Readable tables of simulation results."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

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
