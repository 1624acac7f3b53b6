"""Genuine calls still answer while clients flood the service with huge unsigned bodies.

The real service (`boundaries serve`, uvicorn) in its own process on a loopback port; four
flooding clients send 10,000-parameter bodies with a wrong signature while the provider places
genuine signed calls. The bounded behaviour is asserted (every genuine call answered 200
within the provider's 15 s webhook timeout, every flood request refused 4xx); the p99 latency
is a figure of `bench/webhook.py`, not of this test.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import EXAMPLES
from tests.gateway_support import TOKEN, free_port, twilio_signature

PROVIDER_TIMEOUT = 15.0  # seconds the provider waits for a webhook before giving up
FLOODERS = 4


def _serve(db_url: str, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, TWILIO_AUTH_TOKEN=TOKEN)
    cmd = [
        sys.executable,
        "-m",
        "boundaries",
        "serve",
        "--config",
        str(EXAMPLES / "boundaries.toml"),
    ]
    cmd += ["--database", db_url, "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    proc.wait()
    raise RuntimeError("the service did not start")


@pytest.mark.slow
def test_genuine_calls_answer_in_time_while_four_clients_flood_unsigned_bodies(tmp_path: Path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _serve(f"sqlite:///{tmp_path / 'flood.sqlite3'}", port)
    flood_body = "&".join(f"{i}=" for i in range(10_000)).encode()
    stop = threading.Event()
    flood_statuses: list[int] = []
    flood_errors: list[str] = []

    def flood() -> None:
        headers = {
            "content-type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl",
        }
        with httpx.Client(timeout=PROVIDER_TIMEOUT) as http:
            while not stop.is_set():
                try:
                    r = http.post(base + "/twilio/voice", content=flood_body, headers=headers)
                    flood_statuses.append(r.status_code)
                except httpx.HTTPError as exc:
                    flood_errors.append(repr(exc))

    flooders = [threading.Thread(target=flood, daemon=True) for _ in range(FLOODERS)]
    genuine: list[tuple[int, float]] = []
    try:
        for t in flooders:
            t.start()
        time.sleep(0.5)  # let the flood build up first
        with httpx.Client(timeout=PROVIDER_TIMEOUT) as http:
            for _ in range(40):
                params = {"CallSid": "CA" + secrets.token_hex(16), "From": "+33123456789"}
                sig = twilio_signature(TOKEN, base + "/twilio/voice", params)
                started = time.monotonic()
                r = http.post(
                    base + "/twilio/voice", data=params, headers={"X-Twilio-Signature": sig}
                )
                genuine.append((r.status_code, time.monotonic() - started))
    finally:
        stop.set()
        for t in flooders:
            t.join(timeout=PROVIDER_TIMEOUT + 5)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert len(genuine) == 40
    assert all(status == 200 for status, _ in genuine), genuine
    assert max(seconds for _, seconds in genuine) < PROVIDER_TIMEOUT
    assert flood_statuses and not flood_errors, flood_errors[:3]
    assert all(400 <= s < 500 for s in flood_statuses), set(flood_statuses)
