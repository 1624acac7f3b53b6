"""Every command explains itself with an example, and the README tours every command."""

from __future__ import annotations

import inspect

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


def _every_command() -> list[tuple[list[str], click.Command]]:
    """The top-level group and every command and subcommand, with the words that call it."""
    found: list[tuple[list[str], click.Command]] = [([], cli)]
    pending: list[tuple[list[str], click.Command]] = [([], cli)]
    while pending:
        words, command = pending.pop()
        if isinstance(command, click.Group):
            ctx = click.Context(command)
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                assert sub is not None, name
                found.append(([*words, name], sub))
                pending.append(([*words, name], sub))
    return found


def _example_lines(help_text: str) -> list[str]:
    """The lines of the Example: blocks of a docstring (indented deeper than 'Example:')."""
    lines = inspect.cleandoc(help_text).splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        if line.strip() == "Example:":
            inside = True
            continue
        if inside and line.strip() and not line.startswith(" "):
            inside = False
        if inside and line.strip() and line.strip() != "\b":
            out.append(line.strip())
    return out


@pytest.mark.parametrize(
    ("words", "command"),
    [pytest.param(w, c, id=" ".join(["boundaries", *w])) for w, c in _every_command()],
)
def test_help_examples_are_printed_line_for_line_so_they_can_be_pasted(
    words: list[str], command: click.Command
):
    """Click re-wraps a paragraph unless it starts with a \\b line: a re-wrapped example
    joins its lines (and their trailing backslashes) and cannot be pasted into a shell."""
    examples = _example_lines(command.help or "")
    assert examples, f"'boundaries {' '.join(words)}' has no Example: block"
    result = CliRunner().invoke(cli, [*words, "--help"], terminal_width=60)
    assert result.exit_code == 0, result.output
    printed = [line.strip() for line in result.output.splitlines()]
    for line in examples:
        assert line in printed, f"example line re-wrapped in --help: {line!r}"
