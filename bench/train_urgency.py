"""Train the urgency second opinion: logistic regression over sentence embeddings.

Reads labelled JSON Lines (the input fields and an `expect` object), embeds each message as
the runtime does (`boundaries.triage.second_opinion.model_text` and its encoder), fits a
class-balanced logistic regression (scikit-learn, a dev dependency: the runtime only takes a
dot product) and picks the threshold on out-of-fold probabilities: the lowest threshold at
which the messages the rules leave not urgent raise false alarms on at most
--max-false-alarms of the non-urgent ones. Writes src/boundaries/triage/urgency-weights.json.

Never train on tests/data/heldout/ (kept for scoring) nor on anything from the sources in
../shared/data/excluded-sources.txt.

Usage: python bench/train_urgency.py [--max-false-alarms 0.06] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from boundaries.triage.second_opinion import WEIGHTS, encoder
from labelled import DEFAULT, ROOT, read_labelled


def load(
    paths: list[Path],
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rows = read_labelled(paths)
    return (
        [r.text for r in rows],
        np.array([bool(r.expect["urgent"]) for r in rows]),
        np.array([r.verdict.urgent for r in rows]),
        np.array([r.verdict.urgent or r.verdict.content_free for r in rows]),
        np.array([r.group for r in rows]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--max-false-alarms", type=float, default=0.06)
    parser.add_argument("--c", type=float, default=3.0, help="inverse regularisation")
    args = parser.parse_args()
    texts, y, rules, settled, groups = load(args.files)
    x = encoder().embed(texts)
    # Out-of-fold probabilities, each fold a whole set: the threshold is chosen on messages
    # written by authors the model has not seen, as it will meet them.
    oof = np.zeros(len(y))
    folds = GroupKFold(n_splits=min(5, len(set(groups.tolist()))))
    for train, test in folds.split(x, y, groups):
        fit = LogisticRegression(C=args.c, class_weight="balanced", max_iter=5000)
        fit.fit(x[train], y[train])
        oof[test] = fit.predict_proba(x[test])[:, 1]
    negatives = ~y & ~settled
    threshold = 0.5
    for t in np.arange(0.30, 0.96, 0.01):
        if (oof[negatives] >= t).sum() <= args.max_false_alarms * (~y).sum():
            threshold = float(round(t, 2))
            break
    raised = (oof >= threshold) & ~settled
    recall = ((rules | raised) & y).sum() / y.sum()
    false_alarms = ((rules | raised) & ~y).sum() / (~y).sum()
    final = LogisticRegression(C=args.c, class_weight="balanced", max_iter=5000).fit(x, y)
    WEIGHTS.write_text(
        json.dumps(
            {
                "about": "logistic regression over USE multilingual v3 embeddings of "
                "second_opinion.model_text; written by bench/train_urgency.py",
                "threshold": threshold,
                "intercept": round(float(final.intercept_[0]), 6),
                "coef": [round(float(c), 6) for c in final.coef_[0]],
                "trained_on": [str(p.relative_to(ROOT)) for p in args.files],
                "out_of_fold": {
                    "messages": len(y),
                    "urgent": int(y.sum()),
                    "recall_with_rules": round(float(recall), 3),
                    "false_alarm_rate_with_rules": round(float(false_alarms), 3),
                },
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(y)} messages ({int(y.sum())} urgent) from {len(args.files)} sets")
    print(
        f"threshold {threshold}: out-of-fold recall {recall:.3f}, false alarms {false_alarms:.3f}"
    )
    print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
