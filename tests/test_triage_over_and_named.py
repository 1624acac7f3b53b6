"""Urgency read from what the words say about the problem (SPEC §5, issue 8 item 5).

- A problem the sender says is over is not urgent, unless something brings it back.
- A call-back request beside a named harm or stake is about something: not content-free.
- Kinds a tester found missed: a deadline on a document to send again, personal data in a
  list forwarded by mistake, an alarm going off, a server that crashed, a checkout down.
"""

from __future__ import annotations

import pytest

from boundaries.triage import Intent, Message, classify
from boundaries.triage.resolved import problem_over
from boundaries.triage.text import normalise

OVER = [
    "Thanks for your quick reply. I don't know why but this has started to work again!",
    "Bonjour, c'est bon maintenant, il y avait une 404. Merci",
    "False alarm. The web host went down for an hour at the exact moment I activated it.",
    "C bon ça remarche 👍 merci",
    "hi it's ken from the butchers the till's working again it was only the plug so all good",
    "Problème résolu depuis la version du 27/10 !",
    "Le réseau est revenu, le site est rétabli. Merci pour votre aide.",
    # the outage named as such, and how it ended
    "FYI the payment outage we had overnight is resolved, nothing lost.",
    "L'incident de messagerie de ce matin est réglé, merci à votre collègue.",
    "Re the till: a restart of the card reader was all it took. Sorry for the fuss.",
    "Fausse joie pour rien : il nous a suffi de rebrancher la box pour que tout reparte.",
    "The freezer alarm beeped all night; the engineer came and found nothing wrong with it.",
    # an outage told with its length in the past is over, a wish that it never comes back
    # does not bring it back
    "The booking site went offline for about 40 minutes on Sunday. How do we stop this "
    "happening again?",
    "Le standard a été coupé pendant deux heures hier après-midi. Il faudrait que ça ne se "
    "reproduise plus.",
    # "all back now" closing the story (newcomer37), in other words too
    "yeah mark here the phones were down this morning jt fault all back now just so you know",
    "Wifi at the hall dropped out during the quiz, everything's back again, no harm done.",
]
NOT_OVER = [
    # « pour le faire remarcher »: to make it work again, wished (newcomer37)
    "Le terminal de paiement est en panne depuis ce matin, faut voir avec la banque pour le "
    "faire remarcher, on a plein de clients.",
    "The card machine is down since opening, can you call the provider to make it work again?",
    "The site is back up but payments still fail since this morning.",
    "It's not working again, the checkout is down since 9am.",
    "l'alarme incendie affiche défaut ligne, il faut que ça remarche vite, on a quatorze "
    "enfants ici, pouvez-vous venir ce matin ?",
    "I hope and wish that the problem is solved. Overnight the checkout stopped working.",
    "Is the booking page working again? Customers can't book since this morning.",
    "One issue is solved and the other issue pops up: customers can't place orders.",
    "Trois clients sont revenus râler : le terminal débite deux fois depuis ce matin.",
    # still going: "has been down for", or down again after the bounded outage
    "The booking site has been down for two hours and the lunch rush starts at noon.",
    "The site went down for ten minutes at nine and it is down again now, customers can't pay.",
    "Le serveur est resté en panne pendant deux heures, et depuis midi il est de nouveau "
    "en panne : plus personne ne peut facturer.",
]


@pytest.mark.parametrize("text", OVER)
def test_a_problem_said_to_be_over_is_not_urgent(text: str) -> None:
    verdict = classify(Message("m", "sms", text))
    assert not verdict.urgent, verdict.reasons
    assert any(r.startswith("not urgent: the problem is over") for r in verdict.reasons)


@pytest.mark.parametrize("text", NOT_OVER)
def test_the_end_of_a_problem_must_be_stated_not_asked_wished_or_undone(text: str) -> None:
    assert problem_over(normalise(text)) is None
    assert classify(Message("m", "sms", text)).urgent


CALLBACK_WITH_A_STAKE = [
    (
        "voicemail",
        "oui bonjour c'est léa euh le site est en panne depuis ce matin on perd des "
        "ventes rappelez moi vite",
    ),
    (
        "voicemail",
        "hi sam it's anne um the payroll thing bounced staff won't get paid tomorrow call me",
    ),
    (
        "voicemail",
        "hey it's tom the site is down since this morning and the appeal goes out at noon call me",
    ),
    ("voicemail", "hi it's jen the server crashed and we lost all the files call me back"),
    ("voicemail", "bonjour c'est marc le serveur a planté on a tout perdu rappelez-moi"),
    (
        "voicemail",
        "Hi it's Dave, call me when you get this, the alarm system is going off at the warehouse",
    ),
]


@pytest.mark.parametrize(("channel", "text"), CALLBACK_WITH_A_STAKE)
def test_a_call_back_beside_a_named_harm_is_scheduling_not_content_free(
    channel: str, text: str
) -> None:
    verdict = classify(Message("m", channel, text))
    assert not verdict.content_free, verdict.reasons
    assert verdict.intent is Intent.SCHEDULING
    assert verdict.urgent
    assert verdict.topic


def test_a_connector_is_not_a_topic() -> None:
    verdict = classify(
        Message(
            "m",
            "voicemail",
            "oui bonjour c'est marc euh j'ai essayé de t'appeler ça sonnait occupé je "
            "réessaierai plus tard ou sinon tu me rappelles voilà merci",
        )
    )
    assert verdict.content_free


MISSED_KINDS = [
    "Bonjour, pouvez-vous me renvoyer la convention signée avant demain midi ? Le financeur "
    "clôt le dossier à midi. Léa",
    "Hi Sam, my colleague forwarded the patients' contact list to an outside supplier by mistake.",
    "Salut, le deploy a cassé la prod, the checkout is down !",
    "our checkout has been offline since the update, no orders since 8",
    "the till system just crashed and the queue is out the door",
    # a station off air, told with where (newcomer37)
    "Camille, FYI the Snaefell link dropped at 14:20 and we're off air on FM across the north "
    "of the island. Our engineer is on his way.",
    "On est hors antenne sur tout le sud de l'île depuis l'orage, l'émetteur ne répond plus.",
]


@pytest.mark.parametrize("text", MISSED_KINDS)
def test_kinds_a_tester_found_missed_are_urgent(text: str) -> None:
    verdict = classify(Message("m", "email", text))
    assert verdict.urgent, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "oui c'est marc euh le logiciel de paye euh ne marche plus on n'arrive pas à se "
        "connecter depuis huit heures quarante cinq",
        "Bonjour, impossible de se connecter au logiciel de compta depuis ce matin, il dit "
        "mot de passe incorrect. Marc",
    ],
)
def test_logging_in_that_fails_is_a_breakage_not_a_meeting(text: str) -> None:
    verdict = classify(Message("m", "voicemail", text))
    assert verdict.intent is not Intent.SCHEDULING, verdict.reasons
    assert verdict.urgent


def test_joining_a_video_call_is_still_scheduling() -> None:
    verdict = classify(Message("m", "sms", "tu peux te connecter à la visio ? on t'attend"))
    assert verdict.intent is Intent.SCHEDULING


SOFTENED_THEN_BROKEN = [
    "No rush on the newsletter, but the booking page has been down since this morning.",
    "pas urgent pour la facture, mais le site est en panne depuis ce matin",
    "rien de grave hein mais les clients ne peuvent plus payer en ligne",
]


@pytest.mark.parametrize("text", SOFTENED_THEN_BROKEN)
def test_a_softener_covers_only_what_precedes_the_but(text: str) -> None:
    assert classify(Message("m", "sms", text)).urgent


def test_a_softener_with_a_harmless_but_stays_not_urgent() -> None:
    text = "No rush, but could you also change the footer colour when you have a minute?"
    assert not classify(Message("m", "sms", text)).urgent


EXPOSED = [
    "our homepage redirects to a gambling site since last night?!",
    "le site redirige vers une arnaque au bitcoin depuis ce matin",
    "I sent the alarm code to the whole parents list by mistake",
    "on voit les adresses perso des bénévoles sur la page publique",
    "anyone can see the members' home addresses on the new directory page",
]


@pytest.mark.parametrize("text", EXPOSED)
def test_a_hacked_site_or_exposed_personal_data_is_urgent(text: str) -> None:
    assert classify(Message("m", "sms", text)).urgent


def test_a_password_question_is_not_data_sent_to_the_wrong_people() -> None:
    text = (
        "Quand on met un mot de passe incorrect, le site crée un compte au lieu d'afficher "
        "une erreur."
    )
    verdict = classify(Message("m", "email", text))
    assert not any("wrong people" in r for r in verdict.reasons)


BROKEN_SHOWN_AS = [
    "Since the update our site only shows a white screen, nothing else loads.",
    "Le site affiche une page blanche depuis la mise à jour de ce matin.",
    "On a une erreur 503 sur la boutique depuis 7h.",
    "Getting 502 Bad Gateway on the members area for the last hour.",
    "The app wiped all our data after the sync, every client file is gone.",
    "Les fichiers ont été effacés du serveur partagé cette nuit.",
    "Our hosting account has been suspended, the website is offline.",
    "Notre compte d'hébergement a été suspendu, plus rien ne marche.",
    "I asked for a password reset three times and never received the email.",
    "Les salariés n'ont pas été payés ce mois-ci, le virement a échoué.",
    "A donor got a double payment taken from her card on the gala page.",
    "Les commandes n'apparaissent plus dans le back-office depuis hier soir.",
]


@pytest.mark.parametrize("text", BROKEN_SHOWN_AS)
def test_a_breakage_told_by_what_it_shows_is_urgent(text: str) -> None:
    assert classify(Message("m", "email", text)).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Could the 404 page be white instead of grey? No rush.",
        "Les pages ne sont plus mises en forme comme avant sur l'impression, rien de grave.",
    ],
)
def test_cosmetic_mentions_stay_not_urgent(text: str) -> None:
    assert not classify(Message("m", "email", text)).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Our shop has been down since 7am. Please call the host today.",
        "The notice is attached. I need you to read it before the meeting.",
        "Bonjour, l'export comptable plante depuis lundi. Merci de regarder.",
        "site HS depuis 9h, tu px regarder auj ?",
    ],
)
def test_asking_the_consultant_to_act_is_a_request(text: str) -> None:
    verdict = classify(Message("m", "email", text))
    assert verdict.intent is Intent.REQUEST, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The state wants the licence renewal filed online TODAY by 5pm (I thought it was next "
        "month, my mistake). Can you send me the sales report by 2?",
        "Le dossier doit partir ce soir, je croyais que c'était le mois prochain !",
        "Our payroll file must reach the bank tonight. The audit itself is next year.",
    ],
)
def test_a_far_date_speaks_only_for_its_own_sentence(text: str) -> None:
    assert classify(Message("m", "email", text)).urgent


@pytest.mark.parametrize(
    "text",
    [
        "La subvention c'est le mois prochain, pas besoin de se presser. Bonne soirée",
        "Hi, the audit is next month. Could you send me the figures when you can? Thanks",
        "The gala is next month. Can we meet tomorrow morning to go over the seating?",
    ],
)
def test_a_far_date_still_calms_the_sentence_it_is_in(text: str) -> None:
    assert not classify(Message("m", "email", text)).urgent
