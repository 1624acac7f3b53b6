"""The JSON Lines contract of `boundaries triage` (SPEC §5): one answer per input line."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from boundaries.errors import Said, SaidError, catalogued
from boundaries.textfiles import NotText, read_text, readable_fix
from boundaries.triage.answered import Update, UpdateIndex, mail_address, number_key
from boundaries.triage.answered_link import answered_link, pressed_by_deadline
from boundaries.triage.classify import classify
from boundaries.triage.fields import CHANNELS as CHANNELS  # re-exported
from boundaries.triage.fields import (
    MessageError,
    Reading,
    first_use,
    read_message,
    text_field,
    when_field,
)
from boundaries.triage.fields import parse_message as parse_message  # re-exported
from boundaries.triage.intake import UPDATE_FIELDS, LineError, decode_line, readable
from boundaries.triage.learned import learned_verdicts, warn_once
from boundaries.triage.long_text import judged_field, judged_text
from boundaries.triage.model import Intent, Message, Triage
from boundaries.triage.parallel import answered_in_order

log = logging.getLogger(__name__)

BATCH = 256
"""Lines read before the rules' verdicts go through the second opinion together."""


def told(key: str, /, **values: object) -> Said:
    """The message `key` ("section.name") of locales/<lang>/triage_files.toml filled with
    `values`: English as a `str`, any language by `said(lang)`."""
    return Said(catalogued("triage_files", key, **values))


def joined(parts: Sequence[str], separator: str) -> Said:
    """`parts` joined by `separator`, each said in the language of the whole (an English
    `str` as it is)."""
    return Said(
        lambda lang: separator.join(p.said(lang) if isinstance(p, Said) else p for p in parts)
    )


def unread_file(path: Path, exc: OSError | NotText, option: str) -> Said:
    """Why the file `path` given by `option` could not be read, and the fix."""
    if isinstance(exc, NotText):
        return told("file.not_text", path=path, line=exc.line, message=Said(exc.words))
    if isinstance(exc, FileNotFoundError):
        return told("file.missing", path=path, option=option)
    return told("file.unreadable", path=path, why=exc.strerror, fix=readable_fix())


class UpdatesError(SaidError):
    """The --updates file cannot be used; the message names it, its lines at fault and the
    fix, in any language (`said`), English as `str`."""

    def __init__(self, message: Said) -> None:
        super().__init__(message.said)


_SHOWN_FAULTS = 20
"""Bad lines of an --updates file named one by one before the rest are counted."""


def triage_line(line: str, updates: UpdateIndex | None = None) -> dict[str, Any]:
    """The answer to one input line: the triage, or `{"id": ..., "error": ...}`."""
    return triage_batch([line], updates)[0]


def _parse_line(line: str) -> Reading | dict[str, Any]:
    """The `Reading` of one line, or its error object: whatever the line holds, a fault in
    reading it stays on its line (SPEC §5)."""
    data: object = None
    try:
        data = decode_line(line)
        return read_message(data)
    except LineError as exc:
        return {"id": _given_id({"id": exc.id}), "error": str(exc)}
    except MessageError as exc:
        return {"id": _given_id(data), "error": str(exc)}
    except Exception as exc:  # a fault of ours on one line must not cost the others theirs
        return {"id": _given_id(data), "error": _fault("reading this line", exc)}


def _given_id(data: object) -> object:
    """The id as given (a string, or a finite number), so an error can be matched to its line."""
    raw = data.get("id") if isinstance(data, dict) else None
    if isinstance(raw, float) and not math.isfinite(raw):
        return None
    return raw if isinstance(raw, str | int | float) and not isinstance(raw, bool) else None


def _fault(doing: str, exc: Exception) -> str:
    """The error text of an unexpected exception on one line (logged at debug level with its
    traceback)."""
    log.debug("unexpected fault while %s", doing, exc_info=exc)
    what = readable(f"{type(exc).__name__}: {exc}")[:300]
    return (
        f"an unexpected fault while {doing} ({what}). This is a fault in boundaries, not in "
        "your input: please report it with this line; the other lines were triaged"
    )


def _with_middle(reading: Reading, verdict: Triage) -> Triage:
    """`verdict`, made urgent when the unjudged middle of a very long text holds an urgent
    passage (`long_text.unjudged_middle`), with the reason naming it."""
    if verdict.urgent or not reading.middle:
        return verdict
    for chunk in reading.middle:
        found = classify(Message(reading.message.id, "sms", chunk))
        if found.urgent:
            why = next(r for r in found.reasons if r.startswith("urgent"))
            reasons = (
                *verdict.reasons[:-1],
                f"in the middle of the text, {why}",
                verdict.reasons[-1],
            )
            return replace(verdict, urgent=True, reasons=reasons)
    return verdict


def triage_batch(
    lines: Sequence[str], updates: UpdateIndex | None = None, learned: bool = True
) -> list[dict[str, Any]]:
    """The answers to several input lines, in order: the rules on each, then (unless
    `learned` is False) the learned second opinion in one batch on those the rules left not
    urgent and the learned intent on those where no intent cue matched, then answered-by.

    A fault on one line becomes that line's error object; a fault of the learned parts leaves
    the rules' verdicts (logged once): no fault loses another line's answer.
    """
    parsed = [_parse_line(line) for line in lines]
    out: list[dict[str, Any] | None] = [p if isinstance(p, dict) else None for p in parsed]
    readings: list[tuple[int, Reading]] = []
    ruled: list[Triage] = []
    for i, p in enumerate(parsed):
        if isinstance(p, Reading):
            try:
                ruled.append(_with_middle(p, classify(p.message)))
            except Exception as exc:
                out[i] = {"id": p.message.id, "error": _fault("triaging this message", exc)}
                continue
            readings.append((i, p))
    messages = [r.message for _, r in readings]
    verdicts = learned_verdicts(messages, ruled) if learned else ruled
    numbers = (
        updates.clients_of_numbers((m.sender, m.text) for m in messages)
        if updates is not None
        else {}
    )
    for (i, reading), verdict in zip(readings, verdicts, strict=True):
        answer = verdict.as_json(reading.message.id)
        reasons = answer["reasons"]
        assert isinstance(reasons, list)
        reasons.extend(reading.notes)
        if updates is not None:
            try:
                _answered_by(reading.message, verdict, answer, updates, numbers)
            except Exception as exc:
                warn_once(
                    "answered-by",
                    f"answered-by failed ({type(exc).__name__}: {exc}); "
                    "the messages it fails on get no 'answered_by'",
                )
        out[i] = answer
    answers = [answer for answer in out if answer is not None]
    assert len(answers) == len(lines), "every line has its answer"
    return answers


def _answered_by(
    message: Message,
    verdict: Triage,
    answer: dict[str, Any],
    updates: UpdateIndex,
    numbers: dict[str, set[str]],
) -> None:
    """Add `answered_by` to a status check an earlier update answers (SPEC §5), or relabel a
    request that asks no new work about what an update reported (`answered_link`).
    `numbers`: the addresses of the client each phone number of the batch said it was
    (`UpdateIndex.clients_of_numbers`), for a message from one that does not say it again."""
    m = message
    sender = mail_address(m.sender)
    same_client = None
    if not updates.caller_addresses(m.text, sender):
        same_client = numbers.get(number_key(sender))
    link = answered_link(
        updates,
        verdict.intent,
        m.text,
        m.subject,
        sender,
        # SPEC §5: a message without `at` is judged as just arrived, so an update sent after
        # now cannot answer it
        m.at or datetime.now(UTC),
        verdict.lang,
        same_client,
        urgent=verdict.urgent,
        guessed=verdict.intent_confidence if not verdict.intent_by_cue else None,
        pressed=pressed_by_deadline(verdict.reasons),
        topic=verdict.topic,
    )
    reasons = answer["reasons"]
    assert isinstance(reasons, list)
    if link.status_check:
        answer["intent"] = str(Intent.STATUS_CHECK)
        reasons[:0] = link.reasons
    else:
        reasons.extend(link.reasons)
    if link.update is not None:
        answer["answered_by"] = link.update.id


def triage_answers(
    lines: Iterable[str | None],
    updates: UpdateIndex | None = None,
    batch: int = BATCH,
    learned: bool = True,
    workers: int | None = None,
) -> Iterator[dict[str, Any]]:
    """The answer to each line, in order, `batch` lines at a time: one line in, one answer out
    (SPEC §5), so a blank line gets an error object on its line. A UTF-8 byte-order mark at
    the start of the input (as some Windows editors write) is not part of the first line.

    Batches after the first are answered on `workers` processes (default: every core this
    process may use; `parallel.answered_in_order`), and come back in order. A `None` among
    the lines is a pause of the input (`cli.arriving`): the lines before it are answered
    before the next is awaited."""

    def answer(pending: Sequence[str]) -> list[dict[str, Any]]:
        answers = iter(
            _batch_or_alone([line for line in pending if line.strip()], updates, learned)
        )
        return [next(answers) if line.strip() else dict(_BLANK) for line in pending]

    for answers in answered_in_order(_batches(lines, batch), answer, workers):
        yield from answers


def _batches(lines: Iterable[str | None], size: int) -> Iterator[list[str]]:
    """`lines` in lists of `size` (the last may be shorter), without a UTF-8 byte-order mark
    at the start of the first. At a `None` (the input paused) the lines held so far are a
    batch, followed by an empty list: every answer in flight is wanted now."""
    pending: list[str] = []
    first = True
    for line in lines:
        if line is None:
            if pending:
                yield pending
                pending = []
            yield []
            continue
        pending.append(line.removeprefix("\ufeff") if first else line)
        first = False
        if len(pending) >= size:
            yield pending
            pending = []
    if pending:
        yield pending


def _batch_or_alone(
    lines: Sequence[str], updates: UpdateIndex | None, learned: bool
) -> list[dict[str, Any]]:
    """`triage_batch`, or if a fault escapes it, each line alone: only the line at fault gets
    an error object, never the whole batch."""
    try:
        return triage_batch(lines, updates, learned)
    except Exception:
        log.debug("a fault escaped a batch: its lines are triaged one by one", exc_info=True)
    out: list[dict[str, Any]] = []
    for line in lines:
        try:
            out.extend(triage_batch([line], updates, learned))
        except Exception as exc:
            out.append({"id": None, "error": _fault("triaging this line", exc)})
    return out


def triage_lines(
    lines: Iterable[str],
    updates: UpdateIndex | None = None,
    batch: int = BATCH,
    learned: bool = True,
) -> Iterator[str]:
    """JSON text of `triage_answers`, one line per input line."""
    for answer in triage_answers(lines, updates, batch, learned):
        yield answer_text(answer)


def answer_text(answer: dict[str, Any]) -> str:
    """One answer as a line of JSON, UTF-8 as written, or with ASCII escapes if anything in it
    could not be encoded as UTF-8 (a lone surrogate), so writing it never fails."""
    text = json.dumps(answer, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(answer)
    return text


BLANK_LINE_ERROR = "empty line: expected one JSON object per line"
"""The error object of a blank line: kept on its line, but not a malformed message."""
_BLANK: dict[str, Any] = {"id": None, "error": BLANK_LINE_ERROR}


def load_updates(path: str | Path) -> UpdateIndex:
    """The consultant's sent updates from JSON Lines (`id`, `to`, `subject`, `text`, `at`;
    SPEC §5).

    Every line is read before any fault is reported, so one run names them all (up to
    `_SHOWN_FAULTS`, then how many more). Raises `UpdatesError` naming the file, each bad
    line and the fix; an update with no `at` is taken as sent before every message.
    """
    p = Path(path)
    updates: list[Update] = []
    faults: list[Said] = []
    seen: dict[str, int] = {}  # id -> the line it was first given on
    try:
        for number, line in enumerate(read_text(p).split("\n"), start=1):
            if not line.strip():
                continue
            try:
                updates.append(_update(decode_line(line, UPDATE_FIELDS), number, seen))
            except (LineError, MessageError) as exc:
                # our own words for an update (`_update`) in any language; the reader's
                # (`decode_line`, `fields`) are those of triage's answers, English
                given = exc.args[0] if exc.args and isinstance(exc.args[0], Said) else str(exc)
                faults.append(told("updates.line", line=number, message=given))
    except (OSError, NotText) as exc:
        raise UpdatesError(unread_file(p, exc, "--updates")) from None
    if faults:
        more = len(faults) - _SHOWN_FAULTS
        shown = faults[:_SHOWN_FAULTS] + ([told("updates.more", n=more)] if more > 0 else [])
        raise UpdatesError(
            told(
                "updates.refused",
                path=p,
                n=len(faults),
                faults=joined(shown, "\n  "),
                fields=UPDATE_FIELDS,
            )
        )
    return UpdateIndex(updates)


def _update(data: object, number: int, seen: dict[str, int]) -> Update:
    """One decoded --updates line as an `Update`; raises `MessageError` naming what is wrong.
    `seen` maps each id already given to its line number, to refuse an id given twice.

    An update needs an id (what `answered_by` names) and a text or a subject (what it says);
    `to` and `at` may be left out (SPEC §5), though without `to` only names tie it to a
    client."""
    if isinstance(data, list):
        raise MessageError(told("updates.array", fields=UPDATE_FIELDS))
    if not isinstance(data, dict):
        shown = json.dumps(data)[:40]
        raise MessageError(told("updates.not_object", value=shown, fields=UPDATE_FIELDS))
    ident = data.get("id")
    if not isinstance(ident, str) or not ident.strip():
        if ident is None:
            raise MessageError(told("updates.no_id"))
        raise MessageError(told("updates.bad_id", value=json.dumps(ident)[:40]))
    if not str(data.get("text") or "").strip() and not str(data.get("subject") or "").strip():
        raise MessageError(told("updates.says_nothing", id=repr(ident)))
    text = judged_text(text_field(data, "text"), "email")[0]
    subject = judged_field(text_field(data, "subject"), "subject")[0]
    to = judged_field(text_field(data, "to"), "to")[0]
    at = when_field(data.get("at"), "at")
    first_use(seen, ident, number, "an answered_by link could name either", "update")
    return Update.make(ident, to, subject, text, at)
