"""A few words naming what a message is about."""

from __future__ import annotations

import re

from boundaries.triage.text import FILLERS, strip_accents

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


_WORD = re.compile(r"\w+")


def _plain(word: str) -> str:
    return strip_accents(word.lower())


def _as_spelt(original: str) -> str:
    """How a word of the message is shown in a topic: lowercase as before, accents kept,
    an acronym ("AG", "RGPD") kept in capitals."""
    return original if len(original) > 1 and original.isupper() else original.lower()


def as_written(text: str, topic: str) -> str:
    """`topic` (found in the normalised, accent-free text) spelt as the message spells it:
    "repond plus" in "Le site ne répond plus" is "répond plus". The words stay the same;
    only a word that the normalised form lowered or stripped of its accents is replaced,
    by its spelling at the place the topic was taken from (else its first spelling in the
    message). A word the message does not hold as such (an expanded shorthand) is kept."""
    if not topic:
        return topic
    found = [(m.group(0), _plain(m.group(0))) for m in _WORD.finditer(text)]
    plain = [p for _, p in found]
    wanted = [m.group(0) for m in _WORD.finditer(topic)]
    keys = [_plain(w) for w in wanted]
    spelt: list[str | None] = [None] * len(wanted)
    for i in range(len(plain) - len(keys) + 1):
        if plain[i : i + len(keys)] == keys:  # the run the topic was taken from
            spelt = [_as_spelt(original) for original, _ in found[i : i + len(keys)]]
            break
    first: dict[str, str] = {}
    for original, key in found:
        first.setdefault(key, _as_spelt(original))
    replaced = iter(
        (s or first.get(key, w)) if w == key else w
        for w, key, s in zip(wanted, keys, spelt, strict=True)
    )
    return _WORD.sub(lambda _m: next(replaced), topic)
