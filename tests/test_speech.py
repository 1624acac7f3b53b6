"""Speech-to-text on audio synthesised at test time (espeak-ng, sox): the offline adapter."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.integrations.speech import SpeechError, load_engine

pytestmark = pytest.mark.skipif(
    not (shutil.which("espeak-ng") and shutil.which("sox")),
    reason="espeak-ng and sox are installed by `make test`",
)

PHRASES = [
    "hello this is dave please call me back about the budget",
    "the website is down and the deadline is today",
    "hi it is jen can you send the invoice",
]


def speak(
    tmp_path: Path, text: str, rate: int = 16000, channels: int = 1, name: str = "vm"
) -> Path:
    """A recording of `text` at the given rate and channel count, 16-bit PCM WAV."""
    raw = tmp_path / f"{name}-raw.wav"
    out = tmp_path / f"{name}.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "140", "-w", str(raw), text], check=True)
    subprocess.run(
        ["sox", str(raw), "-r", str(rate), "-c", str(channels), "-b", "16", str(out)], check=True
    )
    return out


@pytest.mark.parametrize(
    ("said", "rate", "channels"),
    [(PHRASES[0], 16000, 1), (PHRASES[1], 44100, 2), (PHRASES[2], 22050, 1)],
)
def test_pocketsphinx_recognises_a_recording_with_a_grammar(tmp_path, said, rate, channels):
    """Any rate and channel count is brought to 16 kHz mono before decoding."""
    audio = speak(tmp_path, said, rate, channels)
    transcript = load_engine("pocketsphinx", phrases=PHRASES).transcribe(audio, "en")
    assert transcript.text == said
    assert transcript.engine == "pocketsphinx"


def test_free_dictation_returns_text(tmp_path):
    audio = speak(tmp_path, "please call me back", rate=16000)
    assert load_engine("pocketsphinx").transcribe(audio, "en").text.strip()


def test_french_needs_another_engine(tmp_path):
    audio = speak(tmp_path, "hello")
    with pytest.raises(SpeechError, match="faster-whisper"):
        load_engine("pocketsphinx").transcribe(audio, "fr")


def test_faster_whisper_without_a_local_model_is_a_clear_error(tmp_path):
    with pytest.raises(SpeechError, match="model folder"):
        load_engine("faster-whisper", model_path=None)
    with pytest.raises(SpeechError, match=r"no model\.bin"):
        load_engine("faster-whisper", model_path=str(tmp_path))


def test_unreadable_recording_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not audio")
    with pytest.raises(SpeechError, match="not a readable WAV"):
        load_engine("pocketsphinx").transcribe(bad, "en")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"hello\n", "it ends after 6 bytes, before the end of a WAV header"),  # newcomer 2, L10
        (b"", "the file is empty"),
        (b"x" * 64, "does not start with RIFF"),
    ],
)
def test_transcribe_names_why_a_file_is_no_recording(tmp_path, content: bytes, words: str):
    bad = tmp_path / "fake.wav"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["transcribe", str(bad)])
    assert result.exit_code == 1, result.output
    assert words in result.output and "()" not in result.output and "Fix:" in result.output


def test_a_recording_cut_short_is_refused_not_read_as_silence(tmp_path):
    """trial32 §13: a WAV cut after its header transcribed to an empty line, exit 0, as if
    the caller had said nothing; it is refused, naming what it holds and what it announced."""
    whole = speak(tmp_path, PHRASES[1])
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole.read_bytes()[:100])
    result = CliRunner().invoke(cli, ["transcribe", str(cut)])
    assert result.exit_code == 1, result.output
    assert "nothing to transcribe" in result.output and "cut short" in result.output
    assert "Fix:" in result.output


def test_transcribe_command(tmp_path):
    audio = speak(tmp_path, PHRASES[1])
    args = ["transcribe", str(audio)] + [x for p in PHRASES for x in ("--phrase", p)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == PHRASES[1]
    missing = CliRunner().invoke(cli, ["transcribe", str(tmp_path / "none.wav")])
    assert missing.exit_code == 1 and "no such recording" in missing.output
    assert "Fix:" in missing.output
