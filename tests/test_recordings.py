"""Recording downloads: only from the provider's API origin over HTTPS, with one deadline and a
size limit, never sending the auth token anywhere else. Real HTTPS servers on loopback (trustme
certificates)."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme

from boundaries.config import parse_config
from boundaries.config.errors import ConfigError
from boundaries.integrations.speech import SpeechError
from boundaries.integrations.twilio.recordings import RecordingFetcher, RecordingRefused
from tests.conftest import BASE_TOML
from tests.gateway_support import free_port

TOKEN = "recording-token-5678"
ACCOUNT = "AC" + "1" * 32
WAV = b"RIFF" + b"\x00" * 2000
PATH = f"/2010-04-01/Accounts/{ACCOUNT}/Recordings/RE{'2' * 32}"


class Site:
    """A loopback web server (HTTPS when given a certificate) that records who asked what."""

    def __init__(self, ca: trustme.CA | None, other: Site | None = None) -> None:
        self.seen: list[tuple[str, str | None]] = []
        self.port = free_port()
        seen, site = self.seen, self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                seen.append((self.path, self.headers.get("authorization")))
                route = self.path.rsplit("/", 1)[-1]
                if route.startswith("RE"):
                    self._send(WAV)
                elif route == "slow.wav":  # headers at once, then a byte now and then
                    self.send_response(200)
                    self.send_header("content-length", "1000")
                    self.end_headers()
                    for _ in range(300):
                        try:
                            self.wfile.write(b"x")
                            self.wfile.flush()
                        except OSError:
                            return
                        time.sleep(0.1)
                elif route == "declared-big.wav":
                    self.send_response(200)
                    self.send_header("content-length", str(50 * 1024 * 1024))
                    self.end_headers()
                elif route == "streamed-big.wav":
                    self.send_response(200)
                    self.send_header("transfer-encoding", "chunked")
                    self.end_headers()
                    chunk = b"y" * 4096
                    try:
                        for _ in range(100):
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.write(b"0\r\n\r\n")
                    except OSError:
                        return
                elif route == "to-other.wav" and other is not None:
                    self._redirect(f"https://localhost:{other.port}{PATH}.wav")
                elif route == "to-http.wav" and other is not None:
                    self._redirect(f"http://127.0.0.1:{other.port}{PATH}.wav")
                elif route == "loop.wav":
                    self._redirect(f"https://127.0.0.1:{site.port}/loop.wav")
                else:
                    self.send_response(404)
                    self.send_header("content-length", "0")
                    self.end_headers()

            def _send(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _redirect(self, to: str) -> None:
                self.send_response(302)
                self.send_header("location", to)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        if ca is not None:
            cert = ca.issue_cert("127.0.0.1", "localhost")
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            cert.configure_cert(context)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def sites(ca: trustme.CA) -> Iterator[tuple[Site, Site, Site]]:
    """(the API over HTTPS, another HTTPS origin, a plain-HTTP listener)."""
    plain = Site(None)
    other = Site(ca)
    api = Site(ca, other=other)
    yield api, other, plain
    for site in (api, other, plain):
        site.close()


@pytest.fixture
def fetcher(ca: trustme.CA, sites: tuple[Site, Site, Site], tmp_path: Path) -> RecordingFetcher:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    api = sites[0]
    return RecordingFetcher(
        TOKEN,
        f"https://127.0.0.1:{api.port}",
        deadline=2.0,
        max_bytes=100_000,
        verify=ssl.create_default_context(cafile=str(bundle)),
    )


def test_a_recording_on_the_api_is_fetched_with_the_account_credentials(fetcher, sites):
    api, _, _ = sites
    path = fetcher.fetch(f"https://127.0.0.1:{api.port}{PATH}", ACCOUNT)
    try:
        assert path.read_bytes() == WAV
    finally:
        path.unlink()
    [(asked, auth)] = api.seen
    assert asked == PATH + ".wav" and auth is not None and auth.startswith("Basic ")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{plain}/2010-04-01/Accounts/AC/Recordings/RE1",  # the reported case
        "http://127.0.0.1:{api}" + PATH,  # the API's host and port, but in clear text
        "https://localhost:{other}" + PATH,  # another origin
        "https://127.0.0.1:{other}" + PATH,  # same host, other port
        "https://user:pw@127.0.0.1:{api}" + PATH,  # credentials of its own
        "https://api.twilio.com" + PATH,  # the default API, not the configured one
        "file:///etc/passwd",
        "//127.0.0.1:{api}" + PATH,
        "",
    ],
)
def test_a_recording_off_the_api_origin_is_refused_and_nothing_is_sent(fetcher, sites, url):
    api, other, plain = sites
    url = url.format(api=api.port, other=other.port, plain=plain.port)
    with pytest.raises(RecordingRefused, match="provider_api_url"):
        fetcher.fetch(url, ACCOUNT)
    assert api.seen == [] and other.seen == [] and plain.seen == []


def test_by_default_only_api_twilio_com_over_https_is_allowed():
    fetcher = RecordingFetcher(TOKEN)
    good = "https://api.twilio.com" + PATH
    assert fetcher.check(good) == good + ".wav"
    assert fetcher.check("https://API.twilio.com:443" + PATH + ".wav").endswith(PATH + ".wav")
    for bad in [
        "http://api.twilio.com" + PATH,
        "https://api.twilio.com.evil.example" + PATH,
        "https://evil.example/api.twilio.com" + PATH,
        "https://api.twilio.com:8443" + PATH,
        "https://evil.example@api.twilio.com" + PATH,
    ]:
        with pytest.raises(RecordingRefused):
            fetcher.check(bad)


def test_a_slow_download_stops_at_the_overall_deadline(fetcher, sites):
    api, _, _ = sites
    started = time.monotonic()
    with pytest.raises(SpeechError, match="longer than 2 s"):
        fetcher.fetch(f"https://127.0.0.1:{api.port}/slow.wav", ACCOUNT)
    # The server would drip for 30 s, each byte well inside any per-read timeout.
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("route", ["declared-big.wav", "streamed-big.wav"])
def test_a_recording_larger_than_the_limit_is_refused(fetcher, sites, route):
    api, _, _ = sites
    with pytest.raises(RecordingRefused, match="larger than"):
        fetcher.fetch(f"https://127.0.0.1:{api.port}/{route}", ACCOUNT)


def test_a_redirect_to_another_origin_is_followed_without_the_credentials(fetcher, sites):
    api, other, _ = sites
    path = fetcher.fetch(f"https://127.0.0.1:{api.port}/to-other.wav", ACCOUNT)
    path.unlink()
    assert api.seen[0][1] is not None
    assert other.seen == [(PATH + ".wav", None)]


def test_redirects_to_plain_http_or_in_a_loop_are_refused(fetcher, sites):
    api, _, plain = sites
    with pytest.raises(RecordingRefused, match="plain HTTP"):
        fetcher.fetch(f"https://127.0.0.1:{api.port}/to-http.wav", ACCOUNT)
    assert plain.seen == []
    with pytest.raises(RecordingRefused, match="redirects more than"):
        fetcher.fetch(f"https://127.0.0.1:{api.port}/loop.wav", ACCOUNT)


def test_no_temporary_file_is_left_behind_after_a_failure(fetcher, sites, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "t"))
    (tmp_path / "t").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    api, _, _ = sites
    for route in ("declared-big.wav", "slow.wav", "missing.wav"):
        with pytest.raises(SpeechError):
            fetcher.fetch(f"https://127.0.0.1:{api.port}/{route}", ACCOUNT)
    assert list((tmp_path / "t").iterdir()) == []


@pytest.mark.parametrize(
    "value",
    ["http://api.twilio.com", "ftp://api.twilio.com", "https://user@api.example", "api.twilio.com"],
)
def test_the_provider_api_url_must_be_https(value: str):
    with pytest.raises(ConfigError, match="provider_api_url"):
        parse_config(BASE_TOML + f'\n[service]\nprovider_api_url = "{value}"\n')


def test_a_compatible_provider_api_can_be_configured():
    config = parse_config(BASE_TOML + '\n[service]\nprovider_api_url = "https://api.example.net"\n')
    assert RecordingFetcher(TOKEN, config.service.provider_api_url).check(
        "https://api.example.net/rec/RE1"
    ) == ("https://api.example.net/rec/RE1.wav")
