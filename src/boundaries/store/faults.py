"""Naming what went wrong with the database (disk full, read-only, locked, unreachable) and the
fix, and remembering it for `/healthz`."""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
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
SLOW = "slow"
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
    ("timeout expired", UNREACHABLE),  # libpq's connect_timeout (`database.PG_CONNECT_SECONDS`)
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
    SLOW: {
        "": "the database did not answer in time: calls were answered without it (a plain "
        "voicemail) and their decisions were not stored. Fix: check that the PostgreSQL "
        "server answers (`pg_isready`), its load and its network, and which session holds a "
        "lock (`SELECT pid, query FROM pg_stat_activity WHERE wait_event_type = 'Lock'`).",
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
    that name), "slow" (a decision not done by the time its caller had to be answered),
    "wal_lost" (the SQLite file or its journal was deleted or replaced under the
    service), "error".

    The message may name the database (its URL, host, user, file): it is for the operator
    (the CLI, the service log). `public` says the same cause and fix without any of that, for
    what anyone may read (`/healthz`): it is never made from the message. `words(lang)`, when
    given, makes the message in a language from the store catalogue (`faulted`): the CLI says
    it in the consultant's (`said`); `str()` stays English (the log)."""

    def __init__(
        self,
        message: str,
        cause: str = OTHER,
        engine: str = "",
        words: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(message)
        self.cause = cause
        self.public = public_text(cause, engine)
        self.words = words

    def said(self, lang: str) -> str:
        return self.words(lang) if self.words is not None else str(self)


Said = Callable[[str], str]
"""A message as a function of the language ("fr", "en")."""


def fault_words(key: str, **values: object) -> Said:
    """`fault.<key>` of the store catalogue (locales/<lang>/store.toml) in a language; a value
    that is itself a `Said` (a part of the message: a fix, a place) is said in it too."""

    def words(lang: str) -> str:
        from boundaries.i18n import said  # Babel loads only when a fault is said

        filled = {k: v(lang) if callable(v) else v for k, v in values.items()}
        return said("store", lang, "fault." + key, **filled)

    return words


def faulted(key: str, cause: str, engine: str = "", **values: object) -> StoreError:
    """A `StoreError` of `cause` whose message is `fault.<key>` of the store catalogue filled
    with `values` (see `fault_words`): English in `str()`, the consultant's language in `said`."""
    words = fault_words(key, **values)
    return StoreError(words("en"), cause, engine, words)


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
    already hidden) and how to fix it, in any language (`faulted`)."""
    cause = cause_of(exc)
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0][:300]
    sqlite = url.startswith("sqlite")
    engine = engine_of(url)
    shown = repr(url)
    if cause == DISK_FULL:
        where = fault_words("disk_sqlite" if sqlite else "disk_postgresql")
        return faulted("disk_full", cause, engine, url=shown, where=where, detail=detail)
    if cause == READ_ONLY:
        fix = fault_words("read_only_sqlite" if sqlite else "read_only_postgresql")
        return faulted("read_only", cause, engine, url=shown, detail=detail, fix=fix)
    if cause == LOCKED:
        more = fault_words("locked_sqlite" if sqlite else "locked_postgresql")
        seconds = f"{busy_seconds:g}"
        return faulted(
            "locked", cause, engine, url=shown, seconds=seconds, detail=detail, more=more
        )
    if not sqlite and cause in (UNREACHABLE, OTHER) and _NO_SUCH_HOST.search(detail.lower()):
        # "could not translate host name …": no server to start, a name to correct (trial60)
        return faulted("unknown_host_postgresql", UNREACHABLE, engine, url=shown, host=_host(url))
    if cause == UNREACHABLE and not sqlite:
        return faulted(
            "unreachable_postgresql",
            cause,
            engine,
            url=shown,
            server=_server(url),
            detail=detail,
            pg_args=_pg_args(url),
        )
    if cause == UNREACHABLE:
        fix = _sqlite_fix(url)
        return faulted("unreachable_sqlite", cause, engine, url=shown, detail=detail, fix=fix)
    if cause == CORRUPT and sqlite:
        path = _sqlite_path(url)
        return faulted("corrupt_sqlite", cause, engine, path=repr(path), bare=path, detail=detail)
    if cause == CORRUPT:
        return faulted("corrupt", cause, engine, url=shown, detail=detail)
    if cause == REFUSED:
        server = _server(url)
        return faulted("refused", cause, engine, server=server, url=shown, detail=detail)
    if cause == WAL_LOST:
        return lost_file(url, Path(os.path.abspath(_sqlite_path(url))), journal=False)
    if cause == NO_DATABASE:
        return faulted(
            "no_database",
            cause,
            engine,
            server=_server(url),
            url=shown,
            detail=detail,
            pg_args=_pg_args(url),
        )
    return faulted("other", cause, engine, url=shown, detail=detail)


def lost_file(url: str, path: Path, journal: bool) -> StoreError:
    """The error (wal_lost) for a database file (`journal` False) or `-wal` file (True) that
    was deleted or replaced while this process had it open."""
    what = fault_words("lost_journal" if journal else "lost_file")
    fix = fault_words("lost_journal_fix" if journal else "lost_file_fix")
    return faulted(
        "lost", WAL_LOST, "sqlite", url=repr(url), what=what, path=repr(str(path)), fix=fix
    )


_NO_SUCH_HOST = re.compile(
    r"could not translate host name|name or service not known|nodename nor servname|"
    r"temporary failure in name resolution|no address associated with hostname"
)


def _host(url: str) -> str:
    """The host of a PostgreSQL URL ("localhost" when not given)."""
    try:
        return make_url(url).host or "localhost"
    except ArgumentError:
        return "?"


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


def _sqlite_fix(url: str) -> Said:
    """What to do when SQLite cannot open the file of `url`: what is wrong with its folder."""
    path = _sqlite_path(url)
    folder = os.path.dirname(os.path.abspath(path)) if path and path != ":memory:" else ""
    if folder and not os.path.isdir(folder):
        return fault_words("no_folder", folder=folder)
    if folder and not os.access(folder, os.W_OK | os.X_OK):
        return fault_words("folder_unwritable", folder=folder)
    if os.path.isdir(path):
        return fault_words("is_folder", path=path)
    return fault_words("check_file")


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
