"""The labelled sets the learned parts are trained on, read once for both training scripts.

Each line of a set is a message with its input fields and an `expect` object (SPEC §5). The
held-out parts in tests/data/heldout/ are for scoring only and are refused here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from boundaries.triage.batch import parse_message
from boundaries.triage.classify import classify
from boundaries.triage.model import Triage
from boundaries.triage.second_opinion import model_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEFAULT = sorted(DATA.glob("triage-*.jsonl")) + sorted((DATA / "train").glob("*.jsonl"))


@dataclass(frozen=True)
class Labelled:
    """One labelled message: its set (`group`, the index of its file), what it is expected
    to be, the rules' verdict on it and the text the encoder reads."""

    group: int
    expect: dict[str, Any]
    verdict: Triage
    text: str


def read_labelled(paths: list[Path]) -> list[Labelled]:
    """Every message of `paths`, in order; exits naming a held-out file given by mistake."""
    out: list[Labelled] = []
    for group, path in enumerate(paths):
        if "heldout" in path.parts:
            raise SystemExit(f"{path}: held-out sets are for scoring, not training.")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            data = json.loads(line)
            message = parse_message(data)
            out.append(Labelled(group, data["expect"], classify(message), model_text(message)))
    return out
