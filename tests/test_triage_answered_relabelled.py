"""A question the cues read as a request but that asks no new work is a status check (step 4
of `answered_link`), and it is linked when the checks any status check goes through link it
(newcomer61: « le désamiantage, ça a bien démarré cette semaine ? … envoyez-moi un petit
mot »); one about another piece of the same site is relabelled and left unlinked; a wish
for a meeting is not relabelled at all."""

from __future__ import annotations

import json

import pytest

from boundaries.triage.answered import UpdateIndex
from boundaries.triage.batch import triage_line
from tests.answered_support import linked_update, sent_update

UPDATE = sent_update(
    "u-roof",
    "helene.marchal@mairie-villiers.example.org",
    "Gymnase Paul-Bert – démarrage de la réfection de la toiture",
    "Bonjour Hélène,\n\nLa réfection de la toiture du gymnase a démarré lundi comme prévu ; "
    "l'échafaudage est posé et la bâche est en place.\n\nBien cordialement,\nSolène",
    "2026-12-14T11:00:00+01:00",
)


def test_a_relabelled_question_on_the_work_an_update_reported_is_linked():
    asked = (
        "Oui bonjour c'est Hélène Marchal de la mairie. Dites-moi, la réfection de la "
        "toiture du gymnase, ça a bien démarré cette semaine ? Le maire me pose la question. "
        "Rappelez-moi ou envoyez-moi un petit mot. Merci, au revoir."
    )
    assert (
        linked_update(asked, "+33612345678", [UPDATE], "2026-12-16T09:40:00+01:00", "voicemail")
        == "u-roof"
    )


def test_a_relabelled_question_on_another_piece_of_the_site_is_not_linked():
    asked = (
        "Oui bonjour c'est Hélène Marchal de la mairie. Dites-moi, le carrelage des "
        "vestiaires, ça a bien démarré cette semaine ? Le maire me pose la question. "
        "Rappelez-moi ou envoyez-moi un petit mot. Merci, au revoir."
    )
    assert (
        linked_update(asked, "+33612345678", [UPDATE], "2026-12-16T09:40:00+01:00", "voicemail")
        is None
    )


def test_a_wish_for_a_meeting_on_the_same_site_is_no_status_check():
    update = sent_update(
        "u-wing",
        "k.weber@clinic-geneva.example.org",
        "New wing - weekly status",
        "Dear Dr Weber,\n\nThe server room of the new wing is wired; the racks arrive next "
        "week.\n\nKind regards,\nSolène",
        "2026-12-14T11:00:00+01:00",
    )
    line = json.dumps(
        {
            "id": "c",
            "channel": "voicemail",
            "text": "Hello Solène, it's Karin from the clinic. I would like to fix a meeting "
            "with you and the IT people about the server room of the new wing, maybe next "
            "week, Tuesday or Wednesday afternoon? Call me back or send me an email. Bye.",
            "at": "2026-12-16T09:40:00+01:00",
            "from": "+41791234567",
        }
    )
    answer = triage_line(line, UpdateIndex([update]))
    assert answer["intent"] != "status_check", answer["reasons"]
    assert answer.get("answered_by") is None


def test_months_alone_make_no_link():
    """newcomer62: « l'acompte de novembre … on compense sur décembre ? » was linked to the
    update on November's VAT by the two months alone; the months count once together (a
    month says when, not what), so two months are not the two shared words a link needs."""
    vat = sent_update(
        "u-vat",
        "sophie@menuiserie.example.fr",
        "TVA de novembre – déclarée",
        "Bonjour Sophie,\n\nLa déclaration de TVA de novembre est déposée. Le prélèvement sera "
        "présenté le 24 décembre.\n\nAgnès",
        "2026-12-10T16:00:00+01:00",
    )
    asked = "Bonjour, les acomptes du GAEC pour novembre et décembre, c'est fait ?"
    at = "2026-12-14T09:00:00+01:00"
    phone = "+33612000000"  # a text message: the addresses cannot tell who it is
    assert linked_update(asked, phone, [vat], at, "sms") is None
    same_matter = "Bonjour, la TVA de novembre est bien déclarée ? Merci"
    assert linked_update(same_matter, phone, [vat], at, "sms") == "u-vat"


def test_work_or_a_choice_asked_on_an_updated_file_is_not_relabelled():
    """newcomer95, newcomer96: a choice or work asked about the file an update reported on
    (« Vous pouvez la préparer … ? », "Do we honour it or cap …?") was relabelled a status
    check and linked to that update."""
    grant = sent_update(
        "u-grant",
        "yannick@ecole-sainte-anne.example.fr",
        "Subvention chaudière – dossier déposé",
        "Bonjour Yannick,\n\nLe dossier de subvention pour la chaudière est déposé auprès de "
        "la Région ; les travaux ne commenceront qu'après l'accord.\n\nHélène",
        "2026-11-20T10:00:00+01:00",
    )
    asked = (
        "Bonjour Hélène, la Région m'écrit : il manque l'attestation de non-commencement des "
        "travaux dans le dossier de subvention chaudière. Vous pouvez la préparer pour que je "
        "la signe ?"
    )
    at = "2026-11-24T09:00:00+01:00"
    line = json.dumps(
        {
            "id": "g",
            "channel": "email",
            "text": asked,
            "at": at,
            "from": "Yannick <yannick@ecole-sainte-anne.example.fr>",
        }
    )
    answer = triage_line(line, UpdateIndex([grant]))
    assert answer["intent"] == "request", answer["reasons"]
    assert answer.get("answered_by") is None


@pytest.mark.parametrize(
    ("to", "subject", "told", "asked", "sender"),
    [
        # newcomer100: « c'est arrangé » was read as another item than the one updated
        (
            "secretariat@club.example.fr",
            "Défibrillateur du stade",
            "Bonjour Martine,\n\nLe défibrillateur du stade a été remis en état hier : batterie "
            "et électrodes remplacées, le voyant rouge ne clignote plus.\n\nAgnès",
            "Et le défibrillateur du stade qui clignotait rouge, c'est arrangé ?",
            "secretariat@club.example.fr",
        ),
        # newcomer100: "did them legion Ella tests ever come back" asks whether a third party
        # replied; "the lab results … are back" says so
        (
            "leanne@gym.example.co.uk",
            "Speke – legionella results",
            "Hi Leanne,\n\nGood news: the lab results for the Speke shower samples are back and "
            "they're all negative for legionella.\n\nAgnès",
            "did them legionella tests ever come back for Speke? the lads keep asking me",
            "terry@gym.example.co.uk",
        ),
    ],
)
def test_a_state_asked_of_the_updated_item_is_answered_by_its_update(
    to: str, subject: str, told: str, asked: str, sender: str
):
    update = sent_update("u", to, subject, told, "2026-12-01T09:20:00+01:00")
    assert linked_update(asked, sender, [update], "2026-12-03T10:00:00+01:00", "sms") == "u"


@pytest.mark.parametrize(
    "text",
    [
        # a managing agent's formal reminder and question (newcomer91), their legal footer cut
        "Monsieur,\n\nSauf erreur de notre part, nous demeurons dans l'attente de votre "
        "position concernant la situation de travaux n°3.\n\nNous vous prions d'agréer, "
        "Monsieur, l'expression de nos salutations distinguées.",
        "Monsieur,\n\nNous vous saurions gré de bien vouloir nous indiquer si cette situation a "
        "été vérifiée par vos soins.\n\nBien cordialement,",
    ],
)
def test_a_formal_reminder_asks_where_it_stands(text: str):
    line = json.dumps({"id": "f", "channel": "email", "text": text})
    assert triage_line(line, UpdateIndex([]))["intent"] == "status_check"
