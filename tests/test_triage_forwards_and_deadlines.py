"""Kinds of fault an outside tester found in the triage (issue 8, session 4), each with its
reproduction and variants of our own: forwards under a cover note, thank-yous above a quoted
outage, deadlines said in other words, personal data exposed, payments rejected as the bank
writes it, and harms that are supposed, long past or over."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.mail import read_mail


def email(text: str, subject: str = "") -> Message:
    return Message("m", "email", text, subject=subject)


# A cover note that hands over what follows, then an Outlook header block: forwarded content.
FORWARDS = [
    (
        "Can you handle this today? It's blocking everything.\n\nFrom: Mark Stone "
        "<mark@client.example>\nSent: Monday, November 30, 2026 8:02 AM\nTo: Support\n"
        "Subject: Login broken\n\nNone of our staff can log in to the CRM since 8am.",
        "",
        "en",
    ),
    (
        "Voir ci-dessous :\n\nDe : Banque Populaire\nEnvoyé : lundi 30 novembre 2026 07:58\n"
        "Objet : Virement rejeté\n\nVotre virement de 52 300 € (salaires novembre) a été rejeté : "
        "IBAN bénéficiaire invalide.",
        "",
        "fr",
    ),
    (
        "FYI\n\nFrom: Booking system <noreply@bookings.example>\nSent: 30 November 2026 06:10\n"
        "To: Reception\nSubject: Sync failure\n\nThe payment terminal is offline: card payments "
        "are being declined at the front desk.",
        "",
        "en",
    ),
    (
        "Pour info.\n\nDe : Hébergeur\nEnvoyé : lundi 30 novembre 2026 07:12\nÀ : Sophie\n"
        "Objet : Suspension\n\nVotre hébergement a été suspendu pour impayé, le site ne répond "
        "plus.",
        "",
        "fr",
    ),
    (
        "Sophie\n\nDe : Hébergeur\nEnvoyé : lundi 30 novembre 2026 07:12\nÀ : Sophie\n"
        "Objet : Suspension\n\nVotre hébergement a été suspendu pour impayé, le site ne répond "
        "plus.",
        "TR : Suspension",
        "fr",
    ),
    (
        "-----Original Message-----\nFrom: Claire\nSent: Friday\nSubject: Status\n\nAll systems "
        "are fine.\n\n\nClaire, they're not fine anymore: nobody can log in to the booking tool "
        "since 9 and we have 60 appointments today.\nDr. Patel",
        "",
        "en",
    ),
    (
        "Get Outlook for Android\n________________________________\nFrom: Ops Team\nSent: Monday "
        "30 November 2026 07:40\nTo: All staff\nSubject: Outage\n\nThe phone lines of the "
        "helpline are down; callers in crisis can't reach us.",
        "",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "subject", "lang"), FORWARDS)
def test_a_forward_under_a_cover_note_counts_as_what_the_client_says(
    text: str, subject: str, lang: str
) -> None:
    mail = read_mail(text, subject)
    assert mail.forwarded
    verdict = classify(email(text, subject))
    assert verdict.urgent and not verdict.possible, verdict.reasons  # clear evidence
    assert not verdict.content_free and verdict.lang == lang


def test_a_reply_above_an_outlook_block_is_still_a_reply() -> None:
    text = (
        "Thanks Claire, that is all clear now.\n\nFrom: Claire Martin\nSent: Friday 27 November "
        "2026 16:02\nTo: Marc\nSubject: RE: server\n\nThe server was down for an hour this "
        "morning; it is back."
    )
    mail = read_mail(text)
    assert not mail.forwarded and mail.new == "Thanks Claire, that is all clear now."


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Claire,\nMerci pour ton retour.\n\nLe ven. 27 nov. 2026 à 16:02, Claire Martin a "
        "écrit :\n> Je pense qu'il faudra relancer la banque si le virement est rejeté.\n> Le "
        "serveur est en panne depuis hier.\n",
        "Thanks so much, Claire.\n\nOn Fri, Nov 27, 2026 at 4:02 PM Claire Martin wrote:\n> The "
        "checkout was down this morning and nobody could pay; I have restarted it.\n",
    ],
)
def test_a_thank_you_above_a_quoted_outage_is_not_urgent(text: str) -> None:
    assert not classify(email(text)).urgent


@pytest.mark.parametrize(
    "text",
    [
        # trial51 §11: settled, and a call day named, above the client's own quoted alarm
        "Merci, c'est parfait, on en reparle vendredi.\n\nLe 3 déc. 2026 à 09:12, Marc a écrit "
        ":\n> URGENT : le site est en panne depuis ce matin, plus aucune commande ne passe.\n",
        "All sorted, works again. Let's go over it on Thursday's call.\n\nOn Thu, Dec 3, 2026 at "
        "9:12 AM Marc wrote:\n> URGENT: the till is down, nobody can pay.\n",
    ],
)
def test_a_settled_reply_above_a_quoted_alarm_is_not_urgent(text: str) -> None:
    assert not classify(email(text)).urgent


def test_a_reply_that_says_it_goes_on_above_a_quoted_alarm_stays_urgent() -> None:
    text = (
        "Still no orders coming in, can you look?\n\nOn Thu, Dec 3, 2026 at 9:12 AM Marc wrote:"
        "\n> URGENT: the site is down since this morning, no orders go through.\n"
    )
    assert classify(email(text)).urgent


URGENT = [
    # Deadlines said in other words.
    "Could you confirm the numbers before noon? The caterer needs the final headcount or they "
    "won't cook.",
    "Peux-tu m'envoyer l'attestation d'assurance avant la fermeture des bureaux ? L'organisateur "
    "refuse notre stand sans.",
    "Can you send me the speech? I'm on stage in 40 minutes.",
    "Pouvez-vous m'envoyer le plan de table ? Les invités arrivent dans vingt minutes.",
    "can you send me the doc for tomorrow please",
    "Could you send the signed lease by tomorrow? The agent gives the flat to someone else "
    "otherwise.",
    "slt c moi, tu peux m'envoyer le doc pr demain stp ? thx",
    "Vous disposez de 24 heures pour régulariser votre déclaration, faute de quoi une majoration "
    "de 10 % sera appliquée.",
    "We have 24 hours to file the corrected return or the penalty applies.",
    # Personal data exposed, a device with files stolen.
    "On s'est fait voler l'ordinateur portable de l'accueil avec les dossiers des bénéficiaires "
    "dedans, non chiffré.",
    "Un stagiaire a partagé le lien du dossier RH en mode public sur le site, tout le monde peut "
    "voir les fiches de paie.",
    "The payslips folder on the drive is shared publicly, anyone with the link can see it.",
    # A rejected payment as the bank writes it; nobody can get in.
    "Votre virement de 52 300 € (salaires novembre) a été rejeté : IBAN bénéficiaire invalide.",
    "Your payment of £8,400 (December rent) has been returned: account closed.",
    "The issue was fixed yesterday but again nobody can log in this morning.",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent_in_other_words(text: str) -> None:
    verdict = classify(email(text))
    assert verdict.urgent and not verdict.possible, verdict.reasons


CALM = [
    # A reminder asked for is not the deadline, which is far.
    "Can you remind me tomorrow morning to sign the lease extension? It's due at the end of "
    "January.",
    # Supposed or long past.
    "Est-ce qu'une fuite de données serait couverte par notre assurance ? Question générale pour "
    "le CA de mars.",
    "Our old website was hacked back in 2019, so for the new one can we plan better security?",
    "What would happen if the server crashed during the gala? Just thinking ahead.",
    "Last year the payroll transfer was rejected once, so could we set up a backup bank for next "
    "year?",
    "Back in 2022 nobody could log in for a week; can we make sure the new portal has a fallback?",
    # The typeface, not the police.
    "Rappelle-moi au plus vite, c'est super urgent, c'est pour le choix de la police du flyer.",
    # Over.
    "Just to let you know the login problem from yesterday is solved, everyone can log in again.",
    "Les paiements avaient échoué le mois dernier mais la banque a tout régularisé.",
    # "er" in a transcript is a hesitation, not the emergency room.
    "hi it's euan er just wondering if you looked at the er the staff rota spreadsheet no rush",
    # Paid, nothing to do, whatever the forwarded notice said.
    "Salut, c'est payé, je te la transfère juste pour tes dossiers. Rien à faire.\n\n"
    "---------- Message transféré ---------\nDe : Facturation\nObjet : Facture 1187\n\n"
    "Merci de régler sous 24 heures.",
    # "PR" is not « pour ».
    "The PR team wants the draft",
]


@pytest.mark.parametrize("text", CALM)
def test_not_urgent_though_it_names_a_harm_or_a_time(text: str) -> None:
    channel = "voicemail" if text.startswith(("hi it's", "Rappelle")) else "email"
    assert not classify(Message("m", channel, text)).urgent


def test_a_far_date_does_not_calm_a_deadline_in_another_sentence() -> None:
    verdict = classify(
        email("The filing is due TODAY by 5pm (I thought it was at the end of January).")
    )
    assert verdict.urgent


@pytest.mark.parametrize(
    "text",
    [
        # a firm's line heading its legal footer, after the sign-off or after "-- "
        # (newcomer100: « Si vous l'avez reçu par erreur » was read as a status check)
        "Bonjour,\n\nPeux-tu me rédiger la partie sécurité du rapport ?\n\nBelle soirée,\n"
        "Sandrine Fabre\nDirectrice d'exploitation\n04 67 00 00 00\n\nAquagarrigue SAS – "
        "délégataire de service public des piscines\nCe message et ses pièces jointes sont "
        "confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer.",
        "Bonjour,\n\nPeux-tu me rédiger la partie sécurité du rapport ?\n\nMerci !\nSandrine\n\n"
        "-- \nSandrine Fabre\n\nAquagarrigue SAS – délégataire de service public des piscines "
        "des Garrigues et du Lez\nCe message et ses pièces jointes sont confidentiels et "
        "destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci "
        "de le supprimer et d'en avertir l'expéditeur.",
        # an estate agent's statutory card and guarantee over the footer (newcomer91)
        "Bonjour,\n\nPourriez-vous nous rédiger la convocation de l'assemblée ?\n\nSandrine "
        "Pellegrini\nCabinet Fabre-Orsini Immobilier\n\nCarte professionnelle n° CPI 1310 2018 "
        "000 031 447 délivrée par la CCI Aix-Marseille-Provence. Garantie financière GALIAN.\n"
        "Ce courriel et ses pièces jointes sont strictement confidentiels. Si vous l'avez reçu "
        "par erreur, merci d'en avertir immédiatement l'expéditeur.",
    ],
)
def test_a_legal_footer_under_a_firms_line_is_no_part_of_the_message(text: str) -> None:
    mail = read_mail(text)
    assert "confidentiels" not in mail.new and "Aquagarrigue" not in mail.new, mail.new
    assert "GALIAN" not in mail.new, mail.new
    assert classify(email(text)).intent == "request"
