"""A PostgreSQL URL whose host accepts the connection and then says nothing (a firewall, a
stuck pooler, the wrong port of a quiet service) fails within `PG_CONNECT_SECONDS` as
unreachable, with the fix, instead of hanging every command (trial37 §1)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from boundaries.store import database
from boundaries.store.database import Store, _pg_timeouts
from boundaries.store.faults import UNREACHABLE, StoreError


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never writes a byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for c in held:
        c.close()
    server.close()


def test_a_server_that_never_answers_is_unreachable_within_the_timeout(
    silent_port: int, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(database, "PG_CONNECT_SECONDS", 1)
    began = time.monotonic()
    with pytest.raises(StoreError) as failed:
        Store.open(f"postgresql://u@127.0.0.1:{silent_port}/boundaries")
    assert time.monotonic() - began < 8
    assert failed.value.cause == UNREACHABLE
    assert "pg_isready" in str(failed.value), str(failed.value)


def test_timeouts_the_url_sets_itself_are_kept():
    given = _pg_timeouts("postgresql+psycopg://u@h/db?connect_timeout=3&keepalives=0")
    assert "connect_timeout" not in given and "keepalives" not in given
    assert given["tcp_user_timeout"] == database.PG_UNACKED_MS


def test_a_url_is_shown_with_a_password_only_when_it_has_one():
    """trial37 §11: "postgres:***@" named a password the URL did not have."""
    from boundaries.store.database import _redact

    assert _redact("postgresql+psycopg://postgres@127.0.0.1:1/db") == (
        "postgresql+psycopg://postgres@127.0.0.1:1/db"
    )
    assert _redact("postgresql+psycopg://claire:s3cret@db:5432/b") == (
        "postgresql+psycopg://claire:***@db:5432/b"
    )
