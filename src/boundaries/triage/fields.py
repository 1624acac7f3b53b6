"""The input fields of `boundaries triage` (SPEC §5), read from one decoded line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from boundaries.triage.intake import MESSAGE_FIELDS
from boundaries.triage.long_text import judged_field, judged_text, unjudged_middle
from boundaries.triage.model import Message

CHANNELS = ("voicemail", "email", "sms")
LANGS = ("fr", "en")


class MessageError(ValueError):
    """One input line cannot be triaged; the message says why."""


def when_field(raw: object, field: str) -> datetime | None:
    """An optional ISO 8601 field (None when absent or empty), always with its offset: a time
    written without one is read as UTC, so that messages and updates compare whichever way
    each was written (a message's "at" and an update's, for answered-by). Raises
    `MessageError` for what is not ISO 8601."""
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise MessageError(
            f"'{field}' = {json.dumps(raw)[:40]} must be an ISO 8601 string. Fix: write the "
            'date and time with its offset in double quotes, e.g. "2026-11-30T09:15:00+01:00"'
        )
    try:
        when = datetime.fromisoformat(raw)
        return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    except ValueError:
        raise MessageError(
            f"'{field}' = {raw!r} is not ISO 8601. Fix: write the date and time with its "
            "offset, e.g. 2026-11-30T09:15:00+01:00"
        ) from None


def text_field(data: dict[str, Any], field: str, required: bool = False) -> str:
    """A string field, "" when absent (or `MessageError` when `required`) or not a string."""
    value = data.get(field)
    if value is None:
        fix = f"Fix: give '{field}' as text in double quotes"
        if field == "text":
            fix += " (the voicemail transcript, the email's body or the SMS itself)"
        if required and field in data:
            raise MessageError(f"'{field}' must be a string, not null. {fix}")
        if required:
            raise MessageError(f"missing required field '{field}'. {fix}")
        return ""
    if not isinstance(value, str):
        raise MessageError(
            f"'{field}' must be a string, not {json.dumps(value)[:40]}. Fix: write it as text "
            "in double quotes"
        )
    return value


def first_use(seen: dict[str, int], ident: str, number: int, why: str, kind: str) -> None:
    """Record that line `number` gives id `ident` (`seen`: id -> the line that first gave it),
    or raise `MessageError` naming the earlier line, `why` it matters and the fix (give each
    `kind` an id of its own): for files whose ids other lines point to."""
    first = seen.setdefault(ident, number)
    if first != number:
        raise MessageError(
            f"id {json.dumps(ident, ensure_ascii=False)} is already the id of line {first}, "
            f"so {why}. Fix: give each {kind} an id of its own"
        )


def lang_code(raw: str) -> str | None:
    """ "fr" or "en" from a language tag in any case, with or without a region ("FR", "fr-CA",
    "en_GB"); None for another language."""
    primary = raw.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in LANGS else None


def _lang_hint(raw: object) -> str | None:
    """ "fr" or "en" from the optional `lang` hint ("FR", "fr-CA", "en_GB" too); None for no
    hint or another language, which is ignored: the text decides (SPEC §5 output is fr/en)."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise MessageError(
            f'\'lang\' must be a string such as "fr" or "en", not {json.dumps(raw)} '
            "(an optional hint; leave it out to let the text decide)"
        )
    return lang_code(raw)


@dataclass(frozen=True)
class Reading:
    """A message as read from its line, with what was left out of a very long one (said in
    its answer's `reasons`)."""

    message: Message
    notes: tuple[str, ...] = ()
    middle: tuple[str, ...] = ()  # the unjudged middle of a very long text, in chunks


def read_message(data: object) -> Reading:
    """The `Reading` of one decoded input object (SPEC §5 input fields): a text of any length
    is judged, the part judged of a very long one bounded (`long_text`). Raises
    `MessageError` naming the problem."""
    if isinstance(data, list):
        raise MessageError(
            "expected a JSON object, got a JSON array. Fix: write one JSON object per line "
            "(JSON Lines), as in examples/messages.jsonl (`jq -c '.[]' FILE` turns an array "
            "into that)"
        )
    if not isinstance(data, dict):
        raise MessageError(
            f"expected a JSON object, got {json.dumps(data, ensure_ascii=False)[:40]}. Fix: "
            f"write one JSON object per line with the fields {MESSAGE_FIELDS}, as in "
            "examples/messages.jsonl"
        )
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
    if isinstance(channel, str) and channel.strip().lower() in CHANNELS:
        channel = channel.strip().lower()  # "SMS", "Email " name the channel all the same
    if channel not in CHANNELS:
        given = "it is missing" if channel is None else f"not {json.dumps(channel)}"
        raise MessageError(
            f"'channel' must be one of {', '.join(CHANNELS)}: {given}. Fix: set \"channel\" to "
            'how the message came: "voicemail" (a transcript), "email" or "sms"'
        )
    at = when_field(data.get("at"), "at")
    hint = _lang_hint(data.get("lang"))
    text, note = judged_text(text_field(data, "text", required=True), channel)
    subject, subject_note = judged_field(text_field(data, "subject"), "subject")
    sender, sender_note = judged_field(text_field(data, "from"), "from")
    hinted = data.get("lang")
    ignored = (
        f"the 'lang' hint {json.dumps(hinted, ensure_ascii=False)} is neither French nor English "
        "and was ignored: the language was read from the text"
        if isinstance(hinted, str) and hinted.strip() and hint is None
        else None
    )  # trial45 B9: a "de" hint was ignored without a word
    notes = tuple(n for n in (note, subject_note, sender_note, ignored) if n is not None)
    message = Message(raw_id, channel, text, subject, sender, at, hint)
    raw = data.get("text")
    middle = unjudged_middle(raw, channel) if isinstance(raw, str) else []
    return Reading(message, notes, tuple(middle))


def parse_message(data: object) -> Message:
    """A `Message` from one decoded input object; raise `MessageError` naming the problem."""
    return read_message(data).message
