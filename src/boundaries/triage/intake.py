"""Reading one input line of `boundaries triage` so that no line can cost the others theirs.

SPEC §5: "Malformed lines get an error object on their line, and the run goes on." Whatever
a line holds, it is either decoded into an object whose strings can be judged and written
back as UTF-8, or refused with a `LineError` naming the problem and the fix.
"""

from __future__ import annotations

import json
import re

_SURROGATES = re.compile(r"[\ud800-\udfff]+")
_ESCAPED_BYTE = range(0xDC80, 0xDD00)
"""Python's `surrogateescape` error handler carries an undecodable byte B as U+DC00 + B."""


class LineError(ValueError):
    """One input line cannot be decoded as JSON; the message names the problem and the fix.
    `id` is the message's id when the line is JSON that names one (a field given twice)."""

    def __init__(self, message: str, id: object = None) -> None:
        super().__init__(message)
        self.id = id


MESSAGE_FIELDS = "id, channel, text, and optionally subject, from, at, lang"
"""The fields of one message line (SPEC §5), as error messages name them."""

UPDATE_FIELDS = "id, to, subject, text, at"
"""The fields of one line of an --updates file (SPEC §5)."""

_JSON_LINES = "one JSON object per line (JSON Lines)"


def _shape_hint(line: str, fields: str) -> str:
    """What a line that is not JSON looks like, with the fix, for the shapes people hand us
    instead of JSON Lines: a JSON array, JSON spread over several lines, a spreadsheet's CSV
    export; otherwise the plain fix. `fields` names what one line holds."""
    head = line.strip().removeprefix("\ufeff")
    lines = f"{_JSON_LINES} with the fields {fields}"
    if head.startswith("["):
        return (
            f". It looks like a JSON array. Fix: write {lines} (`jq -c '.[]' FILE` turns an "
            "array into that)"
        )
    if head in ("{", "}", "},", "]") or re.match(r'"[^"]+"\s*:', head):
        return (
            ". It looks like part of a JSON object spread over several lines. Fix: write "
            f"{lines} (`jq -c . FILE` puts each object on one line; `jq -c '.[]' FILE` for an "
            "array)"
        )
    if not head.startswith("{") and (head.count(";") >= 2 or head.count(",") >= 2 or "\t" in head):
        return f". It looks like a spreadsheet's CSV export. Fix: write {lines}"
    return f". Fix: write this line as one JSON object with the fields {fields}"


def _pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object as a dict, remembering a key given twice (`json` keeps the last one
    silently): `decode_line` refuses the message rather than guess which was meant."""
    out: dict[str, object] = {}
    twice: list[str] = []
    for key, value in pairs:
        if key in out:
            twice.append(key)
        out[key] = value
    if twice:
        out[_TWICE] = twice
    return out


_TWICE = "\x00twice"
"""Where `_pairs` notes the keys an object gave twice: a key led by a NUL character, which
no message's fields use; `decode_line` removes it before anyone reads the object."""


def decode_line(line: str, fields: str = MESSAGE_FIELDS) -> object:
    """The JSON value of one input line, its top-level strings made `readable`; `fields`
    names what one line should hold, for the fixes (`MESSAGE_FIELDS`, `UPDATE_FIELDS`).

    Raises `LineError` for text that is not JSON, JSON nested too deeply for Python's parser
    (about a thousand levels: `RecursionError`), or a number Python refuses to read (an
    integer of more than 4,300 digits: `ValueError`).
    """
    # a byte-order mark is not content
    # the line's end is not content either: a fault there is at the line's last column
    doc = line.removeprefix("\ufeff").rstrip("\r\n")
    try:
        data = json.loads(doc, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        data = _before_the_debris(doc, exc)
        if data is None:
            hint = _shape_hint(line, fields)
            cut = exc.pos >= len(exc.doc.rstrip()) or exc.msg.startswith("Unterminated string")
            if cut and exc.doc.lstrip().startswith("{"):
                hint = f". The line ends before its object is closed with }}{hint}"
            elif exc.msg == "Extra data" and exc.doc.lstrip().startswith("{"):
                hint = f". Something follows the object's closing }}{hint}"
            raise LineError(
                f"not valid JSON: {exc.msg} (column {exc.colno}){hint}", _id_given(doc)
            ) from None
    except RecursionError:
        raise LineError(
            "JSON nested too deeply to read (arrays or objects inside each other about a "
            f"thousand levels deep). Fix: write one flat object per line: {fields}"
        ) from None
    except ValueError as exc:  # e.g. "Exceeds the limit (4300 digits) for integer string"
        raise LineError(
            f"not readable as JSON: {exc}. Fix: write numbers of a few digits, or the value as "
            f"text in double quotes: {fields}"
        ) from None
    if isinstance(data, dict):
        twice = data.pop(_TWICE, None)
        if twice:
            given = data.get("id")
            names = ", ".join(f"'{k}'" for k in dict.fromkeys(twice))
            raise LineError(
                f"the field {names} is given twice on this line. Fix: give each field "
                f"once ({fields})",
                readable(given) if isinstance(given, str) else given,
            )
        return {key: readable(v) if isinstance(v, str) else v for key, v in data.items()}
    return data


_DEBRIS = " \t\x00\ufffd"
"""What a line may trail after its object and still be read: spaces, NUL bytes and U+FFFD,
what is left of a line end cut in half (UTF-16 or UTF-32 input whose last bytes are
missing, a file padded with NULs). Anything else after the object is refused."""

_FIRST_ID = re.compile(r'\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)\s*[,}]')
"""A line that opens on its id, as messages are written (SPEC §5: id, channel, text…)."""


def _before_the_debris(doc: str, exc: json.JSONDecodeError) -> object | None:
    """The object `doc` holds when only `_DEBRIS` follows it, else None."""
    if exc.msg != "Extra data" or doc[exc.pos :].strip(_DEBRIS):
        return None
    try:
        data: object = json.loads(doc[: exc.pos], object_pairs_hook=_pairs)
    except (json.JSONDecodeError, RecursionError, ValueError):
        return None
    return data


def _id_given(doc: str) -> object:
    """The id of a line that is not JSON, when it opens on one (a line cut short, a stray
    character further on), so that its error object can say which message it was; else
    None."""
    first = _FIRST_ID.match(doc)
    if first is None:
        return None
    try:
        given = json.loads(first.group(1))
    except ValueError:
        return None
    return readable(given) if isinstance(given, str) else given


def readable(text: str) -> str:
    """`text` with every lone surrogate code point replaced, so it can be encoded as UTF-8.

    A run of bytes that were not UTF-8 on standard input (decoded with `surrogateescape`,
    U+DC80..U+DCFF) is read as Windows-1252, the likeliest legacy encoding of a French or
    English client (b"caf\\xe9" gives "café"); any other lone surrogate (a JSON escape such as
    `\\ud800` without its pair) becomes U+FFFD, the replacement character.
    """
    if text.isascii():
        return text
    return _SURROGATES.sub(_replace, text)


def _replace(run: re.Match[str]) -> str:
    out: list[str] = []
    raw = bytearray()
    for char in run.group():
        if ord(char) in _ESCAPED_BYTE:
            raw.append(ord(char) - 0xDC00)
            continue
        if raw:
            out.append(raw.decode("cp1252", errors="replace"))
            raw.clear()
        out.append("\ufffd")
    if raw:
        out.append(raw.decode("cp1252", errors="replace"))
    return "".join(out)
