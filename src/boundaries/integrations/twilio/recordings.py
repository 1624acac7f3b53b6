"""Fetching a voicemail recording from the provider's API, for local speech-to-text.

The fetch is authenticated with the account's auth token, so it goes only to the provider's
API origin (default `https://api.twilio.com`; `[service] provider_api_url` for compatible
providers) over HTTPS, whatever `RecordingUrl` the callback names. Redirects are followed
(at most 3, HTTPS only) without the credentials once they leave that origin. The whole
download has one deadline (connect, redirects, headers and body together) and a size limit.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import os
import ssl
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from boundaries.integrations.speech import SpeechError

DEFAULT_API_URL = "https://api.twilio.com"
MAX_RECORDING_BYTES = 20 * 1024 * 1024  # a 180 s WAV at 8 kHz is under 3 MB
DEADLINE_SECONDS = 60.0  # the whole download
MAX_REDIRECTS = 3


class RecordingRefused(SpeechError):
    """The recording cannot be fetched as asked (wrong host, scheme, size…); retrying the
    same URL cannot help (`permanent`)."""

    permanent = True


def api_origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of the provider's API base URL; `ValueError` unless it is HTTPS
    (plain HTTP is accepted for a loopback address only, for local tests)."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if not host or parts.username or parts.password:
        raise ValueError(f"{url!r} is not a base URL like https://api.twilio.com")
    if scheme != "https" and not (scheme == "http" and _loopback(host)):
        raise ValueError(f"{url!r} must use https:// (http:// only for a loopback address)")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise ValueError(f"{url!r} has an invalid port") from None
    return scheme, host, port


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _origin(url: str) -> tuple[str, str, int] | None:
    parts = urlsplit(url)
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        return None
    return (scheme, host, port) if host else None


class RecordingFetcher:
    """Downloads `RecordingUrl` + ".wav" from the provider's API, authenticated as the account.

    `api_url`: the API's base URL (scheme, host, port); `deadline`: seconds for the whole
    download; `max_bytes`: the largest recording accepted; `verify`: TLS verification (an
    `ssl.SSLContext` trusting a test CA in tests)."""

    def __init__(
        self,
        token: str,
        api_url: str = DEFAULT_API_URL,
        deadline: float = DEADLINE_SECONDS,
        max_bytes: int = MAX_RECORDING_BYTES,
        verify: bool | ssl.SSLContext = True,
    ) -> None:
        self._token = token
        self.api = api_origin(api_url)
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.verify = verify

    def __repr__(self) -> str:
        return f"RecordingFetcher(api={self.api[0]}://{self.api[1]}:{self.api[2]}, token=***)"

    def check(self, url: str) -> str:
        """The URL to download (`.wav` appended); `RecordingRefused` unless it is on the API
        origin. Nothing is sent anywhere before this check."""
        wav = url.strip()
        wav = wav if wav.endswith(".wav") else wav + ".wav"
        parts = urlsplit(wav)
        if parts.username or parts.password or _origin(wav) != self.api:
            scheme, host, port = self.api
            raise RecordingRefused(
                f"recording URL {_shown(url)} is not on the provider's API ({scheme}://{host}"
                f":{port}); not fetched, the auth token was not sent. Fix: if your provider "
                "serves recordings elsewhere, set [service] provider_api_url to its API base URL."
            )
        return wav

    def fetch(self, url: str, account_sid: str) -> Path:
        """A temporary WAV file (the caller deletes it). Raises `RecordingRefused` for a URL off
        the API origin, a redirect to plain HTTP, or a recording over `max_bytes`, and
        `SpeechError` for an HTTP error or when the download takes longer than `deadline`."""
        wav = self.check(url)
        work = self._download(wav, account_sid)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(work)
        with concurrent.futures.ThreadPoolExecutor(1) as pool:  # called from an event loop
            return pool.submit(asyncio.run, work).result()

    async def _download(self, wav: str, account_sid: str) -> Path:
        handle, name = tempfile.mkstemp(suffix=".wav")
        os.close(handle)
        out = Path(name)
        try:
            async with asyncio.timeout(self.deadline):
                await self._stream(wav, account_sid, out)
        except TimeoutError:
            out.unlink(missing_ok=True)
            raise SpeechError(
                f"recording {_shown(wav)} took longer than {self.deadline:g} s to download"
            ) from None
        except httpx.HTTPError as exc:
            out.unlink(missing_ok=True)
            raise SpeechError(f"recording {_shown(wav)} could not be downloaded: {exc}") from None
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        return out

    async def _stream(self, wav: str, account_sid: str, out: Path) -> None:
        timeout = httpx.Timeout(self.deadline)
        async with httpx.AsyncClient(
            timeout=timeout, verify=self.verify, follow_redirects=False, trust_env=False
        ) as http:
            url = wav
            for _ in range(MAX_REDIRECTS + 1):
                on_api = _origin(url) == self.api
                auth = (account_sid, self._token) if on_api and account_sid else None
                async with http.stream("GET", url, auth=auth) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        if urlsplit(url).scheme.lower() != "https" and _origin(url) != self.api:
                            raise RecordingRefused(
                                f"recording {_shown(wav)} redirects to plain HTTP; not followed"
                            )
                        continue
                    if response.status_code != 200:
                        raise SpeechError(
                            f"recording {_shown(wav)} answered {response.status_code}"
                        )
                    await self._save(response, wav, out)
                    return
        raise RecordingRefused(f"recording {_shown(wav)} redirects more than {MAX_REDIRECTS} times")

    async def _save(self, response: httpx.Response, wav: str, out: Path) -> None:
        declared = response.headers.get("content-length", "")
        too_big = RecordingRefused(
            f"recording {_shown(wav)} is larger than {self.max_bytes // (1024 * 1024)} MB"
        )
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise too_big
        size = 0
        with out.open("wb") as fh:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise too_big
                fh.write(chunk)


def _shown(url: str) -> str:
    """A URL fit for logs: no query string (it may carry a pre-signed credential)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2][:80]}{parts.path[:120]}"
