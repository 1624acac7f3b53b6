"""Newcomer76's and newcomer77's misses, false alarms and wrong answered-by links, as kinds in
words of our own.

Days: a weekday told as gone ("since Friday", « depuis mercredi dernier », "was submitted
on Tuesday") is no date ahead, so it is neither a deadline days away that keeps the second
opinion out nor a day within a day; "by mistake" says how, not by when; what falls tomorrow
is not put off by a later day the message also names. Someone who was to do it fallen ill
is at stake beside work due tomorrow.

Times that set no deadline: the "now" of what stands ("nothing else for now", "the court has
now set the hearing for 14 January"); a meeting's time offered or traded for another
(« on pourrait le passer à 15 h au lieu de 10 h », "would Wednesday 9am work?"). A harm said
under control is over.

Answered-by: an update sent before what the check tells happened ("he sent back his changes
last night", "we returned the signed form on Friday") does not answer it, unless the day
dates only someone asking or pressing ("the client rang this morning asking"); a trouble
told back by its verb's "re-" (« il replante ») is never answered by an earlier update.
"""

from __future__ import annotations

import pytest

from tests.answered_support import linked_update, sent_update
from tests.triage_support import rules, triage

MONDAY = "2026-11-30T09:30:00-05:00"
WEDNESDAY = "2026-11-18T15:45:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "Hi, the quarterly figures have sat in the shared folder by mistake since Friday. "
        "Should we move them?",
        "Hi, the payroll file was due last Friday and I can't see it in the folder. Did it "
        "go to the bureau?",
    ],
)
def test_a_day_gone_is_no_far_deadline(text: str) -> None:
    answer = rules(text, "sms", at=MONDAY)
    assert not any("days away" in r for r in answer["reasons"]), answer["reasons"]


def test_a_weekday_told_gone_is_not_within_a_day() -> None:
    # sent on a Tuesday: « mercredi dernier » is six days ago, not tomorrow
    answer = rules(
        "Bonjour, depuis le contrôle de mercredi dernier, a-t-on reçu le courrier de "
        "l'inspection ? Le directeur s'impatiente.",
        at="2026-11-24T10:00:00+01:00",
    )
    assert not answer["urgent"], answer["reasons"]


def test_a_day_something_was_done_on_is_no_deadline() -> None:
    answer = rules(
        "For the record: the notification to the regulator was submitted on "
        "Tuesday at 16:40. The staff concerned were called on Wednesday. We're done unless "
        "the regulator comes back to us.",
        at="2026-11-23T14:30:00+01:00",
    )
    assert not answer["urgent"], answer["reasons"]


def test_the_day_a_hearing_was_moved_to_is_still_ahead() -> None:
    answer = rules("the hearing was moved to Tuesday and the brief is not ready", "sms", at=MONDAY)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "hi it's sam our locum is sick for the rest of the week and he had eighteen "
            "patients booked tomorrow morning before the new rota on monday can you find cover",
        ),
        (
            "voicemail",
            "oui c'est inès la kiné est malade et elle a quinze rendez-vous demain matin tu "
            "peux trouver quelqu'un",
        ),
    ],
)
def test_someone_ill_with_work_due_tomorrow_is_urgent(channel: str, text: str) -> None:
    answer = rules(text, channel, at=WEDNESDAY)
    assert answer["urgent"], answer["reasons"]


def test_someone_ill_last_month_is_not() -> None:
    answer = rules(
        "Paul was sick last week, he is back now. Can we talk about the rota next month?",
        "sms",
        at=WEDNESDAY,
    )
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the note. The tribunal has now set the hearing for 20 February; we will "
        "need you in early February, nothing before.",
        "hi it's jo just confirming the board call on thursday the tenth at two is in the "
        "diary and the invite has gone out nothing else for now",
    ],
)
def test_the_now_of_what_stands_is_no_meeting_now(text: str) -> None:
    answer = rules(text, "voicemail", at="2026-12-01T10:00:00+01:00")
    assert not answer["urgent"], answer["reasons"]


def test_a_meeting_going_on_now_still_wants_the_consultant() -> None:
    answer = rules(
        "We're in the meeting with the bank right now, they're waiting for you, can you join?",
        "sms",
        at=MONDAY,
    )
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "bonjour c'est léa pour le rendez-vous de mardi avec l'éditeur est-ce qu'on pourrait "
            "le passer à seize heures au lieu de neuf heures parce que maître roux plaide au "
            "tribunal le matin merci",
        ),
        ("sms", "Missed your call. Would Tuesday 10am work for the audit debrief? Sam"),
    ],
)
def test_a_meeting_time_offered_is_no_deadline(channel: str, text: str) -> None:
    answer = rules(text, channel, at="2026-12-07T10:00:00+01:00")
    assert not answer["urgent"], answer["reasons"]


def test_a_hearing_today_at_a_time_is_still_a_deadline() -> None:
    answer = rules(
        "the tribunal hearing is at 3pm today and we still have no brief",
        "sms",
        at="2026-12-07T10:00:00+01:00",
    )
    assert answer["urgent"], answer["reasons"]


def test_a_harm_under_control_is_over_and_said() -> None:
    answer = triage(
        "the burst pipe in the archive room is now under control, the plumber has left",
        "sms",
        at="2026-12-07T10:00:00+01:00",
    )
    assert not answer["urgent"], answer["reasons"]
    assert any(r.startswith("not urgent") for r in answer["reasons"]), answer["reasons"]


FORM = sent_update(
    "u1",
    "anna@agence-dupuis.example",
    "Formulaire de consentement",
    "Bonjour Anna,\n\nVoici le formulaire de consentement revu. Dès que vous l'aurez validé, "
    "je prépare la version finale et la traduction anglaise.\n\nHélène",
    "2026-11-20T10:00:00+01:00",
)
RESOLUTION = sent_update(
    "u2",
    "marc@syndic-azur.example",
    "Résolution vidéosurveillance",
    "Bonjour Marc,\n\nLa résolution sur les caméras est rédigée, je vous l'envoie pour "
    "relecture par M. Girod.\n\nHélène",
    "2026-11-20T10:00:00+01:00",
)


@pytest.mark.parametrize(
    ("update", "sender", "text"),
    [
        (
            RESOLUTION,
            "marc@syndic-azur.example",
            "Hello Hélène, Mr Girod sent back his changes to the cameras resolution yesterday. "
            "Where are we on the final version of the resolution?",
        ),
        (
            FORM,
            "anna@agence-dupuis.example",
            "Bonjour Hélène, nous avons renvoyé le formulaire de consentement lundi. Où en est "
            "la version finale du formulaire ?",
        ),
    ],
)
def test_an_update_sent_before_what_the_check_tells_does_not_answer(
    update: object, sender: str, text: str
) -> None:
    assert linked_update(text, sender, [update], at="2026-11-26T09:00:00+01:00") is None


def test_a_day_someone_pressed_still_leaves_the_update_answering() -> None:
    text = (
        "Bonjour Hélène, M. Girod est passé à l'agence ce matin, assez remonté. Où en est la "
        "résolution sur les caméras ?"
    )
    assert (
        linked_update(
            text, "marc@syndic-azur.example", [RESOLUTION], at="2026-11-26T09:00:00+01:00"
        )
        == "u2"
    )


@pytest.mark.parametrize(
    "text",
    [
        "panne générale du réseau mobile dans tout le quartier, rien ne passe",
        "grosse panne chez notre opérateur, on attend",
        "la plateforme de réservation est à l'arrêt, c'est la honte",
        "@monfai Plus de connexion internet au cabinet. Personne au support.",
    ],
)
def test_an_outage_named_by_its_size_or_a_service_stopped_is_urgent(text: str) -> None:
    answer = rules(text, "sms")
    assert answer["urgent"], answer["reasons"]


def test_a_test_server_stopped_for_its_upkeep_is_not() -> None:
    answer = rules("le serveur de test est à l'arrêt pour la mise à jour jusqu'à lundi", "sms")
    assert not answer["urgent"], answer["reasons"]


def test_a_trouble_told_back_by_its_verb_is_not_answered_by_an_earlier_update() -> None:
    agenda = sent_update(
        "u3",
        "nathalie@cabinet-meuse.example",
        "Agenda en ligne",
        "Bonjour Nathalie,\n\nL'agenda en ligne est réparé : l'éditeur a corrigé la "
        "synchronisation, les rendez-vous remontent de nouveau.\n\nThomas",
        "2026-11-20T10:00:00+01:00",
    )
    text = (
        "Bonjour Thomas, l'agenda en ligne replante depuis ce matin. Où en est la correction "
        "de la synchronisation de l'agenda ?"
    )
    assert (
        linked_update(
            text, "nathalie@cabinet-meuse.example", [agenda], at="2026-11-26T09:00:00+01:00"
        )
        is None
    )


def test_calm_words_asked_back_are_no_calm() -> None:
    answer = rules(
        "l'agenda en ligne replante depuis ce matin. C'est réglé de votre côté ?",
        "sms",
        at=WEDNESDAY,
    )
    assert answer["urgent"], answer["reasons"]


def test_calm_words_said_before_a_question_still_calm() -> None:
    answer = rules("le site est en panne mais pas urgent, on en parle lundi ?", "sms", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Helen, the booking platform wrote back: they confirm our account was not among "
        "those accessed in last week's incident. Letter attached for the file. Owen",
        "Good news: the regulator has closed the lost-phone incident file without further "
        "action. Letter below for your records. Pieter",
        "Hi, you may hear about it: half the office got a 'your files are encrypted, pay now' "
        "email this morning. It was our IT provider's phishing simulation. Results next week.",
        "l'alarme incendie a sonné à 10 h dans tout l'immeuble, c'était un exercice, tout le "
        "monde est rentré",
    ],
)
def test_untouched_closed_or_a_drill_after_all_is_calm_and_said(text: str) -> None:
    answer = triage(text, at="2026-12-10T10:00:00+01:00")
    assert not answer["urgent"], answer["reasons"]
    assert any(r.startswith("not urgent") for r in answer["reasons"]), answer["reasons"]


def test_untouched_by_one_trouble_is_not_by_the_next() -> None:
    answer = rules(
        "our data was not among those accessed but the platform is still down and we "
        "complete today at 2",
        "sms",
        at="2026-12-10T10:00:00+01:00",
    )
    assert answer["urgent"], answer["reasons"]


def test_not_a_drill_is_no_drill() -> None:
    answer = rules("our files are encrypted, it was not a drill, the server is locked", "sms")
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, Owen here. Update on the stolen tablet: the police found it on the bus and it's "
        "back with us; IT confirms it was encrypted.",
        "Update on our side: we've dropped the US-hosted CRM, so you can stop work on the PIA.",
        "Just a quick update on the move: the vans are booked for the 14th.",
    ],
)
def test_an_update_given_is_information_not_a_status_check(text: str) -> None:
    answer = rules(text)
    assert answer["intent"] == "info", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    ["Hi, any update on the tablet?", "Could you give me an update on the PIA before Friday?"],
)
def test_an_update_asked_for_is_a_status_check(text: str) -> None:
    answer = rules(text)
    assert answer["intent"] == "status_check", answer["reasons"]
