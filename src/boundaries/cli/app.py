"""The `boundaries` command group and the edge where narrow errors become messages."""

from __future__ import annotations

import sys
from typing import Any

import click

from boundaries import __version__
from boundaries.config import ConfigError
from boundaries.simulation.events import EventsError
from boundaries.store import StoreError

USER_ERRORS: tuple[type[Exception], ...] = (ConfigError, EventsError, StoreError)


class BoundariesGroup(click.Group):
    """Turns the core's narrow exceptions into a message on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except USER_ERRORS as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=BoundariesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="boundaries")
def cli() -> None:
    """Boundaries keeps your client communication on your terms.

    It decides which calls ring through, sends the rest to a voicemail that
    asks what it is about, and shows what each client's interruptions cost.
    """
