"""newcomer53/55, each kind in words of our own: a topic keeps the year or the month that
says which one (« budget 2027 », « facture de novembre », "payroll for March"), but not the
month of a meeting (« la réunion de janvier » is when, not what); a caller who rings again
(« c'est encore Anne ») is never the topic; a hand-in named by its noun for tomorrow
(« le dépôt du dossier est demain », « rendu du rapport demain 9h ») is urgent; a question
whether a thing can do something, or a date brought forward, is no status check."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

TUESDAY_MORNING = "2026-11-17T09:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "channel", "expected"),
    [
        ("bonjour c'est Paul, pour le budget 2027, rappelle-moi", "voicemail", "budget 2027"),
        (
            "c'est Inès, il faudrait revoir la facture de novembre",
            "voicemail",
            "facture de novembre",
        ),
        (
            "Can you run the payroll for March again? Two names are missing.",
            "email",
            "payroll for march",
        ),
        (
            "c est encore Anne, et aussi préparer le budget 2026 pour le conseil",
            "voicemail",
            "budget 2026",
        ),
        (
            "Tu peux m'envoyer les chiffres de fréquentation ? C'est pour la réunion de janvier.",
            "sms",
            "chiffres de fréquentation",
        ),
    ],
)
def test_the_topic_keeps_which_one_and_never_the_callers_name(
    text: str, channel: str, expected: str
) -> None:
    assert rules(text, channel, TUESDAY_MORNING)["topic"].lower() == expected


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("La remise du dossier de subvention est demain, tu me dis vite", "voicemail"),
        ("Rendu de la maquette au client demain 10h, tu as pu avancer ta partie ?", "sms"),
        ("The filing of the VAT return is tomorrow, can you check the figures first?", "email"),
    ],
)
def test_a_hand_in_named_by_its_noun_for_tomorrow_is_urgent(text: str, channel: str) -> None:
    answer = rules(text, channel, TUESDAY_MORNING)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Hi, it's Rob, our bookkeeper was asking whether the new till system can export "
            "to Sage, no rush",
            "voicemail",
        ),
        (
            "Orange a avancé le rendez-vous : le technicien passe finalement jeudi matin. "
            "Faut-il prévoir quelqu'un pour le routeur ?",
            "email",
        ),
    ],
)
def test_a_question_of_its_own_is_no_status_check(text: str, channel: str) -> None:
    answer = rules(text, channel, TUESDAY_MORNING)
    assert answer["intent"] != "status_check", answer["reasons"]
