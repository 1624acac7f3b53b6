"""Entry point of the `boundaries` command.

The command group (`cli.app`) is imported inside `main`, so that a Ctrl-C while Python loads
it ends as any other interruption does (`cli.language.interrupted`), not in a traceback."""

from __future__ import annotations

# not `typing.TYPE_CHECKING`: importing `typing` here would open the very window (a Ctrl-C in
# the first hundredths of a second) this module closes; mypy reads this name the same way
TYPE_CHECKING = False
if TYPE_CHECKING:
    import click

    from boundaries.cli.app import cli

__all__ = ["cli", "main"]


def main() -> None:
    """Runs the command line. A Ctrl-C at any moment, from the first import to the last line
    written, ends with one line on stderr and status 130 (128 + SIGINT, as a shell reports a
    run stopped so); the commands that can say more (`triage`: where to resume) say it."""
    try:
        from boundaries.cli.app import cli

        cli()
    except KeyboardInterrupt:
        from boundaries.cli.language import interrupted

        interrupted()


def __getattr__(name: str) -> click.Group:
    """`from boundaries.cli.main import cli`, as before the group was imported lazily."""
    if name == "cli":
        from boundaries.cli.app import cli

        return cli
    raise AttributeError(name)
