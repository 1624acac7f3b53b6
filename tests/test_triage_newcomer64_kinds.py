"""Newcomer64 and newcomer65's false alarms, as kinds in words of our own: a clock time that
belongs to a date written in digits is that day's (« requise le 14/12 à 8h00 », « date limite :
15/01/2027 à 23h59 »), and such a date today or tomorrow is still a deadline; a threat called
off is good news; a mailing that ends on its opt-out line is a mailing; the people hurt, once
checked and fine, are no harm going on."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

WEDNESDAY = "2026-11-04T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "Monsieur, visite physique ordonnée. Présentation de la marchandise requise le 14/11 à "
        "8h00, aire de visite. Merci de confirmer la présence de votre représentant.",
        "Nous vous rappelons que la campagne est ouverte. Date limite de dépôt : 15/01/2027 à "
        "23h59. Aucun dossier ne sera accepté après cette date.",
    ],
)
def test_a_clock_time_of_a_date_in_digits_days_away_is_not_urgent(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Monsieur, visite physique ordonnée. Présentation de la marchandise requise le 05/11 à "
        "8h00, aire de visite. Merci de confirmer la présence de votre représentant.",
        "Date limite de dépôt : 04/11/2026 à 23h59. Aucun dossier ne sera accepté après.",
    ],
)
def test_a_date_in_digits_today_or_tomorrow_is_still_a_deadline(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert answer["urgent"], answer["reasons"]


def test_a_threat_called_off_is_good_news():
    answer = rules(
        "Bonne nouvelle : le transporteur annule la grève de demain, accord trouvé. Les "
        "livraisons sont maintenues.",
        "email",
        at=WEDNESDAY,
    )
    assert not answer["urgent"], answer["reasons"]


def test_deliveries_called_off_tomorrow_are_still_urgent():
    answer = rules(
        "Le transporteur annule toutes nos livraisons de demain à cause de la grève.",
        "email",
        at=WEDNESDAY,
    )
    assert answer["urgent"], answer["reasons"]


def test_a_promotion_ending_on_its_opt_out_line_is_a_mailing():
    answer = rules(
        "Last chance! Early-bird tickets for the Freight Forum close TONIGHT at midnight.\n\n"
        "Save 200 euros on your pass. Register now: https://forum.example.com\n\n"
        "If you no longer wish to receive these emails, unsubscribe here.",
        "email",
        at=WEDNESDAY,
    )
    assert not answer["urgent"], answer["reasons"]
    assert any("newsletter" in r for r in answer["reasons"]), answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Both colleagues were checked at the hospital yesterday evening and are fine. We will "
        "unload the container on Monday.",
        "She was taken to the hospital yesterday and is fine now, back at work today.",
    ],
)
def test_people_checked_and_fine_are_no_harm_going_on(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


def test_someone_still_at_the_hospital_is():
    answer = rules(
        "One of the drivers is at the hospital, he inhaled fumes when they opened the container.",
        "email",
        at=WEDNESDAY,
    )
    assert answer["urgent"], answer["reasons"]


def test_free_of_charge_is_not_free_to_talk():
    """« free samples » read as the sender being free to talk hid the courier within the hour."""
    answer = rules(
        "hi, do you have a template for a commercial invoice for free samples? the courier is "
        "collecting in an hour for the boxes to the us",
        "sms",
        at=WEDNESDAY,
    )
    assert answer["urgent"], answer["reasons"]


def test_a_time_offered_to_talk_is_still_no_event():
    answer = rules("can you send the deck? I'm free at 3 if you want to talk it through", "sms")
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "This is Gareth. Rang twice. Would be grateful for a call.",
        "Bonjour c'est Martine, je vous ai déjà appelé deux fois, rappelez-moi.",
        "Allô, c'est Fabrizio. Dai, rappelle-moi quand tu peux. Grazie mille, ciao !",
    ],
)
def test_how_often_one_called_and_a_foreign_courtesy_say_nothing(text: str):
    """newcomer65: "Rang twice" and « Grazie mille » were read as what the call was about."""
    answer = rules(text, "voicemail")
    assert answer["content_free"] and answer["intent"] == "unknown", answer["reasons"]


def test_a_topic_after_how_often_one_called_is_still_a_topic():
    answer = rules("Hi it's Gareth, I rang twice about the roof leak, call me back.", "voicemail")
    assert not answer["content_free"], answer["reasons"]


def test_a_train_cancelled_by_a_strike_is_still_urgent():
    answer = rules(
        "Bonsoir, l'Eurostar de demain 8h16 est annulé (grève). On me propose le train de 6h52 "
        "ou samedi matin. La lecture à Glasgow c'est samedi 14h, je prends lequel ?",
        "sms",
        at="2026-11-05T19:00:00+01:00",
    )
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Vous avez su avancer sur le rapport ? Même une version provisoire me suffirait.",
         "status_check"),
        ("Les palettes sont-elles bien arrivées à Venlo ?", "status_check"),
        ("On peut avancer le point de jeudi à mercredi ?", "scheduling"),
        ("À quelle heure on se voit demain ?", "scheduling"),
    ],
)  # fmt: skip
def test_to_make_progress_and_when_a_truck_arrives_are_no_meeting(text: str, intent: str):
    """newcomer64: « avancer sur le rapport » (progress) was read as moving a meeting."""
    answer = rules(text, "email")
    assert answer["intent"] == intent, answer["reasons"]


def test_when_a_truck_arrives_is_no_meeting_time():
    """newcomer64: « à quelle heure doit-il arriver ? » (a delivery) was read as scheduling."""
    answer = rules(
        "Le camion pour Genève est-il bien parti ce matin et à quelle heure doit-il arriver ?",
        "email",
    )
    assert answer["intent"] != "scheduling", answer["reasons"]


def test_time_not_to_spend_is_no_time_offered():
    answer = rules(
        "just to say forget the pop-up thing for now, we've decided to wait until 2028, so "
        "don't spend any time on it. ok bye",
        "voicemail",
    )
    assert answer["intent"] != "scheduling", answer["reasons"]


def test_a_formal_letter_that_enquires_how_a_report_stands_is_a_status_check():
    """newcomer65: « m'enquérir de l'état de transmission du rapport » was read as scheduling
    by « la réunion du bureau » further on."""
    answer = rules(
        "Madame, J'ai l'honneur de venir auprès de vous afin de m'enquérir de l'état de "
        "transmission du rapport intermédiaire à notre partenaire financier. Monsieur le "
        "Président souhaite en faire état lors de la réunion du bureau.",
        "email",
    )
    assert answer["intent"] == "status_check", answer["reasons"]


def test_asking_to_talk_tomorrow_is_scheduling_and_a_progress_letter_asked_for_is_a_request():
    talk = rules(
        "oui bonjour c'est philippe de la régie euh est-ce qu'on pourrait se parler demain "
        "matin au sujet du nouveau site rien de pressé hein c'est juste pour avancer merci",
        "voicemail",
    )
    assert talk["intent"] == "scheduling", talk["reasons"]
    letter = rules(
        "Le notaire a besoin de ta lettre sur l'état d'avancement pour la vente du 1204. Tu "
        "peux lui envoyer avant ce soir ?",
        "sms",
    )
    assert letter["intent"] == "request", letter["reasons"]
