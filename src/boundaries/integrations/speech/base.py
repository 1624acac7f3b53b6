"""The speech-to-text interface, its errors, and choosing an engine by name."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from boundaries.errors import BoundariesError, Said, Term, catalogued

ENGINES = ("pocketsphinx", "faster-whisper")
_LIBRARIES = {"pocketsphinx": "pocketsphinx", "faster-whisper": "faster_whisper"}


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


def engine_problem(name: str) -> Said | None:
    """Why the engine called `name` cannot run here (its library is not installed), with the
    fix (words of [speech] in locales/<lang>/config.toml: English as a `str`, any language by
    `said`); None when it can. Nothing is imported or loaded: `check` uses it offline."""
    module = _LIBRARIES.get(name)
    if module is None or importlib.util.find_spec(module) is not None:
        return None
    return Said(catalogued("config", "speech.not_installed", engine=name))


def model_folder_problem(model_path: str | None) -> Said | None:
    """Why `model_path` is not a faster-whisper model folder (a CTranslate2 Whisper model
    directory, which holds model.bin), with the fix (as `engine_problem`'s); None when it is.
    Nothing is loaded."""
    if not model_path:
        return Said(catalogued("config", "speech.no_model"))
    folder = Path(model_path)
    if not (folder / "model.bin").is_file():
        why = Term("config", "speech.no_folder" if not folder.exists() else "speech.no_model_bin")
        return Said(catalogued("config", "speech.not_a_model", folder=folder, why=why))
    return None


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
