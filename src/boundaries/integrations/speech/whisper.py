"""faster-whisper: Whisper on the CPU from a local model folder (French and English).

Nothing is downloaded: `model_path` must be a CTranslate2 Whisper model directory that the
operator copied onto the machine (e.g. a converted "small" or "medium" model)."""

from __future__ import annotations

from pathlib import Path

from boundaries.integrations.speech.base import SpeechError, Transcript


class FasterWhisper:
    name: str = "faster-whisper"
    languages: tuple[str, ...] = ("fr", "en")

    def __init__(self, model_path: str | None) -> None:
        if not model_path:
            raise SpeechError(
                "faster-whisper needs a local model folder. Fix: set model_path to a "
                "CTranslate2 Whisper model directory on this machine."
            )
        folder = Path(model_path)
        if not (folder / "model.bin").is_file():
            raise SpeechError(
                f"{folder} is not a faster-whisper model folder (no model.bin). Fix: point "
                "model_path at a converted Whisper model directory."
            )
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise SpeechError(
                "faster-whisper is not installed. Fix: pip install faster-whisper."
            ) from None
        self._model = WhisperModel(str(folder), device="cpu", compute_type="int8")

    def transcribe(self, audio: Path, language: str = "fr") -> Transcript:
        if language not in self.languages:
            raise SpeechError(f"unsupported language {language!r}; use 'fr' or 'en'.")
        if not audio.is_file():
            raise SpeechError(f"{audio}: no such recording.")
        segments, _ = self._model.transcribe(str(audio), language=language)
        return Transcript(" ".join(s.text.strip() for s in segments), language, self.name)
