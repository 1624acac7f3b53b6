"""The tour's transcription example prints what the README says it prints."""

from __future__ import annotations

from click.testing import CliRunner

from boundaries.cli.main import cli
from tests.conftest import EXAMPLES, ROOT

PHRASE = "call me back about the grant report"


def test_the_tour_says_what_the_bundled_engine_prints_for_the_example_recording():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = f'boundaries transcribe examples/voicemail.wav --language en --phrase "{PHRASE}"'
    assert command in readme and f'the second prints "{PHRASE}"' in readme
    assert "rough in free dictation" in readme  # what to expect without --phrase
    args = ["transcribe", str(EXAMPLES / "voicemail.wav"), "--language", "en", "--phrase", PHRASE]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == PHRASE
