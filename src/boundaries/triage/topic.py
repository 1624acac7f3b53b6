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


_LINKS = frozenset("de du des d of the la le les l for pour a an".split())
_VERBISH = frozenset(
    """voulais voudrais savoir need know want wanted wondering asking calling appelle rappelle
    send envoyer help aider check looking going coming done ready still just juste update
    finished fini pret termine avance avancer parti partie went sent get got have""".split()
)


def after(words: list[str], start: int, limit: int = 6) -> str:
    """The longest run of content words from `start` on ("dossier de subvention"), trimmed of
    linking words at its ends; at most `limit` words."""
    from boundaries.triage.lang import ENGLISH, FRENCH

    def content(w: str) -> bool:
        plain = w.replace("-", "")
        return (
            plain.isalnum()
            and w not in FRENCH
            and w not in ENGLISH
            and w not in FILLERS
            and w not in _VERBISH
        )

    best: list[str] = []
    run: list[str] = []
    for w in [*words[start:], "."]:
        if content(w) or (run and w in _LINKS):
            run.append(w)
            continue
        while run and run[-1] in _LINKS:
            run.pop()
        if sum(content(x) for x in run) > sum(content(x) for x in best):
            best = run
        run = []
    return " ".join(best[:limit]).strip()
