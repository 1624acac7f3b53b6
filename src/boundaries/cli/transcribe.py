"""`boundaries transcribe`: try the speech-to-text engine on a recording."""

from __future__ import annotations

from pathlib import Path

import click

from boundaries.cli.language import read_config, spoken
from boundaries.cli.options import config_here, spoken_config_option
from boundaries.errors import SaidError
from boundaries.i18n import said
from boundaries.integrations.speech import load_engine
from boundaries.integrations.speech.base import ENGINES
from boundaries.languages import LANGUAGES


@click.command("transcribe")
@click.argument("recording", type=click.Path(dir_okay=False))
@click.option(
    "--language",
    default="en",
    show_default=True,
    metavar="fr|en",
    help="The language spoken in the recording: fr or en.",
)
@click.option("--engine", type=click.Choice(ENGINES), default="pocketsphinx", show_default=True)
@click.option("--model-path", help="Local model folder (faster-whisper).")
@click.option(
    "--phrase",
    "phrases",
    multiple=True,
    help="Restrict pocketsphinx to these phrases (repeat the option).",
)
@spoken_config_option
def transcribe_command(
    recording: str,
    language: str,
    engine: str,
    model_path: str | None,
    phrases: tuple[str, ...],
    config_path: str | None = None,
) -> None:
    """Transcribe a voicemail recording (WAV) offline and print the text.

    Example:

        \b
        boundaries transcribe voicemail.wav --language en
    """
    path = config_here(config_path)
    if path is not None:
        read_config(path)  # messages in the consultant's language (SPEC §2)
    chosen = language.strip().lower()
    if chosen not in LANGUAGES:
        raise _not_a_language(language)
    stt = load_engine(engine, model_path=model_path, phrases=list(phrases) or None)
    click.echo(stt.transcribe(Path(recording), chosen).text)


def _not_a_language(given: str) -> SaidError:
    """The refusal of a `--language` that is neither "fr" nor "en", in the language the
    command speaks (`spoken`: the configuration's, else the terminal's), naming the values
    accepted."""
    example = spoken()

    def words(lang: str) -> str:
        accepted = ", ".join(LANGUAGES)
        return said(
            "accounts", lang, "cli.language_bad", given=repr(given), accepted=accepted,
            example=example,
        )  # fmt: skip

    return SaidError(words)
