"""PocketSphinx: offline, installs from PyPI with its US English model.

Free dictation is rough on real voicemail; with `phrases` it recognises a small grammar
exactly. For French voicemail use faster-whisper with a local model (see README)."""

from __future__ import annotations

import re
from pathlib import Path

from boundaries.integrations.speech.base import SpeechError, Transcript
from boundaries.integrations.speech.wav import TARGET_RATE, read_pcm16


class PocketSphinx:
    name: str = "pocketsphinx"
    languages: tuple[str, ...] = ("en",)

    def __init__(self, phrases: list[str] | None = None) -> None:
        try:
            from pocketsphinx import Decoder
        except ImportError:
            raise SpeechError(
                "pocketsphinx is not installed. Fix: pip install 'boundaries[speech]'."
            ) from None
        self._decoder_class = Decoder
        self._phrases = phrases

    def _decoder(self, grammar_dir: Path | None) -> object:
        if not self._phrases:
            return self._decoder_class(samprate=TARGET_RATE, logfn="/dev/null")
        assert grammar_dir is not None
        cleaned = [re.sub(r"[^a-z' ]", " ", p.lower()).strip() for p in self._phrases]
        self._check_words(cleaned)
        alternatives = " | ".join(cleaned)
        grammar = grammar_dir / "phrases.gram"
        grammar.write_text(
            f"#JSGF V1.0;\ngrammar phrases;\npublic <phrase> = {alternatives} ;\n",
            encoding="utf-8",
        )
        try:
            return self._decoder_class(samprate=TARGET_RATE, jsgf=str(grammar), logfn="/dev/null")
        except RuntimeError:
            raise SpeechError(
                "pocketsphinx could not build a grammar from the --phrase values. Fix: use "
                "plain English words, one phrase per --phrase."
            ) from None

    def _check_words(self, phrases: list[str]) -> None:
        """Raise `SpeechError` naming the words of `phrases` the English dictionary lacks
        (pocketsphinx itself only says "Failed to initialize PocketSphinx")."""
        if not all(phrases):
            raise SpeechError(
                "a --phrase has no words pocketsphinx can use (only letters a-z and "
                "apostrophes count). Fix: write the phrase in English words."
            )
        dictionary = self._decoder_class(samprate=TARGET_RATE, logfn="/dev/null")
        words = dict.fromkeys(w for phrase in phrases for w in phrase.split())
        unknown = [w for w in words if dictionary.lookup_word(w) is None]
        if unknown:
            raise SpeechError(
                f"pocketsphinx's English dictionary does not know {', '.join(map(repr, unknown))}"
                " (from --phrase), so it cannot listen for it. Fix: use other words (numbers "
                "spelt out, names written as they sound), or the faster-whisper engine."
            )

    def transcribe(self, audio: Path, language: str = "en") -> Transcript:
        if language not in self.languages:
            raise SpeechError(
                f"pocketsphinx has no {language!r} model here. Fix: set the speech engine to "
                "faster-whisper with a local model folder (model_path)."
            )
        pcm = read_pcm16(audio)
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            decoder = self._decoder(Path(tmp))
            decoder.start_utt()  # type: ignore[attr-defined]
            decoder.process_raw(pcm, full_utt=True)  # type: ignore[attr-defined]
            decoder.end_utt()  # type: ignore[attr-defined]
            hyp = decoder.hyp()  # type: ignore[attr-defined]
        return Transcript(hyp.hypstr if hyp is not None else "", language, self.name)
