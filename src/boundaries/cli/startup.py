"""What `serve` checks before it creates anything, and what a failed start takes back.

A busy port is found before the database is opened (so that a start that cannot listen
leaves nothing behind), and a SQLite database this start created is removed when the
service never started (finding 12 of the newcomer's tour).
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from boundaries.cli.language import told
from boundaries.store import database_url


def host_fix() -> str:
    """The fix for a `--host` this machine cannot listen on, in the spoken language."""
    return told("option.host_fix")


def check_port(host: str, port: int) -> None:
    """Raise `click.BadParameter` (exit 2) when `host:port` cannot be listened on, naming the
    option at fault: `--host` when the address is not one of this machine's (or the name
    does not resolve), else `--port` (already in use by another `boundaries serve`, e.g.
    `make run`, or not allowed). Binds the way uvicorn does (SO_REUSEADDR), then lets go at
    once."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except socket.gaierror as exc:
            raise click.BadParameter(
                told("option.host_unknown", host=host, why=exc.strerror, fix=host_fix()),
                param_hint="--host",
            ) from None
        except OSError as exc:
            if exc.errno == errno.EADDRNOTAVAIL:
                raise click.BadParameter(
                    told("option.host_not_here", host=host, why=exc.strerror, fix=host_fix()),
                    param_hint="--host",
                ) from None
            if exc.errno == errno.EADDRINUSE:
                key = "option.port_in_use"
            elif exc.errno == errno.EACCES:
                key = "option.port_denied"
            else:
                key = "option.port_refused"
            raise click.BadParameter(
                told(key, port=port, host=host, why=exc.strerror, free=_free(host)),
                param_hint="--port",
            ) from None


def _free(host: str) -> int:
    """A port the system says is free on `host` now (a suggestion, not a reservation)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((host, 0))
            return int(probe.getsockname()[1])
    except OSError:
        return 8001


def sqlite_file(database: str | None) -> Path | None:
    """The file of a SQLite database URL (absolute), or None for PostgreSQL or memory."""
    url = database_url(database)
    path = url.split("///", 1)[1].split("?", 1)[0] if url.startswith("sqlite") else ""
    if "///" not in url or path in ("", ":memory:"):
        return None
    return Path(path).absolute()


def check_database_folder(database: str | None) -> None:
    """Raise `click.BadParameter` (exit 2) when a SQLite database's folder does not exist:
    `serve` creates a new database file, never a tree of folders for a mistyped path (whose
    store `events`, `report` and `user add` would never see). Says so on stderr when a new,
    empty database is about to be created in an existing folder."""
    file = sqlite_file(database)
    if file is None or file.exists():
        return
    if not file.parent.is_dir():
        raise click.BadParameter(
            told("serve.no_folder", folder=file.parent), param_hint="--database"
        )
    click.echo(told("serve.new_database", file=file), err=True)


@contextmanager
def taken_back_unless_started(database: str | None) -> Iterator[list[bool]]:
    """Around a start: yields a one-item list the caller sets to `[True]` once the service has
    served; if it never did (an exception or exit on the way), the SQLite file this start
    created is removed with its -wal, -shm and .lock files and the folders it created. A file
    that existed before is never touched; PostgreSQL is left alone."""
    started = [False]
    url = database_url(database)
    path = url.split("///", 1)[1].split("?", 1)[0] if url.startswith("sqlite") else ""
    if "///" not in url or path in ("", ":memory:"):
        yield started
        return
    file = Path(path).absolute()
    new_folders = [p for p in (file.parent, *file.parent.parents) if not p.exists()]
    existed = file.exists()
    try:
        yield started
    finally:
        if not existed and not started[0]:
            for extra in ("", "-wal", "-shm", "-journal", ".lock"):
                file.with_name(file.name + extra).unlink(missing_ok=True)
            for folder in new_folders:  # innermost first
                try:
                    folder.rmdir()
                except OSError:
                    break
