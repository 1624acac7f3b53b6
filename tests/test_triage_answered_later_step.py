"""Answered-by (SPEC §5, "a wrong link is worse than none"): a check that asks about a later
step than the update reports, or about another matter of the same client, is not linked.

The first case of each kind is a tester's reproduction (newcomer37: 8 wrong links, all on
checks no update answers); the others are the same kinds in other words, and the last tests
show that the same checks are still linked to an update that does report that step.
"""

from __future__ import annotations

import pytest

from boundaries.triage.answered import caller_names, topic_keys
from tests.answered_support import linked_update, sent_update

MARK = "mark@goreyhire.example"
FRED = "fred@volets-cyclone.example"
CLINIC = "admin@clinique-maroni.example"
DIVE = "thierry@bleurecif.example"
TAMSIN = "tamsin@seasprayjersey.example"
SHOP = "boutique@rhum-bellevue.example"

UPDATES = [
    sent_update(
        "gst",
        MARK,
        "GST figures",
        "Hi Mark,\n\nThe Q3 GST figures went over to Le Quesne & Co this afternoon, together "
        "with the sales report from the booking system.\n\nCamille",
        "2026-11-10T17:20:00+01:00",
    ),
    sent_update(
        "ars",
        CLINIC,
        "Rapport de conformité transmis à l'ARS",
        "Bonjour Nadège,\n\nLe rapport de conformité sur la sécurité du système d'information a "
        "été transmis ce matin à l'ARS Guyane via leur plateforme de dépôt.\n\nCamille",
        "2026-11-09T10:05:00+01:00",
    ),
    sent_update(
        "quotes",
        DIVE,
        "Compresseur – devis",
        "Bonjour Thierry,\n\nJ'ai bien reçu les trois devis pour le remplacement du compresseur "
        "(Bauer, Coltri et le revendeur de Saint-Pierre). Je prépare le comparatif et je vous "
        "l'envoie vendredi 13.\n\nCamille",
        "2026-11-10T09:15:00+01:00",
    ),
    sent_update(
        "platform",
        TAMSIN,
        "Booking platform switch",
        "Hi Tamsin,\n\nThe move to the new tour booking platform is done: all 2027 departures "
        "are live there. The old platform closes on 30 November; I'll export the booking "
        "history before then.\n\nCamille",
        "2026-11-11T10:00:00+01:00",
    ),
    sent_update(
        "loan",
        FRED,
        "Financement du camion nacelle",
        "Salut Fred,\n\nLe dossier de prêt pour le camion nacelle est déposé à la BRED. Réponse "
        "annoncée sous 15 jours.\n\nCamille",
        "2026-11-17T12:00:00+01:00",
    ),
    sent_update(
        "software",
        FRED,
        "Logiciel de devis : où on en est",
        "Salut Fred,\n\nLe catalogue complet est importé dans le logiciel de devis avec les prix "
        "2026. Il reste la formation de Josiane et des deux commerciaux : je l'ai calée le jeudi "
        "19 à 8h.\n\nCamille",
        "2026-11-11T17:45:00+01:00",
    ),
    sent_update(
        "till",
        SHOP,
        "Caisse enregistreuse certifiée : commande passée",
        "Bonjour Sandrine,\n\nLa caisse certifiée NF525 (2 postes + imprimante tickets + TPE) est "
        "commandée chez Antilles Caisse Service. Livraison prévue le 18/11, installation et "
        "formation le jeudi 19/11 au matin, avant l'ouverture.\n\nCamille",
        "2026-11-03T15:00:00+01:00",
    ),
]


def link(text: str, sender: str, at: str = "2026-11-24T09:00:00+01:00", channel: str = "email"):
    return linked_update(text, sender, UPDATES, at=at, channel=channel)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # the third party's reply, not the consultant's sending
        ("Has the ARS said anything about our compliance report yet? Ravi", CLINIC),
        ("Est-ce que l'ARS a dit quelque chose sur le rapport de conformité ? Nadège", CLINIC),
        ("Any word from the ARS on the compliance report? Nadège", CLINIC),
        # filed by the accountant, not sent to the accountant
        ("Has Le Quesne actually filed the GST return now? Mark", MARK),
        ("Did Le Quesne lodge the GST return in the end? Mark", MARK),
        # which quote is chosen, not the quotes received
        ("Alors le comparatif compresseur?? On prend lequel finalement", DIVE),
        ("Pour le compresseur, lequel vous nous conseillez au final ? Thierry", DIVE),
        ("Have you decided which compressor quote we go with? Thierry", DIVE),
        # a step the update only promises
        ("Did you manage to export the old bookings history yet? Tamsin", TAMSIN),
        # the truck's insurance is not its loan
        ("L'assurance du camion nacelle t'as demandé des devis?", FRED),
        ("Where are we with the insurance for the cherry picker truck? Fred", FRED),
    ],
)
def test_a_later_step_or_another_matter_is_not_linked(text: str, sender: str):
    assert link(text, sender) is None


def test_the_caller_s_own_name_is_no_topic_word():
    """« oui camille josiane euh … » shares "josiane" with an update that names her training:
    it is who calls, not what the call is about."""
    said = "oui camille josiane euh la mise à jour du logiciel de paie pour les taux deux mille "
    said += "vingt-sept euh vous avez pu relancer l'éditeur parce que moi j'ai toujours rien "
    said += "reçu de leur côté euh merci"
    assert caller_names(said) == {"josiane"}
    # from her mobile: one shared word ("logiciel") is not enough to say whose matter it is
    assert link(said, "+596 696 12 57 09", channel="voicemail") is None
    assert caller_names("camille mark at gorey where are we with the fleet insurance") == {"mark"}
    assert caller_names("bonjour madame euh je voulais savoir") == set()


def test_a_number_said_in_words_is_no_topic_word():
    assert topic_keys("les taux deux mille vingt-sept") == {"taux"}
    assert "two" in topic_keys("the two-step login")


def test_a_step_announced_for_a_date_in_digits_that_has_passed():
    """« installation le jeudi 19/11 » and, on the 20th, "he did not come yesterday, is he
    coming today?": the update cannot say what happened on the 19th."""
    said = "bonjour camille c'est sandrine de la boutique euh le monsieur pour la caisse il est "
    said += "pas venu hier euh vous savez s'il passe aujourd'hui pour les tickets"
    assert link(said, SHOP, at="2026-11-20T08:10:00-04:00", channel="voicemail") is None


@pytest.mark.parametrize(
    ("text", "sender", "update"),
    [
        ("Did the GST figures go over to Le Quesne? Mark", MARK, "gst"),
        ("Le rapport de conformité est bien parti à l'ARS ? Nadège", CLINIC, "ars"),
        ("Les devis du compresseur sont arrivés ? Thierry", DIVE, "quotes"),
        ("Are the 2027 departures live on the new booking platform? Tamsin", TAMSIN, "platform"),
        ("Le prêt pour le camion nacelle, c'est déposé ? Fred", FRED, "loan"),
    ],
)
def test_the_step_the_update_reports_is_still_linked(text: str, sender: str, update: str):
    assert link(text, sender) == update


ALINE = "aline@kigalisecurestorage.example"
MORAG = "morag.mcleod@clydescaffold.example"
NOELLA = "noella@pfpacifique.example"
SENT_ON = [
    sent_update(
        "radiant",
        ALINE,
        "Insurance renewal submitted to Radiant",
        "Hello Aline,\n\nYour property and contents renewal file went to Radiant Insurance "
        "yesterday (proposal form, claims history, updated unit list). They said to expect a "
        "quote within ten days.\n\nBest regards,\nClaire",
        "2026-11-11T09:00:00+02:00",
    ),
    sent_update(
        "broker",
        MORAG,
        "Employers' liability renewal – Zurich quote",
        "Hi Morag,\n\nThe broker has a renewal quote from Zurich for employers' liability, about "
        "7% up on last year. They can't finalise until they have the updated headcount and "
        "wage roll; could you ask Stevie for the yard numbers?\n\nClaire",
        "2026-11-12T11:00:00+00:00",
    ),
    sent_update(
        "vat",
        NOELLA,
        "VAT return October filed",
        "Dear Noella,\n\nThe October VAT return was filed with the tax office this morning. "
        "The amount payable is Rs 46,300, due by the 20th.\n\nClaire",
        "2026-11-10T10:00:00+04:00",
    ),
    sent_update(
        "caterer",
        "chloe@kimdaniel.example",
        "Kim & Daniel – RSVP closed",
        "Hi Chloé,\n\nRSVPs closed last night as planned. Final count: 112 attending.\n\nI sent "
        "the spreadsheet to Harbourfront Catering this morning with the final headcount, and "
        "cc'd you.\n\nThanks,\nSam",
        "2026-11-12T10:00:00+00:00",
    ),
]


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # newcomer46: what a third party was to send or get, after the consultant's own step
        ("Did Radiant send the new policy? Current one ends tomorrow midnight", ALINE),
        ("Bonjour Claire,\n\nRadiant a-t-il envoyé un prix ? Notre police finit le 30.", ALINE),
        ("Radiant vous a bien transmis leur offre ? Aline", ALINE),
        ("Hi Claire,\n\nDid the broker get the headcount from Stevie in the end?\n\nMorag", MORAG),
        # newcomer45: paid, after "filed … payable by the 20th"
        ("Did u pay the Rs 46,300 VAT? today is the 20th", NOELLA),
        ("Le paiement de la TVA est bien parti ? Noella", NOELLA),
    ],
)
def test_a_third_party_s_step_or_the_payment_is_not_linked_to_the_filing(text: str, sender: str):
    assert linked_update(text, sender, SENT_ON, at="2026-11-20T09:00:00+02:00") is None


@pytest.mark.parametrize(
    ("text", "sender", "update"),
    [
        # told in the update's third paragraph, not its lead
        (
            "quick thing did the caterer actually get the final headcount for Kim and Daniel? "
            "Chloé",
            "chloe@kimdaniel.example",
            "caterer",
        ),
        ("Has the October VAT return been filed? Noella", NOELLA, "vat"),
    ],
)
def test_a_step_the_update_tells_anywhere_is_still_linked(text: str, sender: str, update: str):
    assert linked_update(text, sender, SENT_ON, at="2026-11-20T09:00:00+02:00") == update
