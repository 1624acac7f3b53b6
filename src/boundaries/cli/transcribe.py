"""`boundaries transcribe`: try the speech-to-text engine on a recording."""

from __future__ import annotations

from pathlib import Path

import click

from boundaries.integrations.speech import load_engine
from boundaries.integrations.speech.base import ENGINES


@click.command("transcribe")
@click.argument("recording", type=click.Path(dir_okay=False))
@click.option("--language", type=click.Choice(["en", "fr"]), default="en", show_default=True)
@click.option("--engine", type=click.Choice(ENGINES), default="pocketsphinx", show_default=True)
@click.option("--model-path", help="Local model folder (faster-whisper).")
@click.option(
    "--phrase",
    "phrases",
    multiple=True,
    help="Restrict pocketsphinx to these phrases (repeat the option).",
)
def transcribe_command(
    recording: str, language: str, engine: str, model_path: str | None, phrases: tuple[str, ...]
) -> None:
    """Transcribe a voicemail recording (WAV) offline and print the text.

    Example:

        \b
        boundaries transcribe voicemail.wav --language en
    """
    stt = load_engine(engine, model_path=model_path, phrases=list(phrases) or None)
    click.echo(stt.transcribe(Path(recording), language).text)
