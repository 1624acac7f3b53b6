"""`boundaries triage`: classify messages (JSON Lines in and out), or score a labelled set."""

from __future__ import annotations

import io
import json
import os
import signal
import sys
import threading
from collections.abc import Iterable
from typing import Any, TextIO

import click

from boundaries.cli.arriving import HEAD, arriving_lines, may_pause
from boundaries.cli.language import told
from boundaries.textfiles import encoding_of, likely_encoding, stray_mark
from boundaries.triage.batch import BLANK_LINE_ERROR, answer_text, load_updates, triage_answers
from boundaries.triage.evaluate import Report, Scores, evaluate_file


@click.command("triage")
@click.option(
    "--updates",
    "updates_path",
    type=click.Path(dir_okay=False),
    help="JSON Lines of your own sent emails (id, to, subject, text, at): a status check "
    "they already answer gets 'answered_by'.",
)
@click.option(
    "--eval",
    "eval_path",
    type=click.Path(dir_okay=False),
    help="Score a labelled file (input fields plus an 'expect' object) instead of reading stdin.",
)
@click.option("--json", "as_json", is_flag=True, help="With --eval: the scores as one JSON object.")
@click.option(
    "--rules-only",
    is_flag=True,
    help="Without the learned second opinion and learned intent (no 'possible' tier; intent "
    "from the rules alone; saves ~150 MB and ~1.5 s of loading).",
)
@click.argument("given", nargs=-1, required=False, metavar="")
def triage_command(
    updates_path: str | None,
    eval_path: str | None,
    as_json: bool,
    rules_only: bool,
    given: tuple[str, ...] = (),
) -> None:
    """Classify voicemails, emails and texts: language, content-free, intent, urgency, topic.

    Reads one JSON object per line on stdin (id, channel, text, and optionally subject, from,
    at, lang) and writes one JSON object per line on stdout, in the same order. A line that
    cannot be read gets {"id": ..., "error": ...} and the run goes on; the exit status is
    then 1 (a blank line gets one too, but is not counted as malformed).

    Example:

        \b
        echo '{"id": "1", "channel": "voicemail", "text": "hi it is dave call me back"}' \\
            | boundaries triage

        \b
        boundaries triage --eval triage-dev.jsonl --updates updates-dev.jsonl

    Urgency comes from the rules (tier "urgent") and, where they say no, from a learned
    second opinion (tier "possible"); both set "urgent": true. Intent comes from the rules'
    cues and, where no cue matched, from a learned model over the same embeddings.

    Input is UTF-8 (a byte that is not is read as Windows-1252), or UTF-16 or UTF-32 when
    it starts with their byte-order mark. "lang" is a hint, "fr" or
    "en" ("FR", "fr-CA" too), used when the text gives no language cue; another language
    is ignored. A message of any length is triaged: a very long one on the start and end
    of its text (an HTML email converted first), as its "reasons" say.
    """
    if given:
        # "boundaries triage messages.jsonl": the messages come on standard input
        raise click.UsageError(
            told("option.triage_argument", given=" ".join(given), first=given[0])
        )
    if as_json and not eval_path:
        raise click.UsageError(told("option.json_without_eval"))
    if updates_path == "-":
        raise click.UsageError(told("option.updates_from_stdin"))
    updates = load_updates(updates_path) if updates_path else None
    if updates is not None and not updates.updates:
        click.echo(
            f"Warning: {updates_path} holds no update, so no status check gets 'answered_by'. "
            "Fix: pass the JSON Lines of your sent emails (id, to, subject, text, at), or leave "
            "out --updates.",
            err=True,
        )
    if eval_path:
        report = evaluate_file(eval_path, updates, learned=not rules_only)
        if as_json:
            click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        else:
            _print_report(report)
        if report.errors:
            from boundaries.i18n import number  # Babel: only when a fault is said

            wrong = number(len(report.errors))
            click.echo(
                f"Error: {len(report.errors)} {wrong:line|lines} could not be scored (the "
                f"report names {wrong:it|them}). Fix: correct {wrong:it|them} and score the file "
                "again.",
                err=True,
            )
            sys.exit(1)
        return
    if sys.stdin.isatty():
        # typed at a terminal, `boundaries triage` would otherwise wait in silence
        click.echo(
            "Reading messages from standard input, one JSON object per line; Ctrl-D ends. "
            "Usually: boundaries triage < messages.jsonl",
            err=True,
        )
    out = _utf8(sys.stdout, errors="replace")
    lines = unreadable = 0
    # a writer that waits for each answer (a pipe, a terminal) gets it at once (trial43 §9)
    at_once = may_pause(sys.stdin)
    pressed, writing, before = _ctrl_c_noted()
    try:
        for answer in triage_answers(_input(sys.stdin), updates, learned=not rules_only):
            written = answer_text(answer) + "\n"
            # a Ctrl-C between the write and the count waits for the count: the message's
            # "N lines answered" and its `tail -n +N+1` then match what is on standard
            # output (trial49 §7: one line more was written than said)
            writing.append(True)
            out.write(written)
            lines += 1
            writing.clear()
            if at_once:
                out.flush()
            unreadable += answer.get("error", BLANK_LINE_ERROR) != BLANK_LINE_ERROR
            if pressed:
                raise KeyboardInterrupt  # a Ctrl-C whose exception was swallowed on the way
    except KeyboardInterrupt:
        # Ctrl-C: what was answered stays written, in order; 130 is 128 + SIGINT, as a shell
        # reports a run stopped so (trial43)
        out.flush()
        from boundaries.i18n import number

        click.echo(
            f"Interrupted: {lines} {number(lines):line|lines} answered above; the lines after "
            f"them were not triaged. Fix: run again on the rest, e.g. tail -n +{lines + 1} "
            "messages.jsonl | boundaries triage",
            err=True,
        )
        sys.stderr.flush()
        # Straight out, without the interpreter's exit handlers: the Ctrl-C may have landed
        # inside the worker pool's own bookkeeping (a `Finalize` half made), and joining the
        # workers at exit then hung the run past its message (a fresh-clone `make test`,
        # session 44). Everything written is flushed; the workers, sent the same Ctrl-C,
        # end on their own (or on their closed pipe).
        os._exit(130)
    if before is not None:
        signal.signal(signal.SIGINT, before)
    out.flush()
    if unreadable:
        from boundaries.i18n import number

        # SPEC §5: the run goes on past a malformed line; §9: bad input ends non-zero.
        few = number(unreadable)
        click.echo(
            f"Error: {unreadable} of {lines} {number(lines):line|lines} could not be triaged; "
            f"{few:it|each} got an "
            '{"id": ..., "error": ...} object on its line. Fix: correct '
            f"{few:that line|those lines} and run {few:it|them} again.",
            err=True,
        )
        sys.exit(1)


def _ctrl_c_noted() -> tuple[list[bool], list[bool], Any]:
    """A list that a Ctrl-C (SIGINT) appends to before it raises `KeyboardInterrupt` as
    usual: the raise can land where Python ignores exceptions (a fork handler of the worker
    pool, "Exception ignored in …"), and the run then went on to the end with status 0
    (a fresh-clone `make test`, session 44); the loop reads the list after each answer. While
    the second list is not empty (an answer being written and counted), the Ctrl-C is only
    noted, and the loop raises it once the count is right. A run that inherited SIGINT
    ignored (started in the background) keeps ignoring it. Returns both lists and the handler
    it replaced (put back when the run ends: `triage` may run inside another program's
    process, a test's)."""
    pressed: list[bool] = []
    writing: list[bool] = []
    before = signal.getsignal(signal.SIGINT)
    if before is signal.SIG_IGN or threading.current_thread() is not threading.main_thread():
        return pressed, writing, None

    def on_sigint(signum: int, frame: object) -> None:
        pressed.append(True)
        if not writing:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)
    return pressed, writing, before


def _input(stream: TextIO) -> Iterable[str | None]:
    """Standard input's lines: UTF-8 (`_utf8`), or UTF-16/UTF-32 when it opens on their
    byte-order mark (what Windows PowerShell's `>` and some editors write), so each input
    line still gets exactly one output line; such a mark before UTF-8 lines is dropped
    (`textfiles.stray_mark`). From a pipe or a terminal, a `None` marks each pause of the
    writer (`arriving.arriving_lines`), so what came is answered before the next line."""
    if may_pause(stream):
        return arriving_lines(stream.fileno(), _encoding_of_head)
    buffer = getattr(stream, "buffer", None)
    peek = getattr(buffer, "peek", None)
    if buffer is not None and peek is not None:
        skip, encoding = _encoding_of_head(peek(HEAD)[:HEAD])
        buffer.read(skip)
        if encoding != "utf-8":
            return io.TextIOWrapper(buffer, encoding=encoding, errors="replace")
    text = _utf8(stream)  # a UTF-8 mark is dropped where each line is read
    if isinstance(text, io.TextIOWrapper):
        # lines ended by "\r" alone (old Mac editors) are lines too; JSON strings hold no raw
        # "\r", so none is split
        text.reconfigure(newline=None)
    return text


def _encoding_of_head(head: bytes) -> tuple[int, str]:
    """For input that opens on `head`: how many bytes to skip and the codec of the rest. A
    UTF-16 or UTF-32 mark picks that codec (which drops the mark); a stray one before
    UTF-8 lines is skipped; a UTF-8 mark is left to the line reader, which drops it."""
    if stray := stray_mark(head):
        return stray, "utf-8"
    encoding = encoding_of(head[:4])
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        return 0, encoding
    # UTF-16 without a mark (some exports): a NUL beside each Latin letter gives it away;
    # read as UTF-8, each line would break at its "\n" byte into lines of nonsense
    likely = likely_encoding(head)
    if likely is not None and likely.startswith("utf-16"):
        return 0, likely
    return 0, "utf-8"


def _utf8(stream: TextIO, errors: str = "surrogateescape") -> TextIO:
    """`stream` read or written as UTF-8 whatever the locale says (JSON Lines are UTF-8).
    Reading, a byte that is not UTF-8 is kept as a lone surrogate (`surrogateescape`), which
    the triage replaces where it parses the line (`triage.intake.readable`), never fatal."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors=errors)
    return stream


def _print_report(r: Report) -> None:
    assert r.content_free is not None and r.urgent is not None
    lines = [
        f"messages scored: {r.total}" + (f" ({len(r.errors)} unreadable)" if r.errors else ""),
        f"language accuracy: {r.lang_accuracy:.3f}",
        _row("content_free", r.content_free),
        _row("urgent", r.urgent),
        f"false-alarm rate: {_share(r.false_alarm_rate)} (share of non-urgent messages set urgent)",
    ]
    for tier, t in r.tiers.items():
        lines.append(
            f"  tier {tier:<9} raised {int(t['raised'] or 0)}: precision {_share(t['precision'])}, "
            f"found {_share(t['recall'])} of the urgent, "
            f"false alarms {_share(t['false_alarm_rate'])}"
        )
    for label, s in r.intent.items():
        lines.append(_row(f"intent {label}", s))
    lines.append(f"intent macro-F1: {r.intent_macro_f1:.3f}")
    if r.answered_by_accuracy is not None:
        lines.append(
            f"answered_by accuracy: {r.answered_by_accuracy:.3f} "
            f"over {r.answered_by_total} status checks"
        )
    if r.links:
        lines.append(
            f"answered_by links: {r.links['right']} right of {r.links['wanted']} labelled, "
            f"{r.links['wrong']} wrong (worse than none), {r.links['missed']} missed"
        )
    lines.append("")
    lines.append("intent confusion (rows: expected, columns: predicted)")
    labels = list(r.confusion)
    lines.append(" " * 14 + "".join(f"{x[:12]:>13}" for x in labels))
    for want in labels:
        lines.append(f"{want[:13]:<14}" + "".join(f"{r.confusion[want][g]:>13}" for g in labels))
    lines.append("")
    lines.append(f"missed urgent messages ({len(r.missed_urgent)}):")
    lines.extend(f"  {m}" for m in r.missed_urgent)
    lines.append(f"false urgent alarms ({len(r.false_urgent)}):")
    lines.extend(f"  {m}" for m in r.false_urgent)
    if r.links:
        lines.append(f"wrong answered_by links ({len(r.wrong_links)}):")
        lines.extend(f"  {m}" for m in r.wrong_links)
        lines.append(f"missed answered_by links ({len(r.missed_links)}):")
        lines.extend(f"  {m}" for m in r.missed_links)
    for err in r.errors:
        lines.append(f"unreadable: {err}")
    click.echo("\n".join(lines))


def _share(value: float | None) -> str:
    """A share with three decimals, or "n/a" when it is undefined (nothing to divide by)."""
    return "n/a" if value is None else f"{value:.3f}"


def _row(name: str, s: Scores) -> str:
    """One label's scores; "n/a" where undefined (`Scores`)."""
    return (
        f"{name:<22} precision {_share(s.precision)}  recall {_share(s.recall)}  "
        f"F1 {_share(s.f1)}  (n={s.support})"
    )
