"""What the provider may send: the shape and size of each webhook value, checked before work.

The Twilio webhook reference (https://www.twilio.com/docs/usage/webhooks/voice-webhooks and
the recording/transcription callbacks) defines the values we read. Anything else of the same
name is refused with `ParamError` (answered 400) so that what reaches the store fits its
columns on SQLite and PostgreSQL alike (`store/schema.py`: sid 128, action 64, caller 64).

A `From` that is not a phone number is not an error: it is a withheld caller (SPEC §7).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

import phonenumbers

WITHHELD_CALLER = "anonymous"

# Provider ids: two letters naming the resource, then 32 hex digits (Twilio "SID" format).
SID_PREFIXES = {
    "CallSid": "CA",
    "ParentCallSid": "CA",
    "DialCallSid": "CA",
    "RecordingSid": "RE",
    "TranscriptionSid": "TR",
    "AccountSid": "AC",
}
_SID = re.compile(r"[A-Z]{2}[0-9a-fA-F]{32}")

# Whole seconds (RecordingDuration, CallDuration, DialCallDuration); a day is far beyond any
# call the provider can place (its calls end after 4 hours).
DURATIONS = ("RecordingDuration", "CallDuration", "DialCallDuration")
MAX_SECONDS = 24 * 3600

# Values stored in narrow columns or natural keys: a word of lowercase letters and dashes.
STATUSES = ("CallStatus", "DialCallStatus", "TranscriptionStatus", "RecordingStatus")
_STATUS = re.compile(r"[A-Za-z][A-Za-z_-]{0,31}")
_SEQUENCE = re.compile(r"[0-9]{1,10}")
# Keys pressed; `<Record>` posts "hangup" when the caller hangs up to end the message.
_DIGITS = re.compile(r"[0-9*#w]{0,32}|hangup")
MAX_URL = 2048
MAX_TRANSCRIPT = 16_384  # a 180 s voicemail spoken fast is about 3,000 characters
MAX_OTHER = 1024  # any other value (To, Direction, CallerName, ApiVersion…)

# Anything that can reasonably be dialled: digits, +, spaces and the usual punctuation.
_PHONE_SHAPE = re.compile(r"\+?[0-9 ().\-]{2,32}")


class ParamError(ValueError):
    """A webhook value has the wrong shape or size; the message names the field (answer 400)."""


def check(params: Mapping[str, str]) -> None:
    """Refuse values whose shape or size the provider never sends; raise `ParamError`.

    Ids (`CallSid`, `RecordingSid`, `TranscriptionSid`, `AccountSid`…) must be their two-letter
    prefix and 32 hex digits; durations whole seconds in [0, 86400]; statuses one short word;
    `SequenceNumber` digits; `Digits` keypad keys (or `hangup`); `RecordingUrl` at most 2,048
    characters; `TranscriptionText` at most 16,384; anything else at most 1,024. Null bytes are
    refused everywhere (PostgreSQL cannot store them)."""
    for name, value in params.items():
        if "\x00" in name or "\x00" in value:
            raise ParamError(f"{_name(name)} contains a null byte")
        prefix = SID_PREFIXES.get(name)
        if prefix is not None:
            if not (_SID.fullmatch(value) and value.startswith(prefix)):
                raise ParamError(
                    f"{_name(name)} must be {prefix} followed by 32 hex digits, got {_show(value)}"
                )
        elif name in DURATIONS:
            seconds(params, name)
        elif name in STATUSES:
            if value and not _STATUS.fullmatch(value):
                raise ParamError(f"{_name(name)} must be one short word, got {_show(value)}")
        elif name == "SequenceNumber":
            if value and not _SEQUENCE.fullmatch(value):
                raise ParamError(f"'SequenceNumber' must be digits, got {_show(value)}")
        elif name == "Digits":
            if not _DIGITS.fullmatch(value.strip()):
                raise ParamError(f"'Digits' must be keypad keys, got {_show(value)}")
        else:
            limit = {"RecordingUrl": MAX_URL, "TranscriptionText": MAX_TRANSCRIPT}.get(
                name, MAX_OTHER
            )
            if len(value) > limit:
                raise ParamError(f"{_name(name)} is longer than {limit} characters")


def seconds(params: Mapping[str, str], name: str) -> int:
    """A duration in whole seconds, 0 when absent; `ParamError` unless in [0, 86400]."""
    raw = params.get(name, "").strip()
    if not raw:
        return 0
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6) or int(raw) > MAX_SECONDS:
        raise ParamError(
            f"{_name(name)} must be a whole number of seconds between 0 and {MAX_SECONDS}, "
            f"got {_show(raw)}"
        )
    return int(raw)


@lru_cache(maxsize=4096)
def caller_number(raw: str, region: str | None) -> str:
    """The caller in E.164, or `WITHHELD_CALLER` for anything that is not a valid number.
    Remembered per process (a pure function of its arguments; parsing is the costly part of
    a call's answer after the store).

    Providers send words (`anonymous`, `Restricted`, `BLOCKED`, `WITHHELD`, `Unknown Caller`),
    SIP and client URIs (`sip:…`, `client:…`), nothing at all, or keypad spellings of
    "anonymous" (`+266696687`, `+7378742833`) that no numbering plan assigns: all of them are
    one withheld caller, counted together (SPEC §7). Validity is libphonenumber's."""
    cleaned = raw.strip()
    if not _PHONE_SHAPE.fullmatch(cleaned):
        return WITHHELD_CALLER
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        return WITHHELD_CALLER
    if not phonenumbers.is_valid_number(number):
        return WITHHELD_CALLER
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _name(name: str) -> str:
    return repr(name[:40])


def _show(value: str) -> str:
    return repr(value[:40] + ("…" if len(value) > 40 else ""))
