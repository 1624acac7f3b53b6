"""Held-out parts of the authored sets (issue 8): never trained or tuned on.

`bench/split_sets.py` keeps ~35% of each set in tests/data/authored/ out of training (by a hash
of the id) in tests/data/heldout/. Each was scored before any tuning on its set (first scores
in the commit messages and README); the floors below are the scores reached since, less a
small margin: they guard against regressions, they are not the goals of SPEC §5 (which the
written sets do not all reach yet; see README "How the triage works").
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.triage.batch import load_updates, triage_batch
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"

# set: (urgent recall, false-alarm rate at most, intent macro-F1, language)
FLOORS = {
    "author-a": (0.9, 0.1, 0.8, 0.98),
    "author-b": (0.8, 0.06, 0.79, 0.98),
    "author-c": (0.9, 0.08, 0.73, 0.98),
    "author-d": (0.9, 0.06, 0.76, 0.98),
    "author-e": (0.9, 0.05, 0.74, 0.98),
    "author-f": (0.9, 0.03, 0.72, 0.98),
    "author-g": (0.95, 0.12, 0.81, 0.98),
    "realtext": (0.63, 0.2, 0.59, 0.98),
    "realtext2": (0.82, 0.36, 0.53, 0.98),
    "realtext3": (0.52, 0.26, 0.36, 0.98),
    "realtext4": (0.72, 0.35, 0.66, 0.98),
    "author-h": (0.95, 0.17, 0.76, 0.98),
    "author-i": (0.88, 0.03, 0.72, 0.98),
    "realtext5": (0.6, 0.27, 0.64, 0.98),
    "realtext6": (0.9, 0.4, 0.72, 0.98),
    "author-j": (0.95, 0.12, 0.8, 0.98),
    "realtext7": (0.75, 0.32, 0.42, 0.98),
    "author-k": (0.95, 0.08, 0.78, 0.98),
    "realtext8": (0.88, 0.37, 0.6, 0.98),
    "author-l": (0.93, 0.08, 0.68, 0.98),
    "realtext9": (0.93, 0.52, 0.5, 0.98),
    "author-m": (0.9, 0.08, 0.72, 0.98),
    "realtext10": (0.9, 0.25, 0.4, 0.98),
    "author-n": (0.85, 0.1, 0.88, 0.98),
    "author-o": (0.95, 0.11, 0.87, 0.98),
    "realtext11": (0.7, 0.38, 0.68, 0.98),
    "author-p": (0.9, 0.15, 0.87, 0.98),
    "realtext12": (0.68, 0.37, 0.38, 0.97),
    "author-q": (0.75, 0.12, 0.82, 0.98),
    "author-r": (0.93, 0.07, 0.8, 0.98),
    "realtext13": (0.58, 0.42, 0.66, 0.98),
    "realtext14": (0.85, 0.44, 0.64, 0.98),
    "author-s": (0.75, 0.2, 0.77, 0.98),
    "author-t": (0.8, 0.14, 0.84, 0.98),
    "author-u": (0.83, 0.09, 0.86, 0.98),
    "realtext15": (0.75, 0.31, 0.73, 0.97),
}
# set with updates: (answered_by accuracy over its status checks, wrong links at most: a link
# to another update, or on a message that is not a status check)
LINK_FLOORS = {
    "author-b": (0.68, 0),
    "author-d": (0.72, 0),
    "author-e": (0.72, 0),
    "author-f": (0.7, 1),
    "author-g": (0.7, 2),
    "author-h": (0.6, 3),
    "author-i": (0.69, 2),
    "author-j": (0.4, 3),
    "author-k": (0.6, 4),
    "author-l": (0.85, 1),
    "author-m": (0.72, 2),
    "author-n": (0.65, 0),
    "author-o": (0.4, 1),
    "author-p": (0.6, 1),
    "author-q": (0.75, 3),
    "author-r": (0.57, 3),
    "author-s": (0.55, 4),
    "author-t": (0.6, 4),
    "author-u": (0.5, 2),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_out_part_keeps_its_scores(name: str):
    path = DATA / "heldout" / f"{name}.jsonl"
    args = ["triage", "--eval", str(path), "--json"]
    updates = DATA / "authored" / f"{name}-updates.jsonl"
    if updates.exists():
        args += ["--updates", str(updates)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    s = json.loads(result.output)
    recall, false_alarms, macro_f1, lang = FLOORS[name]
    assert s["urgent"]["recall"] >= recall, s["missed_urgent"]
    assert s["false_alarm_rate"] <= false_alarms, s["false_urgent"]
    assert s["intent_macro_f1"] >= macro_f1
    assert s["lang_accuracy"] >= lang


@pytest.mark.parametrize("name", sorted(LINK_FLOORS))
def test_held_out_status_checks_keep_their_links(name: str):
    lines = (DATA / "heldout" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    updates = load_updates(DATA / "authored" / f"{name}-updates.jsonl")
    answers = triage_batch([x for x in lines if x.strip()], updates)
    right = wrong = checks = 0
    for line, got in zip([x for x in lines if x.strip()], answers, strict=True):
        expect = json.loads(line)["expect"]
        linked, want = got.get("answered_by"), expect.get("answered_by")
        if expect["intent"] == "status_check":
            checks += 1
            right += linked == want
        wrong += linked is not None and linked != want
    accuracy, most_wrong = LINK_FLOORS[name]
    assert right / checks >= accuracy
    assert wrong <= most_wrong
