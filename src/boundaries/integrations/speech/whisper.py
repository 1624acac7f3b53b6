"""faster-whisper: Whisper on the CPU from a local model folder (French and English).

Nothing is downloaded: `model_path` must be a CTranslate2 Whisper model directory that the
operator copied onto the machine (e.g. a converted "small" or "medium" model)."""

from __future__ import annotations

from pathlib import Path

from boundaries.integrations.speech.base import (
    SpeechError,
    Transcript,
    engine_problem,
    model_folder_problem,
)


class FasterWhisper:
    name: str = "faster-whisper"
    languages: tuple[str, ...] = ("fr", "en")

    def __init__(self, model_path: str | None) -> None:
        problem = model_folder_problem(model_path) or engine_problem(self.name)
        if problem is not None:
            raise SpeechError(problem)
        from faster_whisper import WhisperModel

        self._model = WhisperModel(str(model_path), device="cpu", compute_type="int8")

    def transcribe(self, audio: Path, language: str = "fr") -> Transcript:
        if language not in self.languages:
            raise SpeechError(f"unsupported language {language!r}; use 'fr' or 'en'.")
        if not audio.is_file():
            raise SpeechError(
                f"{audio}: no such recording. Fix: give the path of an existing audio file."
            )
        segments, _ = self._model.transcribe(str(audio), language=language)
        return Transcript(" ".join(s.text.strip() for s in segments), language, self.name)
