"""A call put in question without a verb of moving (trial36 §3): the sender cannot attend it
("I can't make Thursday's call", « je ne pourrai pas être là vendredi ») or wants it
replaced ("Thursday instead of Wednesday", « jeudi plutôt que vendredi »). The call is
named as the client wrote it, another matter raised beside it stays the topic, and an
absence on a day that holds no call of theirs puts no call in question."""

from __future__ import annotations

import pytest

from boundaries.domain.moves import moved_call
from tests.mail_support import at, triaged
from tests.test_agenda_in_question import CALENDAR, CONFIG, friday, wednesday
from tests.triage_support import rules


@pytest.mark.parametrize(
    ("client", "words", "call"),
    [
        ("horizon", "Je ne pourrai pas être là vendredi, on peut voir ça lundi ?", friday()),
        (
            "harbor",
            "could we do thursday instead of wednesday for our call? I've got the board",
            wednesday(),
        ),
        (
            "horizon",
            "salut c'est Marc on peut faire notre point lundi plutôt que vendredi",
            friday(),
        ),
        ("harbor", "sorry, I won't be able to join our call tomorrow", wednesday()),
        ("harbor", "cant make it tmrw sorry", wednesday()),
        (
            "horizon",
            "Bonjour, je ne serai pas disponible pour le rendez-vous de vendredi. Pouvez-vous "
            "m'envoyer le compte rendu de l'audit ? Marc",
            friday(),
        ),
    ],
)
def test_an_absence_or_a_replacement_puts_the_call_it_names_in_question(
    client: str, words: str, call
):
    heard = triaged("m", at(9), words, client)
    assert heard.moves_call, heard
    assert moved_call(CONFIG, CALENDAR, heard) == call


@pytest.mark.parametrize(
    ("text", "moved", "matter"),
    [
        (
            "hi it's Dave I'll have to miss our Friday call I'm flying to Berlin can you send "
            "me the notes after thanks",
            "Friday call",
            "notes",
        ),
        (
            "Hi Claire, I can't make Thursday's call, sorry. Could you send me the revised "
            "budget instead? Thanks, Dave",
            "Thursday's call",
            "revised budget",
        ),
        (
            "Bonjour, je ne serai pas disponible pour le rendez-vous de jeudi. Pouvez-vous "
            "m'envoyer le compte rendu de l'audit ? Marc",
            "rendez-vous de jeudi",  # as written: quoted back in the reply (trial36 §11)
            "compte rendu de l'audit",
        ),
        # no stop between the move and the matter: the rest of its sentence is read
        (
            "hi it's dave can we move friday's call to monday i also need the budget figures "
            "for the board",
            "friday's call",
            "budget figures for the board",
        ),
    ],
)
def test_the_call_missed_and_the_matter_raised_are_both_kept(text: str, moved: str, matter: str):
    answer = rules(text, "voicemail" if "\n" not in text and "Bonjour" not in text else "email")
    assert answer.get("moves_call") is True, answer
    assert answer.get("moved_call") == moved, answer
    assert answer["topic"] == matter or matter in str(answer["topic"]), answer


@pytest.mark.parametrize(
    "text",
    [
        # the sender away, a colleague handing over: nothing about our call
        "Je ne suis pas là demain, mon collègue Paul vous appellera pour le devis du local.",
        "Je ne serai pas là demain, mon collègue Paul vous rappellera au sujet du devis du local.",
        "Hi Claire, I won't be around tomorrow, so please send the signed contract to Jenny.",
        "We can't make the payment tomorrow because the bank is closed; it goes out Monday.",
        # a visit, and a review (« faire le point sur »), moved from one day to another
        "Bonjour M. Marchal, M. Schaeffer demande si vous pouvez passer jeudi matin plutôt que "
        "mercredi pour l'imprimante. Merci. Odile Muller",
        "Bonjour, on peut faire le point sur les ordinateurs de Médina jeudi à 10h au lieu de "
        "mercredi ? J'ai une garde mercredi. Fatou",
        # someone else's visit brought forward, told: no call of ours replaced
        "Le contrôleur de l'assurance passe à 11 h ce matin au lieu de jeudi. Tu peux être en "
        "visio avec nous ?",
    ],
)
def test_an_absence_that_hands_over_a_visit_or_a_payment_moves_no_call(text: str):
    answer = rules(text, "email")
    assert "moves_call" not in answer, answer


def test_an_absence_on_a_day_without_a_call_of_theirs_puts_no_call_in_question():
    # Horizon's calls are on Fridays; Thursday holds none: the next call is not in question
    heard = triaged(
        "m", at(9), "je ne pourrai pas être là jeudi, on peut voir ça lundi ?", "horizon"
    )
    assert heard.moves_call, heard
    assert moved_call(CONFIG, CALENDAR, heard) is None
    # a call named with a wrong day is still a call: the next one
    named = triaged("m", at(9), "I can't make Thursday's call, sorry", "horizon")
    assert moved_call(CONFIG, CALENDAR, named) == friday()


@pytest.mark.parametrize(
    "text", ["Can we talk Thursday instead?", "Could we do Monday rather than Friday?"]
)
def test_instead_and_rather_are_no_topic(text: str):
    assert rules(text, "sms")["topic"].lower() not in {"instead", "rather"}


@pytest.mark.parametrize(
    ("text", "moved", "matter"),
    [
        # a cancellation, then a request after a plain comma (trial37 §3)
        (
            "c'est élodie, je dois annuler le point de jeudi, pouvez-vous m'envoyer la facture",
            "point de jeudi",
            "facture",
        ),
        (
            "bonjour Claire, je dois annuler notre rendez-vous de vendredi, par contre vous "
            "pourriez m'envoyer le devis du traiteur",
            "rendez-vous de vendredi",
            "devis du traiteur",
        ),
    ],
)
def test_a_cancellation_and_a_request_after_a_comma_are_both_kept(
    text: str, moved: str, matter: str
):
    answer = rules(text, "voicemail")
    assert answer.get("moves_call") is True, answer
    assert answer.get("moved_call") == moved and matter in answer["topic"], answer


@pytest.mark.parametrize(
    "text",
    ["Pouvez-vous décaler le point de jeudi ? Merci", "Could you cancel Friday's call please?"],
)
def test_a_move_asked_as_a_favour_is_a_move_not_a_matter(text: str):
    answer = rules(text, "email")
    assert answer["intent"] == "scheduling" and answer.get("moves_call") is True, answer


@pytest.mark.parametrize(
    ("text", "moved", "matter"),
    [
        # trial38 §1: the call named first, the absence after, another matter beside
        (
            "c'est paul pour le point de mardi je serai pas dispo et il faudrait aussi parler "
            "du devis de la toiture",
            "point de mardi",
            "devis de la toiture",
        ),
        (
            "hey it's sam something came up for thursday so i won't be able to join also did "
            "the insurance renewal go out",
            "thursday",
            "insurance renewal",
        ),
        (
            "salut c'est inès on peut reporter le point de lundi à mercredi par contre j'ai "
            "besoin du tableau des adhésions",
            "point de lundi",
            "tableau des adhésions",
        ),
        (
            "hi it's sam the booking page is down and the course starts tonight also i can't "
            "make it thursday",
            "thursday",
            "",
        ),
    ],
)
def test_a_call_called_off_in_everyday_words_and_the_matter_beside(
    text: str, moved: str, matter: str
):
    answer = rules(text, "voicemail", at="2026-11-16T19:00:00+01:00")
    assert answer.get("moves_call") is True, answer
    assert answer.get("moved_call", "").lower() == moved, answer
    assert matter in answer["topic"] and "thursday" not in answer["topic"].lower(), answer


@pytest.mark.parametrize(
    "text",
    [
        "bonjour claire empêchement de dernière minute pour jeudi désolé",
        "c'est karim on annule jeudi j'ai un conseil d'administration",
        "hi claire sam here we need to reschedule tomorrow",
        "sam here lets skip this weeks call nothing new",
        "Hi Claire, instead of Thursday could we meet Monday? Thanks, Sam",
    ],
)
def test_a_call_called_off_with_nothing_else_is_a_move(text: str):
    answer = rules(text, "voicemail", at="2026-11-16T19:00:00+01:00")
    assert answer.get("moves_call") is True and "moved_call" not in answer, answer
    assert "conseil" not in answer["topic"] and answer["topic"].lower() not in ("sam", "new")
