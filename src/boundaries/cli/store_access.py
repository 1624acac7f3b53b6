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

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import click
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from boundaries.cli.language import speak, spoken
from boundaries.domain.model import Config
from boundaries.errors import SaidError
from boundaries.i18n import said
from boundaries.store import Store, StoreError, database_url
from boundaries.store.faults import CORRUPT, READ_ONLY

SQLITE_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database file (https://www.sqlite.org/fileformat.html
§1.3): a file without them is no database at all, not a damaged one."""


DATABASE_SUFFIXES = frozenset({".sqlite", ".sqlite3", ".db", ".db3"})
"""A file named as a database that SQLite cannot read is a damaged database (restore it or
move it aside), whatever its first bytes; only a file named otherwise (`/etc/passwd`) is a
wrong path."""


class NoDatabase(SaidError):
    """The database a command was pointed at does not exist, or what is at its path is no
    Boundaries database (a directory, a file that is not SQLite, no Boundaries tables); said in
    the consultant's language (`said`). `not_made`: nothing is there yet, or a database with
    no tables (a new PostgreSQL database): made by the first `serve`, not a wrong path."""

    not_made: bool = False


def _refused(key: str, url: str | None, **values: str) -> NoDatabase:
    """`store.<key>` of the accounts catalogue, with where the URL came from and how a
    database is made, in the language the command speaks."""

    def words(lang: str) -> str:
        source = said("accounts", lang, "store." + _source(url))
        create = said("accounts", lang, "store.create")
        if key == "directory":  # the database files it holds, if any, named in the fix
            files = values.get("files", "")
            inside = said("accounts", lang, "store.directory_holds", files=files) if files else ""
            values["inside"] = inside
        return said("accounts", lang, "store." + key, source=source, create=create, **values)

    refused = NoDatabase(words)
    refused.not_made = key in ("missing", "empty", "no_tables")
    return refused


def open_existing(url: str | None, *, reads_only: bool = False) -> Store:
    """Open the store at `url` (else DATABASE_URL, else the default SQLite file) for a command
    that reads it or adds to it (see the module's docstring).

    With `reads_only` (a command that never writes: `events`, `report`, `jobs`, listing the
    outbox…), a SQLite file that may not be written and that an interrupted write left with
    its rollback journal (the service's write refused by `chattr +i`, a read-only mount, a
    backup copied mid-write) is read from a copy restored by SQLite itself, in a temporary
    folder removed when the command ends; stderr says so. SQLite cannot read the file in
    place then: it must first roll the journal back into it ("hot journal",
    https://www.sqlite.org/lockingv3.html §5). The database itself is never written.

    Raises `NoDatabase` naming the path (or URL), what is there instead, and how to create a
    database, in the consultant's language: when the SQLite file does not exist, is a
    directory, is empty or is no SQLite file at all and not named as a database
    (`DATABASE_SUFFIXES`: the path is wrong, nothing to move aside or restore), or the
    database has no Boundaries tables; creates nothing. A database at an
    older schema revision is brought up to date, as every command does. Raises `StoreError`
    (its cause and fix named: damaged file, unreachable server…) when the database cannot be
    read."""
    resolved = database_url(url)
    path = ""
    if resolved.startswith("sqlite"):
        path = resolved.split("///", 1)[1] if "///" in resolved else ""
        if path in ("", ":memory:"):
            raise _refused("in_memory", url)
        # Checked without opening the file outside SQLite: closing a descriptor of the
        # database drops every SQLite lock this process holds on it
        # (https://www.sqlite.org/howtocorrupt.html §2.2). A damaged file is SQLite's to name.
        where = Path(path).resolve()
        if where.is_dir():
            raise _refused("directory", url, where=str(where), files=_databases_in(where))
        if not where.is_file():
            raise _refused("missing", url, where=str(where))
        if where.stat().st_size == 0:  # SQLite would take it for a new database
            raise _refused("empty", url, where=str(where))
    try:
        return _opened(url, resolved, path)
    except StoreError as exc:
        if not (reads_only and path and exc.cause == READ_ONLY):
            raise
        source = Path(path).resolve()
        made = source not in _COPIES
        copy = _COPIES.get(source) or _restored_copy(source)
        if copy is None:
            raise
        # A command that opens the store twice (`report`) reads the same copy, said once.
        _COPIES[source] = copy
        store = _opened(url, f"sqlite:///{copy}", str(copy))
        if made:
            note = said("accounts", spoken(), "store.read_copy", where=str(Path(path)))
            click.echo(note, err=True)
        return store


def _opened(url: str | None, resolved: str, path: str) -> Store:
    """The store at `resolved` once it is known to hold Boundaries' tables (`open_existing`)."""
    store = Store.open(resolved, migrate=False)
    try:
        with store.reading() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
    except StoreError as exc:
        store.close()
        if (
            exc.cause == CORRUPT
            and path
            and Path(path).suffix.lower() not in DATABASE_SUFFIXES
            and not _has_sqlite_header(Path(path))
        ):
            raise _refused("not_sqlite", url, where=str(Path(path).resolve())) from None
        raise
    if revision is None:
        store.close()
        raise _refused("no_tables", url, where=_shown(resolved))
    store.migrate()
    return store


_COPIES: dict[Path, Path] = {}
"""The restored copy of each read-only database this process reads (`_restored_copy`)."""


def _restored_copy(path: Path) -> Path | None:
    """A copy of the database at `path` with its rollback journal (and write-ahead log, if
    any) in a new temporary folder, removed when the process exits, so that SQLite rolls the
    interrupted write back in the copy; None when `path` has no journal beside it (a plain
    read-only file opens in place: that failure is another one) or the copy cannot be made."""
    journal = path.with_name(path.name + "-journal")
    if not journal.is_file() or journal.stat().st_size == 0:
        return None
    folder = Path(tempfile.mkdtemp(prefix="boundaries-read-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    copy = folder / path.name
    try:
        for suffix in ("", "-journal", "-wal"):
            source = path.with_name(path.name + suffix)
            if source.is_file():
                shutil.copyfile(source, folder / (path.name + suffix))
    except OSError:
        return None
    return copy


def refuse_foreign(url: str | None) -> None:
    """Before a command creates Boundaries' tables at `url` (`simulate --save`): raise
    `NoDatabase` when the database there already holds another application's tables and none
    of Boundaries' (no schema revision), so that a mistyped URL writes nothing into somebody
    else's database. A missing or empty database, or a Boundaries one (also one whose tables
    another command is creating at this moment), passes."""
    resolved = database_url(url)
    if resolved.startswith("sqlite"):
        path = resolved.split("///", 1)[1] if "///" in resolved else ""
        if path in ("", ":memory:") or not Path(path).is_file() or Path(path).stat().st_size == 0:
            return
    store = Store.open(resolved, migrate=False)
    try:
        with store.reading() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            tables = sorted(inspect(conn).get_table_names()) if revision is None else []
    finally:
        store.close()
    from boundaries.store.schema import Base

    # Boundaries' own tables without a revision yet: another command is creating them right
    # now (four `simulate --save` at once on a new database), not another application's
    foreign = [t for t in tables if t not in Base.metadata.tables and t != "alembic_version"]
    if foreign:
        shown = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
        raise _refused("foreign", url, where=_shown(resolved), tables=shown)


def _has_sqlite_header(path: Path) -> bool:
    """Whether `path` starts as every SQLite database does. Read only once SQLite itself has
    refused the file (this process holds no lock on it then: see `open_existing`)."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return True  # unreadable: SQLite's own words about it stand


def _databases_in(directory: Path) -> str:
    """ "a.sqlite3, b.db": the first SQLite-looking files of `directory` by name, for the fix
    of a `--database` that names the directory; "" when there are none (or it cannot be
    listed)."""
    try:
        names = sorted(
            p.name
            for p in directory.iterdir()
            if p.suffix in (".sqlite3", ".sqlite", ".db") and p.is_file()
        )
    except OSError:
        return ""
    if not names:
        return ""
    return ", ".join(names[:3]) + (", …" if len(names) > 3 else "")


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
    """Where the URL came from, as a key of the `store` section ("source_option"…)."""
    if url:
        return "source_option"
    return "source_env" if os.environ.get("DATABASE_URL") else "source_default"


def _shown(url: str) -> str:
    """A database URL without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url
