"""A recording the provider could not transcribe is fetched and transcribed locally."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.integrations.speech import load_engine
from boundaries.store import Store
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, Receiver, ServerThread, free_port
from tests.test_speech import PHRASES, speak

RECORDING = "RE" + "2" * 32
pytestmark = pytest.mark.skipif(
    not (shutil.which("espeak-ng") and shutil.which("sox")),
    reason="espeak-ng and sox are installed by `make test`",
)


class RecordingHost:
    """Serves one WAV file at /Recordings/<RECORDING>.wav, checking the provider account's auth."""

    def __init__(self, wav: Path) -> None:
        data = wav.read_bytes()
        self.requests: list[str] = []
        seen = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append(self.path + " " + self.headers.get("authorization", ""))
                if self.path != f"/Recordings/{RECORDING}.wav":
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("content-type", "audio/wav")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                return None

        self.port = free_port()
        self.server = HTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.port}/Recordings/{RECORDING}"


def test_failed_provider_transcript_is_replaced_by_local_speech_to_text(tmp_path, db_url):
    host = RecordingHost(speak(tmp_path, PHRASES[1]))  # "the website is down and the deadline…"
    with Receiver() as receiver:
        text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
        origin = f"http://127.0.0.1:{host.port}"  # the provider's API, on loopback here
        text = text.replace(
            "[service]\n",
            f'[service]\nnotify = ["{receiver.url}"]\nprovider_api_url = "{origin}"\n',
        )
        store = Store.open(db_url)
        clock = Clock(datetime(2026, 11, 30, 13, 0, tzinfo=ZoneInfo("Europe/Paris")))
        app = create_app(
            parse_config(text),
            store,
            TOKEN,
            public_url=PUBLIC,
            clock=clock,
            speech=load_engine("pocketsphinx", phrases=PHRASES),
        )
        with ServerThread(app) as server:
            provider = Provider(server.url)
            call = {"CallSid": "CA" + "1" * 32, "From": "+12125550147", "To": "+3318"}
            assert provider.post("/twilio/voice", call).status_code == 200
            r = provider.post(
                "/twilio/transcription",
                {
                    "CallSid": call["CallSid"],
                    "TranscriptionSid": "TR" + "3" * 32,
                    "RecordingSid": RECORDING,
                    "RecordingUrl": host.url,
                    "TranscriptionStatus": "failed",
                    "AccountSid": "AC" + "4" * 32,
                },
            )
            assert r.status_code == 200
            [notice] = receiver.wait(1, timeout=20)
            deadline = time.time() + 5
            while time.time() < deadline and not store.events(store.account_id()):
                time.sleep(0.05)
        [transcription] = [e for e in store.events(store.account_id()) if e.kind == "transcription"]
        store.close()
    assert transcription.detail["status"] == "local"
    assert transcription.detail["text"] == PHRASES[1]
    assert transcription.action == "urgent"
    assert "website is down" in notice["message"]
    assert host.requests and host.requests[0].startswith(f"/Recordings/{RECORDING}.wav Basic ")
    host.server.shutdown()
