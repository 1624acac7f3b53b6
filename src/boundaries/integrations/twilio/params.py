"""What the provider may send: each webhook value made usable, or set aside, before work.

The Twilio webhook reference (https://www.twilio.com/docs/usage/webhooks/voice-webhooks and
the recording/transcription callbacks) defines the values we read; providers compatible with
it (SignalWire, Telnyx TeXML, Plivo-style gateways…) send the same names with other id shapes
(UUIDs, `v3:…` control ids, SIP Call-IDs). The rule (SPEC §2, §7): what a signed request
carries is handled, not refused. A value of a plausible shape is kept (ids of any reasonable
shape, decimal durations rounded); a display value that is too long is cut; a value that
cannot be what its name says (an id with control characters, a duration that is not a number)
is set aside, as if absent, and the reason kept, so a callback refuses only when a value it
needs is unusable (`unusable`). What reaches the store fits its columns on SQLite and
PostgreSQL alike (`store/schema.py`: sid 128, action 64, caller 64).

The edge (`web/edge.py`) has already refused what no provider sends (null bytes, repeated
names, absurd sizes) before the signature; this module only sees signed requests.
A `From` that is not a phone number is not an error: it is a withheld caller (SPEC §7).
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from urllib.parse import unquote

import phonenumbers

log = logging.getLogger(__name__)

WITHHELD_CALLER = "anonymous"

# Provider ids: Twilio's two letters and 32 hex digits (`CA…`, `RE…`, `TR…`, `AC…`), UUIDs,
# `v3:…` control ids, SIP Call-IDs (`a84b4c76e66710@pc33.example.com`), base64 tokens: one
# printable word of letters, digits and `. _ : - + / = @`.
IDS = (
    "CallSid",
    "ParentCallSid",
    "DialCallSid",
    "RecordingSid",
    "TranscriptionSid",
    "AccountSid",
)
_ID = re.compile(r"[A-Za-z0-9._:@+/=-]+")
# Stored as given up to MAX_ID characters: the status key `id:status:sequence` then fits the
# 128-character sid column (80 + 1 + 32 + 1 + 10). A longer id, up to MAX_ID_GIVEN, is stored
# as its first characters, "~" (never in an id) and a SHA-256 digest: still unique, still the
# same for a retry. Beyond that it is not an id but padding.
MAX_ID = 80
MAX_ID_GIVEN = 256
_DIGEST = 32  # hex digits of SHA-256 kept in a shortened id

# Whole seconds (RecordingDuration, CallDuration, DialCallDuration); a day is far beyond any
# call a provider places (Twilio ends calls after 4 hours, Telnyx records at most 14,400 s).
DURATIONS = ("RecordingDuration", "CallDuration", "DialCallDuration")
MAX_SECONDS = 24 * 3600
_NUMBER = re.compile(r"-?[0-9]{1,9}(\.[0-9]{1,6})?")

# Statuses name a state in a word or two (`completed`, `no-answer`, `in-progress`); the call
# status is part of a natural key, so it stays short.
STATUSES = ("CallStatus", "DialCallStatus", "TranscriptionStatus", "RecordingStatus")
_STATUS = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,31}")
_SEQUENCE = re.compile(r"[0-9]{1,10}")
# Keys pressed (DTMF has A-D too); `<Record>` posts "hangup" when the caller hangs up.
_DIGITS = re.compile(r"[0-9A-Da-d*#w]{0,64}|hangup")
MAX_URL = 2048
MAX_TRANSCRIPT = 16_384  # a 180 s voicemail spoken fast is about 3,000 characters
MAX_OTHER = 1024  # any other value (To, Direction, CallerName, ApiVersion…), cut beyond

# Anything that can reasonably be dialled: digits, +, spaces and the usual punctuation
# (after `_dialled`: fullwidth digits and no-break spaces read as ASCII, any dash as "-").
_PHONE_SHAPE = re.compile(r"\+?[0-9 ().\-]{2,32}")
# How a caller ID may come as a URI: RFC 3966 `tel:` (its parameters after ";") is a number;
# SIP or SIPS URIs are not, whatever their user part (SPEC §7 lists `sip:…` among the
# withheld callers: a SIP endpoint is no number to call back).
_URI = re.compile(r"(?i)(tel|sips?):(.*)", re.DOTALL)
# What follows the number and does not change who is calling, by its two kinds:
# - an extension named by a word: libphonenumber's own (`x`, `ext`, `extension`, `#`) and
#   the French `poste`;
# - what a phone dials once the call is answered (ITU-T E.161 keys and the dial-string marks
#   of RFC 3966 and GSM 02.07): it starts at the first mark no written number holds (a pause
#   `,` or `p`, a wait `;` or `w`, a key that is no digit, `*` or `#`) and is made of keys,
#   marks and RFC 3966 parameters written outside a URI (`;ext=22`, `;postd=pp22`, `;isub=…`):
#   `+12125550147,,22,,5`, `p123w45`, `*22`, `;postd=pp22`, or a pause alone. The caller is the
#   number before it, which libphonenumber then reads and validates.
_EXTENSION = re.compile(
    r"(?i)\s*(?:[,;]?\s*(?:ext(?:ension)?\.?|x|poste|#)\s*[=:.]?\s*[0-9]{1,7}\s*#?"
    r"|\s*[,;pw*#](?:[,;pw0-9*#\s]|(?<=;)[a-z][a-z0-9-]*(?:=[^;]*)?)*)$"
)
_DIAL_STRING_MAX = 96
"""Characters of a caller ID that can still be a number: a `tel:` URI with its context and
an extension, or a dial string with its pause groups; longer is padding, not a number."""
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


class ProviderValues(dict[str, str]):
    """A signed request's values, usable as they are; `unusable` names each value set aside
    (field name → why), so that a callback that needs one can say why it cannot go on, and
    `cut` each value cut to its field's length (field name → characters as sent), so that the
    callback can note it where the value is stored, and `rounded` each duration sent with
    decimals (field name → the value as sent), kept as whole seconds: nothing of it is lost."""

    def __init__(self) -> None:
        super().__init__()
        self.unusable: dict[str, str] = {}
        self.cut: dict[str, int] = {}
        self.rounded: dict[str, str] = {}  # duration name → the decimal value as sent


def check(params: Mapping[str, str]) -> ProviderValues:
    """The values of a signed webhook made usable (SPEC §7: handled, not refused).

    Ids (`IDS`): any printable word of letters, digits and `. _ : - + / = @`, trimmed; longer
    than `MAX_ID` (80) characters, shortened with a digest (unique, stable); empty, with other
    characters, or longer than `MAX_ID_GIVEN` (256): set aside. Durations: seconds, decimals
    rounded; negative (a provider's "unknown"), not a number or beyond a day (86,400 s): set
    aside. Statuses: a word or two of at most 32 characters; `SequenceNumber`
    digits; `Digits` keypad keys (0-9, A-D, *, #) or `hangup`; `RecordingUrl` at most 2,048
    characters: otherwise set aside. `TranscriptionText` is cut at 16,384 characters and any
    other value at 1,024. Set-aside values are listed in `unusable`, cut ones in `cut`, and
    both are logged; nothing is raised."""
    values = ProviderValues()
    for name, value in params.items():
        usable, why = _usable(name, value)
        if why is None:
            values[name] = usable
            limit = _cut_at(name)
            if limit is not None and len(value) > limit:
                values.cut[name] = len(value)
            elif name in DURATIONS and usable != value.strip():
                values.rounded[name] = value.strip()
        else:
            values.unusable[name] = why
    if values.unusable:
        log.warning(
            "webhook values set aside as unusable (handled as absent): %s",
            "; ".join(f"{_name(n)} {why}" for n, why in values.unusable.items()),
        )
    if values.rounded:
        log.info(
            "webhook durations rounded to whole seconds: %s",
            "; ".join(
                f"{_name(n)} {_show(sent)} to {values[n]} s" for n, sent in values.rounded.items()
            ),
        )
    if values.cut:
        log.warning(
            "webhook values cut to their field's length (the rest is not kept): %s",
            "; ".join(
                f"{_name(n)} {len(values[n]):,} of {sent:,} characters"
                for n, sent in values.cut.items()
            ),
        )
    return values


def cut_from(params: Mapping[str, str], name: str) -> int | None:
    """How many characters `name` had as sent when `check` cut it; None when it was not cut
    (or `params` did not come through `check`)."""
    return getattr(params, "cut", {}).get(name)


def unusable(params: Mapping[str, str], name: str) -> str | None:
    """Why `name` was set aside by `check` (e.g. "is not a provider id: …"), None if it was
    not (absent, or `params` did not come through `check`)."""
    return getattr(params, "unusable", {}).get(name)


def _usable(name: str, value: str) -> tuple[str, str | None]:
    """(the value to use, None) or ("", why it cannot be used)."""
    if name in IDS:
        return _id(value)
    if name in DURATIONS:
        return _duration(value)
    if name in STATUSES:
        kept = value.strip()
        if kept and not _STATUS.fullmatch(kept):
            return "", f"is not a status (a word or two, at most 32 characters): {_show(value)}"
        return kept, None
    if name == "SequenceNumber":
        kept = value.strip()
        if kept and not _SEQUENCE.fullmatch(kept):
            return "", f"is not a sequence number (digits): {_show(value)}"
        return kept, None
    if name == "Digits":
        kept = value.strip()
        if not _DIGITS.fullmatch(kept):
            return "", f"is not keypad keys: {_show(value)}"
        return kept, None
    if name == "RecordingUrl":
        if len(value) > MAX_URL:
            return "", f"is longer than {MAX_URL} characters"
        return value, None
    limit = _cut_at(name)
    return (value if limit is None else value[:limit]), None


def _cut_at(name: str) -> int | None:
    """How many characters of a value `check` keeps (the rest is cut); None for the values it
    reads as what they name instead (ids, durations, statuses, sequence numbers, keys, URLs:
    kept whole, or set aside, never cut)."""
    if name in IDS or name in DURATIONS or name in STATUSES:
        return None
    if name in ("SequenceNumber", "Digits", "RecordingUrl"):
        return None
    return MAX_TRANSCRIPT if name == "TranscriptionText" else MAX_OTHER


def _id(value: str) -> tuple[str, str | None]:
    """A provider id as stored (see `MAX_ID`), or why it cannot be one."""
    kept = value.strip()
    if not kept:
        return "", "is empty"
    if len(kept) > MAX_ID_GIVEN:
        return "", f"is not a provider id: longer than {MAX_ID_GIVEN} characters"
    if not _ID.fullmatch(kept):
        return "", (
            "is not a provider id (letters, digits and . _ : - + / = @ only): " + _show(value)
        )
    if len(kept) > MAX_ID:
        digest = hashlib.sha256(kept.encode()).hexdigest()[:_DIGEST]
        kept = f"{kept[: MAX_ID - _DIGEST - 1]}~{digest}"
    return kept, None


def _duration(value: str) -> tuple[str, str | None]:
    """Whole seconds as text ("" when absent), or why the value is not a duration."""
    raw = value.strip()
    if not raw:
        return "", None
    if not _NUMBER.fullmatch(raw):
        return "", f"is not a number of seconds: {_show(value)}"
    number = float(raw)  # at most 9 digits: finite
    if number < 0:
        return "", f"is negative (the provider does not know it): {_show(value)}"
    if number > MAX_SECONDS:
        return "", f"is not a duration of at most {MAX_SECONDS} seconds: {_show(value)}"
    return str(round(number)), None


@lru_cache(maxsize=4096)
def caller_number(raw: str, region: str | None) -> str:
    """The caller in E.164, or `WITHHELD_CALLER` for anything that is not a valid number.
    Remembered per process (a pure function of its arguments; parsing is the costly part of
    a call's answer after the store).

    Providers send words (`anonymous`, `Restricted`, `BLOCKED`, `WITHHELD`, `Unknown Caller`),
    SIP URIs of a name (`sip:alice@pbx…`), client URIs (`client:…`), nothing at all, or keypad
    spellings of "anonymous" (`+266696687`, `+7378742833`) that no numbering plan assigns: all
    of them are one withheld caller, counted together (SPEC §7). A number is read however it
    is written: `+33 1 23 45 67 89`, `+33-1-23-45-67-89`, `0033…`, fullwidth digits, an
    RFC 3966 URI (`tel:+33123456789`, `tel:0123456789;phone-context=+33`,
    `tel:+1-212-555-0147;phone-context=+1`, `tel:%2B33123456789`), with an extension
    (`+1 212 555 0147 x22`, `;ext=22`) or digits dialled after the answer (`,,22`, `p123`,
    `*22`, `;postd=pp22`): the number without them. A SIP URI is a withheld caller
    whatever its user part (SPEC §7). Parsing and validity are libphonenumber's (which reads
    `tel:` URIs itself)."""
    dialled = _dialled(raw, region)
    if dialled is None:
        return WITHHELD_CALLER
    for candidate in _international_readings(dialled):
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return WITHHELD_CALLER


_SPACING = re.compile(r"[\s.()/-]")
_ALL_DIGITS = re.compile(r"\+?\d{6,17}")


def _international_readings(dialled: str) -> list[str]:
    """The ways to read a caller ID, in order: with "00" (the ITU's international prefix,
    and "+00…") as "+", whatever the consultant's country dials abroad with (`0033…` reaching
    a Canadian consultant, whose own prefix is 011); as written, in the consultant's numbering
    plan; then, for bare digits that are no number there, as E.164 without its "+" (how Plivo
    and some SIP trunks send `From`: `61293744000`), trial51 §2."""
    plain = _SPACING.sub("", dialled)
    if not _ALL_DIGITS.fullmatch(plain):
        return [dialled]
    digits = plain.lstrip("+")
    if digits.startswith("00") and len(digits) > 4:
        return ["+" + digits[2:]]
    if plain.startswith("+"):
        return [dialled]
    return [dialled, "+" + digits] if not digits.startswith("0") else [dialled]


def _dialled(raw: str, region: str | None = None) -> str | None:
    """The caller ID as libphonenumber reads it, or None when it cannot be a number: digits in
    any script and no-break spaces as ASCII (NFKC), any dash as "-", percent-decoded
    (`tel:%2B33…`, `tel:+1%20212…`, RFC 3966 §3); a `tel:` URI as its number alone when it is
    global (`+…`: a `phone-context` only places a local number, §5.1.5) or with its context
    when it is local; an extension (`;ext=22`, `x22`, `ext. 5`, `poste 5`, `#5`, or what is
    dialled after the answer: `,,22`, `p123`, `w5`, `*22`, `;postd=pp22`, or an extension in
    libphonenumber's own words in any of its languages: `extn 22`, `anexo 22`) set aside, as
    it does not change who is calling; a SIP URI is None (SPEC §7)."""
    cleaned = unicodedata.normalize("NFKC", unquote(raw)).translate(_DASHES).strip()
    if len(cleaned) > _DIAL_STRING_MAX:
        return None  # no number, with its context and extension, is written that long
    uri = _URI.fullmatch(cleaned)
    if uri is None:
        number, context = _without_extension(cleaned), None
    elif uri.group(1).lower() == "tel":
        # The number and the context a local one is dialled in; other parameters (`ext`,
        # `isub`, a trunk's `cpc=…`, `npdi`, `rn=…`) do not change who is calling.
        number, *parameters = uri.group(2).split(";")
        number = _without_extension(number.strip())
        contexts = [p for p in parameters if p.strip().lower().startswith("phone-context=")]
        local = not number.startswith("+")
        context = contexts[0].strip() if contexts and local else None
    else:
        return None  # sip:/sips: (SPEC §7)
    if not _PHONE_SHAPE.fullmatch(number):
        return _read_by_libphonenumber(number, region)
    return f"tel:{number};{context}" if context else number


def _read_by_libphonenumber(text: str, region: str | None) -> str | None:
    """`text` as one number in E.164 when libphonenumber reads the whole of it as a valid
    number with an extension in its own words, in any of the languages it knows (`extn 22`,
    `anexo 22`, `доб 22`, `int 5`…), else None: a number with anything else around it
    (`CALL +33…`, `+33… foo`) is not read as a caller."""
    if not text or len(text) > _DIAL_STRING_MAX:
        return None
    try:
        found = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        match = next(iter(found), None)
    except Exception:  # the matcher's own fault on odd text: no number read
        log.debug("libphonenumber could not read %s", _show(text), exc_info=True)
        return None
    if match is None or match.start != 0 or match.end != len(text):
        return None
    return str(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))


def _without_extension(number: str) -> str:
    """`number` without an extension written after it (`x22`, `ext. 5`, `extension 5`,
    `poste 12`, `#5`, `;ext=22`) or what is dialled after the answer (`,,22`, `p123`, `;5`,
    `w5`, `*22`, `;postd=pp22`, `;isub=1234`), trimmed."""
    return _EXTENSION.sub("", number).strip()


def _name(name: str) -> str:
    return repr(name[:40])


def _show(value: str) -> str:
    return repr(value[:40] + ("…" if len(value) > 40 else ""))
