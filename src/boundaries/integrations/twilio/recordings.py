"""Fetching a voicemail recording from the provider, for local speech-to-text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx

from boundaries.integrations.speech import SpeechError

MAX_RECORDING_BYTES = 20 * 1024 * 1024


class RecordingFetcher:
    """Downloads `RecordingUrl` + ".wav", authenticated as the provider account."""

    def __init__(self, token: str, timeout: float = 20.0) -> None:
        self._token = token
        self.timeout = timeout

    def __repr__(self) -> str:
        return "RecordingFetcher(token=***)"

    def fetch(self, url: str, account_sid: str) -> Path:
        """A temporary WAV file (the caller deletes it)."""
        wav_url = url if url.endswith(".wav") else url + ".wav"
        auth = (account_sid, self._token) if account_sid else None
        with httpx.stream("GET", wav_url, auth=auth, timeout=self.timeout) as response:
            if response.status_code != 200:
                raise SpeechError(f"recording {wav_url} answered {response.status_code}")
            size = 0
            with tempfile.NamedTemporaryFile(suffix=".wav", delete=False) as out:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_RECORDING_BYTES:
                        out.close()
                        Path(out.name).unlink(missing_ok=True)
                        raise SpeechError(f"recording {wav_url} is larger than 20 MB")
                    out.write(chunk)
                return Path(out.name)
