"""Opening the store from commands that read it or only add to it: refuse a database that
does not exist.

SPEC §7: "commands that only read the store refuse a database that does not exist instead of
creating it" — a typo in `--database` must not create a folder and an empty database and then
report zero events as if nothing had happened. The same holds for commands that add to the
store the service uses (`skip`, `calendar url`, `user add`, `coach --record`, `mail sync`): a
skip, a feed token or a login written to a new, empty database reports success and changes
nothing the service sees. Only `serve` and `simulate --save` create a database (and
`user add --create`, for a new installation's first login).

The same goes for accounts (`account_of`): a mistyped `--account` is refused, naming the
accounts the database holds, instead of becoming a new, empty account — by a command that
reads (`events`, `report`, `coach`, `outbox`, `jobs`, `calendar push`), which never writes,
as by one that adds (`skip`, `calendar url`, `coach --record`, `mail sync`), which would
store what the service never sees. Only `user add` makes a new account (with its first
login); `serve` and `simulate --save` make `default`, the account the configuration file
describes, and refuse any other name the database does not hold. And a command given a
configuration is refused an account kept for another consultant, as `serve` is: Claire's
configuration never reads Bob's account, nor writes to it.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic.runtime.migration import MigrationContext

from boundaries.cli.language import speak
from boundaries.domain.model import Config
from boundaries.errors import BoundariesError
from boundaries.store import Store, StoreError, database_url

CREATE_HINT = (
    "a database is created by `boundaries serve --database URL` (the live service, which the "
    "other commands then share) or `boundaries simulate ... --save --database URL`; "
    "`boundaries user add --create` makes the first login of a new one."
)


class NoDatabase(BoundariesError):
    """The database a command was pointed at does not exist (or holds no Boundaries tables)."""


def open_existing(url: str | None) -> Store:
    """Open the store at `url` (else DATABASE_URL, else the default SQLite file) for a command
    that reads it or adds to it (see the module's docstring).

    Raises `NoDatabase` naming the path (or URL) and how to create one when the SQLite file
    does not exist or the database has no Boundaries tables; creates nothing. A database at an
    older schema revision is brought up to date, as every command does. Raises `StoreError`
    (its cause and fix named: damaged file, unreachable server…) when the database cannot be
    read. Never opens the file itself, only through SQLite."""
    resolved = database_url(url)
    if resolved.startswith("sqlite"):
        path = resolved.split("///", 1)[1] if "///" in resolved else ""
        if path in ("", ":memory:"):
            raise NoDatabase(
                "an in-memory database holds nothing to read. Fix: pass --database with the "
                "SQLite file or PostgreSQL URL the service writes to."
            )
        # Checked without opening the file outside SQLite: closing a descriptor of the
        # database drops every SQLite lock this process holds on it
        # (https://www.sqlite.org/howtocorrupt.html §2.2). A damaged file is SQLite's to name.
        if not Path(path).is_file():
            where = Path(path).resolve()
            raise NoDatabase(
                f"no database at {where} (from {_source(url)}). Fix: check the path; " + CREATE_HINT
            )
        if Path(path).stat().st_size == 0:  # SQLite would take it for a new database
            raise NoDatabase(
                f"{Path(path).resolve()} is empty: it holds no Boundaries tables. Fix: check the "
                "path; " + CREATE_HINT
            )
    store = Store.open(resolved, migrate=False)
    try:
        with store.reading() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
    except StoreError:
        store.close()
        raise
    if revision is None:
        store.close()
        raise NoDatabase(
            f"{_shown(resolved)} holds no Boundaries tables (from {_source(url)}). Fix: check "
            "the URL; " + CREATE_HINT
        )
    store.migrate()
    return store


def account_of(store: Store, name: str, config: Config | None, *, adds: bool = False) -> int:
    """The id of the account `name` for a command that reads the store, or adds to it when
    `adds` (see the module's docstring), with `config` its configuration (None for a command
    without one). Raises `UnknownAccount` (the accounts held named, with the fix) when the
    database does not hold it; only a command that adds may make `default`, the account of
    the configuration file, which `serve` makes on start anyway. Raises `AccountTakenError`
    (both consultants and the fix named) when the account is another consultant's than the
    configuration's (`Store.consultant_account`: the check `serve` makes); claims nothing.
    Raises `StoreError` when the database cannot be read or written."""
    consultant = (config.consultant.name, config.consultant.email) if config else None
    if config is not None:
        speak(config.consultant.language)  # a refusal is said in the consultant's language
    return store.consultant_account(name, consultant, makes_default=adds)


def _source(url: str | None) -> str:
    if url:
        return "--database"
    return "DATABASE_URL" if os.environ.get("DATABASE_URL") else "the default, here"


def _shown(url: str) -> str:
    """A database URL without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url
