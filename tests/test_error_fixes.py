"""Every refusal names the problem and the fix that applies to it, not a fix for another
problem (newcomer L4): a chart path that cannot be written, a SQLite file whose folder is
missing or is a folder itself, a decimal where a whole number goes, faster-whisper without a
model folder from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.config import parse_config
from boundaries.config.errors import ConfigError
from boundaries.integrations.speech.base import model_folder_problem
from boundaries.store import Store, StoreError
from tests.conftest import BASE_TOML, EXAMPLES, english_example

CONFIG = str(EXAMPLES / "boundaries.toml")
EVENTS = str(EXAMPLES / "events.jsonl")


def test_a_chart_that_cannot_be_written_says_which_path_to_pass(tmp_path: Path):
    where = tmp_path / "no-such-folder" / "trend.svg"
    result = CliRunner().invoke(
        cli, ["report", "--config", CONFIG, "--events", EVENTS, "--chart", str(where)]
    )
    assert result.exit_code != 0 and "Traceback" not in result.output
    # the example consultant writes French (trial32 §10: this refusal was English)
    assert str(where) in result.output and "Solution : donnez à --chart" in result.output


def test_a_sqlite_file_whose_folder_cannot_be_made_says_so_without_a_traceback(tmp_path: Path):
    in_the_way = tmp_path / "var"
    in_the_way.write_text("a file where the folder should be")
    with pytest.raises(StoreError) as caught:
        Store.open(f"sqlite:///{in_the_way / 'b.sqlite3'}")
    message = str(caught.value)
    assert "cannot create the folder" in message and str(in_the_way) in message
    assert "Fix: pass --database" in message
    result = CliRunner().invoke(cli, ["events", "--database", f"sqlite:///{in_the_way}/b.db"])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_a_sqlite_url_naming_a_folder_says_to_name_a_file_in_it(tmp_path: Path):
    with pytest.raises(StoreError) as caught:
        Store.open(f"sqlite:///{tmp_path}")
    assert f"{tmp_path} is a folder" in str(caught.value)


@pytest.mark.parametrize(
    ("value", "fix", "not_said"),
    [
        ("30.5", "write a whole number", "quotes"),
        ('"30"', "without quotes", "whole number, e.g. 30"),
    ],
)
def test_a_whole_number_refused_gets_the_fix_for_what_was_written(
    value: str, fix: str, not_said: str
):
    toml = BASE_TOML.replace("minutes = 30 }", f"minutes = {value} }}")
    assert toml != BASE_TOML
    with pytest.raises(ConfigError) as caught:
        parse_config(toml)
    message = str(caught.value)
    assert "minutes" in message and fix in message and not_said not in message


@pytest.mark.parametrize("model_path", [None, "/nonexistent/whisper-small"])
def test_faster_whisper_without_a_model_names_the_option_of_the_command_too(
    model_path: str | None,
):
    problem = model_folder_problem(model_path)
    assert problem is not None
    assert "--model-path" in problem and "[speech]" in problem


def test_serve_with_a_missing_history_file_says_to_pass_load_history(tmp_path: Path):
    from tests.gateway_support import free_port

    missing = tmp_path / "nonexistent.jsonl"
    config = english_example(tmp_path)
    args = ["serve", "--config", str(config), "--database", f"sqlite:///{tmp_path / 's.sqlite3'}"]
    args += ["--port", str(free_port()), "--load-history", str(missing)]
    result = CliRunner().invoke(cli, args, env={"TWILIO_AUTH_TOKEN": "x" * 20})
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "Fix: pass --load-history with the right path" in result.output, result.output
    assert "--events" not in result.output and list(tmp_path.iterdir()) == [config]


@pytest.mark.parametrize("command", [["check"], ["events"], ["report"], ["coach", "--client", "x"]])
def test_a_missing_file_named_by_boundaries_config_is_blamed_on_it(
    tmp_path: Path, command: list[str]
):
    missing = str(tmp_path / "nope.toml")
    result = CliRunner().invoke(cli, command, env={"BOUNDARIES_CONFIG": missing})
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert "comes from BOUNDARIES_CONFIG" in result.output
    assert "Fix: set BOUNDARIES_CONFIG to the right path" in result.output
    given = CliRunner().invoke(cli, [*command, "--config", missing])
    assert "Fix: pass --config with the right path" in given.output, given.output


def test_serve_refuses_a_sqlite_path_whose_folder_does_not_exist(tmp_path: Path):
    from tests.gateway_support import free_port

    typo = tmp_path / "nonexistent" / "dir" / "s.sqlite3"
    args = ["serve", "--config", CONFIG, "--database", f"sqlite:///{typo}"]
    result = CliRunner().invoke(
        cli, [*args, "--port", str(free_port())], env={"TWILIO_AUTH_TOKEN": "x" * 20}
    )
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    # said to the example's French consultant in French (trial60 §3)
    assert str(typo.parent) in result.output and "n'existe pas" in result.output
    assert "--database" in result.output and "Solution :" in result.output
    assert list(tmp_path.iterdir()) == []  # no folder made
