"""Train the learned intent: multinomial logistic regression over sentence embeddings.

Reads labelled JSON Lines (the input fields and an `expect` object), embeds each message as
the runtime does (`boundaries.triage.second_opinion.model_text` and its encoder) and fits a
class-balanced multinomial logistic regression (scikit-learn, a dev dependency: the runtime
only takes a matrix product) on the messages that are not content-free, with the rules'
reading as extra inputs (`intent_model.features`). Prints, out of fold with each labelled set
a fold of its own (messages by authors the model has not seen), the intent macro-F1 per set
of the rules alone and of the rules with the model as the runtime uses it.
Writes src/boundaries/triage/intent-weights.json.

Never train on tests/data/heldout/ (kept for scoring) nor on anything from the sources in
../shared/data/excluded-sources.txt.

Usage: python bench/train_intent.py [--c 3.0] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from boundaries.triage.intent_model import OVERRIDE, WEIGHTS, features, model_reads
from boundaries.triage.model import Triage
from boundaries.triage.second_opinion import encoder
from labelled import DEFAULT, ROOT, read_labelled

CLASSES = ["status_check", "request", "scheduling", "info"]


def load(
    paths: list[Path],
) -> tuple[list[str], list[Triage], np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rows = read_labelled(paths)
    verdicts = [r.verdict for r in rows]
    return (
        [r.text for r in rows],
        verdicts,
        np.array([str(r.expect["intent"]) for r in rows]),
        np.array([str(v.intent) for v in verdicts]),
        np.array([not v.intent_by_cue for v in verdicts]),
        np.array([model_reads(v) for v in verdicts]),
        np.array([r.group for r in rows]),
    )


def fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--c", type=float, default=3.0, help="inverse regularisation")
    args = parser.parse_args()
    texts, verdicts, y, rules, guessed, read, groups = load(args.files)
    x = features(encoder().embed(texts), verdicts)
    said = y != "unknown"  # content-free stays rule-decided
    oof = rules.copy()
    confidence = np.zeros(len(y))
    folds = GroupKFold(n_splits=min(6, len(set(groups.tolist()))))
    for train, test in folds.split(x, y, groups):
        train = train[said[train]]
        model = fit(x[train], y[train], args.c)
        probabilities = model.predict_proba(x[test])
        oof[test] = model.classes_[probabilities.argmax(axis=1)]
        confidence[test] = probabilities.max(axis=1)
    combined = np.where(read & (guessed | (confidence >= OVERRIDE)), oof, rules)
    print(f"{len(y)} messages, {int(guessed.sum())} without an intent cue, {len(args.files)} sets")
    print("out-of-fold intent macro-F1 per set: rules alone -> rules and model")
    for group, path in enumerate(args.files):
        s = groups == group
        labels = sorted(set(y[s].tolist()))
        before = f1_score(y[s], rules[s], labels=labels, average="macro")
        after = f1_score(y[s], combined[s], labels=labels, average="macro")
        print(f"  {path.name}: {before:.3f} -> {after:.3f}")
    final = fit(x[said], y[said], args.c)
    order = [list(final.classes_).index(c) for c in CLASSES]
    WEIGHTS.write_text(
        json.dumps(
            {
                "about": "multinomial logistic regression over USE multilingual v3 embeddings "
                "of second_opinion.model_text; written by bench/train_intent.py",
                "classes": CLASSES,
                "intercept": [round(float(final.intercept_[k]), 5) for k in order],
                "coef": [[round(float(c), 5) for c in final.coef_[k]] for k in order],
                "trained_on": [str(p.relative_to(ROOT)) for p in args.files],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
