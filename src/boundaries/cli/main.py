"""Entry point of the `boundaries` command: the group with every command registered."""

from __future__ import annotations

from boundaries.cli import check, events, simulate  # noqa: F401  (each registers its command)
from boundaries.cli.app import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli()
