"""The `boundaries` command group: commands load on first use, errors become messages."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from boundaries import __version__
from boundaries.cli.click_words import speak_through_click
from boundaries.errors import BoundariesError, SaidError

COMMANDS = {
    "check": "boundaries.cli.check:check",
    "simulate": "boundaries.cli.simulate:simulate_command",
    "events": "boundaries.cli.events:events_command",
    "triage": "boundaries.cli.triage:triage_command",
    "transcribe": "boundaries.cli.transcribe:transcribe_command",
    "serve": "boundaries.cli.serve:serve_command",
    "call-test": "boundaries.cli.call_test:call_test_command",
    "jobs": "boundaries.cli.jobs:jobs_command",
    "outbox": "boundaries.cli.outbox:outbox_command",
    "mail": "boundaries.cli.mail:mail_command",
    "calendar": "boundaries.cli.calendar:calendar_group",
    "skip": "boundaries.cli.skip:skip_command",
    "report": "boundaries.cli.report:report_command",
    "coach": "boundaries.cli.coach:coach_command",
    "user": "boundaries.cli.user:user_group",
}


class BoundariesGroup(click.Group):
    """Imports a command's module only when it runs (start-up stays fast), and turns the
    core's `BoundariesError`s into a message on stderr and exit status 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Click's `main`; the language the command chose is kept until Click has written its
        last words (an option's refusal is written after the command's context closed), and
        forgotten when the command is over, so that nothing run after it in this process (a
        test's next command or call) speaks it (`cli.language.forget_spoken`)."""
        from boundaries.cli.language import forget_spoken

        forget_spoken()
        try:
            return super().main(*args, **kwargs)
        finally:
            forget_spoken()

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        """Click's `make_context`; a Ctrl-C while the arguments are read ends as below."""
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            from boundaries.cli.language import interrupted

            interrupted()

    def invoke(self, ctx: click.Context) -> Any:
        """Runs the command; a `BoundariesError` becomes its message and status 1, a Ctrl-C
        (while the command's module loads or it runs) one line and status 130
        (`cli.language.interrupted`) instead of Click's "Aborted!" and status 1."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            from boundaries.cli.language import interrupted

            interrupted()
        except BoundariesError as exc:
            if not _catalogued(exc):  # no catalogue yet: its English words as they are
                click.echo(f"Error: {exc}", err=True)
                sys.exit(1)
            # from a catalogue (a `SaidError`, a store fault): in the consultant's language
            from boundaries.cli.language import spoken
            from boundaries.i18n import said

            lang = spoken()
            click.echo(said("accounts", lang, "cli.error", message=exc.said(lang)), err=True)
            sys.exit(1)
        except BrokenPipeError:
            sys.exit(0)


def _catalogued(exc: BoundariesError) -> bool:
    """Whether `exc` can say itself in another language than English: a `SaidError`, or an
    error whose `said` comes from a catalogue (a `StoreError` made by `faulted`)."""
    if isinstance(exc, SaidError):
        return True
    return getattr(exc, "words", None) is not None and type(exc).said is not BoundariesError.said


speak_through_click()


@click.group(cls=BoundariesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="boundaries")
def cli() -> None:
    """Boundaries keeps your client communication on your terms.

    It decides which calls ring through, sends the rest to a voicemail that
    asks what it is about, and shows what each client's interruptions cost.

    Example:

        \b
        boundaries check --config examples/boundaries.toml
        boundaries simulate --config examples/boundaries.toml --events examples/events.jsonl

    Each command explains itself: boundaries COMMAND --help.
    """
