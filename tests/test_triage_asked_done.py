"""Whether a step was done, asked in a transcript without a question mark (SPEC §5
`status_check`: asks where something already in progress stands): "did you fix the shared
calendar on the phones yet", « t'as envoyé le devis à la banque ». Found while writing the
answered-by tests of session 24; the labelled sets gain 2 and lose none."""

from __future__ import annotations

import pytest

from tests.triage_support import rules as rules_alone


def rules(text: str, channel: str = "voicemail") -> dict:
    return rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "hey camille it's andre um did you fix the shared calendar on the phones yet",
        "have you sorted the rota for december yet",
        "did you manage to book the room for the training",
        "oui c'est Karim t'as envoyé le devis à la banque",
        "bonjour c'est Nadia est-ce que vous avez bien déposé la déclaration",
    ],
)
def test_asked_whether_a_step_was_done_is_a_status_check(text: str):
    answer = rules(text)
    assert answer["intent"] == "status_check", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause, not a question: « le logiciel que vous avez installé »
        "bonjour le logiciel que vous avez installé je voudrais le mettre sur le deuxième "
        "ordinateur est-ce que c'est possible sans repayer une licence",
        # a call asked about
        "did you call me earlier",
    ],
)
def test_the_same_words_asking_something_else_are_no_status_check(text: str):
    assert rules(text)["intent"] != "status_check", rules(text)["reasons"]
