"""A few words naming what a message is about."""

from __future__ import annotations

import re

from boundaries.triage.text import FILLERS

_SUBJECT_NOISE = re.compile(
    r"^\s*((re|fwd?|tr|fw)\s*:\s*)+|\b(urgent|relance|asap|important|question|quick question|"
    r"petite question)\b\s*[:!-]*|[!?]+",
    re.I,
)
_GENERIC_SUBJECTS = re.compile(
    r"^\s*(appel|call|quick call|question|hello|bonjour|hi|message|urgent|rappel|"
    r"petite question|suivi|follow up|update|point)?\s*[?!.]*\s*$",
    re.I,
)
_STOP = frozenset(
    [
        "?",
        "!",
        "est",
        "ce",
        "que",
        "qu",
        "il",
        "elle",
        "is",
        "it",
        "are",
        "we",
        "do",
        "did",
        "you",
        "can",
        "could",
        "because",
        "parce",
        "car",
        "donc",
        "so",
        "and",
        "et",
        "mais",
        "but",
        "if",
        "si",
        "when",
        "quand",
        "thanks",
        "merci",
        "please",
        "call",
        "rappelez",
        "rappelle",
        "voila",
        "okay",
    ]
)
_LEAD = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "my",
        "your",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "on",
        "sur",
        "about",
        "pour",
        "that",
        "this",
        "ce",
        "cette",
    ]
)


def from_subject(subject: str) -> str:
    """A topic from an email subject, or "" when the subject says nothing ("Quick call?")."""
    cleaned = _SUBJECT_NOISE.sub(" ", subject)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" -–:,.")
    if not cleaned or _GENERIC_SUBJECTS.match(cleaned):
        return ""
    return cleaned


def after(words: list[str], start: int, limit: int = 6) -> str:
    """Up to `limit` words from `start`, trimmed of fillers and leading articles."""
    picked: list[str] = []
    for w in words[start:]:
        if w in FILLERS:
            if picked:
                break
            continue
        if w.strip("?!") != w or w in _STOP:
            if picked:
                break
            continue
        picked.append(w)
        if len(picked) >= limit:
            break
    while picked and picked[0] in _LEAD:
        picked.pop(0)
    while picked and picked[-1] in _LEAD:
        picked.pop()
    return " ".join(picked)
