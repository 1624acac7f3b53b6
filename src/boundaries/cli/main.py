"""Entry point of the `boundaries` command."""

from __future__ import annotations

from boundaries.cli.app import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli()
