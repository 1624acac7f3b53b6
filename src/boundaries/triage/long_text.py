"""The part of a very long message the triage judges: a long email is not a malformed one.

A message of any length is triaged, at a bounded cost: an HTML body longer than `JUDGED`
characters is converted to text first (its style sheets and scripts, which make most of a
templated email's size, dropped before the conversion), and a text still longer than
`JUDGED` is judged on its start and its end (new text is written above the quoted history,
or below it in a bottom-posted reply). The answer's `reasons` say so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

JUDGED = 20_000
"""Characters of a text judged whole: as many as the inbox reader keeps of an email
(`integrations/mail/parse.py`); every labelled message so far is under 1,000."""
HEAD = 15_000
"""Characters judged from the start of a longer text; the rest of `JUDGED` from its end."""
HTML_READ = 60_000
"""Characters of HTML (style sheets and scripts dropped) given to the HTML converter: its
start and its end beyond that. html2text reads tag-dense HTML at about 4 µs a character, so
the worst body costs about a quarter of a second, and judging `JUDGED` characters of text
about a fifth (measured on this machine, issue 8)."""
MIDDLE = 100_000
"""Characters of the unjudged middle of a long plain text that are still searched for an
urgent passage (a pasted report with "PS: the server is down" inside): about a second."""
MIDDLE_CHUNK = 5_000
"""The middle is searched this many characters at a time, overlapping by a sentence."""
FIELD = 1_000
"""Characters judged of a one-line field (`subject`, `from`)."""

_HTML_START = re.compile(r"\s*<(?:!doctype|html|head|body|div|p|table|span|meta|style|br)\b", re.I)
_TAG = re.compile(r"<[^<>]*>")
_BLOCK_TAG = re.compile(r"</?(p|div|br|tr|td|th|li|h[1-6]|table|blockquote)\b", re.I)
_INVISIBLE = re.compile(r"<(?:(style|script|head)(?![\w-])|!--)", re.I)
_CLOSING = {tag: re.compile(f"</{tag}", re.I) for tag in ("style", "script", "head")}


def looks_like_html(text: str) -> bool:
    """An HTML document or fragment: it opens with a tag that starts a mail body."""
    return _HTML_START.match(text[:200]) is not None


def judged_text(text: str, channel: str) -> tuple[str, str | None]:
    """(the part of `text` to judge, a reason saying what was left out, or None when the
    text is judged whole). Beyond reading the line, a fraction of a second for any size
    (see `HTML_READ`)."""
    if len(text) <= JUDGED:
        return text, None
    size = len(text)
    if channel == "email" and looks_like_html(text):
        converted, whole = _html_ends(text)
        if whole and len(converted) <= JUDGED:
            return converted, f"judged on the text of a {size:,}-character HTML body"
        return (
            _ends(converted, JUDGED, HEAD),
            f"judged on part of a {size:,}-character HTML body: the text of its start and its end",
        )
    return (
        _ends(text, JUDGED, HEAD),
        f"judged on part of a {size:,}-character text: its first {HEAD:,} and last "
        f"{JUDGED - HEAD:,} characters",
    )


@lru_cache(maxsize=8)
def _html_ends(html: str) -> tuple[str, bool]:
    """(the text of a long HTML body's start and end, converted by html2text; whether that
    is all of its visible HTML)."""
    from boundaries.triage.mail import html_to_text

    visible = _visible_html(html)
    return html_to_text(_ends(visible, HTML_READ, HTML_READ * 3 // 4)), len(visible) <= HTML_READ


def _html_middle(html: str) -> str:
    """Text of the part of a long HTML body that `_html_ends` does not convert: its tags
    dropped and its character references read (Python's `html.unescape`), cheap enough to
    search a few hundred thousand characters; the converted text's own middle, beyond
    `JUDGED`, comes first."""
    converted, whole = _html_ends(html)
    middle = converted[HEAD : len(converted) - (JUDGED - HEAD)] if len(converted) > JUDGED else ""
    if not whole:
        visible = _visible_html(html)
        head = HTML_READ * 3 // 4
        rest = visible[head : len(visible) - (HTML_READ - head)]
        middle += "\n" + unescape(_TAG.sub(_tag_gap, rest))
    return middle


def _tag_gap(tag: re.Match[str]) -> str:
    """A block tag ends a line of text (a table cell, a paragraph); an inline one is a gap."""
    return "\n" if _BLOCK_TAG.match(tag.group(0)) else " "


def judged_field(value: str, field: str) -> tuple[str, str | None]:
    """(the first `FIELD` characters of a one-line field, a reason when it was longer)."""
    if len(value) <= FIELD:
        return value, None
    return value[
        :FIELD
    ], f"judged on the first {FIELD:,} of the {len(value):,} characters of '{field}'"


def _ends(text: str, size: int, head: int) -> str:
    """The first `head` and the last `size - head` characters of `text`, each cut at a line
    break near the cut (else at a space), so no line or word is judged half-read."""
    if len(text) <= size:
        return text
    start, end = text[:head], text[len(text) - (size - head) :]
    cut = start.rfind("\n", head * 3 // 4)
    if cut < 0:
        cut = start.rfind(" ", head * 9 // 10)
    if cut > 0:
        start = start[:cut]
    cut = end.find("\n", 0, len(end) // 4)
    if cut < 0:
        cut = end.find(" ", 0, len(end) // 10)
    if cut >= 0:
        end = end[cut + 1 :]
    return f"{start}\n{end}"


def _visible_html(html: str) -> str:
    """`html` without its `<style>`, `<script>` and `<head>` elements and its comments; an
    element left open runs to the end. Linear: each character is searched once for an
    opening tag and at most once for its closing tag."""
    kept: list[str] = []
    at = 0
    while (opening := _INVISIBLE.search(html, at)) is not None:
        kept.append(html[at : opening.start()])
        tag = opening.group(1)
        if tag is None:
            end = html.find("-->", opening.end())
            at = end + 3 if end >= 0 else len(html)
            continue
        closing = _CLOSING[tag.lower()].search(html, opening.end())
        end = html.find(">", closing.end()) if closing is not None else -1
        at = end + 1 if end >= 0 else len(html)
    kept.append(html[at:])
    return "".join(kept)


def unjudged_middle(text: str, channel: str) -> list[str]:
    """The middle of a long text that `judged_text` leaves out (of an HTML body, its text),
    as chunks of about `MIDDLE_CHUNK` characters (at most `MIDDLE` in all), to be searched for
    an urgent passage; empty when the text is judged whole."""
    if len(text) <= JUDGED:
        return []
    if channel == "email" and looks_like_html(text):
        middle = re.sub(r"[ \t]+", " ", _html_middle(text))[:MIDDLE]
        middle = re.sub(r"\s*\n\s*", "\n", middle)
    else:
        middle = text[HEAD : len(text) - (JUDGED - HEAD)][:MIDDLE]
    step, overlap = MIDDLE_CHUNK, 300
    return [middle[max(0, i - overlap) : i + step] for i in range(0, len(middle), step)]
