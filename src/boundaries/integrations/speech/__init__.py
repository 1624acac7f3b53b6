"""Speech-to-text for voicemail recordings that come without a provider transcript."""

from boundaries.integrations.speech.base import SpeechError, SpeechToText, Transcript, load_engine

__all__ = ["SpeechError", "SpeechToText", "Transcript", "load_engine"]
