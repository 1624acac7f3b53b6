"""The JSON Lines contract of `boundaries triage` (SPEC §5): one answer per input line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from boundaries.errors import BoundariesError
from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.answered_meaning import (
    CLOSE,
    asks_where_work_stands,
    by_meaning,
    link_similarity,
    unlikely_by_meaning,
)
from boundaries.triage.classify import classify
from boundaries.triage.intent_model import learned_intents
from boundaries.triage.mail import read_mail
from boundaries.triage.model import Intent, Message, Triage
from boundaries.triage.second_opinion import second_opinions

CHANNELS = ("voicemail", "email", "sms")
MAX_TEXT = 100_000
BATCH = 256
"""Lines read before the rules' verdicts go through the second opinion together."""


class UpdatesError(BoundariesError):
    """The --updates file cannot be used."""


class MessageError(ValueError):
    """One input line cannot be triaged; the message says why."""


def _when(raw: object, field: str) -> datetime | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise MessageError(f"'{field}' must be an ISO 8601 string")
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        raise MessageError(f"'{field}' = {raw!r} is not ISO 8601") from None


def _text(data: dict[str, Any], field: str, required: bool = False) -> str:
    value = data.get(field)
    if value is None:
        if required:
            raise MessageError(f"missing required field '{field}'")
        return ""
    if not isinstance(value, str):
        raise MessageError(f"'{field}' must be a string")
    if len(value) > MAX_TEXT:
        raise MessageError(f"'{field}' is longer than {MAX_TEXT} characters")
    return value


def parse_message(data: object) -> Message:
    """A `Message` from one decoded input object; raise `MessageError` naming the problem."""
    if not isinstance(data, dict):
        raise MessageError("expected a JSON object")
    raw_id = data.get("id")
    if raw_id is None:
        raise MessageError("missing required field 'id' (a non-empty string)")
    if not isinstance(raw_id, str):
        raise MessageError(
            f"'id' must be a string, not {json.dumps(raw_id)}: write it in double quotes, "
            f'e.g. "id": "{raw_id}"'
        )
    if not raw_id:
        raise MessageError("'id' must be a non-empty string")
    channel = data.get("channel")
    if channel not in CHANNELS:
        raise MessageError(f"'channel' must be one of {', '.join(CHANNELS)}, not {channel!r}")
    at = _when(data.get("at"), "at")
    hint = data.get("lang")
    return Message(
        id=raw_id,
        channel=channel,
        text=_text(data, "text", required=True),
        subject=_text(data, "subject"),
        sender=_text(data, "from"),
        at=at,
        lang_hint=hint if hint in ("fr", "en") else None,
    )


def triage_line(line: str, updates: UpdateIndex | None = None) -> dict[str, Any]:
    """The answer to one input line: the triage, or `{"id": ..., "error": ...}`."""
    return triage_batch([line], updates)[0]


def _parse_line(line: str) -> Message | dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not valid JSON: {exc.msg} (column {exc.colno})"}
    try:
        return parse_message(data)
    except MessageError as exc:
        raw_id = data.get("id") if isinstance(data, dict) else None
        # The id as given (even when it is a number), so the answer can be matched to its line.
        scalar = isinstance(raw_id, str | int | float) and not isinstance(raw_id, bool)
        return {"id": raw_id if scalar else None, "error": str(exc)}


def triage_batch(
    lines: Sequence[str], updates: UpdateIndex | None = None, learned: bool = True
) -> list[dict[str, Any]]:
    """The answers to several input lines, in order: the rules on each, then (unless
    `learned` is False) the learned second opinion in one batch on those the rules left not
    urgent and the learned intent on those where no intent cue matched, then answered-by."""
    parsed = [_parse_line(line) for line in lines]
    messages = [p for p in parsed if isinstance(p, Message)]
    ruled = [classify(m) for m in messages]
    if learned:
        ruled = learned_intents(messages, second_opinions(messages, ruled))
    verdicts = iter(ruled)
    out: list[dict[str, Any]] = []
    for p in parsed:
        if not isinstance(p, Message):
            out.append(p)
            continue
        verdict = next(verdicts)
        answer = verdict.as_json(p.id)
        if updates is not None:
            _answered_by(p, verdict, answer, updates)
        out.append(answer)
    return out


def _answered_by(
    message: Message, verdict: Triage, answer: dict[str, Any], updates: UpdateIndex
) -> None:
    """Add `answered_by` to a status check an earlier update answers (SPEC §5). A question the
    cues took for a request but that asks no new work ("la lettre est bien partie ?") is a
    status check when shared topic words find the update that reported on it."""
    m = message
    found = None
    if verdict.intent is Intent.STATUS_CHECK:
        found = updates.answering(m.text, m.subject, m.sender, m.at, lang=verdict.lang)
        if found is not None and len(found[1]) == 1:
            # One shared word (a first name, "insurance") is thin evidence: the two texts
            # must also be close in meaning (as a link by meaning alone must be).
            similar = link_similarity(updates, found[0], m.text, m.subject, m.sender, m.at)
            near = similar[0] if similar is not None else None
            if near is not None and near < CLOSE:
                reasons = answer["reasons"]
                assert isinstance(reasons, list)
                reasons.append(
                    f"not linked to update {found[0].id}: one shared word ({found[1][0]}) "
                    f"and far in meaning ({near:.2f})"
                )
                return
        if found is not None:
            closer = unlikely_by_meaning(updates, found[0], m.text, m.subject, m.sender, m.at)
            if closer is not None:
                reasons = answer["reasons"]
                assert isinstance(reasons, list)
                reasons.append(
                    f"not linked to update {found[0].id}: shared words only "
                    f"({', '.join(found[1])}) and another update is closer in meaning"
                )
                return
        if found is None:
            found = by_meaning(updates, m.text, m.subject, m.sender, m.at)
    elif verdict.intent is Intent.REQUEST and asks_where_work_stands(read_mail(m.text).new):
        related = updates.answering(m.text, m.subject, m.sender, m.at, lang=verdict.lang)
        if related is not None:
            # Where the work stands, but not necessarily answered by that update (it may be
            # the one the question follows up on): relabelled, not linked.
            answer["intent"] = str(Intent.STATUS_CHECK)
            reasons = answer["reasons"]
            assert isinstance(reasons, list)
            reasons.insert(0, f"status_check: asks no new work about what {related[0].id} reported")
    if found is None:
        return
    update, shared = found
    answer["answered_by"] = update.id
    reasons = answer["reasons"]
    assert isinstance(reasons, list)
    reasons.append(f"already answered by update {update.id}: {', '.join(shared)}")


def triage_answers(
    lines: Iterable[str],
    updates: UpdateIndex | None = None,
    batch: int = BATCH,
    learned: bool = True,
) -> Iterator[dict[str, Any]]:
    """The answer to each line, in order, `batch` lines at a time: one line in, one answer out
    (SPEC §5), so a blank line gets an error object on its line. A UTF-8 byte-order mark at
    the start of the input (as some Windows editors write) is not part of the first line."""
    pending: list[str] = []

    def flush() -> Iterator[dict[str, Any]]:
        answers = iter(triage_batch([line for line in pending if line.strip()], updates, learned))
        for line in pending:
            yield next(answers) if line.strip() else dict(_BLANK)

    for number, line in enumerate(lines):
        pending.append(line.removeprefix("\ufeff") if number == 0 else line)
        if len(pending) >= batch:
            yield from flush()
            pending = []
    if pending:
        yield from flush()


def triage_lines(
    lines: Iterable[str],
    updates: UpdateIndex | None = None,
    batch: int = BATCH,
    learned: bool = True,
) -> Iterator[str]:
    """JSON text of `triage_answers`, one line per input line."""
    for answer in triage_answers(lines, updates, batch, learned):
        yield json.dumps(answer, ensure_ascii=False)


BLANK_LINE_ERROR = "empty line: expected one JSON object per line"
"""The error object of a blank line: kept on its line, but not a malformed message."""
_BLANK: dict[str, Any] = {"id": None, "error": BLANK_LINE_ERROR}


def load_updates(path: str | Path) -> UpdateIndex:
    """The consultant's sent updates from JSON Lines (`id`, `to`, `subject`, `text`, `at`)."""
    p = Path(path)
    updates: list[Update] = []
    try:
        with p.open(encoding="utf-8-sig") as fh:  # a byte-order mark is not an error
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
                        raise MessageError("each update needs an 'id' string")
                    text = _text(data, "text")
                    subject = _text(data, "subject")
                    to = _text(data, "to")
                    at = _when(data.get("at"), "at")
                except (json.JSONDecodeError, MessageError) as exc:
                    raise UpdatesError(f"{p}: line {number}: {exc}") from None
                updates.append(Update.make(data["id"], to, subject, text, at))
    except FileNotFoundError:
        raise UpdatesError(f"{p}: no such file. Fix: pass --updates with the right path.") from None
    except UnicodeDecodeError:
        raise UpdatesError(f"{p}: not UTF-8 text.") from None
    return UpdateIndex(updates)
