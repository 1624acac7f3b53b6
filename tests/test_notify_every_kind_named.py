"""Every kind of urgency the rules name is said in the notification's own words: six kinds
(equipment or stock lost now, a fraud, a closure…) fell back to a bare « urgence » (newcomer51
§13: « jugé urgent : urgence, d'après « we are losing » »)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from boundaries.integrations.notify.wording import _SHAPES, KINDS, why
from boundaries.triage.batch import triage_batch

DATA = Path(__file__).parent / "data"


def _urgent_reasons() -> set[str]:
    lines = [
        line
        for path in sorted(DATA.glob("triage-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    lines += [
        json.dumps({"id": "x", "channel": "voicemail", "text": said})
        for said in (
            "hi it's dave the freezer died we are losing the food call me",
            "un client a déjà payé 48 000 € sur la fausse facture avec le nouveau RIB",
        )
    ]
    answers = triage_batch(lines, learned=False)
    return {r for a in answers for r in a.get("reasons", []) if r.startswith("urgent: ")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_kind_the_rules_give_has_its_own_words(lang: str) -> None:
    reasons = _urgent_reasons()
    kinds = set()
    for reason in reasons:
        for shape in _SHAPES:
            found = shape.match(reason)
            if found is not None:
                if found.groupdict().get("kind"):
                    kinds.add(found["kind"].strip())
                break
    assert {"equipment or stock lost now", "money paid to a fraudster"} <= kinds
    assert kinds <= set(KINDS), sorted(kinds - set(KINDS))
    said = why("urgent: equipment or stock lost now ('we are losing')", lang)
    assert not re.search(r": (urgence|urgent),", said), said


def test_words_from_several_places_are_quoted_apart():
    """trial52 §8: the alert quoted « il faut demain matin », a phrase the client never said
    (« … la salle demain matin, il faut répondre avant ce soir »): words from two places of the
    message are quoted with "…" between them; a phrase said whole stays whole."""
    said = "c'est pour la fermeture de la salle demain matin, il faut répondre avant ce soir"
    quoted = why("urgent: a deadline within a day ('il faut demain matin')", "fr", said)
    assert "« il faut … demain matin »" in quoted, quoted
    whole = why("urgent: harm happening now ('site est en panne')", "fr", "Le site est en panne")
    assert "« site est en panne »" in whole, whole
