"""Every command explains itself with an example, and the README tours every command."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from boundaries.cli.app import COMMANDS as REGISTERED
from boundaries.cli.main import cli
from tests.conftest import ROOT

COMMANDS = sorted(REGISTERED)


def test_every_registered_command_loads():
    for name in COMMANDS:
        assert cli.get_command(click.Context(cli), name) is not None, name


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_an_example(name: str):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"boundaries {name}" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_shows_every_command(name: str):
    assert f"boundaries {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_unknown_option_is_a_usage_error_not_a_traceback():
    result = CliRunner().invoke(cli, ["simulate", "--polcy", "x"])
    assert result.exit_code == 2 and "No such option" in result.output
