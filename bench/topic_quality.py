"""How good the triage's topics are on the labelled sets (SPEC §5 `topic`).

Per set: the share of messages whose topic shares at least one content word with the
expected topic (accents and case ignored, words compared by a loose stem), the share of
messages that are not content-free yet get an empty topic, and the junk topics (a lone
function word, the sender's name, digits, markup).

    .venv/bin/python bench/topic_quality.py                 # the training parts
    .venv/bin/python bench/topic_quality.py --heldout       # score only: never tune on these
    .venv/bin/python bench/topic_quality.py FILE... --junk  # list the junk topics too
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from boundaries.triage.batch import parse_message
from boundaries.triage.classify import classify
from boundaries.triage.lang import ENGLISH, FRENCH
from boundaries.triage.text import normalise, tokens
from boundaries.triage.topic_words import FUNCTION_WORDS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "er", "es", "ed", "s", "e")
_MARKUP = re.compile(r"\b(div|nbsp|quot|amp|br|html|blockquote|p|span|td|tr|rsquo|eacute)\b")
_GREETING = re.compile(r"^\W*(hi|hello|hey|dear|bonjour|salut|coucou|cher|chère)\W+(\w+)", re.I)


def stem(word: str) -> str:
    """A loose stem: the word less one common French or English ending, at most 6 letters."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:6]


def content_stems(text: str) -> set[str]:
    """Stems of the words of `text` that are not function words."""
    stop = FRENCH | ENGLISH | FUNCTION_WORDS
    return {stem(w) for w in tokens(normalise(text)) if w not in stop and len(w) > 1}


def names(data: dict[str, object]) -> set[str]:
    """Words naming the sender or the addressee: the greeting's name, short last lines."""
    text = str(data.get("text", ""))
    found: set[str] = set()
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    for line in lines[:2]:
        m = _GREETING.match(line)
        if m:
            found.add(normalise(m.group(2)).strip())
    last = lines[-1].split() if lines else []
    if len(lines) >= 3 and 1 <= len(last) <= 2 and all(w[:1].isupper() for w in last):
        found |= set(tokens(normalise(" ".join(last))))
    sender = str(data.get("from", "")).split("@")[0]
    if "@" in str(data.get("from", "")):
        found |= set(tokens(normalise(re.sub(r"[._-]", " ", sender))))
    m = re.search(r"\b(it's|it is|this is|c'est|ici)\s+(\w+)", text, re.I)
    if m:
        found.add(normalise(m.group(2)).strip())
    return found - FRENCH - ENGLISH - FUNCTION_WORDS


def junk(topic: str, data: dict[str, object]) -> str | None:
    """Why `topic` could not go into a client's agenda, or None."""
    words = tokens(normalise(topic))
    if not words:
        return None
    if len(_MARKUP.findall(topic.lower())) >= 2 or re.search(r"<\w|&#?\w+;", topic):
        return "markup"
    lettered = [w for w in words if sum(c.isalpha() for c in w) >= 3 and w not in FUNCTION_WORDS]
    if (not lettered and any(c.isdigit() for c in topic)) or re.search(r"(\d[\s.]?){8}", topic):
        return "digits"
    if len(words) == 1 and words[0] in FRENCH | ENGLISH | FUNCTION_WORDS:
        return "function word"
    if set(words) <= names(data):
        return "a name"
    if names(data) & set(words) and len(words) <= 2:
        return "a name"
    return None


def score(path: Path, show: bool) -> tuple[int, int, int, int, list[str]]:
    """(messages, topic overlaps, empty but not content-free, not content-free, junk lines)."""
    total = overlap = empty = contentful = 0
    junk_lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        expect = data["expect"]
        verdict = classify(parse_message(data))
        total += 1
        if expect.get("content_free"):
            continue
        contentful += 1
        if not verdict.topic:
            empty += 1
        elif content_stems(verdict.topic) & content_stems(str(expect.get("topic", ""))):
            overlap += 1
        why = junk(verdict.topic, data)
        if why:
            junk_lines.append(f"  {data['id']}: {verdict.topic!r} ({why})")
        elif show and not content_stems(verdict.topic) & content_stems(str(expect["topic"])):
            junk_lines.append(f"  {data['id']}: {verdict.topic!r} vs {expect['topic']!r}")
    return total, overlap, empty, contentful, junk_lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--heldout", action="store_true", help="score the held-out parts")
    parser.add_argument("--junk", action="store_true", help="list the junk topics")
    parser.add_argument("--misses", action="store_true", help="list topics sharing no word")
    args = parser.parse_args(argv)
    files = args.files or sorted((DATA / ("heldout" if args.heldout else "train")).glob("*.jsonl"))
    sums = [0, 0, 0, 0, 0]
    print(f"{'set':<28} {'n':>4} {'overlap':>8} {'empty':>6} {'junk':>5}")
    for path in files:
        total, overlap, empty, contentful, junk_lines = score(path, args.misses)
        n_junk = sum(1 for x in junk_lines if x.endswith(")"))
        print(
            f"{path.parent.name + '/' + path.name:<28} {total:>4} "
            f"{overlap / max(contentful, 1):>8.2f} {empty / max(contentful, 1):>6.2f} {n_junk:>5}"
        )
        for i, value in enumerate((total, overlap, empty, contentful, n_junk)):
            sums[i] += value
        if args.junk or args.misses:
            print("\n".join(junk_lines))
    total, overlap, empty, contentful, n_junk = sums
    print(
        f"{'all':<28} {total:>4} {overlap / max(contentful, 1):>8.2f} "
        f"{empty / max(contentful, 1):>6.2f} {n_junk:>5}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
