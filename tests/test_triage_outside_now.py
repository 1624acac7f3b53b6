"""Urgency of an outside party wanted today, and of an intrusion told in plain words
(newcomer19 H1–H4, newcomer20 H1).

Written for these tests in other words than the testers': an auditor, a notary, the press or
an inspector on the premises or across the table later today with the consultant asked in;
a computer or a mailbox acting by itself, someone in control of a machine, files renamed or
encrypted, a password changed by someone else; Belgian and Québec ways of saying "we can no
longer get in"."""

from __future__ import annotations

import pytest

from tests.triage_support import judged

WANTED = [
    (
        "email",
        "Bonjour,\n\nL'expert-comptable du repreneur nous reçoit à 15 h aujourd'hui, il "
        "aura des questions sur les contrats. Pourriez-vous être joignable ?\n\nÉlise",
    ),
    (
        "sms",
        "rencontre avec les investisseurs cet après-midi à 14h, tu peux embarquer sur l'appel?",
    ),
    (
        "sms",
        "the tax auditor is at the front desk asking for last year's ledgers, can you talk to him",
    ),
    (
        "voicemail",
        "hi it's dana the journalist from the echo's here in the lobby asking about "
        "the layoffs what do we tell her",
    ),
    (
        "email",
        "Bonjour,\n\nDeux vérificateurs de l'Agence du revenu sont au bureau en ce "
        "moment et ils veulent comprendre la facturation. Peux-tu appeler ?\n\nMaude",
    ),
]


WANTED += [
    (
        "email",
        "Hi,\n\nThe auditors pulled the ISO walkthrough forward to tomorrow 8:30. Can "
        "you attend and walk them through the controls?\n\nDee",
    ),
    (
        "voicemail",
        "hi it's gemma the wholesaler wants a call at four today about delisting "
        "the range can you be on it",
    ),
]


@pytest.mark.parametrize(("channel", "text"), WANTED)
def test_an_outside_party_here_now_or_later_today_with_the_consultant_asked_in(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


INTRUSIONS = [
    (
        "email",
        "Hi,\n\nMy laptop is typing things by itself and the pointer keeps moving on "
        "its own. I haven't touched it.\n\nJo",
    ),
    (
        "email",
        "Bonjour,\n\nNotre messagerie envoie toute seule des mails bizarres à tous les "
        "adhérents depuis une heure.\n\nPaul",
    ),
    (
        "sms",
        "a guy who said he was from microsoft is controlling the shop pc right now, he's "
        "still on it",
    ),
    (
        "email",
        "Hello,\n\nI let them install a support tool after they called about our "
        "broadband, and now they're asking for the bank card.\n\nMo",
    ),
    ("sms", "all the files on the server are encrypted and there's a note asking for bitcoin"),
    ("sms", "tous les fichiers du serveur ont été renommés avec une extension bizarre"),
    (
        "email",
        "Hi,\n\nSomebody has changed the password on the bookings account and none of "
        "us can log in.\n\nAnn",
    ),
    ("email", "Bonjour,\n\nQuelqu'un a modifié le mot de passe de la boutique en ligne.\n\nLuc"),
]


@pytest.mark.parametrize(("channel", "text"), INTRUSIONS)
def test_an_intrusion_going_on_told_in_plain_words_is_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


LOCKED_OUT = [
    (
        "voicemail",
        "salut c'est Mathieu tout le monde est barré dehors du serveur pis on livre à midi",
    ),
    ("voicemail", "allô c'est Karine on a pu accès au logiciel de paie depuis à matin"),
    ("sms", "les clients peuvent pu se connecter au portail"),
    ("email", "Bonjour,\n\nOn ne sait plus entrer dans le logiciel de caisse.\n\nJef"),
]


@pytest.mark.parametrize(("channel", "text"), LOCKED_OUT)
def test_belgian_and_quebec_ways_of_saying_nobody_can_get_in_are_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


MASS_SENDS = [
    (
        "voicemail",
        "hi it's ruth the appointment reminders went out an hour ago and they all "
        "say the clinic is closed tomorrow, people are cancelling",
    ),
    ("sms", "les relances sont parties à tous les adhérents avec un montant erroné"),
]


@pytest.mark.parametrize(("channel", "text"), MASS_SENDS)
def test_a_mailing_to_everyone_gone_wrong_is_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


CALM = [
    (
        "email",
        "Hi,\n\nThe corrected statements went out today and I rang everyone who had "
        "the wrong one.\n\nBo",
    ),
    (
        "email",
        "Hi,\n\nAt the moment our customers book by phone; could we look at online "
        "booking at the next call?\n\nIan",
    ),
    (
        "email",
        "Bonjour,\n\nPour info, notre assurance passe à 320 € par mois et nous avons "
        "fait appel à un avocat pour le bail.\n\nZoé",
    ),
    (
        "email",
        "Hi,\n\nThe reporter who interviewed us last month sent the article; it's in "
        "Friday's paper.\n\nJo",
    ),
    ("sms", "we renamed the files to the new naming scheme as you suggested"),
    ("sms", "the newsletter goes out by itself every monday, no need to do anything"),
    (
        "email",
        "Hi,\n\nI changed the password on the bookings account as you suggested; all "
        "working.\n\nAnn",
    ),
]


@pytest.mark.parametrize(("channel", "text"), CALM)
def test_calm_messages_with_the_same_words_are_not(channel, text):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons
