"""The language the CLI speaks to the consultant (SPEC §2: French and English throughout):
the configuration's `consultant.language` once a command has read it, else the language a
command was given (`user add --language`), else the terminal's locale (LC_ALL, LC_MESSAGES,
LANG, as POSIX orders them: "fr_FR.UTF-8" is French), else English."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

if TYPE_CHECKING:  # the configuration and the catalogues load when a command needs them:
    from boundaries.domain.model import Config  # `boundaries triage` starts without them

from boundaries.languages import LANGUAGES

_KEY = "boundaries.language"
_after: list[str] = []
"""The language the running command chose, kept past its context: Click writes an option's
error after the command's context has closed ("Invalid value for --client: …")."""


def terminal_language() -> str:
    """ "fr" or "en" from the locale variables (the first one set decides), else "en"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def speak(lang: str | None) -> None:
    """From now on this command speaks `lang` (the configuration's, or one it was given)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and lang in LANGUAGES:
        ctx.find_root().meta[_KEY] = lang
        _after[:] = [lang]


def forget_spoken() -> None:
    """A new command starts: the language an earlier one chose in this process is forgotten
    (a test runs many commands in one process)."""
    _after.clear()


def spoken() -> str:
    """The language this command speaks (see the module's docstring)."""
    ctx = click.get_current_context(silent=True)
    chosen = ctx.find_root().meta.get(_KEY) if ctx is not None else next(iter(_after), None)
    return chosen if chosen in LANGUAGES else terminal_language()


def read_config(path: str | Path) -> Config:
    """The configuration at `path` (`load_config`), after which the command speaks its
    consultant's language: a refusal of what follows (a `--database` that is a directory, an
    unknown account…) is said in that language, as the account refusals are (SPEC §2, §9).

    A refused file (`ConfigError`, re-raised) is refused in the `consultant.language` it
    gives when it reads as TOML, even with its other keys refused; else (not TOML, not
    found, no language) in the terminal's (`spoken`)."""
    from boundaries.config import ConfigError, load_config

    try:
        config = load_config(path)
    except ConfigError as exc:
        speak(exc.language)
        raise
    speak(config.consultant.language)
    return config


def told(key: str, /, **values: object) -> str:
    """The message `key` ("option.name") of locales/<lang>/cli.toml, filled with `values`, in
    the language this command speaks (`spoken`): what a command says of its own options."""
    from boundaries.i18n import said

    return said("cli", spoken(), key, **values)


def interrupted() -> NoReturn:
    """Ends a command stopped by Ctrl-C: one line on stderr in the language it speaks
    (`spoken`; the terminal's before a configuration was read) and status 130, 128 + SIGINT,
    as a shell reports a run stopped so (trial43). What the database had committed stays;
    a write it had not finished is rolled back by the database itself."""
    from boundaries.i18n import said

    try:
        sys.stderr.write("\n" + said("accounts", spoken(), "cli.interrupted") + "\n")
        sys.stderr.flush()
    except (KeyboardInterrupt, OSError):  # a second Ctrl-C, or stderr closed: just stop
        pass
    sys.exit(130)
