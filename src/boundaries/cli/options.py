"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click
from click.core import ParameterSource

if TYPE_CHECKING:
    from boundaries.domain.model import Config
    from boundaries.integrations.calendar.simulated import ReplayCalendars

F = TypeVar("F", bound=Callable[..., Any])


CONFIG_ENV = "BOUNDARIES_CONFIG"
DEFAULT_CONFIG = "boundaries.toml"
"""The configuration a command reads from the current folder when none is given."""


def config_here(config_path: str | None) -> str | None:
    """The configuration to read: the one given (--config, else BOUNDARIES_CONFIG), else
    `DEFAULT_CONFIG` in the current folder when there is one, else None."""
    from pathlib import Path

    return config_path or (DEFAULT_CONFIG if Path(DEFAULT_CONFIG).is_file() else None)


def _optional_config(help_text: str) -> Callable[[F], F]:
    """An optional `--config` (BOUNDARIES_CONFIG; `config_here` finds the one here)."""

    def option(fn: F) -> F:
        return click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False),
            envvar=CONFIG_ENV,
            callback=config_from,
            help=help_text,
        )(fn)

    return option


spoken_config_option = _optional_config(
    f"The configuration whose consultant's language is spoken (or {CONFIG_ENV}; "
    f"default: {DEFAULT_CONFIG} here if present, else the terminal's language)."
)
"""The optional `--config` of a command that needs only the consultant's language
(SPEC §2): not given and none here, the terminal's language is spoken."""


def zone_config_option(what: str) -> Callable[[F], F]:
    """The optional `--config` of a command that only reads the store (`events`, `jobs`):
    the configuration whose time zone and language `what` is shown in."""
    return _optional_config(
        f"The configuration whose time zone and language {what} shown in "
        f"(or {CONFIG_ENV}; default: {DEFAULT_CONFIG} here if present)."
    )


def config_from(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A `--config` value; when it came from BOUNDARIES_CONFIG and names no file, refused
    saying so (a missing file is otherwise blamed on --config, which was never given)."""
    from pathlib import Path

    from boundaries.config.errors import ConfigError, Problem, told

    source = ctx.get_parameter_source(param.name or "")
    if value is not None and source is ParameterSource.ENVIRONMENT and not Path(value).exists():
        missing = told("file.missing_from_env", env=CONFIG_ENV)
        raise ConfigError(value, [Problem(told("refused.file"), missing)])
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
    from boundaries.cli.language import spoken
    from boundaries.config.service import public_url_problem

    problem = public_url_problem(value)
    if problem is not None:
        raise click.BadParameter(problem.said(spoken()))
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


def busy_options(fn: F) -> F:
    """`--busy FILE` (repeatable) and `--no-busy`: the busy calendars of a replay (SPEC §6),
    by default the files of `[calendar] busy`, as `serve` reads them."""
    fn = click.option(
        "--no-busy",
        "no_busy",
        is_flag=True,
        help="Replay without any busy calendar (not even those of [calendar] busy).",
    )(fn)
    return click.option(
        "--busy",
        "busy_paths",
        multiple=True,
        type=click.Path(dir_okay=False),
        help="Your own calendar (.ics; repeatable) for the replay: its events make you busy, "
        "as in `serve`. Default: the files of [calendar] busy (the simulator reads files "
        "only, never addresses).",
    )(fn)


def replay_calendars_of(
    config: Config, busy_paths: tuple[str, ...], no_busy: bool, replay: bool = True
) -> ReplayCalendars | None:
    """The `ReplayCalendars` of `--busy`/`--no-busy` (refused together), its notes on stderr;
    None without a replay (`replay` False: `report`/`coach` reading the store, where the
    options are refused, the store holding what was decided live)."""
    from boundaries.integrations.calendar.simulated import replay_calendars

    if busy_paths and no_busy:
        raise click.UsageError(
            "--busy and --no-busy contradict each other. Fix: keep --busy FILE to replay with "
            "that calendar, or --no-busy to replay without any."
        )
    if not replay:
        if busy_paths or no_busy:
            raise click.UsageError(
                f"{'--busy' if busy_paths else '--no-busy'} is for a replay: the store holds "
                "what was decided live, with the busy calendars `serve` read. Fix: add --events "
                "FILE, or drop the option."
            )
        return None
    chosen = replay_calendars(config, busy_paths, no_busy)
    for note in chosen.notes(config.consultant.language):
        click.echo(note, err=True)
    return chosen
