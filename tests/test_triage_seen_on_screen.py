"""Kinds an outside tester found (issue 8, session 8): a breakage told by what the screen
shows, outages of what visitors fill in, credentials out in the open, meetings with weighty
people about to start, and the calm cases that must stay calm (a planned cut, a public link
or blank labels made on purpose, a clock time that belongs to a named day). Each urgent case
failed before its fix and is now found by the rules, not only by the second opinion."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from boundaries.triage import Message
from boundaries.triage.batch import triage_line
from boundaries.triage.second_opinion import judge

BY_THE_RULES = [
    # What visitors fill in or sign into, down as a whole or showing errors.
    "The donation form is down.",
    "Thanks for the report, looks good. Separately: the donation form has been throwing errors "
    "since noon and we're losing donations.",
    "the members area is offline since this morning",
    "Checkout keeps giving an error, nobody can pay.",
    # Credentials out in the open.
    "Le mot de passe admin a fuité sur Facebook.",
    "Bonne nouvelle pour la subvention ! Autre chose : le mot de passe admin a fuité sur Facebook.",
    "Our API keys were posted on a public forum by a volunteer.",
    "someone leaked the admin password in the group chat",
    # Told by what the screen shows, in a short call-back.
    "salut c'est Paul, l'écran de la caisse est tout noir, rappelle-moi",
    "salut c'est Paul, euh l'écran de la caisse est tout noir, ça veut plus rien savoir, "
    "rappelle-moi",
    "hi it's Joe, the website says forbidden on every page, call me back",
    "hi it is Joe, every page of the website says forbidden, call me back",
    "bonjour c'est Nadia, le site il fait n'importe quoi, ça affiche des trucs en chinois, "
    "rappelez-moi",
    "the till has gone haywire and the queue is out the door",
    "all the screens in reception went black",
    # Wanted in a meeting with weighty people, now or within the hour.
    "We're with the auditors now and they need you to join the Teams call immediately",
    "Meeting with the funding body in 20 min, they want to ask you about the data protection "
    "setup, can you dial in?",
    "The regulator's inspection call starts at the top of the hour and they asked for our IT "
    "consultant to join. Link below.",
    # Further wordings found by a second outside tester.
    "c'est soeur marie l'écran est tout bleu rappelez-moi",
    "c'est lucie de l'hôtel l'ordi de l'accueil il est devenu fou rappelle",
    "hi it's kev at the garage the screen on the tyre machine just says error error error call me",
    "Chère Madame, depuis ce matin, quand je clique sur l'icône des rendez-vous, une fenêtre "
    "s'ouvre et se referme aussitôt. Les patients du docteur attendent.",
    "Depuis la mise à jour d'hier soir, la feuille des médicaments sort de l'imprimante avec "
    "des colonnes vides.",
    "Le serveur de l'étude fait un bruit de claquement et le voyant est orange.",
    "Since this morning the computer replies in red letters that it does not recognise me.",
    "Bonjour, on ne peut pas prendre les paiements depuis ce matin.",
    "Bonjour, notre système de caisse est en bas depuis ce matin.",
    "the machine of cards it is refusing all the cards since opening",
    "c'est le docteur hamon le lecteur de carte vitale il lit plus rien depuis ce matin "
    "rappelez moi",
    "impossible de se loguer sur le logiciel de l'hôtel depuis 7h",
    "slt c moi, le wifi marche pa ds la salle de classe, on a l'inspection ds 1h, tu px passer?",
    "Hi, could you send the rota to the locum before the end of the day?",
    "Rendez-vous avec les commissaires aux comptes à 14 h, et le grand livre ne s'exporte plus.",
    "Un patient m'a dit qu'il recevait les rappels de rendez-vous d'autres patients, avec leurs "
    "noms et leurs soins.",
    "Hi, a guest can see other guests' invoices when he logs in to the hotel app.",
    "I think our accountant pasted the bank login into the shared WhatsApp group with 40 parents.",
    "Le mot de passe de la messagerie a été affiché sur l'écran de la salle d'attente.",
    "Hi, we found our admin password on a paste site after a Google search this morning.",
    "Oh and the Wi-Fi password got printed on the public menu board by the agency.",
    # A time of tomorrow beside a named period is still tomorrow's.
    "We got a letter from the city: they want the trip logs for 1-15 November submitted by 9am "
    "tomorrow, or our licence review goes ahead without them.",
]

CALM = [
    # Planned, not happening.
    "Enedis prévoit une coupure de courant le 15 janvier de 9h à 11h, pour info.",
    "Coupure de courant prévue le 15 janvier, pour info.",
    "A power cut is scheduled for Sunday morning, just so you know.",
    # Done on purpose.
    "I've shared the brochure by public link so the partners can download it, as agreed.",
    "I've shared the agenda by public link for the volunteers.",
    "Could we print blank labels for the volunteers to fill in by hand at the fair in March?",
    # A figure going down is not an outage.
    "Page views are down this month.",
    "Bookings are down 20% on last year, can we talk about the newsletter?",
    # Found in order by the sender, or set that way on purpose.
    "Bonjour, l'ancienne secrétaire n'arrive plus à se connecter, c'est normal elle est partie "
    "à la retraite. Pouvez-vous supprimer son compte ?",
    "Hi, we set the volunteer rota spreadsheet to 'anyone with the link' on purpose so the "
    "volunteers can edit it. Is that OK?",
    "Bonjour, une coupure d'électricité est prévue le 12 janvier de 8 h à 12 h dans "
    "l'immeuble. Pouvez-vous prévoir l'arrêt du serveur ?",
    "Our maintenance contractor will cut the power to the building on Saturday 12 December "
    "from 8 to 10. Should we shut the server down?",
    # A signature's emergency line, and a font called police.
    "Merci Claire, à jeudi.\n\nDr. Sophie Marchand\nUrgences dentaires : 06 00 00 00 00",
    "Bonjour, c'est quelle police qu'on utilise pour les affiches déjà ? J'ai oublié.",
    # A problem said to be over, then a question on another matter or thanks said again.
    "On a eu une coupure de courant hier soir, tout a l'air de remarcher ce matin. Mais du "
    "coup je me demandais : les sauvegardes automatiques, elles tournent vraiment ?",
    "Le problème de paiements refusés de la semaine dernière ne s'est pas reproduit. Merci "
    "encore pour votre réactivité.",
    "Inspection went well, they were satisfied with the register. Thank you for coming.",
    # Supposed, or behind.
    "Just so you know, the shop will be closed next Tuesday, so if the till shows as offline "
    "that day there's nothing wrong.",
    "Did everything come back ok after the system went down on Tuesday?",
    "A lady rang about being charged twice back in mid November, did those refunds go out?",
    "are you free tomorrow morning to pick your brain about the sign up page, nothing's broken",
    # The screen's colours, not a fault.
    "Could the new menu screen be black and white rather than colour?",
]


@pytest.mark.parametrize("text", BY_THE_RULES)
def test_urgent_by_the_rules(text: str) -> None:
    verdict = judge(Message("m", "voicemail", text))
    assert verdict.urgent and not verdict.possible, verdict.reasons
    assert not verdict.content_free


@pytest.mark.parametrize("text", CALM)
def test_calm(text: str) -> None:
    verdict = judge(Message("m", "email", text))
    assert not verdict.urgent, verdict.reasons


def test_a_clock_time_of_a_named_day_is_decided_by_that_day() -> None:
    """« le 15 janvier à 11h » is not within a day by its words; sent on 14 January it is."""
    text = "The tender must be filed on 15 January at 11am."
    far = Message("m", "email", text, at=datetime.fromisoformat("2026-11-30T09:00:00+01:00"))
    near = Message("m", "email", text, at=datetime.fromisoformat("2027-01-14T09:00:00+01:00"))
    assert not judge(far).urgent
    assert judge(near).urgent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Would it be possible to add Apple Pay to the payment page next year? No rush.",
            "request",
        ),
        (
            "Can the till print receipts in French as well? Just wondering for the spring.",
            "request",
        ),
        ("Est-ce qu'on peut avoir le devis pour la nouvelle salle ?", "request"),
        ("On peut avoir un récapitulatif des heures de novembre ?", "request"),
        (
            "What happens if the domain expires? Just want to understand for the handbook.",
            "request",
        ),
        (
            "On est un peu bloqués sur le choix du nom du festival, tu aurais un avis ? "
            "Pas pressé.",
            "request",
        ),
        # asked the same way, a meeting is still scheduling
        (
            "Could we have half an hour on the phone tomorrow about December's payroll?",
            "scheduling",
        ),
        (
            "Serait-il possible de caler une visio la semaine prochaine pour faire le point ?",
            "scheduling",
        ),
        (
            "the audit return is due on the 31st of January, can we get something in the diary",
            "scheduling",
        ),
        # formal and passed-on asks, not a call-back
        (
            "Madame, Monsieur le maire vous prie de bien vouloir lui faire parvenir le compte "
            "rendu de la dernière réunion.",
            "request",
        ),
        ("Bonjour, il faudrait envoyer le rapport au financeur avant mardi prochain.", "request"),
        ("Le dentiste aimerait changer la couleur des boutons du site, rien d'urgent.", "request"),
        (
            "Hi, our donations are down 20% on last year, any ideas for the December appeal?",
            "request",
        ),
        (
            "Hi, what's your opinion: should we go with the cheaper hosting or stay where we are?",
            "request",
        ),
        # a time for a meeting agreed or put, not an acknowledgement
        ("RDV demain 10h ok pour toi ?", "scheduling"),
        ("Ok pour jeudi", "scheduling"),
        # slots a booking page no longer offers, a logo shifted: no meeting
        (
            "L'agenda en ligne du cabinet ne propose plus aucun créneau aux patients depuis lundi.",
            "info",
        ),
        (
            "Je vous écris depuis mon téléphone car plus aucun ordinateur du cabinet ne démarre.",
            "info",
        ),
        # "instead" about work, not about a time for a call
        ("Our volunteer's laptop crashed so she'll send the photos next week instead.", "info"),
    ],
)
def test_whether_it_could_be_done_is_a_request(text: str, intent: str) -> None:
    line = json.dumps({"id": "m", "channel": "email", "text": text})
    assert triage_line(line)["intent"] == intent


def test_a_calm_answer_to_one_quoted_question_leaves_the_other_answers_judged() -> None:
    """An interleaved reply: « c'est réglé » answers the first quote, not the outage told
    under the second."""
    text = (
        "Bonjour,\n> Avez-vous pu relancer la sauvegarde ?\nOui merci, c'est réglé.\n"
        "> Et le nouveau poste ?\nLe portail des familles est inaccessible depuis 9 h, les "
        "parents ne peuvent pas inscrire les enfants à la cantine de demain.\nSophie"
    )
    verdict = judge(Message("m", "email", text))
    assert verdict.urgent and not verdict.possible, verdict.reasons
    calm = "Bonjour,\n> Avez-vous pu relancer la sauvegarde ?\nOui merci, c'est réglé.\nSophie"
    assert not judge(Message("m", "email", calm)).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Le Docteur Kouassi vous prie de bien vouloir le rappeler à votre convenance.",
        "bonjour monsieur duval c'est henri lemaire je vous prie de bien vouloir me rappeler au "
        "bureau merci",
    ],
)
def test_a_formal_call_back_asks_for_no_work(text: str) -> None:
    assert judge(Message("m", "voicemail", text)).intent != "request"


def test_who_is_calling_names_no_topic() -> None:
    """« du comité des fêtes » is who calls, not what the call is about."""
    verdict = judge(
        Message(
            "m",
            "voicemail",
            "salut c'est Martine du comité des fêtes, rappelle-moi quand tu peux, bisous",
        )
    )
    assert verdict.content_free and verdict.intent == "unknown", verdict.reasons
