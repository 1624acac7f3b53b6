"""Measure libraries against our own code on the labelled sets (issue 8, item 4).

- Language: our detector (`triage.lang`) against py3langid and lingua-language-detector,
  both restricted to French and English, on every labelled message (accuracy, time each).
- Dates and times in words: dateparser's `search_dates` against our within-a-day reading
  (`triage.urgency.WITHIN_A_DAY` and `cues.IMMINENT`) on French and English phrases, each
  resolved against a sending time: does it find a time within a day when there is one, and
  none when there is none?

Usage: python bench/compare_libraries.py   (needs: pip install py3langid lingua-language-detector
dateparser)
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from pathlib import Path

from boundaries.triage import cues as C
from boundaries.triage.lang import detect_language
from boundaries.triage.mail import read_mail
from boundaries.triage.text import normalise, tokens
from boundaries.triage.urgency import WITHIN_A_DAY

ROOT = Path(__file__).resolve().parents[1]
SETS = (
    sorted((ROOT / "tests" / "data").glob("triage-*.jsonl"))
    + sorted((ROOT / "tests" / "data" / "authored").glob("*.jsonl"))
    + [ROOT.parent.parent / "shared" / "data" / "triage-dev.jsonl"]
)
AT = datetime.fromisoformat("2027-03-09T09:30:00+01:00")
WITHIN = [
    "il me faut le bilan aujourd'hui avant 15 h",
    "pouvez-vous l'envoyer demain matin ?",
    "d'ici ce soir si possible",
    "by close of business please",
    "I need it by end of day",
    "the board meets tomorrow morning",
    "avant midi",
    "by 3pm today",
    "tonight at the latest",
    "dans la journée",
    "ce soir",
    "first thing tomorrow",
]
NOT_WITHIN = [
    "next week",
    "la semaine prochaine",
    "the grant report is due on 31 January",
    "en mars",
    "whenever you can",
    "le mois prochain",
    "at the next board meeting",
    "sometime after Easter",
]


def texts() -> list[tuple[str, str]]:
    out = []
    for path in SETS:
        if not path.exists() or path.name.endswith("-updates.jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                text = d["text"]
                if d["channel"] == "email":
                    text = f"{d.get('subject', '')}\n{read_mail(text).new}"
                out.append((text, d["expect"]["lang"]))
    return out


def timed(name: str, fn, data: list[tuple[str, str]]) -> None:
    t0 = time.perf_counter()
    right = sum(fn(text) == want for text, want in data)
    each = (time.perf_counter() - t0) / len(data) * 1e6
    print(
        f"  {name:<10} accuracy {right / len(data):.4f}  ({len(data) - right} wrong), "
        f"{each:,.0f} µs each"
    )


def languages() -> None:
    import py3langid
    from lingua import Language, LanguageDetectorBuilder

    data = texts()
    print(f"language of {len(data)} labelled messages:")
    timed("ours", lambda t: detect_language(t, tokens(normalise(t)))[0], data)
    py3langid.langid.set_languages(["fr", "en"])
    timed("py3langid", lambda t: py3langid.langid.classify(t)[0], data)
    detector = LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH).build()
    codes = {Language.FRENCH: "fr", Language.ENGLISH: "en"}
    timed("lingua", lambda t: codes.get(detector.detect_language_of(t), "en"), data)


def dates() -> None:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": AT.replace(tzinfo=None), "PREFER_DATES_FROM": "future"}

    def dateparser_within(phrase: str) -> bool:
        found = search_dates(phrase, languages=["fr", "en"], settings=settings) or []
        base = AT.replace(tzinfo=None)
        return any(timedelta(0) <= when - base <= timedelta(hours=30) for _, when in found)

    def ours_within(phrase: str) -> bool:
        norm = normalise(phrase)
        return WITHIN_A_DAY.search(norm) is not None or bool(C.matches(norm, C.IMMINENT))

    for name, fn in (("ours", ours_within), ("dateparser", dateparser_within)):
        t0 = time.perf_counter()
        hits = sum(fn(p) for p in WITHIN)
        false = sum(fn(p) for p in NOT_WITHIN)
        each = (time.perf_counter() - t0) / (len(WITHIN) + len(NOT_WITHIN)) * 1e6
        print(
            f"  {name:<10} within a day found {hits}/{len(WITHIN)}, "
            f"wrongly found {false}/{len(NOT_WITHIN)}, {each:,.0f} µs each"
        )
        missed = [p for p in WITHIN if not fn(p)] + [f"(wrong) {p}" for p in NOT_WITHIN if fn(p)]
        for p in missed:
            print(f"      {p}")


if __name__ == "__main__":
    languages()
    print("times within a day, resolved against", AT.isoformat())
    dates()
