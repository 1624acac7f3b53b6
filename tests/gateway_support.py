"""Test helpers for the live gateway: a real uvicorn server, a provider that signs like Twilio,
a frozen clock, and a local HTTP receiver for notifications."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Mapping
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
import uvicorn

TOKEN = "test-auth-token-1234"
PUBLIC = "https://calls.example.org"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def twilio_signature(token: str, url: str, params: Mapping[str, str]) -> str:
    """HMAC-SHA1 of the URL and the sorted parameters, written from the protocol (not the
    twilio library), as an independent provider would."""
    data = url + "".join(k + params[k] for k in sorted(params))
    digest = hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


class Clock:
    """A settable clock for the app."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class ServerThread:
    """The real app under uvicorn on a loopback port, in a thread of the test process."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


class Provider:
    """Posts webhooks the way the telephony provider does."""

    def __init__(self, base_url: str, token: str = TOKEN, public: str = PUBLIC) -> None:
        self.base_url = base_url
        self.token = token
        self.public = public
        self.http = httpx.Client(timeout=10)

    def post(
        self, path: str, params: Mapping[str, str], signature: str | None = "auto", **kw: Any
    ) -> httpx.Response:
        headers = dict(kw.pop("headers", {}))
        if signature == "auto":
            signature = twilio_signature(self.token, self.public + path, params)
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        return self.http.post(self.base_url + path, data=dict(params), headers=headers, **kw)


class Receiver:
    """A loopback HTTP server that records what is posted to it (Apprise json:// target).
    With `refuse_first`, the first posts are answered 503 and counted in `refused`."""

    def __init__(self, port: int | None = None, refuse_first: int = 0) -> None:
        self.received: list[dict[str, Any]] = []
        self.refused = 0
        received = self.received
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = self.rfile.read(length)
                if receiver.refused < refuse_first:
                    receiver.refused += 1
                    self.send_response(503)
                    self.end_headers()
                    return
                try:
                    received.append(json.loads(body))
                except json.JSONDecodeError:
                    received.append({"raw": body.decode(errors="replace")})
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return None

        self.port = port or free_port()
        self.server = HTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.url = f"json://127.0.0.1:{self.port}/notify"

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait(self, n: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        deadline = time.time() + timeout
        while len(self.received) < n and time.time() < deadline:
            time.sleep(0.02)
        return self.received


def provider_sid(prefix: str, label: object) -> str:
    """A Twilio-shaped provider id (`CA`/`RE`/`TR` + 32 hex digits) named by `label`,
    the same for the same label, so a test can send it and find it again."""
    import hashlib

    return prefix + hashlib.md5(str(label).encode()).hexdigest()
