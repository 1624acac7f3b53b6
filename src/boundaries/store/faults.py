"""Naming what went wrong with the database (disk full, read-only, locked, unreachable) and the
fix, and remembering it for `/healthz`."""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from boundaries.errors import BoundariesError

log = logging.getLogger(__name__)

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
LOCKED = "locked"
UNREACHABLE = "unreachable"
CORRUPT = "corrupt"
REFUSED = "refused"
NO_DATABASE = "no_database"
WAL_LOST = "wal_lost"
OTHER = "error"

# PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_PG_CAUSES = {
    "53100": DISK_FULL,  # disk_full
    "53200": DISK_FULL,  # out_of_memory: treated like a full disk, the fix is the same kind
    "25006": READ_ONLY,  # read_only_sql_transaction
    "55P03": LOCKED,  # lock_not_available
    "57014": LOCKED,  # query_canceled (statement or lock timeout)
    "57P01": UNREACHABLE,  # admin_shutdown
    "57P02": UNREACHABLE,  # crash_shutdown
    "57P03": UNREACHABLE,  # cannot_connect_now
    "28P01": REFUSED,  # invalid_password
    "28000": REFUSED,  # invalid_authorization_specification
    "3D000": NO_DATABASE,  # invalid_catalog_name
    "XX001": CORRUPT,  # data_corrupted
    "XX002": CORRUPT,  # index_corrupted
}

# SQLite result texts (https://www.sqlite.org/rescode.html) and OS errors as the driver words them.
_TEXT_CAUSES = (
    ("database or disk is full", DISK_FULL),
    ("no space left on device", DISK_FULL),
    ("could not extend file", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("read only", READ_ONLY),
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("connection refused", UNREACHABLE),
    ("could not connect", UNREACHABLE),
    ("connection failed", UNREACHABLE),
    ("server closed the connection", UNREACHABLE),
    ("terminating connection", UNREACHABLE),
    ("the connection is closed", UNREACHABLE),
    ("consuming input failed", UNREACHABLE),
    ("unable to open database file", UNREACHABLE),
    ("file is not a database", CORRUPT),  # SQLITE_NOTADB
    ("database disk image is malformed", CORRUPT),  # SQLITE_CORRUPT
    ("password authentication failed", REFUSED),
    ("no pg_hba.conf entry", REFUSED),
)
# Said by PostgreSQL before a session exists (no SQLSTATE reaches the client then).
_PG_LOGIN_CAUSES = (
    (re.compile(r'database "[^"]*" does not exist'), NO_DATABASE),
    (re.compile(r'role "[^"]*" does not exist'), REFUSED),
)


SHOWN_IN_LOG = "The service log names the database and its exact error."

# What is wrong and the fix, said without where the store lives (no URL, host, user, database
# name, file or folder, no driver text, which may quote any of them): for pages anyone may read
# (`/healthz` needs no login). Keyed by cause, then by engine ("sqlite", "postgresql", or ""
# when the engine is not known).
_PUBLIC: dict[str, dict[str, str]] = {
    DISK_FULL: {
        "": "the disk holding the database is full. Fix: free space on that disk or move the "
        "database to a larger one; until then the provider's callbacks are answered 503 so "
        "that it retries them.",
    },
    READ_ONLY: {
        "sqlite": "the database is read-only: this service may not write its file, its folder "
        "or its journal. Fix: make the file and its folder writable by the user running "
        "Boundaries (`chattr -i`, `chmod u+w`, a read-write mount; SQLite writes its journal "
        "beside the file).",
        "postgresql": "the database is read-only (a standby server, or "
        "default_transaction_read_only). Fix: point --database at the writable primary "
        "server, or turn off default_transaction_read_only.",
        "": "the database is read-only. Fix: make the SQLite file and its folder writable by "
        "the user running Boundaries, or point a PostgreSQL --database at the writable "
        "primary server.",
    },
    LOCKED: {
        "sqlite": "the database stayed locked by another writer for too long. Fix: end the "
        "process that holds it (an open `sqlite3` shell, a backup, another program writing "
        "to the file); for several processes, use PostgreSQL.",
        "": "the database stayed locked by another writer for too long. Fix: end the process "
        "or session that holds it (for PostgreSQL: `SELECT pid, query FROM pg_stat_activity "
        "WHERE wait_event_type = 'Lock'`).",
    },
    UNREACHABLE: {
        "sqlite": "the database file cannot be opened. Fix: check that the file and its folder "
        "exist and are readable and writable by the user running Boundaries, and that "
        "--database (or DATABASE_URL) names the right file.",
        "postgresql": "no PostgreSQL server answers at the database's address. Fix: check that "
        "the server runs and accepts TCP connections (`pg_isready`), and that --database (or "
        "DATABASE_URL) names the right host and port.",
        "": "the database cannot be reached. Fix: check that its server runs (PostgreSQL) or "
        "that its file can be opened (SQLite), and that --database (or DATABASE_URL) is right.",
    },
    CORRUPT: {
        "sqlite": "the database file is damaged, or is not a SQLite database. Fix: stop "
        "Boundaries, move the file aside and restore the latest backup in its place.",
        "": "the database is damaged. Fix: restore it from the latest backup, then check the "
        "disk it lives on.",
    },
    REFUSED: {
        "": "the PostgreSQL server refused the database login. Fix: check the user name and "
        "password in --database or DATABASE_URL, and that pg_hba.conf lets this user connect "
        "from this host.",
    },
    NO_DATABASE: {
        "": "the PostgreSQL server has no database of the name the service was given. Fix: "
        "create it (`createdb`) or correct the name at the end of --database (or "
        "DATABASE_URL).",
    },
    WAL_LOST: {
        "": "the database file or its journal was deleted or replaced while the service had "
        "it open: events written since reach no file that will be read again. Fix: stop "
        "`boundaries serve`, put the latest backup of the file back if the file itself is "
        "gone, start it again, and find what removed the file.",
    },
    OTHER: {
        "": "the database answered with an error. Fix: check the database (--database or "
        "DATABASE_URL) and, for PostgreSQL, its server's log.",
    },
}


def public_text(cause: str, engine: str = "") -> str:
    """What is wrong with the store and the fix, for anyone to read: without the database's
    URL, host, user, name, file or folder (they are in the service log, `SHOWN_IN_LOG`).
    `engine` is "sqlite", "postgresql" or "" (not known)."""
    texts = _PUBLIC.get(cause, _PUBLIC[OTHER])
    return f"{texts.get(engine) or texts['']} {SHOWN_IN_LOG}"


def engine_of(url: str) -> str:
    """ "sqlite" or "postgresql" for a database URL, "" for anything else."""
    return next((name for name in ("sqlite", "postgresql") if url.startswith(name)), "")


class StoreError(BoundariesError):
    """The database cannot be used; the message names the cause and what to do.

    `cause` is one of "disk_full", "read_only", "locked", "unreachable", "corrupt",
    "refused" (PostgreSQL turned the login down), "no_database" (PostgreSQL has no database of
    that name), "wal_lost" (the SQLite file or its journal was deleted or replaced under the
    service), "error".

    The message may name the database (its URL, host, user, file): it is for the operator
    (the CLI, the service log). `public` says the same cause and fix without any of that, for
    what anyone may read (`/healthz`): it is never made from the message."""

    def __init__(self, message: str, cause: str = OTHER, engine: str = "") -> None:
        super().__init__(message)
        self.cause = cause
        self.public = public_text(cause, engine)


def cause_of(exc: BaseException) -> str:
    """The kind of fault behind a driver or SQLAlchemy error (see the constants above)."""
    orig: Any = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlite_errorname", None) == "SQLITE_READONLY_DBMOVED":
        # The file was deleted or replaced under an open connection: SQLite refuses its
        # writes as "readonly" (https://www.sqlite.org/rescode.html#readonly_dbmoved).
        return WAL_LOST
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str):
        if state in _PG_CAUSES:
            return _PG_CAUSES[state]
        if state.startswith("08"):  # connection_exception
            return UNREACHABLE
    words = f"{exc} {orig}".lower()
    for pattern, cause in _PG_LOGIN_CAUSES:
        if pattern.search(words):
            return cause
    for needle, cause in _TEXT_CAUSES:
        if needle in words:
            return cause
    return OTHER


def explain(exc: BaseException, url: str, busy_seconds: float) -> StoreError:
    """A `StoreError` whose message says what happened to the database at `url` (password
    already hidden) and how to fix it."""
    cause = cause_of(exc)
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0][:300]
    sqlite = url.startswith("sqlite")
    if cause == DISK_FULL:
        where = "the disk holding the SQLite file" if sqlite else "the PostgreSQL server's disk"
        text = (
            f"the database {url!r} cannot store anything: {where} is full ({detail}). Fix: free "
            "space on that disk or move the database to a larger one; until then the provider's "
            "callbacks are answered 503 so that it retries them."
        )
    elif cause == READ_ONLY:
        fix = (
            "make the file and its folder writable by the user running Boundaries (SQLite "
            "writes its journal beside the file), on a file system mounted read-write"
            if sqlite
            else "point --database at the writable primary server, or turn off "
            "default_transaction_read_only"
        )
        text = f"the database {url!r} is read-only ({detail}). Fix: {fix}."
    elif cause == LOCKED:
        text = (
            f"the database {url!r} stayed locked by another writer for more than "
            f"{busy_seconds:g} s ({detail}). Fix: end the process that holds it (an open "
            "`sqlite3` shell, a backup, another program writing to the file)"
            + ("; for several processes, use PostgreSQL." if sqlite else ".")
        )
    elif cause == UNREACHABLE and not sqlite:
        text = (
            f"cannot reach the database {url!r}: no PostgreSQL server answered at {_server(url)} "
            f"({detail}). Fix: check that the server runs on that host and port and accepts TCP "
            f"connections (`pg_isready {_pg_args(url)}`), and that the URL (--database or "
            "DATABASE_URL) names the right host and port."
        )
    elif cause == UNREACHABLE:
        text = f"cannot open the database {url!r} ({detail}). Fix: {_sqlite_fix(url)}"
    elif cause == CORRUPT and sqlite:
        path = _sqlite_path(url)
        text = (
            f"the file {path!r} is not a SQLite database, or it is damaged ({detail}). Fix: "
            "check the path (--database or DATABASE_URL); if it is the right file, stop "
            f"Boundaries, move it aside (`mv {path} {path}.damaged`) and restore the latest "
            "backup in its place — with no backup, the next `boundaries serve` starts a new, "
            "empty one there."
        )
    elif cause == CORRUPT:
        text = (
            f"the database {url!r} is damaged ({detail}). Fix: restore it from the latest "
            "backup (pg_restore), then check the server's disk."
        )
    elif cause == REFUSED:
        text = (
            f"the PostgreSQL server at {_server(url)} refused the login of the URL {url!r} "
            f"({detail}). Fix: check the user name and password in --database or DATABASE_URL, "
            "and that pg_hba.conf lets this user connect from this host."
        )
    elif cause == WAL_LOST:
        return lost_file(url, Path(os.path.abspath(_sqlite_path(url))), journal=False)
    elif cause == NO_DATABASE:
        text = (
            f"the PostgreSQL server at {_server(url)} has no database named in {url!r} "
            f"({detail}). Fix: create it (`createdb {_pg_args(url)} NAME`) or correct the name "
            "at the end of the URL."
        )
    else:
        text = (
            f"database error on {url!r}: {detail}. Fix: the service log has the whole error; "
            "check the database (--database or DATABASE_URL) and, for PostgreSQL, its server's "
            "log."
        )
    return StoreError(text, cause, engine_of(url))


def lost_file(url: str, path: Path, journal: bool) -> StoreError:
    """The error (wal_lost) for a database file (`journal` False) or `-wal` file (True) that
    was deleted or replaced while this process had it open."""
    what = "its journal" if journal else "its file"
    fix = (
        "restart `boundaries serve` now"
        if journal
        else "stop `boundaries serve`, put the latest backup of the file back in its place "
        "(else the service starts a new, empty database there), and start it again"
    )
    return StoreError(
        f"the database {url!r} lost {what}: {str(path)!r} was deleted or replaced while this "
        "service had it open, so events written since reach no file that will be read "
        f"again. Fix: {fix}; then find what removed the file (a program deleting it, or one "
        "opening and closing the database file inside this process: "
        "https://www.sqlite.org/howtocorrupt.html §2.2).",
        WAL_LOST,
        "sqlite",
    )


def _server(url: str) -> str:
    """`host:port` of a PostgreSQL URL (5432 when not given)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "the URL's host"
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def _pg_args(url: str) -> str:
    """`-h HOST -p PORT [-U USER]` of a PostgreSQL URL, for the PostgreSQL client tools."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return ""
    user = f" -U {parsed.username}" if parsed.username else ""
    return f"-h {parsed.host or 'localhost'} -p {parsed.port or 5432}{user}"


def _sqlite_fix(url: str) -> str:
    """What to do when SQLite cannot open the file of `url`: what is wrong with its folder."""
    path = _sqlite_path(url)
    folder = os.path.dirname(os.path.abspath(path)) if path and path != ":memory:" else ""
    if folder and not os.path.isdir(folder):
        return f"create its folder (`mkdir -p {folder}`) or pass --database with another path."
    if folder and not os.access(folder, os.W_OK | os.X_OK):
        return (
            f"its folder {folder} is not writable by this user (SQLite writes its journal "
            "next to the file): make it writable (`chmod u+w`) or pass --database with a "
            "path in a folder you can write to."
        )
    if os.path.isdir(path):
        return f"{path} is a folder: pass --database with a file path inside it."
    return (
        "check that the file is readable and writable by this user and that the URL "
        "(--database or DATABASE_URL) is right."
    )


def _sqlite_path(url: str) -> str:
    """The file of a SQLite URL, as given (relative paths stay relative)."""
    path = url.split("///", 1)[1] if "///" in url else url
    return path.split("?", 1)[0]


@dataclass(frozen=True)
class Failure:
    """The last time the store could not do what was asked, and why."""

    at: datetime
    cause: str
    message: str
    public: str  # the cause and fix without where the store lives (`StoreError.public`)


class StoreHealth:
    """Whether the last write worked; shared by the threads of one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.failure: Failure | None = None

    def failed(self, error: StoreError) -> None:
        """A write failed (or the write probe did): remembered until one passes. A failure of
        the cause already remembered keeps its first time: `since` is when the spell began,
        not the last probe of it."""
        with self._lock:
            last = self.failure
            at = last.at if last is not None and last.cause == error.cause else datetime.now(UTC)
            self.failure = Failure(at, error.cause, str(error), error.public)

    def wrote(self) -> None:
        """A write went through (an event's, or the write probe's): the store works again,
        and the log says which failure is over."""
        self._forget(None)

    def recovered(self, cause: str) -> None:
        """A check has shown that the fault of this `cause` is over (the write probe passed
        after a read-only spell): forget the failure if it was of that cause."""
        self._forget(cause)

    def _forget(self, cause: str | None) -> None:
        """Forget the remembered failure (only one of `cause`, when given) and log that it is
        over, naming its cause and since when it lasted."""
        if self.failure is None:
            return
        with self._lock:
            over = self.failure
            if over is None or (cause is not None and over.cause != cause):
                return
            self.failure = None
        log.warning(
            "the store stores events again: the %s failure since %s is over",
            over.cause,
            over.at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        )
