"""A client that closes the connection in the middle of its request's body is one warning line
in the service's log, not a 60-line `ClientDisconnect` traceback under "Exception in ASGI
application" (trial37 §11)."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from boundaries.config import load_config
from boundaries.store import Store
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, ServerThread


def test_a_body_cut_short_is_one_warning_and_no_traceback(
    tmp_path, caplog: pytest.LogCaptureFixture
):
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    app = create_app(load_config(EXAMPLES / "boundaries.toml"), store, TOKEN, public_url=PUBLIC)
    caplog.set_level(logging.WARNING)
    with ServerThread(app) as server:
        with socket.create_connection(("127.0.0.1", server.port)) as conn:
            conn.sendall(
                b"POST /twilio/voice HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 400\r\n\r\n"
                b"CallSid=CA1&From=%2B33"
            )
            time.sleep(0.3)
        deadline = time.time() + 5
        while time.time() < deadline and not any(
            "closed the connection" in r.getMessage() for r in caplog.records
        ):
            time.sleep(0.05)
    store.close()
    said = [r.getMessage() for r in caplog.records]
    assert any("closed the connection before its request was read" in m for m in said), said
    assert not any("Exception in ASGI application" in m for m in said), said
    assert not any(r.exc_info for r in caplog.records), said
