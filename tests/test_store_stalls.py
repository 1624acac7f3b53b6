"""A PostgreSQL server that stops answering while the service runs (a frozen server, a stalled
network): the voice webhook answers a plain voicemail in time instead of leaving the provider
waiting until it drops the call, a data callback answers 503 so that the provider retries, and
a decision finished after its caller was answered is not stored (trial37 §1a).

The stall is a TCP relay between the service and the real test server that stops passing
bytes: like a frozen server, the connection stays open and nothing comes back."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from boundaries.config import load_config
from boundaries.store import Store
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Provider, ServerThread
from tests.store_support import new_sid

pytestmark = pytest.mark.postgres

MARC = "+33123456789"  # Association Horizon, a client of the example configuration
ANSWER = 1.5  # seconds a callback waits for the store in these tests


class Relay:
    """A loopback TCP relay to `target`; while `stalled` is set it holds what it reads."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.stalled = threading.Event()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self._open: list[socket.socket] = []
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                near = self.server.accept()[0]
            except OSError:
                continue
            far = socket.create_connection(self.target)
            self._open += [near, far]
            for a, b in ((near, far), (far, near)):
                threading.Thread(target=self._pass, args=(a, b), daemon=True).start()

    def _pass(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                while self.stalled.is_set() and not self._stop.is_set():
                    time.sleep(0.05)
                sink.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self._stop.set()
        self.stalled.clear()
        for s in self._open:
            s.close()
        self.server.close()


@pytest.fixture
def relayed(fresh_postgres_url: str) -> Iterator[tuple[Store, Relay]]:
    url = make_url(fresh_postgres_url)
    relay = Relay((url.host or "127.0.0.1", url.port or 5432))
    store = Store.open(url.set(host="127.0.0.1", port=relay.port).render_as_string(False))
    try:
        yield store, relay
    finally:
        relay.close()
        store.close()


def _post_within(provider: Provider, path: str, params: dict[str, str], limit: float):
    """POST and fail (instead of hanging the suite) when no answer comes within `limit`."""
    answer: list[object] = []
    thread = threading.Thread(target=lambda: answer.append(provider.post(path, params)))
    began = time.monotonic()
    thread.start()
    thread.join(limit)
    assert answer, f"{path} got no answer within {limit} s while the store stalled"
    return answer[0], time.monotonic() - began


def test_a_stalled_store_gets_the_caller_a_voicemail_in_time_and_stores_no_late_decision(
    relayed: tuple[Store, Relay], caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING)
    store, relay = relayed
    app = create_app(
        load_config(EXAMPLES / "boundaries.toml"),
        store,
        TOKEN,
        public_url=PUBLIC,
        answer_seconds=ANSWER,
    )
    with ServerThread(app) as server:
        provider = Provider(server.url)
        before = new_sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": before, "From": MARC}).status_code == 200
        relay.stalled.set()
        stalled = new_sid("CA")
        voice, took = _post_within(provider, "/twilio/voice", {"CallSid": stalled, "From": MARC}, 8)
        assert voice.status_code == 200 and "<Record" in voice.text, voice.text
        assert took < ANSWER + 2, took
        status, _ = _post_within(
            provider,
            "/twilio/status",
            {"CallSid": before, "CallStatus": "completed", "From": MARC, "CallDuration": "40"},
            8,
        )
        assert status.status_code == 503 and status.headers.get("Retry-After")
        relay.stalled.clear()
        # The stalled decision finishes once the server answers again, and is rolled back.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "answered too late" not in caplog.text:
            time.sleep(0.1)
        assert store.find(store.account_id(), "call", before) is not None
        assert store.find(store.account_id(), "call", stalled) is None
        after = new_sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": after, "From": MARC}).status_code == 200
        assert store.find(store.account_id(), "call", after) is not None
    logged = caplog.text
    assert "no answer from the store within 1.5 s" in logged, logged
    assert "ended without storing" in logged, logged
