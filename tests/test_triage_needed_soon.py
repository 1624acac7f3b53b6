"""Urgent kinds first missed on a set written by a new author and on new real texts (issue 8,
session 5): a question whether something is ready followed by what the day holds that needs
it, a deadline told in the passive, someone else's documents received, payments going to the
wrong place, people kept waiting now, data reset by an update, a hedged outage, spoken French
without « ne »; and the calm messages that share their words."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Intent, Message, classify
from boundaries.triage.text import normalise

AT = datetime.fromisoformat("2026-11-18T17:05:00+01:00")

URGENT = [
    # Asked whether it is ready, then the event within the day that needs it.
    "les 3 nouveaux profs ont bien leurs accès? Okafor commence demain 8h avec un groupe",
    "did u manage to get the till at park st back up? we open in 40 min",
    "is the xmas preorder page up?? radio ad goes out 7am tomorrow with the link on it",
    "t'es passé pour les terminaux? ils sont dans les cartons. ce soir match, les gars veulent "
    "prendre la CB",
    "Has the new price list gone onto the tablets? The market opens at 6am tomorrow.",
    # A deadline in the passive.
    "We got a letter from the city: they want the trip logs submitted by 9am tomorrow, or our "
    "licence review goes ahead. Can you pull them for us?",
    "The insurer wants the signed form returned by noon, otherwise the cover lapses.",
    # A bare hour of the working day (newcomer34 extra-10).
    "can u send the signed lease back to the agent by 5?",
    # A far-off time corrected, not said (newcomer34 mix-14).
    "Our tribunal date is tomorrow 10am not next month, I misread the letter.",
    "Le tribunal c'est demain matin, pas le mois prochain, j'avais mal lu la convocation.",
    # Someone else's documents received.
    "Une cliente a reçu le lien de la galerie d'un autre couple (photos de mariage privées).",
    "Petit souci : des parents reçoivent les factures d'autres familles (nom, adresse, montant).",
    "Two members are getting the invoices of other members, with their home addresses.",
    # Money going to the wrong place.
    "the mobile money link is sending the payments to an old number, one parent just paid and "
    "it went to a name we don't know",
    "Les virements des adhérents partent sur l'ancien compte depuis lundi, la banque l'a fermé.",
    # People kept waiting now.
    "the app's sending every booking to car four, customers downtown are waiting forty minutes",
    "Le logiciel de rendez-vous a planté, les patients attendent depuis une heure en salle.",
    "The card machine is dead and we're turning customers away.",
    # Data reset by an update.
    "After the update all the settings are back to default and the catalog is empty.",
    "Depuis la mise à jour, les paramètres ont été réinitialisés, plus aucun produit.",
    # A hedged outage.
    "Hey, the website seems to be down :( Whats going on?",
    "the booking portal appears to be offline since about 8",
    # Spoken French without « ne », and Québec « pu ».
    "allo, les courriels de confirmation de commande partent pu depuis hier soir",
    "la machine a carte marche pu pis j'ai du monde qui attend pour payer",
    "le terminal marche plus, on fait comment",
    # « renvoie » of a server is an error, not a file to send again.
    "depuis peu la page de paiement ne marche plus, le serveur renvoie une erreur 500",
    # « rien à faire » after trying everything is a failure, not "nothing to do".
    "Je n'ai plus de réseau depuis une semaine. J'ai tout essayé, mais rien à faire.",
]

CALM = [
    # A time offered for a call, or the sender's own whereabouts.
    "Any news on the quote? I'm free tomorrow at 9 if you want to talk.",
    "rdv de demain 10h toujours ok ? je peux décaler à 11h si ça t'arrange",
    "Did you get my email? I'll be in the office tomorrow morning.",
    # The time dates the quoted history.
    "Did you get a chance to look at that contract?\n\n> On Mon, Nov 2, 2026 at 1:10 PM Tunde "
    "wrote:\n> Here it is.",
    # Told as past.
    "Has the waiver been made compulsory? Had a client turn up today with no form signed.",
    # The sender waiting is insistence, not a harm.
    "I've been waiting two hours for you to call me back.",
    # A settings page showing defaults on purpose, a refund asked about.
    "Could you set the invoice template back to the default font?",
    # A number after "by" that is no hour.
    "The rent went up by 5. Can we talk about it at the next call?",
    "Our stock count is short by 3, I'll recount on Monday.",
    # Spoken « ça marche plus tard ? » is a time that suits.
    "demain 10h c'est pas possible, ça marche plus tard ?",
    # Asking for a file to be sent again.
    "Renvoie-moi le PDF stp, je n'arrive pas à l'ouvrir depuis mon téléphone.",
    # « Rien à faire » for the consultant, and a problem that did not come back.
    "Pour info le serveur s'est éteint hier soir, Julien a tout rallumé, tout marche. Rien à "
    "faire.",
    "Pour info, le problème de paiements refusés de la semaine dernière ne s'est pas reproduit.",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    verdict = classify(Message("m", "sms", text, at=AT))
    assert verdict.urgent, verdict.reasons


@pytest.mark.parametrize("text", CALM)
def test_calm_despite_the_same_words(text: str) -> None:
    verdict = classify(Message("m", "email", text, at=AT))
    assert not verdict.urgent, verdict.reasons


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ça marche pu", " ca marche plus "),
        ("les mails partent pu", " les mails partent plus "),
        ("t'as pu avancer ?", " tu as pu avancer ? "),
        ("il n'a pas pu venir", " il n'a pas pu venir "),
        ("avez-vous pu regarder", " avez vous pu regarder "),
        ("la machine à carte marche pu", " la machine a carte marche plus "),
    ],
)
def test_colloquial_pu_is_plus_but_not_the_participle(text: str, read: str) -> None:
    assert normalise(text) == read


def test_a_status_check_with_pu_stays_a_status_check() -> None:
    verdict = classify(Message("m", "sms", "t'as pu avancer sur la newsletter de décembre ??"))
    assert verdict.intent is Intent.STATUS_CHECK
