"""Kinds an outside tester found on this session's branch (issue 8, session 5): a calming
sentence about another thing ("the printer works again") must not silence a live problem; a
calming sentence about the problem itself still does; deadlines in the passive or wanted by
someone else; someone else's documents received; payments into the wrong account; prices
reset; heating, water or sound gone; spoken and Québec French; hypotheticals and long-past
harms stay calm."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify

URGENT = [
    # A calming aside about another thing.
    "Hi Sam,\nThe booking site is down since this morning and we have 80 bookings tonight.\n"
    "The newsletter issue from last week is solved, thanks.\nAnne",
    "Hi Sam,\nNobody can log in to the CRM since 9am.\nFalse alarm on the printer yesterday by "
    "the way.\nAnne",
    "Bonjour Claire,\nle site de réservation ne fonctionne plus depuis ce matin.\nPetites "
    "suggestions sur le reste, rien à faire.\nAnne",
    "Bonjour Claire,\nLa caisse est bloquée depuis l'ouverture, on ne peut plus encaisser.\nPour "
    "l'imprimante d'hier, fausse alerte.\nAnne",
    "Hi Sam, the card payments on the shop are all failing since 8am. Oh and the Wi-Fi works "
    "again, thanks for that.",
    "Bonjour, la messagerie ne marche plus depuis ce matin, personne ne reçoit de mails. "
    "L'imprimante remarche, merci !",
    "Hi Sam, the server room is flooding and the NAS is off. Never mind the invoice question, "
    "we found it.",
    "Bonjour, depuis la mise à jour de cette nuit, le thème du site est revenu à celui "
    "d'origine et le panier a disparu.",
    # Deadlines in the passive, or wanted by someone else.
    "Bonjour, le rapport doit être rendu avant demain midi.",
    "Bonjour Claire, la préfecture veut les pièces justificatives d'ici demain 10 h.",
    "The minutes are expected to be circulated before tomorrow's 9 o'clock meeting.",
    "Hi Sam, the insurer wants the claim form in within the next two hours.",
    "menu en ligne ? on ouvre la terrasse ce midi",
    "Are the name badges printed? The conference opens at 8 tomorrow.",
    # Someone else's documents.
    "Bonjour, j'ai reçu dans mon espace la facture d'un autre client, avec son adresse et son "
    "IBAN.",
    "We received someone else's medical photos in our shared folder this morning.",
    "j'ai reçu les bulletins de paie de mes collègues au lieu du mien",
    "Une patiente a reçu par mail les résultats d'analyse d'une autre personne.",
    "the photo gallery on our site now shows pictures of someone else's kids",
    # Money, prices, heating, sound.
    "Our clients are paying into the wrong IBAN, the one on the new invoice template is a typo.",
    "after the update the shop prices all went back to zero",
    "plus de chauffage dans l'école, il fait 12°C dans les classes",
    "y a pu de son dans la salle de conférence, le webinaire commence dans 20 min",
    # Spoken and Québec French.
    "on dirait que la messagerie est en rade",
    "j'arrive pu à rentrer dans le logiciel de paye",
    "personne peut se connecter au VPN",
    "depuis la bascule de la fibre le standard ne reçoit plus aucun appel entrant",
    "Merci pour votre retour.\nCependant, depuis hier, plus aucun client ne peut créer de "
    "compte sur le site.",
]

CALM = [
    # The calming sentence is about the problem itself, or names nothing else.
    "The server was down this morning. Julien fixed it, all good now.",
    "The till was frozen this morning. The supplier rebooted the till and it works again.",
    "Le site était en panne ce matin. Le site remarche depuis 10h, merci.",
    "payments were failing at 8. update: payments work again now",
    "Pour votre info, on a eu une coupure de courant au bureau dimanche. Tout est revenu tout "
    "seul, les terminaux et la borne remarchent normalement.",
    # Hypothetical or long past.
    "Bonjour, et si un jour on envoyait par erreur le fichier adhérents à tout le monde, que "
    "risquerait-on ?",
    "Last spring our site was hacked and showed a casino page; we've had no problems since. "
    "Could you quote for a yearly maintenance plan?",
    "Could we plan a talk about what to do if someone sends personal data to the wrong people? "
    "Maybe in January.",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    verdict = classify(Message("m", "email", text))
    assert verdict.urgent, verdict.reasons


@pytest.mark.parametrize("text", CALM)
def test_calm(text: str) -> None:
    verdict = classify(Message("m", "email", text))
    assert not verdict.urgent, verdict.reasons


def test_a_thread_whose_subject_names_the_problem_can_be_closed_by_its_body() -> None:
    verdict = classify(
        Message(
            "m", "email", "Bonjour, c'est bon maintenant, il y avait une 404. Merci", "Re: Site HS"
        )
    )
    assert not verdict.urgent, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # newcomer30: a plan "next year", a "but" about it, then another matter announced
        "Hiya,\n\nBeen mad busy. We should really go bigger on the reptiles next year. Gary "
        "reckons it'd cost a fortune but I think it'd pay back. The Christmas hours can wait."
        "\n\nOh and the welfare inspector is coming tomorrow at 9 and I can't find the licence "
        "renewal. Can you email it over tonight? Without it she can close the animal side.",
        "Hi Sam, the open day plan is for next year. It'd be big but worth it. Oh and one more "
        "thing: the pharmacy inspector comes at 9 tomorrow and we can't find the controlled "
        "drugs register, without it they can suspend our licence.",
    ],
)
def test_another_matter_after_a_calm_one_and_its_but_is_read_on_its_own(text: str) -> None:
    verdict = classify(Message("x", "email", text))
    assert verdict.urgent, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # newcomer31: the calm word belongs to another matter announced after the news
        "Dear Sir,\n\nOne small point: our merchant account is suspended as of today and "
        "customers are unable to pay. The bank wants the documents uploaded through the admin "
        "panel you manage.\n\nAlso, please share the November invoice at your convenience.",
        "Bonjour, le terminal de paiement refuse toutes les cartes depuis ce matin. Par "
        "ailleurs, pour la facture de novembre, rien ne presse.",
    ],
)
def test_a_calm_word_in_another_matter_after_the_news_does_not_calm_the_news(text: str):
    verdict = classify(Message("x", "email", text))
    assert verdict.urgent, verdict.reasons
