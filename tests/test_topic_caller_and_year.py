"""The caller's own name is no topic however they introduce themselves ("jen again, …",
« marc encore, … », "Gary here"), and a year before the matter keeps it apart from the same
matter of another year ("the 2025 accounts", not "accounts"; trial37 §2: "jen" was quoted
back as the topic and sent as the agenda)."""

from __future__ import annotations

import pytest

from tests.triage_support import rules


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("jen again, sorry, one more thing, the auditor wants the 2025 accounts", "2025 accounts"),
        ("tom here, quick one, the landlord sent the new lease for the depot", "new lease"),
        ("karim encore, désolé, il manque la facture du traiteur", "facture du traiteur"),
        ("hi it's sam, can we talk about the 2027 budget at the next call", "2027 budget"),
    ],
)
def test_the_callers_name_is_never_the_topic(text: str, topic: str) -> None:
    said = rules(text, "voicemail")["topic"]
    assert topic in said, said
    assert said.split()[0].lower() not in {"jen", "tom", "karim", "sam"}, said
