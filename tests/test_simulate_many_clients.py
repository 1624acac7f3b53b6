"""`simulate`'s table with many clients (trial35 §9)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from boundaries.cli.main import cli
from tests.conftest import EXAMPLES


def test_many_clients_are_shown_in_tables_that_fit_the_terminal(tmp_path, monkeypatch):
    """trial35 §9: 300 clients printed an empty grid, 10 already wrapped the row labels.
    Each table holds the clients the width has room for; the last adds the total."""
    monkeypatch.setenv("COLUMNS", "80")
    clients = "".join(
        f'[[client]]\nid = "client{i:02d}"\nname = "Client {i}"\nphones = '
        f'["+33 1 40 00 00 {i:02d}"]\nstanding_calls = [{{ rrule = "FREQ=WEEKLY;BYDAY=FR", '
        f'start = "{8 + i % 9:02d}:{(i // 9) * 30:02d}", minutes = 20 }}]\n\n'
        for i in range(12)
    )
    config = tmp_path / "boundaries.toml"
    head = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8").split("[[client]]")[0]
    config.write_text(head + clients, encoding="utf-8")
    events = tmp_path / "events.jsonl"
    events.write_text(
        "".join(
            json.dumps(
                {
                    "at": f"2026-11-0{2 + i % 5}T10:{i:02d}:00+01:00",
                    "type": "call",
                    "from": f"+33 1 40 00 00 {i:02d}",
                    "duration_min": 3,
                }
            )
            + "\n"
            for i in range(12)
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["simulate", "--config", str(config), "--events", str(events)])
    assert result.exit_code == 0, result.output
    tables = [line for line in result.output.splitlines() if "(client" in line]
    assert len(tables) >= 3, result.output
    assert all(len(line) <= 80 for line in result.output.splitlines() if "┃" in line)
    for i in range(12):  # every client is shown, each once
        assert result.output.count(f" client{i:02d} ") == 1, i
    assert result.output.count("total") == 1
    # each title whole on its line, however narrow its table (trial36 §11)
    assert all(
        line.rstrip().endswith("sur 12)") or line.rstrip().endswith("of 12)") for line in tables
    ), tables
