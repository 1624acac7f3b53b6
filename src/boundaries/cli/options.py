"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click
from click.core import ParameterSource

F = TypeVar("F", bound=Callable[..., Any])


CONFIG_ENV = "BOUNDARIES_CONFIG"


def config_from(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A `--config` value; when it came from BOUNDARIES_CONFIG and names no file, refused
    saying so (a missing file is otherwise blamed on --config, which was never given)."""
    from pathlib import Path

    from boundaries.config.errors import ConfigError, Problem

    source = ctx.get_parameter_source(param.name or "")
    if value is not None and source is ParameterSource.ENVIRONMENT and not Path(value).exists():
        raise ConfigError(
            value,
            [
                Problem(
                    "(file)",
                    f"no such file (the path comes from {CONFIG_ENV}). Fix: set {CONFIG_ENV} "
                    "to the right path, or pass --config.",
                )
            ],
        )
    return value


def config_option(fn: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default="boundaries.toml",
        show_default=True,
        envvar=CONFIG_ENV,
        callback=config_from,
        help="The configuration file (or BOUNDARIES_CONFIG).",
    )(fn)


def database_option(fn: F) -> F:
    return click.option(
        "--database",
        "database",
        default=None,
        metavar="URL",
        help="Database URL (or DATABASE_URL); default: SQLite file boundaries.sqlite3 here.",
    )(fn)


def account_option(whose: str) -> Callable[[F], F]:
    """The `--account` option of a command that reads or writes one account's data, `whose`
    its help ("Whose events."), checked by `checked_account`."""

    def wrap(fn: F) -> F:
        return click.option(
            "--account",
            callback=checked_account,
            default="default",
            show_default=True,
            help=whose,
        )(fn)

    return wrap


def checked_public_url(
    _ctx: click.Context, param: click.Parameter, value: str | None
) -> str | None:
    """A `--public-url` option's value, refused as `[service] public_url` is when the provider
    could not call it (see `boundaries.config.service.public_url_problem`)."""
    if value is None:
        return None
    from boundaries.config.service import public_url_problem

    problem = public_url_problem(value)
    if problem is not None:
        raise click.BadParameter(problem)
    return value.strip()


def checked_account(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """An `--account` option's value, refused before anything is opened or created when it
    is not a short id (`boundaries.store.accounts`)."""
    if value is None:
        return None
    from boundaries.cli.language import spoken
    from boundaries.store.accounts import account_name_problem

    problem = account_name_problem(value, spoken())
    if problem is not None:
        raise click.BadParameter(problem)
    return value
