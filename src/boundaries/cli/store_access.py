"""Opening the store from commands that only read it: refuse a database that does not exist.

SPEC §7: "commands that only read the store refuse a database that does not exist instead of
creating it" — a typo in `--database` must not create a folder and an empty database and then
report zero events as if nothing had happened.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import SQLAlchemyError

from boundaries.errors import BoundariesError
from boundaries.store import Store, StoreError, database_url

CREATE_HINT = (
    "A database is created by the commands that write to it: `boundaries serve --database URL` "
    "(the live service) or `boundaries simulate ... --save --database URL`."
)


class NoDatabase(BoundariesError):
    """The database a read-only command was pointed at does not exist (or holds no events)."""


def open_existing(url: str | None) -> Store:
    """Open the store at `url` (else DATABASE_URL, else the default SQLite file) for reading.

    Raises `NoDatabase` naming the path (or URL) and how to create one when the SQLite file
    does not exist or the database has no Boundaries tables; creates nothing. A database at an
    older schema revision is brought up to date, as every command does."""
    resolved = database_url(url)
    if resolved.startswith("sqlite"):
        path = resolved.split("///", 1)[1] if "///" in resolved else ""
        if path in ("", ":memory:"):
            raise NoDatabase(
                "an in-memory database holds nothing to read. Fix: pass --database with the "
                "SQLite file or PostgreSQL URL the service writes to."
            )
        if not Path(path).is_file():
            where = Path(path).resolve()
            raise NoDatabase(
                f"no database at {where} (from {_source(url)}). Fix: check the path; " + CREATE_HINT
            )
        with Path(path).open("rb") as fh:  # only read: opening it in WAL mode would write
            header = fh.read(16)
        if header != b"SQLite format 3\x00":
            what = "is empty" if not header else "is not a SQLite database"
            raise NoDatabase(
                f"{Path(path).resolve()} {what}: it holds no Boundaries tables. Fix: check the "
                "path; " + CREATE_HINT
            )
    store = Store.open(resolved, migrate=False)
    try:
        with store.engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        store.close()
        raise StoreError(f"cannot read {_shown(resolved)}: {exc.__class__.__name__}") from None
    if revision is None:
        store.close()
        raise NoDatabase(
            f"{_shown(resolved)} holds no Boundaries tables (from {_source(url)}). Fix: check "
            "the URL; " + CREATE_HINT
        )
    store.migrate()
    return store


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
