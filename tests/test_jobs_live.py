"""Durable background work (SPEC §7): kill -9 of the real server in the middle of a job, restart,
and the work is done exactly once; a provider retry does not download again."""

from __future__ import annotations

import io
import secrets
import threading
import time
import wave
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from boundaries.store import Store, StoredEvent
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, Provider, Receiver, free_port
from tests.live_process import Served

pytestmark = pytest.mark.slow

JEN = "+12125550147"  # Harbor Youth Arts, English (the language pocketsphinx knows)
MARC = "+33123456789"


def _silence(seconds: float = 1.0) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * int(16000 * seconds))
    return out.getvalue()


class SlowRecordingHost:
    """The provider's API on loopback: the first download hangs (the server is killed during
    it), later ones answer at once. Counts the downloads."""

    def __init__(self, recording: str) -> None:
        self.downloads = 0
        self.release = threading.Event()
        host = self
        data = _silence()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                host.downloads += 1
                if host.downloads == 1:
                    host.release.wait(60)
                if self.path != f"/Recordings/{recording}.wav":
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("content-type", "audio/wav")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                return None

        class Threaded(HTTPServer):
            def process_request(self, request, client_address):  # type: ignore[no-untyped-def]
                threading.Thread(
                    target=self._one, args=(request, client_address), daemon=True
                ).start()

            def _one(self, request, client_address):  # type: ignore[no-untyped-def]
                try:
                    self.finish_request(request, client_address)
                except OSError:
                    pass
                finally:
                    self.shutdown_request(request)

        self.port = free_port()
        self.server = Threaded(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = f"{self.origin}/Recordings/{recording}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def _config(tmp_path: Path, service: str, speech: bool = False) -> Path:
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text = text.replace("[service]\n", f'[service]\npublic_url = "{PUBLIC}"\n' + service)
    if speech:
        text += '\n[speech]\nengine = "pocketsphinx"\n'
    path = tmp_path / "boundaries.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _events(db_url: str, kind: str) -> list[StoredEvent]:
    store = Store.open(db_url)
    try:
        return [e for e in store.events(store.account_id()) if e.kind == kind]
    finally:
        store.close()


def _wait(what: str, check, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_local_transcription_killed_mid_download_is_done_once_after_restart(db_url, tmp_path):
    recording = "RE" + secrets.token_hex(16)
    host = SlowRecordingHost(recording)
    config = _config(tmp_path, f'provider_api_url = "{host.origin}"\n', speech=True)
    log = tmp_path / "serve.log"
    call_sid = "CA" + secrets.token_hex(16)
    failed_transcript = {
        "CallSid": call_sid,
        "TranscriptionSid": "TR" + secrets.token_hex(16),
        "RecordingSid": recording,
        "RecordingUrl": host.url,
        "TranscriptionStatus": "failed",
        "AccountSid": "AC" + secrets.token_hex(16),
    }
    try:
        first = Served(config, db_url, log)
        try:
            provider = Provider(first.url)
            assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": JEN}).is_success
            r = provider.post("/twilio/transcription", failed_transcript)
            assert r.status_code == 200  # answered once the job is stored
            _wait("the download to start", lambda: host.downloads >= 1, 30)
        finally:
            first.kill()  # kill -9 in the middle of the download
        assert _events(db_url, "transcription") == []
        host.release.set()
        with Served(config, db_url, log, port=first.port) as again:
            [done] = _wait("the transcript", lambda: _events(db_url, "transcription"))
            assert done.detail["status"] == "local" and done.client == "harbor"
            downloads = host.downloads
            # The provider retries its callback: answered, nothing downloaded or stored again.
            retry = Provider(again.url).post("/twilio/transcription", failed_transcript)
            assert retry.status_code == 200
            time.sleep(2)
            assert host.downloads == downloads == 2
        assert len(_events(db_url, "transcription")) == 1
    finally:
        host.close()


def test_an_urgent_notice_waiting_when_the_server_is_killed_is_sent_after_restart(db_url, tmp_path):
    port = free_port()  # the notification receiver is down at first
    config = _config(tmp_path, f'notify = ["json://127.0.0.1:{port}/notify"]\n')
    log = tmp_path / "serve.log"
    call_sid = "CA" + secrets.token_hex(16)
    first = Served(config, db_url, log)
    try:
        provider = Provider(first.url)
        assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).is_success
        r = provider.post(
            "/twilio/transcription",
            {
                "CallSid": call_sid,
                "TranscriptionSid": "TR" + secrets.token_hex(16),
                "TranscriptionText": "le local est inondé, il y a de l'eau partout",
                "TranscriptionStatus": "completed",
            },
        )
        assert r.status_code == 200
        [note] = _events(db_url, "notification")  # stored before the answer
        assert note.action == "pending"
    finally:
        first.kill()
    with Receiver(port) as receiver, Served(config, db_url, log, port=first.port):
        _wait("the notice", lambda: receiver.received, 40)
        time.sleep(2)
        assert len(receiver.received) == 1
        assert "inondé" in receiver.received[0]["message"]
        assert [n.action for n in _events(db_url, "notification")] == ["sent"]
