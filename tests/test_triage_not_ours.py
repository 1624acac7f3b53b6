"""Kinds found on the author-q/-r and realtext13 sets (issue 8), each in words of our own:
trouble said to be someone else's, routine work about an alarming subject, details of many
people or credentials exposed, a thing that must go out tomorrow, a hire starting tomorrow,
and a signature set off by a rule of stars."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage.dates import distant_deadline
from boundaries.triage.text import normalise
from tests.triage_support import triage

AT = "2026-12-07T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "The bank had a big outage this morning. Our transfers went through, it didn't affect us.",
        "Heads up: a supplier of ours was hit by ransomware last week. We have not been affected "
        "at all, I just thought you'd want to know.",
        "Un incendie a ravagé l'entrepôt voisin cette nuit. Nous ne sommes pas concernés, les "
        "pompiers sont repartis.",
        "Pour info le transporteur est en grève depuis hier, on n'a rien en cours donc ça ne nous "
        "touche pas.",
        "Le site de notre concurrent a été piraté, ils ont tout perdu. Chez nous tout fonctionne "
        "normalement, je voulais juste te le dire.",
        "The bakery next door had its card terminals stolen on Sunday. We're all fine, just "
        "thought you'd like to know.",
        "Le club voisin s'est fait voler ses ordinateurs le week-end dernier. Tout va bien chez "
        "nous, c'était pour info.",
        # a recall at a supplier the sender does not use (newcomer25 fb11, kept calm once a
        # germ found became a harm of its own)
        "There's a recall on lettuce from a grower in Kent, salmonella. We don't buy from "
        "them, ours comes from the allotment.",
        "Rappel de lots de fromage pour listeria chez Lactalis, on n'achète pas chez eux, pour "
        "info.",
    ],
)
def test_trouble_said_not_to_reach_the_sender_is_not_urgent(text: str):
    out = triage(text, at=AT)
    assert out["urgent"] is False, out
    assert out["urgency"] == "none", out  # said so: the second opinion is not asked


@pytest.mark.parametrize(
    "text",
    [
        "The bank is down for everyone this morning; it doesn't affect us much, but our own "
        "customers cannot pay at the tills since 9.",
        "Le transporteur est en grève, ça ne nous touche pas trop, mais depuis ce matin aucune "
        "commande ne part et les clients appellent.",
    ],
)
def test_a_problem_of_their_own_after_but_stays_urgent(text: str):
    assert triage(text, at=AT)["urgent"] is True


def test_people_all_fine_after_a_breakage_of_today_is_no_calm_word():
    # "we're all fine" covers others' trouble told of another day, not a breakage of today
    out = triage("The server crashed this morning. We're all fine.", "sms", at=AT)
    assert out["urgent"] is True, out


@pytest.mark.parametrize(
    "text",
    [
        "FYI our shop was offline for half an hour last night; it's been back up since 11 and no "
        "orders were lost.",
        "Heads up: the booking page went down around 6am, everything has been back to normal "
        "since 6:40.",
    ],
)
def test_back_up_since_a_time_is_over(text: str):
    out = triage(text, at=AT)
    assert out["urgent"] is False, out
    assert any(r.startswith("not urgent: the problem is over") for r in out["reasons"]), out


@pytest.mark.parametrize(
    "text",
    [
        "fyi the donation form sends everyone to a 404 page since this morning",
        "depuis ce matin le panier renvoie une erreur 500, personne ne peut commander",
    ],
)
def test_an_error_page_by_its_code_since_today_is_urgent(text: str):
    assert triage(text, "sms", at=AT)["urgent"] is True


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("is the seating plan on the site yet? the gala's tomorrow and people keep asking", True),
        ("le programme est en ligne ? le colloque c'est demain et on me le demande", True),
        ("Our wedding is tomorrow, thank you for everything you did!", False),
    ],
)
def test_a_question_about_work_needed_for_an_event_of_tomorrow(text: str, urgent: bool):
    assert triage(text, "sms", at=AT)["urgent"] is urgent


@pytest.mark.parametrize(
    "text",
    [
        "Demain matin nous faisons une simulation de piratage avec notre assureur, toute "
        "l'équipe y participe.",
        "Tomorrow we run a phishing exercise for all staff, so expect some fake alerts in the "
        "morning.",
    ],
)
def test_routine_work_about_an_alarming_subject_is_said_not_urgent(text: str):
    out = triage(text, at=AT)
    assert out["urgent"] is False, out
    assert any(r.startswith("not urgent: routine work") for r in out["reasons"]), out


@pytest.mark.parametrize(
    "text",
    [
        "Just so you know, the parents' portal shows everybody's home addresses to any parent "
        "who logs in.",
        "Our intern pasted the admin passwords of the shop into the public Slack channel.",
        "J'ai envoyé par erreur les mots de passe du serveur à un fournisseur.",
        "Someone noticed the live API keys are in a file on the public repository.",
    ],
)
def test_details_of_many_people_or_credentials_exposed_are_urgent(text: str):
    assert triage(text, "voicemail", at=AT)["urgent"] is True


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("le bon de commande doit partir demain matin, tu peux le valider ?", True),
        ("la newsletter doit sortir demain à 8h et elle n'est pas relue", True),
        ("je dois partir demain matin tôt, on peut décaler notre point ?", False),
        ("La nouvelle serveuse commence demain à 8h, la DPAE est faite ?", True),
        ("Notre comptable commence en mars, tu prépares sa déclaration d'embauche ?", False),
    ],
)
def test_what_must_go_out_or_be_declared_by_tomorrow(text: str, urgent: bool):
    assert triage(text, "sms", at=AT)["urgent"] is urgent


def test_a_signature_set_off_by_a_rule_of_stars_is_no_part_of_the_message():
    text = (
        "Bonjour Claire,\n\nPourriez-vous me rappeler quand vous aurez un moment ?\n\n"
        "Bien cordialement,\n\nNadine Roux\nResponsable administrative\n"
        "Cabinet Roux & Associés\n12 rue des Lilas – 31000 Toulouse\n"
        "Tél. : 05 61 00 00 00\n\n" + "*" * 60 + "\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
        "destinataires. Si vous l'avez reçu par erreur, merci de le supprimer.\n" + "*" * 60
    )
    out = triage(text, at=AT)
    assert out["content_free"] is True and out["intent"] == "unknown", out


@pytest.mark.parametrize(
    "text",
    [
        "Le flux bancaire affiche des doublons partout, tu pourras m'expliquer ? Ça peut "
        "attendre janvier.",
        "The VAT report has a few odd lines, could you look at it some time? It can wait, "
        "no panic.",
        "pas de panique mais tu pourras regarder pourquoi les factures sortent en anglais ?",
    ],
)
def test_saying_it_can_wait_is_a_calm_word(text: str):
    out = triage(text, at=AT)
    assert out["urgent"] is False and out["urgency"] == "none", out


def test_a_meeting_that_must_not_fall_on_a_date_is_no_fall():
    text = (
        "rien de spécial, juste pour savoir si le notaire a fixé le rendez-vous, faudrait pas "
        "que ça tombe pendant les vacances de Léa"
    )
    assert triage(text, "voicemail", at=AT)["urgent"] is False


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("the website lists the workshop at 15 euros instead of 150, two people booked it", True),
        ("la boutique affiche le coffret à 9,90 € au lieu de 99 €, on a déjà 4 commandes", True),
        ("can we meet at 10 instead of 11 at the shop tomorrow?", False),
    ],
)
def test_a_wrong_price_on_sale(text: str, urgent: bool):
    assert triage(text, "sms", at=AT)["urgent"] is urgent


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("on ne reçoit plus les commandes du site depuis ce matin, tu peux regarder ?", True),
        ("we've not been getting any enquiries through the contact form since Monday", True),
        ("no bookings have come through since yesterday lunchtime, is the site ok?", True),
        ("I haven't received your invoice yet, could you resend it?", False),
    ],
)
def test_what_flows_in_every_day_has_stopped(text: str, urgent: bool):
    assert triage(text, "sms", at=AT)["urgent"] is urgent


@pytest.mark.parametrize(
    "text",
    [
        "A woman rang saying she was from the bank and asked for the card number. I read it out "
        "to her before I realised.",
        "un monsieur a appelé de la part de l'hébergeur, il voulait le mot de passe admin, je le "
        "lui ai donné",
    ],
)
def test_credentials_handed_over_after_they_are_named(text: str):
    assert triage(text, "voicemail", at=AT)["urgent"] is True


def test_other_peoples_appointments_seen_by_a_client():
    text = "une patiente voit les rendez-vous d'autres personnes quand elle se connecte au site"
    assert triage(text, "voicemail", at=AT)["urgent"] is True


@pytest.mark.parametrize(
    "text",
    [
        "le serveur de test est en panne depuis ce matin, tu regarderas",
        "the staging site is broken since this morning, have a look when you're back",
    ],
)
def test_a_fault_on_a_test_system_is_not_the_live_one(text: str):
    out = triage(text, "sms", at=AT)
    assert out["urgent"] is False and out["urgency"] == "none", out


def test_the_live_system_named_beside_a_test_one_stays_urgent():
    out = triage("the live site is down and the test server too", "sms", at=AT)
    assert out["urgent"] is True and out["urgency"] == "urgent", out


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("la vieille imprimante est en panne mais pas de panique, on imprime à l'étage", False),
        ("the old laptop died, no rush, we have spares", False),
        ("the site is down, no rush on the invoice, but customers can't pay", True),
    ],
)
def test_a_calm_word_later_in_the_sentence_of_a_harm(text: str, urgent: bool):
    assert triage(text, "sms", at=AT)["urgent"] is urgent


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("le cabinet sera fermé demain pour l'inventaire, juste pour info", False),
        ("the shop will be closed tomorrow for stocktaking, just so you know", False),
        ("le portail des aides ferme demain à midi et le dossier n'est pas déposé", True),
    ],
)
def test_a_place_closed_tomorrow_is_news_a_window_closing_is_a_deadline(text: str, urgent: bool):
    assert triage(text, "email", at=AT)["urgent"] is urgent


def test_an_answer_that_came_back_is_no_fault_over():
    out = triage("the test results came back and the server is down since 9", "sms", at=AT)
    assert out["urgent"] is True, out


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("on a reçu une mise en demeure des impôts, on a quinze jours pour répondre", False),
        ("we got a penalty letter from the tax office, we have 10 days to reply", False),
        ("mise en demeure reçue ce matin, il faut payer avant ce soir sinon saisie", True),
    ],
)
def test_a_notice_with_days_to_act_can_wait_one_due_today_cannot(text: str, urgent: bool):
    assert triage(text, "voicemail", at=AT)["urgent"] is urgent


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("I'm sorry, I have to cancel tomorrow's training, could we find a date in March?", False),
        ("je dois annuler l'atelier de demain, on peut le refaire en janvier ?", False),
    ],
)
def test_calling_off_tomorrows_session_is_no_deadline(text: str, urgent: bool):
    assert triage(text, at=AT)["urgent"] is urgent


def test_an_authorisation_never_given_is_no_routine_work():
    text = (
        "la mairie n'a jamais validé l'autorisation de voirie et la police dit qu'elle "
        "verbalise dans une heure si le camion reste là"
    )
    assert triage(text, "voicemail", at=AT)["urgent"] is True


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("The auditors come tomorrow at 9. They want the stock sheets. Are they ready?", True),
        ("Le jury se réunit demain matin. Il attend le dossier complet. C'est prêt ?", True),
        ("We met the auditors yesterday at 9. Is the follow-up done?", False),
        ("Tomorrow at 10 works for me. Is the agenda ready?", False),
    ],
)
def test_is_it_ready_after_the_event_it_is_for(text: str, urgent: bool):
    assert triage(text, at=AT)["urgent"] is urgent


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("could you send the slides over? the meeting is 9am tomorrow", True),
        ("tu peux m'envoyer le diaporama ? la réunion est demain à 9h", True),
        ("can we meet? tomorrow at 10 works for me", False),
        ("on se fait un point ? demain 10h ?", False),
    ],
)
def test_the_meeting_a_deliverable_is_for_is_no_meeting_to_arrange(text: str, urgent: bool):
    assert triage(text, "sms", at=AT)["urgent"] is urgent


@pytest.mark.parametrize(
    ("text", "far"),
    [
        ("le frigoriste ne peut pas venir avant lundi", False),
        ("no engineer can come until Monday and the freezer is at 12 degrees", False),
        ("le dossier est à rendre avant lundi", True),
        ("the report is due by Monday", True),
    ],
)
def test_help_that_cannot_come_before_a_day_is_no_deadline_on_that_day(text: str, far: bool):
    # Thursday 3 December: Monday is four days away. A repairer who cannot come before then
    # says how long the harm lasts; it must not tell the second opinion the matter can wait.
    sent = datetime.fromisoformat("2026-12-03T07:35:00+01:00")
    assert (distant_deadline(normalise(text), sent) is not None) is far
