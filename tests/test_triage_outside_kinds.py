"""Kinds an outside tester found wrong on the version of session 5 (issue 8, session 6): a
forwarded `>` block cut after its first line, the middle of a long HTML email never read, a
past marker in one sentence silencing a harm in the next, French « besoin de » deadlines,
"found it" read as a fix, a calm aside about another thing keeping the second opinion away,
outages told as "unreachable", prices at zero, « on a pu d'eau », payments no longer taken,
a new RIB to pay today, "people arrive at 2"; and the calm messages that share their words.
Each reproduction is here with variants of its kind."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from boundaries.triage import Intent, Message, classify
from boundaries.triage.batch import triage_line
from boundaries.triage.classify import failed_transcript
from boundaries.triage.intake import decode_line
from boundaries.triage.mail import read_mail
from boundaries.triage.second_opinion import can_change

AT = datetime.fromisoformat("2026-11-30T09:05:00+01:00")


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        (
            "Pour info, ci-dessous.\n\n> De : client important\n> Si le correctif n'est pas en "
            "production ce soir, nous résilions le contrat.\n> Cordialement",
            "nous résilions le contrat",
            "De : client important",
        ),
        (
            "See below, can you handle this?\n\n> From: Acme Bank\n> Subject: Payment rejected\n"
            ">\n> Your payroll transfer of 12,400 was rejected.\n> Please act before 4pm.",
            "Please act before 4pm",
            "From: Acme Bank",
        ),
        (
            "Je te transfère ça :\n> Bonjour,\n> depuis ce matin aucun de nos salariés n'arrive "
            "à se connecter au logiciel de planning.\n> Merci de faire vite.",
            "aucun de nos salariés",
            "Je te transfère ça :\nBonjour,\nMerci",
        ),
    ],
)
def test_a_block_handed_over_by_a_cover_note_is_kept_whole(
    body: str, kept: str, dropped: str
) -> None:
    new = read_mail(body).new
    assert kept in new
    assert dropped not in new


def test_quoted_history_under_a_reply_is_still_history() -> None:
    body = "Thanks, Friday works.\n\n> Can we meet Friday?\n> The server is down again.\n> Dave"
    assert read_mail(body).new == "Thanks, Friday works."


def _html_email(middle: str, filler: str, repeat: int) -> str:
    para = f"<p>{filler}</p>"
    cell = f'<tr><td style="font-family:Calibri;mso-line-height-rule:exactly">{filler}</td></tr>'
    block = para if repeat % 2 else f"<table>{cell * 3}</table>"
    return f"<html><body>{block * repeat}<p>{middle}</p>{block * repeat}</body></html>"


@pytest.mark.parametrize(
    ("middle", "filler", "repeat"),
    [
        (
            "URGENT: our online shop has been showing a casino page since 8am.",
            "We also reviewed the volunteer handbook; it is clearer than last year.",
            301,
        ),
        (
            "Le prélèvement des salaires a été rejeté ce matin, régularisation avant 16 h.",
            "Ligne de relevé : opération habituelle, rien à signaler.",
            400,
        ),
    ],
)
def test_the_middle_of_a_long_html_email_is_searched(middle: str, filler: str, repeat: int) -> None:
    body = _html_email(middle, filler, repeat)
    assert len(body) > 30_000
    line = json.dumps({"id": "m", "channel": "email", "text": body})
    answer = triage_line(line)
    assert answer["urgent"] is True, answer["reasons"]
    assert any("middle" in r for r in answer["reasons"])


def test_a_long_calm_html_email_stays_calm() -> None:
    body = _html_email("See you at the AGM.", "Minutes of the last meeting, nothing to do.", 401)
    answer = triage_line(json.dumps({"id": "m", "channel": "email", "text": body}))
    assert answer["urgent"] is False


URGENT = [
    # A past marker in another sentence does not date the harm.
    "Thanks again for the work last year.\nOur shop has been showing a casino page since 8am.",
    "L'an dernier tout s'était bien passé. Ce matin, le site affiche une page de casino.",
    # « avoir besoin de » with a deadline within a day.
    "Bonjour Claire, on a besoin de la présentation avant demain midi, c'est pour le financeur.",
    "On a besoin du bilan avant demain midi pour la banque.",
    "J'ai besoin des attestations d'ici ce soir pour la préfecture.",
    # Discovering a problem is not solving it.
    "Our HR folder with everyone's ID scans is publicly visible on Google, a member just found it.",
    "A journalist found it: our donor list with home addresses is downloadable from our site.",
    # A system that cannot be reached now.
    "FYI.\n\nYour dedicated server vps-12345 is unreachable since 06:42 UTC. Our teams are "
    "investigating.",
    "Le serveur de la compta est injoignable depuis 7h, personne ne peut saisir.",
    "the booking site has been unreachable all morning",
    # Prices at zero.
    "Depuis la mise à jour d'hier soir tous les prix de la boutique sont revenus à zéro euro.",
    "Ever since the plugin update the shop sells everything at 0.00.",
    # A utility gone, said without « ne » or with « pu ».
    "on a pu d'eau au resto depuis midi, on sait pas quoi faire",
    "on a plus d'eau au resto depuis midi",
    # Payments no longer taken.
    "Je crois que la boutique ne prend plus les paiements, deux clientes m'ont appelée, tu peux "
    "vérifier ?",
    "the shop is not taking payments anymore",
    "le terminal n'accepte plus les cartes",
    # A payee's new bank details with a payment today.
    "Le prestataire nous demande de payer sur un nouveau RIB aujourd'hui, c'est normal ?",
    "Le fournisseur a changé de RIB et veut le virement ce matin.",
    # Asked whether it is ready, then an event at a bare clock time.
    "Are the name badges done? People arrive at 2.",
    "is the room booked? the guests come at 6",
    # Nobody among many can get in.
    "depuis ce matin aucun de nos salariés n'arrive à se connecter au logiciel de planning",
    # Every card declined, told as the terminal shows it (second tester of the session).
    "the payment terminal in the shop says 'declined' for every card since we opened",
    "toutes les cartes sont refusées au TPE",
    "Le terminal de paiement affiche « transaction refusée » pour toutes les cartes depuis "
    "l'ouverture.",
    # Water coming in.
    "Hi,\n\nThere's water coming through the ceiling onto the server rack right now.\n\nAnna",
    "Il y a de l'eau qui coule du plafond sur la baie serveur en ce moment.",
    # Prices at zero, in other words.
    "every product is priced at $0 on the shop",
    "prices on the menu app reset to zero after the update",
    "les prix sont tous à zéro sur la caisse",
    # A phone line or a server that cannot be reached.
    "le standard est injoignable depuis ce matin",
    "the server is not responding",
    # What is gone, said first.
    "plus d'internet au bureau, rien marche",
    "y a pu rien qui marche au bureau",
    # Finding the cause is not a fix.
    "j'ai trouvé la cause : l'abonnement n'a pas été renouvelé, les mails ne partent plus",
    "on a trouvé la cause, c'est la box. toujours pas d'internet au cabinet",
    # A calm word about one matter, then another matter.
    "Bonjour, Tout va bien pour la facture, merci. Autre chose : j'ai reçu par erreur les "
    "fiches de paie d'une autre association, avec les salaires et les adresses.",
    "Hi, All fine with the invoice, thanks. Other thing: we received someone else's payslips "
    "by mistake, with their home addresses.",
    "Bonjour, Rien de grave pour la facture. Autre sujet : nous n'avons plus d'eau chaude ni de "
    "chauffage à la crèche depuis ce matin.",
    # A need with a clause before its object, or owed in other words.
    "Bonjour, Nous avons besoin, au plus tard demain à 9 h, des chiffres du trimestre.",
    "Hello, We need, by tomorrow at 9 at the latest, the figures for the quarter. Thanks Amy",
    "we need your sign-off before midday tomorrow",
    "faut qu'on rende le dossier avant minuit ce soir",
    "le dossier est à rendre avant minuit, t'as pu relire ?",
    # Asked whether it is ready, then people arriving soon.
    "c'est prêt ? ils arrivent dans 1h",
    "done with the seating plan? guests at 7",
    "are the gift bags done? guests come at lunchtime",
    # Lines out, told in other words.
    "le standard téléphonique est injoignable, les patients n'arrivent pas à nous appeler",
    "Hi, The POS back office is not reachable from the store since opening. Best, Omar",
    "c'est trouvé, le câble est sectionné par les travaux. plus de téléphone ni internet "
    "jusqu'à nouvel ordre",
    "y a pu personne qui peut se connecter au logiciel",
    "la caisse n'encaisse plus rien",
    "HelloAsso ne prend plus les dons depuis ce matin, la campagne c'est aujourd'hui",
    # Prices reset, in more words.
    "hello it's Gemma from the bakery all the prices on the tills have gone back to zero since "
    "the update this morning",
    "prices reset after the update, everything's back to default",
    # A payee's bank changed, with a payment today.
    "RIB modifié pour le loyer, le prélèvement part aujourd'hui, c'est bon ?",
    "The charity emailed to say they've moved banks; the grant instalment of £12k goes out today.",
]

CALM = [
    # A call wished for, not a deliverable.
    "besoin de te parler demain matin, tu es dispo ?",
    # Unavailable at a time to come, or on purpose.
    "The booking site will be unavailable on Saturday for maintenance.",
    "Le site sera indisponible demain entre 2h et 4h.",
    "The shop is unavailable tomorrow due to the maintenance window.",
    "I'm unavailable tomorrow, can we move our call?",
    # A policy, not a breakage.
    "We don't accept card payments at the market stall, only cash, is that a problem for the app?",
    # « on a pu » is still the participle before anything but a utility.
    "on a pu venir hier, merci pour l'accueil",
    # Sparkling water for a meeting; cards no longer taken from a date to come.
    "on a pu d'eau gazeuse pour la réunion de lundi, tu peux en prendre ?",
    "on prend plus les cartes à partir de janvier, tu peux mettre à jour le site ?",
    "Les cartes refusées le mois dernier ont toutes été remboursées, tout va bien.",
    # A call wished for; a date to come; a harm denied.
    "hi it's tom I need to move our meeting tomorrow, can we do eleven thirty instead?",
    "Are the badges ready? People arrive at 2 next Tuesday.",
    "Bonne nouvelle : en revanche le compte n'a pas été piraté, tout est en ordre.",
    "je suis joignable au bureau toute la journée si besoin",
    # Solved, or cleaned up.
    "Last week our mailbox sent spam for a day, it's all cleaned up now. Can you send me your "
    "invoice?",
    "Nobody could log in earlier but the provider fixed it at 10, we're fine.",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    verdict = classify(Message("m", "email", text))
    assert verdict.urgent, verdict.reasons


@pytest.mark.parametrize("text", CALM)
def test_calm_despite_the_same_words(text: str) -> None:
    verdict = classify(Message("m", "email", text, at=AT))
    assert not verdict.urgent, verdict.reasons


def test_a_time_to_come_after_runs_again_is_no_fix() -> None:
    text = (
        "The weekly patient export went to the wrong email this week, with names and insurance "
        "numbers. It runs again tonight at 11pm. Can you stop it?"
    )
    verdict = classify(Message("m", "email", text))
    assert verdict.urgent, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The newsletter issue is sorted, no worries. Separately, the donation page has been "
        "taking payments twice since this morning.",
        "The login problem is fixed. Our phones stopped ringing this morning, customers say the "
        "number is not in service.",
    ],
)
def test_a_calm_aside_about_another_thing_leaves_the_rest_to_the_second_opinion(
    text: str,
) -> None:
    verdict = classify(Message("m", "email", text))
    assert not any(r.startswith("not urgent:") for r in verdict.reasons)
    assert can_change(verdict)


def test_a_calm_about_the_problem_itself_still_keeps_the_second_opinion_away() -> None:
    verdict = classify(Message("m", "email", "The site was down this morning, it's back up now."))
    assert not verdict.urgent
    assert not can_change(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "Transcript unavailable for this message.",
        "Message vocal : transcription non disponible.",
        "[Transcription indisponible]",
    ],
)
def test_provider_placeholders_are_failed_transcripts_the_model_does_not_judge(text: str) -> None:
    message = Message("m", "voicemail", text)
    assert failed_transcript(message)
    verdict = classify(message)
    assert verdict.intent is Intent.UNKNOWN and not verdict.content_free
    assert not can_change(verdict)


def test_a_byte_order_mark_before_the_first_line_is_skipped() -> None:
    data = decode_line('\ufeff{"id": "1", "channel": "sms", "text": "hi"}')
    assert data == {"id": "1", "channel": "sms", "text": "hi"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # A thank-you for one item, then a question where another stands.
        (
            "Merci pour le dépôt de la subvention ! Et la convention avec la mairie, elle avance ?",
            Intent.STATUS_CHECK,
        ),
        ("Merci pour le logo ! Et le site, il sera en ligne quand ?", Intent.STATUS_CHECK),
        ("Hi, did the move to the new hosting happen? Thanks Dave", Intent.STATUS_CHECK),
        # Work asked for, not a meeting.
        (
            "The font on the invoices is a bit small, can you make it bigger next time?",
            Intent.REQUEST,
        ),
        ("Please have the slides ready for the board meeting tomorrow morning.", Intent.REQUEST),
        ("need the press release tonight", Intent.REQUEST),
        # Confirming a meeting.
        ("tjs ok pr la reu de jeudi ?", Intent.SCHEDULING),
        ("Can you make it Thursday at 10?", Intent.SCHEDULING),
        ("Can we move our call to Friday?", Intent.SCHEDULING),
        # A set written by a new author (older, formal, non-native writers).
        (
            "Monsieur,\n\nMaître Roussel me charge de vous demander où nous en sommes concernant "
            "le renouvellement du nom de domaine.",
            Intent.STATUS_CHECK,
        ),
        (
            "I wondered whether you had got round to the wireless for the garden room at all?",
            Intent.STATUS_CHECK,
        ),
        (
            "could we make an appointment for the first of december for you to come and look",
            Intent.SCHEDULING,
        ),
        ("Free for a quick call at 3? Siobhan", Intent.SCHEDULING),
        # status asked in few words, as people type them
        ("new price list on the website yet or?", Intent.STATUS_CHECK),
        ("Any luck tracking down the missing invoices?", Intent.STATUS_CHECK),
        ("hey where we at with the newsletter template", Intent.STATUS_CHECK),
        ("the direct debit for the members, is it set up already or not yet?", Intent.STATUS_CHECK),
        ("Les nouveaux badges, c'est commandé ou pas encore ?", Intent.STATUS_CHECK),
        ("Pour la box du local, t'as pu t'en occuper ?", Intent.STATUS_CHECK),
        ("le devis pour la mairie ça donne quoi ?", Intent.STATUS_CHECK),
        ("Les fiches de paie elles partent quand ?", Intent.STATUS_CHECK),
        (
            "le renvoi vers le vétérinaire de garde il marche plus, les propriétaires ne peuvent "
            "plus nous joindre, vous pouvez regarder ?",
            Intent.REQUEST,
        ),
    ],
)
def test_intent(text: str, intent: Intent) -> None:
    assert classify(Message("m", "sms", text)).intent is intent


@pytest.mark.parametrize("text", ["Call me back at 3? Dave", "rappelle-moi vers 15 h ? Marc"])
def test_a_call_at_an_offered_time_is_scheduling_not_content_free(text: str) -> None:
    verdict = classify(Message("m", "sms", text))
    assert verdict.intent is Intent.SCHEDULING and not verdict.content_free


@pytest.mark.parametrize(
    "text",
    [
        "Call me back. Dave",
        "rappelle-moi stp, Marc",
        # typed in a hurry, softened, or asking for an answer to the message itself
        "Bonjour c Aurélien rapel moi stp",
        "Claire c'est Jo, rappel moi quand tu peux",
        "hiya it's dawn could you just phone me back when you're free ta",
        "Madam kindly reply my message. Tunde",
        "Hi, please respond to my text when you get a sec. Priya",
    ],
)
def test_a_bare_call_back_stays_content_free(text: str) -> None:
    assert classify(Message("m", "sms", text)).content_free
