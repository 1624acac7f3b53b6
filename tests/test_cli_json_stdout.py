"""With --json, stdout is one JSON document (or one per line where the command says JSON
lines): notes, samples and summaries for a person go to stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from tests.conftest import EXAMPLES

CONFIG = str(EXAMPLES / "boundaries.toml")
EVENTS = str(EXAMPLES / "events.jsonl")
REPLAY = ["--config", CONFIG, "--events", EVENTS]


@pytest.mark.parametrize(
    "args",
    [
        ["simulate", *REPLAY, "--json", "--mail"],
        ["simulate", *REPLAY, "--json", "--mail", "--compare"],
        ["report", *REPLAY, "--json"],
        ["coach", *REPLAY, "--client", "horizon", "--json"],
    ],
    ids=["simulate-mail", "simulate-compare-mail", "report", "coach"],
)
def test_json_output_is_one_document_on_stdout(args: list[str]):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # one document, nothing after it


def test_the_mail_sample_asked_for_with_json_goes_to_stderr():
    result = CliRunner().invoke(cli, ["simulate", *REPLAY, "--json", "--mail"])
    assert "Courrier que « boundaries » aurait envoyé" in result.stderr  # French example
    assert "Courrier que" not in result.stdout


def test_store_commands_print_json_lines_and_nothing_else(tmp_path: Path):
    database = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    saved = CliRunner().invoke(
        cli, ["simulate", *REPLAY, "--save", "--json", "--database", database]
    )
    assert saved.exit_code == 0, saved.output
    json.loads(saved.stdout)
    for args in (["events", "--json"], ["jobs", "--json"], ["outbox", "--json"]):
        result = CliRunner().invoke(cli, [*args, "--database", database])
        assert result.exit_code == 0, (args, result.output)
        for line in result.stdout.splitlines():
            json.loads(line)
