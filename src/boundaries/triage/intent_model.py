"""A learned intent where the rules found no cue: a multinomial logistic regression over the
same sentence embeddings as the urgency second opinion (`second_opinion.encoder`).

The rules decide whenever an intent cue matched (SPEC §5's definitions live in their tables:
a call-back naming a topic but asking nothing is `scheduling`, a question about progress is
`status_check`), and content-free messages stay `unknown`. Only where the rules fell back to a
guess ("says something, with no clearer cue": `Triage.intent_by_cue` is False) does the model
choose among `status_check`, `request`, `scheduling` and `info`. Measured out of fold, one
labelled set at a time (bench/train_intent.py), that beats both the fallback guess and
letting the model override cues.

The weights are a small JSON file beside this module, written by `bench/train_intent.py`
(scikit-learn there only; here a matrix product). Texts already embedded for the urgency
second opinion come from the encoder's memo, so most such messages cost nothing more.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from boundaries.triage.model import Intent, Message, Triage
from boundaries.triage.second_opinion import encoder, model_text

if TYPE_CHECKING:
    from boundaries.triage.second_opinion import Vectors

WEIGHTS = Path(__file__).with_name("intent-weights.json")


@dataclass(frozen=True)
class IntentModel:
    """Multinomial logistic regression: `coef` (classes x 512), `intercept` (classes)."""

    classes: tuple[Intent, ...]
    coef: Vectors
    intercept: Vectors

    def predict(self, vectors: Vectors) -> list[tuple[Intent, float]]:
        """The likeliest intent of each embedded message and its probability in [0, 1]."""
        import numpy as np

        z = vectors @ self.coef.T + self.intercept
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p = p / p.sum(axis=1, keepdims=True)
        best = p.argmax(axis=1)
        return [(self.classes[int(k)], float(p[i, k])) for i, k in enumerate(best)]


@lru_cache(maxsize=1)
def intent_model(path: Path = WEIGHTS) -> IntentModel:
    """The shipped weights (`bench/train_intent.py` writes them)."""
    import numpy as np

    data = json.loads(path.read_text(encoding="utf-8"))
    return IntentModel(
        tuple(Intent(c) for c in data["classes"]),
        np.asarray(data["coef"], dtype=np.float32),
        np.asarray(data["intercept"], dtype=np.float32),
    )


def needs_model(verdict: Triage) -> bool:
    """The rules found no intent cue in a message that says something."""
    return not verdict.intent_by_cue and not verdict.content_free


def learned_intents(
    messages: Sequence[Message], verdicts: Sequence[Triage], model: IntentModel | None = None
) -> list[Triage]:
    """The verdicts, with the intent of those the rules could only guess chosen by the model.

    One batch through the encoder; `model` defaults to the shipped weights.
    """
    out = list(verdicts)
    todo = [i for i, v in enumerate(verdicts) if needs_model(v) and messages[i].text.strip()]
    if not todo:
        return out
    model = model or intent_model()
    vectors = encoder().embed([model_text(messages[i]) for i in todo])
    for i, (intent, p) in zip(todo, model.predict(vectors), strict=True):
        v = out[i]
        why = f"{intent}: no cue; a learned intent model gives {p:.2f}"
        reasons = tuple(r for r in v.reasons if r != "says something, with no clearer cue")
        out[i] = replace(v, intent=intent, reasons=(why, *reasons))
    return out
