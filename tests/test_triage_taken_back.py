"""Alarms taken back in the next breath (newcomer25), each in words of our own: a joke or a
deflation right after the harm word (« Le feu ! Enfin presque », "FLOOD!!! lol just a
spilt coffee"), a drill named after the alarm (« c'était l'exercice annuel »), a friend's
business's trouble ("my friend who runs a café"), and a payment not yet seen in the books,
which is no broken access."""

from __future__ import annotations

import pytest

from tests.triage_support import judged

TAKEN_BACK = [
    ("sms", "INCENDIE au labo !!! enfin presque, le grille-pain a cramé une tartine, rien d'autre"),
    ("sms", "FLOOD in the back office!!! lol just a spilt coffee on the desk, mopped up"),
    (
        "email",
        "Evacuation de tout le bâtiment à 10 h ce matin ! Bon, c'était l'exercice prévu avec "
        "les pompiers, tout le monde était dehors en trois minutes.",
    ),
    (
        "email",
        "The fire alarm went off at 2pm and the whole yard cleared. It was the quarterly drill, "
        "everyone back at work by 2.15.",
    ),
    (
        "email",
        "My cousin who runs a garage in Lyon had a break-in last night, they took all the "
        "tools. Makes you think about our own insurance some day.",
    ),
    ("sms", "ma cousine qui tient la librairie s'est fait cambrioler cette nuit, quelle horreur"),
]

STILL_URGENT = [
    ("sms", "INCENDIE au labo !!! les pompiers arrivent, on a tout évacué"),
    ("sms", "my friend who works with us says the till system is down and nobody can pay"),
    ("email", "We can't see any of our files on the shared drive since this morning."),
]


@pytest.mark.parametrize(("channel", "text"), TAKEN_BACK)
def test_an_alarm_taken_back_at_once_is_not_urgent_and_says_so(channel: str, text: str):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons
    assert any(r.startswith("not urgent") for r in reasons), reasons


@pytest.mark.parametrize(("channel", "text"), STILL_URGENT)
def test_the_same_alarm_not_taken_back_stays_urgent(channel: str, text: str):
    assert judged(channel, text)[0]


def test_a_payment_not_seen_in_the_books_is_no_broken_access():
    _, reasons = judged("email", "Has Dupont paid the deposit yet? I can't see it in Xero.")
    assert not any("broken access" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "email",
            "For the renewal questionnaire: one claim only, back in 2021 a delivery van reversed "
            "into our shutter. Paid out, closed. Nothing since.",
        ),
        (
            "voicemail",
            "hi it's Jo at the deli um the freezer alarm was screaming this morning minus five "
            "turns out the lid wasn't closed properly all back to minus eighteen within the hour "
            "nothing lost",
        ),
        (
            "voicemail",
            "oui c'est Karima du cabinet euh ce matin un patient il est tombé de la chaise euh "
            "mais il a rien hein le docteur l'a vu il est rentré chez lui",
        ),
        (
            "voicemail",
            "c'est Loïc du bar euh le voisin qui râlait pour la musique on a parlé hier il retire "
            "sa plainte voilà c'est fini cette histoire",
        ),
    ],
)
def test_an_incident_over_in_other_words_is_not_urgent(channel: str, text: str):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons
    assert any(r.startswith("not urgent") for r in reasons), reasons


def test_a_benign_cause_needs_a_denial_not_just_turns_out():
    assert judged("sms", "turns out the server just died again, nobody can log in")[0]
