"""The speech-to-text interface, its errors, and choosing an engine by name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from boundaries.errors import BoundariesError

ENGINES = ("pocketsphinx", "faster-whisper")


class SpeechError(BoundariesError):
    """A recording cannot be transcribed; the message says what to install or configure."""


@dataclass(frozen=True)
class Transcript:
    """What an engine heard."""

    text: str
    language: str
    engine: str


class SpeechToText(Protocol):
    """An offline engine: audio file in, text out."""

    name: str
    languages: tuple[str, ...]

    def transcribe(self, audio: Path, language: str) -> Transcript:
        """Transcribe a WAV recording; raise `SpeechError` for an unsupported language."""
        ...


def load_engine(
    name: str = "pocketsphinx",
    model_path: str | None = None,
    phrases: list[str] | None = None,
) -> SpeechToText:
    """The engine called `name`. `model_path` is a local model folder (faster-whisper needs
    one; nothing is downloaded); `phrases` restricts pocketsphinx to a small grammar."""
    if name == "pocketsphinx":
        from boundaries.integrations.speech.sphinx import PocketSphinx

        return PocketSphinx(phrases=phrases)
    if name == "faster-whisper":
        from boundaries.integrations.speech.whisper import FasterWhisper

        return FasterWhisper(model_path)
    raise SpeechError(f"unknown speech engine {name!r}. Fix: use one of {', '.join(ENGINES)}.")
