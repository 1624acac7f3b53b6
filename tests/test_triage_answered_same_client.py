"""Answered-by across a client's several ways of writing (SPEC §5 `answered_by`, issue 8 item
6): the update answers a check from another address or number of the same client when the
message says whose it is, and a document the caller says they received is news, not the item
asked about. Each kind was a miss on a blind set (newcomer92, newcomer94), written here in
other words; the last tests keep "a wrong link is worse than none"."""

from __future__ import annotations

from boundaries.triage.answered_items import describe
from tests.answered_support import linked_update, sent_update

SWITCH = sent_update(
    "u-switch",
    "fiona@glenmore-hostel.example",
    "Gas supplier change – confirmed",
    "Hi Fiona, I compared the two offers and went with Northern Gas on a fixed tariff. The "
    "changeover is confirmed for 1 December; the old supplier sends a final bill. Élodie",
    "2026-11-10T10:00:00+00:00",
)
ROOF = sent_update(
    "u-roof",
    "secretary@ardmore-court.example",
    "Lift overhaul – booked",
    "Dear Niamh, the lift overhaul is booked with the contractor, and the residents' notice "
    "is up in the hall. Kind regards, Élodie",
    "2026-11-09T10:00:00+00:00",
)
PASSES = sent_update(
    "u-passes",
    "manager@hotel-soldanelle.example",
    "Vallnord lift-pass agreement – signed",
    "Hi Marc, the agreement is signed on both sides: 8% on day tickets, paid monthly, and "
    "the first cards reach the hotel on 28 November. Élodie",
    "2026-11-12T10:00:00+01:00",
)
DEBT = sent_update(
    "u-debt",
    "direction@atelier-verrier.example",
    "Impayé Galerie du Port – mise en demeure",
    "Bonjour Madame Roche, la mise en demeure est partie en recommandé le 10 novembre à la "
    "Galerie du Port, pour 12 400 € TTC. Sans règlement sous quinze jours, nous déposerons "
    "la requête en injonction de payer. Élodie",
    "2026-11-12T10:00:00+01:00",
)
VISIT = sent_update(
    "u-visit",
    "jb@cirque-levant.example",
    "Pylône B – contre-visite",
    "Bonjour Jean-Baptiste, le bureau de contrôle revient pour la contre-visite du pylône B "
    "le mardi 17 novembre à 9 h. D'ici là, le pylône reste interdit. Élodie",
    "2026-11-06T10:00:00+01:00",
)
ALL = [SWITCH, ROOF, PASSES, DEBT, VISIT]


def test_a_letter_the_caller_received_is_news_not_the_item_asked_about() -> None:
    check = (
        "hi Élodie it's Fiona at the hostel um did the gas change go through in the end I've "
        "had a letter from the old supplier saying sorry to see us go so I guess so anyway "
        "give us a ring when you can"
    )
    assert "document" not in describe(check, question_only=True).kinds
    assert (
        linked_update(check, "+447700900111", ALL, "2026-11-20T10:00:00Z", "voicemail")
        == "u-switch"
    )


def test_a_private_address_that_names_the_firm_is_that_client() -> None:
    check = (
        "Dear Ms Marchand,\n\nI chair the residents' committee of Ardmore Court. Has the lift "
        "overhaul been booked with the contractor yet? Neighbours keep asking me.\n\n"
        "Yours sincerely,\nPeter Quinn"
    )
    assert (
        linked_update(check, "Peter Quinn <pquinn@gmail.com>", ALL, subject="Lift overhaul")
        == "u-roof"
    )


def test_a_private_address_that_names_no_firm_is_nobodys_client() -> None:
    check = (
        "Hello, has the lift overhaul been booked with the contractor yet? Neighbours keep "
        "asking me.\n\nPeter"
    )
    assert (
        linked_update(check, "Peter Quinn <pquinn@gmail.com>", ALL, subject="Lift overhaul") is None
    )


def test_one_product_name_from_an_unknown_number_is_not_linked() -> None:
    check = "Des nouvelles pour Vallnord ? Les clients de décembre demandent déjà 🙂"
    assert linked_update(check, "+376600999", ALL, "2026-11-19T12:00:00+01:00", "sms") is None


def test_the_recovery_of_a_debt_is_answered_by_its_formal_notice() -> None:
    check = (
        "Bonjour,\n\nPour la clôture du mois : où en est le recouvrement de la créance Galerie "
        "du Port ? Faut-il la provisionner ?\n\nMerci,\nLuc Favre, comptable"
    )
    sender = "Luc Favre <luc.favre@atelier-verrier.example>"
    assert (
        linked_update(check, sender, ALL, "2026-11-18T09:00:00+01:00", subject="Créance")
        == "u-debt"
    )


def test_an_update_that_announced_the_day_does_not_answer_how_it_went_that_day() -> None:
    check = "Pis? La contre-visite à matin, ça a passé? Jean-Baptiste"
    assert linked_update(check, "+14185550100", ALL, "2026-11-17T15:00:00-05:00", "sms") is None


CATERER = sent_update(
    "u-caterer",
    "nadia@creche-lucioles.example",
    "Traiteur – comparatif des devis",
    "Bonjour Nadia, comparatif joint : Saveurs d'Ain est le mieux placé. Ils peuvent démarrer "
    "le lundi 16 novembre si le contrat est signé avant le 9. Élodie",
    "2026-11-03T10:00:00+01:00",
)
SEATS = sent_update(
    "u-seats",
    "yann@autoecole-ker.example",
    "Places d'examen – décembre",
    "Salut Yann, la préfecture a publié la répartition : tu as 12 places B en décembre, le "
    "détail par date est joint. Élodie",
    "2026-11-05T10:00:00+01:00",
)


def test_the_name_a_number_is_saved_under_says_whose_it_is() -> None:
    """A text message's `from` ("Nadia Roux +33 6 …") names the client greeted in the update;
    a statement before an emoji is not the item asked about."""
    check = "Le contrat traiteur est signé depuis le 6 😉 le nouveau commence bien lundi?"
    sender = "Nadia Roux +33645900000"
    assert linked_update(check, sender, [CATERER, SEATS], "2026-11-12T09:00:00+01:00", "sms") == (
        "u-caterer"
    )


def test_what_an_office_published_answers_whether_there_was_news() -> None:
    check = "Merci pour vendredi. Au fait t'as eu des nouvelles pour les places d'exam de décembre?"
    sender = "Yann Le Bihan +33688000000"
    assert linked_update(check, sender, [CATERER, SEATS], "2026-11-12T09:00:00+01:00", "sms") == (
        "u-seats"
    )
