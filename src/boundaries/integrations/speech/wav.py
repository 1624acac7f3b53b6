"""Reading a WAV recording as 16 kHz mono 16-bit samples, whatever its rate and channels."""

from __future__ import annotations

import array
import sys
import wave
from pathlib import Path

from boundaries.errors import reason
from boundaries.integrations.speech.base import SpeechError

TARGET_RATE = 16_000
MIN_SECONDS = 0.1
"""Audio below which a recording holds nothing to transcribe (a header and a few samples)."""


def _unreadable(path: Path, exc: BaseException) -> str:
    """Why the `wave` module could not read `path`, in words: it raises EOFError without any
    for a file too short to hold a WAV header."""
    try:
        size = path.stat().st_size
    except OSError:
        return reason(exc)
    if size == 0:
        return "the file is empty"
    if isinstance(exc, EOFError):
        return f"it ends after {size} bytes, before the end of a WAV header"
    return reason(exc)


def read_pcm16(path: Path, rate: int = TARGET_RATE) -> bytes:
    """Mono signed 16-bit little-endian PCM at `rate`, resampled linearly when needed."""
    try:
        with wave.open(str(path), "rb") as w:
            channels, width, source_rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            announced_frames = w.getnframes()
            frames = w.readframes(announced_frames)
    except FileNotFoundError:
        raise SpeechError(
            f"{path}: no such recording. Fix: give the path of an existing audio file (WAV)."
        ) from None
    except (wave.Error, EOFError) as exc:
        raise SpeechError(
            f"{path}: not a readable WAV file ({_unreadable(path, exc)}). Fix: convert it, "
            "e.g. `sox in.mp3 -r 16000 -c 1 -b 16 out.wav`."
        ) from None
    if width != 2:
        raise SpeechError(f"{path}: {8 * width}-bit audio; 16-bit PCM WAV is expected.")
    held = len(frames) / (width * channels * source_rate) if source_rate and channels else 0.0
    if held < MIN_SECONDS:
        # nothing to hear: an empty transcript would read as a silent caller (trial32 §13)
        announced = announced_frames / source_rate if source_rate else 0.0
        cut = (
            f"; its header announces {announced:.1f} s: the file was cut short"
            if (announced >= MIN_SECONDS)
            else ""
        )
        raise SpeechError(
            f"{path}: holds {held:.2f} s of audio, nothing to transcribe{cut}. Fix: give the "
            "whole recording (download it again from the provider)."
        )
    samples = array.array("h")
    samples.frombytes(frames)
    if sys.byteorder == "big":
        samples.byteswap()
    if channels > 1:
        samples = array.array(
            "h",
            (sum(samples[i : i + channels]) // channels for i in range(0, len(samples), channels)),
        )
    if source_rate != rate and samples:
        step = source_rate / rate
        n = int(len(samples) / step)
        last = len(samples) - 1
        out = array.array("h", bytes(2 * n))
        for i in range(n):
            pos = i * step
            j = int(pos)
            frac = pos - j
            nxt = samples[j + 1] if j < last else samples[j]
            out[i] = int(samples[j] + (nxt - samples[j]) * frac)
        samples = out
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()
