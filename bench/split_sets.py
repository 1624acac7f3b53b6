"""Split each labelled set in tests/data/authored/ into a held-out part and a training part.

The split is by a hash of each message's id (deterministic, ~35% held out), so a set that
grows keeps its earlier split. Lines from a source in ../shared/data/excluded-sources.txt
(kept for judging) are dropped and counted. Writes tests/data/heldout/NAME and
tests/data/train/NAME.

Usage: python bench/split_sets.py [NAME ...]   (default: every set in tests/data/authored/)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUTHORED = ROOT / "tests" / "data" / "authored"
EXCLUDED = ROOT.parent.parent / "shared" / "data" / "excluded-sources.txt"
HELD_OUT_PERCENT = 35


def held_out(message_id: str) -> bool:
    """True for the ~35% of ids kept out of training."""
    digest = hashlib.sha256(message_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_PERCENT


def excluded_sources() -> list[str]:
    path = EXCLUDED if EXCLUDED.exists() else Path("/work/shared/data/excluded-sources.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [x.strip().lower() for x in lines if x.strip() and not x.startswith("#")]


def split(name: str, excluded: list[str]) -> tuple[int, int, int]:
    kept: dict[bool, list[str]] = {True: [], False: []}
    dropped = 0
    for line in (AUTHORED / name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        source = str(data.get("source", "")).lower()
        if source and any(x in source for x in excluded):
            dropped += 1
            continue
        kept[held_out(data["id"])].append(line)
    for folder, lines in (("heldout", kept[True]), ("train", kept[False])):
        out = ROOT / "tests" / "data" / folder
        out.mkdir(exist_ok=True)
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(kept[True]), len(kept[False]), dropped


def main() -> None:
    names = sys.argv[1:] or sorted(p.name for p in AUTHORED.glob("*.jsonl"))
    names = [n if n.endswith(".jsonl") else f"{n}.jsonl" for n in names]
    missing = [n for n in names if not (AUTHORED / n).is_file()]
    if missing:
        sys.exit(f"no such set in {AUTHORED}: {', '.join(missing)}")
    excluded = excluded_sources()
    for name in names:
        held, train, dropped = split(name, excluded)
        print(f"{name}: {held} held out, {train} for training, {dropped} from excluded sources")


if __name__ == "__main__":
    main()
