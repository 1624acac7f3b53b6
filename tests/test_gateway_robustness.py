"""The gateway under abuse: random signed bodies, schema-driven requests, kill -9 of the server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boundaries.config import load_config
from boundaries.store import Store
from boundaries.web.app import create_app
from boundaries.web.openapi import openapi
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Provider, ServerThread, free_port, twilio_signature

PATHS = [
    "/twilio/voice",
    "/twilio/gather",
    "/twilio/recording",
    "/twilio/transcription",
    "/twilio/status",
]
FIELDS = [
    "CallSid",
    "From",
    "To",
    "Digits",
    "RecordingSid",
    "RecordingUrl",
    "RecordingDuration",
    "TranscriptionSid",
    "TranscriptionText",
    "TranscriptionStatus",
    "CallStatus",
    "SequenceNumber",
    "CallDuration",
    "DialCallStatus",
    "AccountSid",
]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Store]]:
    store = Store.open("sqlite://")
    app = create_app(load_config(EXAMPLES / "boundaries.toml"), store, TOKEN, public_url=PUBLIC)
    with ServerThread(app) as running:
        yield running.url, store
    store.close()


values = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"\+?[0-9 ]{0,20}", fullmatch=True),
    st.sampled_from(["CA" + "a" * 32, "1", "anonymous", "completed", "-5", "9" * 30]),
    st.text(min_size=9000, max_size=9100),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(PATHS),
    form=st.dictionaries(st.sampled_from(FIELDS), values, max_size=8),
)
def test_random_signed_callbacks_never_get_a_server_error(server, path, form):
    base, store = server
    before = len(store.events(store.account_id()))
    r = Provider(base).post(path, form)
    assert r.status_code < 500, (path, form, r.text)
    if r.status_code >= 400:
        assert len(store.events(store.account_id())) == before  # a refused request stores nothing
    else:
        assert r.text.lstrip().startswith(("<?xml", "<Response"))


schema = schemathesis.openapi.from_dict(openapi())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_openapi_operations_never_give_a_server_error(case, server):
    base, _ = server
    response = case.call(base_url=base)
    assert response.status_code < 500, response.text


def _serve(db_url: str, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, TWILIO_AUTH_TOKEN=TOKEN)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "boundaries",
            "serve",
            "--config",
            str(EXAMPLES / "boundaries.toml"),
            "--database",
            db_url,
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the service did not start")


def test_every_acknowledged_event_survives_kill_9(db_url: str):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _serve(db_url, port)
    acknowledged = []
    try:
        with httpx.Client(timeout=5) as http:
            for i in range(30):
                params = {"CallSid": f"CA{i:032d}", "From": "+33123456789", "To": "+3318"}
                sig = twilio_signature(TOKEN, base + "/twilio/voice", params)
                r = http.post(
                    base + "/twilio/voice", data=params, headers={"X-Twilio-Signature": sig}
                )
                if r.status_code == 200:
                    acknowledged.append(params["CallSid"])
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert len(acknowledged) == 30
    restarted = _serve(db_url, port)
    restarted.send_signal(signal.SIGTERM)
    restarted.wait(timeout=20)
    out = subprocess.run(
        [sys.executable, "-m", "boundaries", "events", "--json", "--database", db_url],
        capture_output=True,
        text=True,
        check=True,
    )
    stored = {json.loads(line)["sid"] for line in out.stdout.splitlines()}
    assert set(acknowledged) <= stored
