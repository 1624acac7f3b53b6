"""Newcomer62's decisions read as status checks (19 of 90 requests), in words of our own: a
question that offers two ways for the sender to go puts a choice to the consultant, a
`request` (SPEC §5: a request asks for a decision). With the guards: alternatives of where
work stands ("live yet or still …", « ou pas ? » about what someone did) stay status checks,
alternatives of a time or a place to meet stay scheduling."""

from __future__ import annotations

import pytest

from boundaries.triage.choice import choice_asked
from tests.triage_support import triage

AT = "2027-03-09T10:15:00+01:00"

CHOICES = [
    ("sms", "Le devis du traiteur est arrivé : je le signe tout de suite ou j'attends le tien ?"),
    ("sms", "facture EDF en double, on la paie quand même ou on conteste ?"),
    (
        "email",
        "Hi, the courier lost the parcel. Should we reship at our cost or wait for the claim?",
    ),
    ("sms", "new laptop 1.8k: capex or opex?"),
    (
        "voicemail",
        "Bonjour c'est Hervé, le fournisseur nous propose un escompte, est-ce qu'on paie "
        "maintenant avec l'escompte ou on garde la trésorerie pour janvier ? Merci",
    ),
]


@pytest.mark.parametrize(("channel", "text"), CHOICES)
def test_a_choice_put_to_the_consultant_is_a_request(channel: str, text: str):
    answer = triage(text, channel, at=AT)
    assert answer["intent"] == "request", answer["reasons"]


NOT_CHOICES = [
    (
        "sms",
        "Les fiches de paie partent par mail maintenant ou Martine les imprime encore ?",
        "status_check",
    ),
    ("sms", "le conseil a voté ou pas ?", "status_check"),
    ("sms", "is the booking page live yet or still on paper?", "status_check"),
    ("sms", "on se voit mardi ou mercredi ?", "scheduling"),
    ("email", "Would Thursday at 10 or Friday at 2 suit you for the review?", "scheduling"),
    ("sms", "je ne sais pas où on en est avec la banque ?", None),
]


@pytest.mark.parametrize(("channel", "text", "intent"), NOT_CHOICES)
def test_alternatives_of_state_or_of_time_are_no_choice(channel: str, text: str, intent):
    assert choice_asked(text) is None
    if intent is not None:
        assert triage(text, channel, at=AT)["intent"] == intent


@pytest.mark.parametrize(
    "text",
    [
        "abc. def? ghi",
        "a?b?",
        "no question here, " * 50,
        "first line\nis it this or that? and then. why not?",
        "??",
        "",
    ],
)
def test_the_questions_read_in_one_pass_are_those_the_pattern_finds(text: str):
    import re

    from boundaries.triage.choice import _questions

    assert _questions(text) == re.findall(r"[^.!?\n]*\?", text)
