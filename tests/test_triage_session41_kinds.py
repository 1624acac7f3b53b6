"""Kinds found in session 41 on realtext34 (public posts to vendors and maintainers) and left
from a newcomer's trial (trial42), each in words of our own.

Not a deadline: a time already lasted ("for the past 24 hours", « depuis 48 heures », « ces
dernières 24 heures »), a call-back someone promised the sender and did not make ("they said
someone would call me within the hour"). Not a harm: « je suis tombé par hasard sur … » (to
come across). Topic: "where are the minutes" asks for a record, not a time.
"""

from __future__ import annotations

import pytest

from boundaries.triage.answered import Update
from tests.answered_support import linked_update, sent_update
from tests.triage_support import rules

AT = "2026-12-03T10:00:00+01:00"


# --- a time lasted or promised is no deadline ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I bought the yearly plan but no receipt came. For the past 24 hours I've been "
        "checking my inbox and spam folder. Can you please help?",
        "Bonjour, depuis 48 heures j'attends le mail avec mon code d'activation, "
        "pouvez-vous vérifier ?",
        "Over the last 24 hours I have refreshed the order page a dozen times; could you "
        "tell me whether my voucher was issued?",
        "Ces dernières 24 heures j'ai essayé trois fois de renouveler l'abonnement, "
        "pouvez-vous regarder ?",
    ],
)
def test_a_time_already_lasted_is_no_deadline(text: str) -> None:
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Can you send me the signed lease within 24 hours? The notary closes the file tomorrow.",
        "Pouvez-vous nous envoyer l'attestation dans les 24 heures ? La banque la demande.",
    ],
)
def test_a_time_left_of_24_hours_is_still_a_deadline(text: str) -> None:
    answer = rules(text, at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The man at the helpline said this morning someone will call you within the hour to "
        "explain. Never got a call. At least send me an email with the steps.",
        "Le conseiller m'a dit qu'on me rappellerait dans l'heure, je n'ai jamais eu d'appel. "
        "Envoyez-moi au moins la marche à suivre par mail.",
    ],
)
def test_a_call_back_promised_to_the_sender_is_no_deadline(text: str) -> None:
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


def test_a_reply_wanted_within_the_hour_stays_urgent() -> None:
    answer = rules(
        "Send me the revised quote within the hour please, the buyer signs at 11.", at=AT
    )
    assert answer["urgent"], answer["reasons"]


# --- « tomber sur » ---------------------------------------------------------------------------


def test_coming_across_a_project_is_no_fall() -> None:
    text = (
        "Bonjour, le boîtier de ma chaudière venant de griller, je suis tombé par hasard sur "
        "votre projet. Est-ce que ça marche aussi avec un Raspberry ?"
    )
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "bonjour c'est pour mon père il est tombé dans l'escalier de l'atelier on attend le samu",
        "le serveur est tombé ce matin, plus personne ne peut travailler",
    ],
)
def test_a_fall_or_a_server_down_stays_urgent(text: str) -> None:
    answer = rules(text, "voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]


# --- topic ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("where are the minutes?", "minutes"),
        ("hi, could you send the draft minutes before Friday", "draft minutes"),
    ],
)
def test_the_minutes_asked_for_are_a_record(text: str, topic: str) -> None:
    assert rules(text, "sms", at=AT)["topic"] == topic


def test_minutes_counted_are_no_topic() -> None:
    assert rules("give me ten minutes", "sms", at=AT)["topic"] == ""


# --- newcomer80 (a web developer's small clients) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # others' private details shown to whoever looks
        "When you pick a slot on the booking page, the pop-up shows the name, mobile number "
        "and reason for visit of the patient booked just before. Can you look?",
        "Bonjour, la page d'inscription affiche le nom et le téléphone des autres adhérents "
        "quand on clique sur un cours.",
        "hi it's ann from the club someone uploaded the volunteer list to the website and it "
        "has everyone's phone numbers and home addresses on it can you take it off",
        # every buyer turned away at the till
        "the online shop has been saying card declined for everyone since eleven, we've had "
        "four emails already, could you look",
        "Depuis ce matin les paiements par carte sont refusés pour tous les clients du site.",
        # everything at nothing
        "since the update every course on the shop shows £0.00 and two people have booked "
        "for free, should I close the shop?",
    ],
)
def test_data_shown_payments_refused_or_prices_at_nothing_are_urgent(text: str) -> None:
    answer = rules(text, "voicemail" if text.islower() else "email", at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Could you add a page that lists the names of the members of the committee?",
        "The contact page shows the phone number of the shop twice, can you fix that?",
        "Can you send me everyone's mobile numbers for the rota?",
        "the basket total shows 0.00 when the basket is empty, is that normal?",
    ],
)
def test_details_asked_for_or_an_empty_basket_are_not_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # "so it's not us": not the sender's device, the site itself
        "Just so you know, the site has been a blank page since 7 with 'Error establishing a "
        "database connection'. Same on my phone and at my wife's, so it's not us.",
        # a page that impersonates them
        "hi it's tom two customers say the booking email has a link to some casino site "
        "that's definitely not us and the emails are still going out, call me",
        # « pour le reste » names the rest, not the trouble told
        "Coucou, petites choses : la photo de l'accueil à changer, et depuis ce matin les "
        "paiements pour l'atelier de demain ne passent plus. Pour le reste rien ne presse.",
    ],
)
def test_calm_words_about_something_else_do_not_calm_the_trouble(text: str) -> None:
    answer = rules(text, "email", at=AT)
    assert answer["urgent"], answer["reasons"]


def test_a_story_not_ours_stays_not_urgent() -> None:
    text = "The break-in at the garage on the news last night, that's not us, it's the other one."
    assert not rules(text, at=AT)["urgent"]


def test_a_forwarded_alert_the_note_says_is_over_is_not_urgent() -> None:
    text = (
        "FYI, got this overnight. It came back on its own after a few minutes, probably the "
        "upgrade the hosting company had planned. All fine this morning.\n\nNigel\n\n"
        "---------- Forwarded message ---------\nFrom: Monitor "
        "<alert@monitor.example>\nSubject: Site is DOWN\n\nYour site is DOWN (HTTP 503 - "
        "Service Unavailable)."
    )
    answer = rules(text, at=AT, subject="Fwd: Site is DOWN")
    assert not answer["urgent"], answer["reasons"]


def test_a_forwarded_alert_with_a_trouble_of_the_notes_own_stays_urgent() -> None:
    text = (
        "FYI the alert below came back on its own. But the checkout has been failing since "
        "9 and customers cannot pay.\n\n---------- Forwarded message ---------\nFrom: "
        "Monitor\nSubject: Site is DOWN\n\nSite is DOWN (503)."
    )
    assert rules(text, at=AT)["urgent"]


def test_a_closing_time_of_a_day_said_in_words_is_no_deadline_today() -> None:
    text = (
        "bonjour c'est la boulangerie euh le vingt-quatre et le trente-et-un on ferme à "
        "dix-sept heures est-ce que vous avez pu le mettre sur le site"
    )
    assert not rules(text, "voicemail", at=AT)["urgent"]


# --- newcomer81 (farms) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "it's sean the slurry pit overflowed and it's running down the ditch into the stream "
        "we're putting sandbags across what do we tell the council",
        "c'est paul le fioul de la cuve part dans le ruisseau derrière la ferme qu'est-ce "
        "qu'on fait",
        "sophie c'est luc la vache a vêlé cette nuit elle se relève pas et le véto répond pas",
        "it's tom we're on the call with the buyer right now going through next season's "
        "prices and dad won't agree to anything without you can you dial in",
        "frost tonight and the new plants are just through, the lads need to know by five if "
        "they're staying late to cover them",
    ],
)
def test_farm_emergencies_told_flatly_are_urgent(text: str) -> None:
    answer = rules(text, "voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Last year the slurry overflowed into the river and we were fined; this year we want "
        "a bigger tank. Can we talk about it next month?",
        "oui c'est pierre on a un contrôle en juin, l'an dernier le voisin ils lui ont mis une "
        "amende et une mise en demeure, faudrait qu'on se voie avant",
        "crew came at 4, top field covered by dark. lost a few rows. thanks",
        "I read this morning that a cold snap is possible around the 12th. I really don't want "
        "to be caught out again. Should we rent wind machines? No hurry, next week is fine.",
    ],
)
def test_farm_news_past_or_ahead_is_not_urgent(text: str) -> None:
    answer = rules(text, "email", at=AT)
    assert not answer["urgent"], answer["reasons"]


# --- trial43 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi claire it's jen um just a quick one no rush really the auditor is coming tomorrow "
        "at nine and we still don't have the signed statement from you",
        "hey it's jen, the deadline for the state arts grant is today at five pm and the "
        "portal wants your sign off, nothing dramatic",
    ],
)
def test_a_deadline_with_someone_waiting_is_not_calmed_by_manner(text: str) -> None:
    answer = rules(text, "voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]
    assert "dramatic" not in answer["topic"]


@pytest.mark.parametrize(
    "text",
    [
        "No rush, could you send me the draft by tomorrow morning? Thanks",
        "pas d'urgence, tu peux m'envoyer la facture demain ?",
    ],
)
def test_a_small_ask_said_unhurried_stays_not_urgent(text: str) -> None:
    assert not rules(text, "sms", at=AT)["urgent"]


def test_the_matter_said_to_wait_is_not_the_urgent_topic() -> None:
    text = (
        "Bonjour Claire,\n\nPas d'urgence pour le compte rendu. Sinon, petit souci : l'URSSAF a "
        "prélevé deux fois les cotisations ce matin, 12 000 €, le compte est à découvert et "
        "les salaires partent demain.\n\nMarc"
    )
    answer = rules(text, at=AT)
    assert answer["urgent"]
    assert "compte rendu" not in answer["topic"]


def test_pas_de_panique_is_no_topic() -> None:
    text = "salut c'est marc pas de panique mais l'huissier est passé ce matin il revient à 15 h"
    answer = rules(text, "voicemail", at=AT)
    assert answer["urgent"] and "panique" not in answer["topic"]


def test_the_consultants_own_words_quoted_back_are_no_news() -> None:
    text = (
        "Merci Claire !\n\nEt pour le budget prévisionnel, tu en es où ?\n\nMarc\n\nLe lun. 30 "
        "nov. 2026 à 09:30, Claire Martin <claire@conseil.example> a écrit :\n> Bonjour Marc, "
        "le rapport est envoyé au conseil. URGENT : merci de relire avant ce soir."
    )
    answer = rules(text, at="2026-11-30T11:00:00+01:00")
    assert not answer["urgent"], answer["reasons"]


# --- answered-by ----------------------------------------------------------------------------

JEN = "jen@harbouryouth.example"


def _grant_updates() -> list[Update]:
    return [
        sent_update(
            "u-state",
            JEN,
            "State foundation grant report",
            "Hi Jen, the state foundation grant report is finished and submitted.",
            "2026-11-30T10:02:00+01:00",
        )
    ]


def test_a_report_for_another_body_is_not_answered() -> None:
    """trial43: "the grant report for the city arts council" was linked to the update on the
    state foundation's grant report by "grant, report"."""
    text = "Hi Claire, where are we on the grant report for the city arts council? Thanks, Jen"
    assert linked_update(text, JEN, _grant_updates(), at="2026-12-02T09:00:00+01:00") is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi Claire, where are we on the grant report for the state foundation? Thanks, Jen",
        "Hi Claire, the board asked me this morning: where are we on the grant report? Jen",
    ],
)
def test_the_report_for_the_same_body_is_still_answered(text: str) -> None:
    assert linked_update(text, JEN, _grant_updates(), at="2026-12-02T09:00:00+01:00") == "u-state"


def test_a_reminder_with_the_senders_own_step_is_not_urgent() -> None:
    """trial43: "Reminder: our standing call is tomorrow 10am, I'll send the link" was urgent
    by "send … tomorrow"; sending is the sender's own step."""
    answer = rules("Reminder: our standing call is tomorrow 10am, I'll send the link", "sms", at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Hi Claire,\n\nFollowing up on your update from Monday about the website: thanks, "
            "that's all clear. One new thing: could you draft the volunteer handbook when you "
            "have time?\n\nJen",
            "request",
        ),
        (
            "hey it's tasha just following up on my email from monday about the rota",
            "status_check",
        ),
    ],
)
def test_following_up_on_a_message_is_no_status_check_by_itself(text: str, intent: str) -> None:
    assert rules(text, at=AT)["intent"] == intent


def test_the_town_hall_by_either_name_is_one_body() -> None:
    """« la demande de subvention auprès de la mairie » is the one the update "Subvention Ville
    de Lille – dossier déposé" tells of (author-d, author-r: kept linked)."""
    to = "jp@club.example"
    updates = [
        sent_update(
            "u-ville",
            to,
            "Subvention Ville de Lille – dossier déposé",
            "Bonsoir Jean-Pierre, le dossier de demande de subvention 2027 auprès de la Ville "
            "de Lille a été déposé hier, avec le budget prévisionnel.",
            "2026-11-20T18:00:00+01:00",
        )
    ]
    text = "Bonjour Claire, le dossier de subvention pour la mairie, il est parti ? Jean-Pierre"
    assert linked_update(text, to, updates, at="2026-11-25T10:00:00+01:00") == "u-ville"


def test_no_rush_with_the_meeting_far_off_stays_not_urgent() -> None:
    """newcomer60: a long brief with "who comes to the taproom today", a lawyer named, and
    "No rush, the bank meeting is late February" stays not urgent."""
    text = (
        "Hi Yannick,\n\nWe're looking at a second taproom in 2028. Before I go to the bank I'd "
        "like a proper analysis:\n\n1. Who actually comes to the taproom today: we have the "
        "loyalty app data with postal codes.\n2. Would a second one steal from the first?\n\n"
        "The permit side is not your thing, we have a lawyer for that.\n\nCould you send me a "
        "proposal with the time and cost? No rush, the bank meeting is late February.\n\nJen"
    )
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "hi it's seb the supplier's engineer can only do today he's off for three weeks after "
        "that so could you join a call at four this afternoon i'll send the link",
        "le technicien n'est dispo qu'aujourd'hui, après c'est en janvier, tu valides le devis ?",
    ],
)
def test_someone_elses_only_window_today_is_urgent(text: str) -> None:
    """newcomer60 (kept urgent): the sender's "I'll send the link" is no deadline, the
    engineer who can only do today is."""
    answer = rules(text, "voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]


def test_a_currency_code_is_no_topic() -> None:
    """trial43: "usd fyi" went on the agenda."""
    text = "the printer quote you asked about came in, 1,200 USD. FYI only."
    assert rules(text, "sms", at=AT)["topic"] == "printer quote"


def test_a_greeting_again_does_not_put_the_name_in_the_topic() -> None:
    """trial43: « Re-bonjour Claire, petite précision … » gave « Claire petite précision »."""
    text = (
        "Re-bonjour Claire, petite précision sur mon message de ce matin : c'est bien le "
        "budget 2027 qu'il faut envoyer."
    )
    assert "Claire" not in rules(text, at=AT)["topic"]


def test_all_clear_is_no_topic_of_the_new_ask() -> None:
    text = (
        "Hi Claire,\n\nFollowing up on your update from Monday about the website: thanks, "
        "that's all clear. One new thing: could you draft the volunteer handbook?\n\nJen"
    )
    assert "volunteer handbook" in rules(text, at=AT)["topic"]
