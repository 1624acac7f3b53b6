"""Answered-by links per labelled set: right, missed, and the two kinds of wrong link.

A wrong link is worse than none (SPEC §5), so accuracy alone hides what matters: this prints,
for each set that has an updates file, the status checks linked as labelled, the links on a
check labelled `answered_by: null` ("null but linked"), the links to another update than the
labelled one ("wrong id"), the labelled links missed, and links on messages that are not
labelled status checks. `--show` lists every wrong link and miss with its text.

Usage:
    .venv/bin/python bench/answered_links.py [--show] [FILE.jsonl:UPDATES.jsonl ...]
    .venv/bin/python bench/answered_links.py --show train triage-   # only the sets tuned on

Without arguments: every set under tests/data/train/ and tests/data/heldout/ that has
tests/data/authored/<name>-updates.jsonl, the own sets, and the shared development set;
other arguments keep the sets whose label starts with one of them. Totals per part follow.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from boundaries.triage.batch import load_updates, triage_batch

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def default_sets() -> list[tuple[str, Path, Path]]:
    """(label, labelled set, updates) for every set that has updates."""
    out: list[tuple[str, Path, Path]] = []
    for part in ("train", "heldout"):
        for path in sorted((DATA / part).glob("*.jsonl")):
            updates = DATA / "authored" / f"{path.stem}-updates.jsonl"
            if updates.exists():
                out.append((f"{part}/{path.stem}", path, updates))
    for name in ("triage-own", "triage-blind"):
        out.append((name, DATA / f"{name}.jsonl", DATA / "updates-own.jsonl"))
    dev = Path("/work/shared/data")
    if (dev / "triage-dev.jsonl").exists():
        out.append(("shared-dev", dev / "triage-dev.jsonl", dev / "updates-dev.jsonl"))
    return out


def count(path: Path, updates_path: Path, show: bool) -> dict[str, int]:
    """The link counts of one set; prints the faults when `show`."""
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    answers = triage_batch(lines, load_updates(updates_path))
    c = dict.fromkeys(("checks", "right", "null_linked", "wrong_id", "missed", "other"), 0)
    for line, got in zip(lines, answers, strict=True):
        data = json.loads(line)
        expect = data["expect"]
        linked, want = got.get("answered_by"), expect.get("answered_by")
        fault = ""
        if expect["intent"] == "status_check":
            c["checks"] += 1
            if linked == want:
                c["right"] += 1
            elif want is None:
                c["null_linked"] += 1
                fault = "NULL-LINKED"
            elif linked is None:
                c["missed"] += 1
                fault = "MISSED"
            else:
                c["wrong_id"] += 1
                fault = "WRONG-ID"
        elif linked is not None:
            c["other"] += 1
            fault = f"LINKED-{expect['intent'].upper()}"
        if show and fault:
            why = [r for r in got.get("reasons", []) if "update" in r or "meaning" in r]
            print(
                f"   {fault} {data['id']} intent={got.get('intent')} got={linked} want={want}: "
                f"{data['text'][:140]!r}"
            )
            for r in why:
                print(f"        {r}")
    return c


def main(argv: list[str]) -> None:
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    files = [a for a in args if ":" in a]
    prefixes = [a for a in args if ":" not in a]
    sets = (
        [(a, Path(a.split(":")[0]), Path(a.split(":")[1])) for a in files]
        if files
        else [s for s in default_sets() if not prefixes or s[0].startswith(tuple(prefixes))]
    )
    keys = ("checks", "right", "null_linked", "wrong_id", "missed", "other")
    totals: dict[str, dict[str, int]] = {}
    print(f"{'set':28} checks right  acc  null-linked wrong-id missed other-linked")
    for label, path, updates in sets:
        c = count(path, updates, show)
        part = label.split("/", 1)[0] if "/" in label else "own and shared"
        for name in (part, "TOTAL"):
            total = totals.setdefault(name, dict.fromkeys(keys, 0))
            for k in keys:
                total[k] += c[k]
        _row(label, c)
    for name, total in totals.items():
        _row(name if name == "TOTAL" else f"total {name}", total)


def _row(label: str, c: dict[str, int]) -> None:
    acc = c["right"] / c["checks"] if c["checks"] else 1.0
    print(
        f"{label:28} {c['checks']:6} {c['right']:5} {acc:5.2f} {c['null_linked']:11} "
        f"{c['wrong_id']:8} {c['missed']:6} {c['other']:12}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
