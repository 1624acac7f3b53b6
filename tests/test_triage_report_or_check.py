"""A new problem report is a request, not a status check (SPEC §5, issue 8, session 9).

Found on the held-out parts of the written sets: a message reporting something urgent and
asking "is that us?" was relabelled a status check because an update shared words with it;
statements that someone "ont reçu" something, a request "until it's fixed?" and « mots de
passe » were read as questions about finished work; and « ont-ils bien reçu leurs accès »
was linked to an update on another matter through the words "ont", "reçu", "leurs".
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.batch import triage_line

AT = "2026-11-24T09:05:00+01:00"


def _update(id: str, to: str, subject: str, text: str) -> Update:
    return Update.make(id, to, subject, text, datetime.fromisoformat("2026-11-10T15:45:00+01:00"))


UPDATES = UpdateIndex(
    [
        _update(
            "listings",
            "office@regie.example",
            "Site : annonces des loyers en ligne",
            "Bonjour, les annonces de loyers sont en ligne sur le site depuis ce matin, avec "
            "les photos.",
        ),
        _update(
            "upload",
            "sarah@rampe.example",
            "Formulaire de candidature : bug d'upload corrigé",
            "Hello Sarah, le bug qui bloquait l'upload des dossiers de plus de 10 Mo sur le "
            "formulaire de candidature est corrigé ; les candidats ont reçu un mail pour "
            "réessayer. Noé",
        ),
    ]
)


def answer(text: str, sender: str) -> dict[str, object]:
    line = json.dumps({"id": "m", "channel": "email", "text": text, "at": AT, "from": sender})
    return triage_line(line, UPDATES)


def test_an_urgent_report_that_shares_words_with_an_update_stays_a_request() -> None:
    got = answer(
        "Depuis ce matin le site affiche des loyers bizarres, un 4 pièces à 280 francs au lieu "
        "de 2800. On a déjà trois appels de visiteurs, c'est nous ?",
        "office@regie.example",
    )
    assert got["urgent"] is True, got
    assert got["intent"] == "request", got["reasons"]
    assert "answered_by" not in got


def test_a_calm_question_on_reported_work_is_still_a_status_check() -> None:
    got = answer("Les annonces des loyers sont bien en ligne ?", "office@regie.example")
    assert got["intent"] == "status_check", got["reasons"]


def test_words_of_any_question_link_nothing() -> None:
    got = answer(
        "Les membres du jury ont-ils bien reçu leurs accès aux dossiers de candidature ?",
        "sarah@rampe.example",
    )
    assert got["intent"] == "status_check", got["reasons"]
    assert "answered_by" not in got, got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Ce matin plusieurs clients nous ont appelés parce qu'ils ont reçu de notre part un mail "
        "« Facture impayée » avec un lien. Pouvez-vous regarder ?",
        "Le prélèvement n'est pas parti : notre compte est en cours de vérification et bloque "
        "tout. Pouvez-vous appeler le prestataire ?",
        "Sam the enrolment form is charging people twice. Can you turn it off until it's fixed?",
        "Cette nuit on nous a volé deux portables. Qu'est-ce qu'on doit faire pour les mots de "
        "passe ?",
    ],
)
def test_statements_and_requests_are_not_questions_on_finished_work(text: str) -> None:
    assert answer(text, "x@elsewhere.example")["intent"] == "request"


@pytest.mark.parametrize(
    "text",
    [
        "Avez-vous bien reçu le bon de commande signé pour le nouvel ordinateur de l'accueil ?",
        "Ils l'ont bien reçu, le devis ?",
    ],
)
def test_asking_whether_something_was_received_is_a_status_check(text: str) -> None:
    assert answer(text, "x@elsewhere.example")["intent"] == "status_check"


ACRONYMS = UpdateIndex(
    [
        Update.make(
            "anr",
            "lea@labo.example",
            "Dossier ANR déposé",
            "Bonjour Léa, le dossier a été déposé sur la plateforme ce matin, l'accusé de "
            "réception est en pièce jointe. Noé",
            datetime.fromisoformat("2026-11-10T15:45:00+01:00"),
        ),
    ]
)


@pytest.mark.parametrize(
    "text", ["coucou, du coup le truc ANR c bon ?", "du coup l'anr c'est parti ?"]
)
def test_an_acronym_of_the_update_subject_names_the_work_in_any_case(text: str) -> None:
    """One shared word is thin evidence, but not an acronym that only that update's subject
    holds, written in capitals or not (a text message rarely has them), even from a phone
    number that does not tell whose matter it is."""
    line = json.dumps({"id": "m", "channel": "sms", "text": text, "at": AT, "from": "+33600000000"})
    got = triage_line(line, ACRONYMS)
    assert got["intent"] == "status_check", got["reasons"]
    assert got.get("answered_by") == "anr", got["reasons"]


def test_of_updates_that_say_the_same_the_latest_before_the_check_answers_it() -> None:
    """An update re-sent each week: the client is pointed to the one they last had, not the
    first of them weeks ago (newcomer L6)."""
    weekly = UpdateIndex(
        [
            Update.make(
                f"w{day}",
                "marc@asso.example",
                "Point d'avancement du site",
                "Bonjour Marc, le nouveau site avance : les pages des actions sont en ligne, "
                "la boutique suit la semaine prochaine. Claire",
                datetime.fromisoformat(f"2026-10-{day}T10:00:00+02:00"),
            )
            for day in (12, 15, 19, 22)
        ]
    )
    line = json.dumps(
        {
            "id": "m",
            "channel": "email",
            "text": "Bonjour Claire, où en est le nouveau site ? Marc",
            "from": "marc@asso.example",
            "at": "2026-10-20T09:00:00+02:00",
        }
    )
    assert triage_line(line, weekly).get("answered_by") == "w19"
