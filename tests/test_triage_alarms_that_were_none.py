"""Newcomer21's and newcomer22's false alarms and misses, each kind in words of our own.

Not urgent: an alarm that turned out to be none, a harm closed by whoever looked into it or
dated months back, a fix already done, a joke, a success said "on fire", "told me today"
about a date months off, another letter that is no one's data. Urgent: a deadline just
missed with a stake, a landlord changing the locks tonight, a new event after a calming
"but", every time of day weighed."""

from __future__ import annotations

import pytest

from tests.triage_support import assert_calm_and_said, judged, triage

CALM = [
    # turned out to be nothing
    (
        "email",
        "Someone rang claiming to be from the bank about fraud on our account. Turned "
        "out it was a scam call, the bank confirmed it wasn't them.",
    ),
    (
        "email",
        "About the break-in alarm last night: it was a false alarm, a cat in the "
        "warehouse. The security firm confirmed no intrusion.",
    ),
    ("sms", "la fuite d'eau signalée hier ? c'était un malentendu, le voisin arrosait son balcon"),
    # closed by whoever looked into it, or long ago
    (
        "email",
        "For your files: the workplace accident inquiry was closed by the inspectorate "
        "this week with no fine.",
    ),
    (
        "email",
        "Juste pour mémoire : l'enquête sur le vol de la caisse est close, aucune faute "
        "retenue contre nous.",
    ),
    (
        "voicemail",
        "hi it's Dom, the van got broken into last weekend but the police have it, "
        "it's handled, nothing for you to do, bye",
    ),
    (
        "email",
        "Our delivery driver who had the accident on the ring road in October is back "
        "at work and doing well.",
    ),
    (
        "email",
        "The bush fire near the depot was contained by the fire service, we lost "
        "nothing. Insurance says no claim needed.",
    ),
    ("sms", "accrochage avec le camion ce matin, personne de blessé, l'assureur a déjà tout réglé"),
    # someone else's
    (
        "email",
        "A pal of mine who runs a café had his van stolen last night. Made me wonder: "
        "are we insured for theft?",
    ),
    (
        "email",
        "Yesterday a customer's bike was stolen from the public rack outside, it "
        "wasn't in our care.",
    ),
    # already put right
    (
        "email",
        "The menus had the wrong allergen list. We spotted it and the reprint is "
        "already done, delivered Thursday.",
    ),
    # a joke, a success
    (
        "email",
        "BREAKING: the office is flooded with orders! Ha, just kidding. Can you look "
        "at the invoice template when you get a minute?",
    ),
    (
        "voicemail",
        "salut c'est Léa, le serveur a cramé ce matin, non je rigole, tout va "
        "bien, rappelle-moi pour le devis",
    ),
    ("email", "The new bakery counter is on fire this week: a huge hit, sales up 25%."),
    # said today, due months off
    (
        "email",
        "A colleague told me today she's expecting, due in May. What leave is she entitled to?",
    ),
    # another letter, not someone else's data
    ("email", "Any news on the tax penalty? We got another letter yesterday, same as the first."),
]

URGENT = [
    (
        "email",
        "The annual accounts were due at the registry yesterday, we only just noticed. "
        "Companies get struck off for this, don't they?",
    ),
    ("sms", "la déclaration sociale était pour hier, on risque une majoration ?"),
    (
        "voicemail",
        "hi it's Tama, the landlord came by, says we're behind on rent which we're "
        "not, and he's changing the locks at six tonight, call me",
    ),
    ("sms", "le proprio menace de changer les serrures ce soir si on ne paie pas"),
    (
        "voicemail",
        "bonjour c'est Odile, rien de grave pour la cliente tombée hier, elle va "
        "bien, mais là son avocat vient de nous mettre en demeure, on a jusqu'à demain midi "
        "pour répondre",
    ),
    (
        "email",
        "The manager told me today that the bailiff comes back tonight for the "
        "equipment unless the invoice is paid.",
    ),
    (
        "voicemail",
        "hi it's Ana, the parts are stuck at customs in Dover, the agent says if it's not "
        "cleared by tomorrow they start charging ninety pounds a day, call me",
    ),
]

PAST_NIGHT = [
    (
        "email",
        "Le vent de cette nuit a arraché la bâche du tunnel, on a perdu la moitié des "
        "salades. On en parle lundi ?",
    ),
]


@pytest.mark.parametrize(("channel", "text"), PAST_NIGHT)
def test_last_night_is_no_deadline(channel: str, text: str):
    _, reasons = judged(channel, text)
    assert not any("deadline 'cette nuit'" in r for r in reasons), reasons


@pytest.mark.parametrize(("channel", "text"), CALM)
def test_alarms_that_were_none_and_harms_over_are_not_urgent(channel: str, text: str):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_missed_deadlines_lockouts_and_news_after_a_but_are_urgent(channel: str, text: str):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


def test_a_correction_that_opens_on_a_worse_problem_is_not_calmed():
    urgent, reasons = judged(
        "email", "Please ignore my last email, the real problem is worse: the shop is flooded."
    )
    assert urgent, reasons


NOTED_ALL_CLEAR = [
    (
        "voicemail",
        "hi it's Jo from the depot, just so you know, the smoke alarm went off in "
        "the loading bay this morning, the fire brigade came, it was burnt toast, everyone's "
        "fine, it's only for your records, bye",
    ),
    (
        "email",
        "Pour info : un client a fait un malaise au salon hier, le SAMU est venu, il va "
        "très bien et nous a appelés ce matin pour remercier l'équipe.",
    ),
    (
        "sms",
        "just fyi, storm took a few tiles off the unit roof overnight, all good, roofer "
        "booked for next week",
    ),
]

STILL_GOING = [
    (
        "email",
        "FYI the smoke alarm is still going off in the loading bay and the fire "
        "brigade is on its way. Everyone's fine, we are outside.",
    ),
]


@pytest.mark.parametrize(("channel", "text"), NOTED_ALL_CLEAR)
def test_an_incident_told_for_the_record_with_all_well_is_not_urgent(channel: str, text: str):
    assert_calm_and_said(text, channel)  # "not urgent": no second opinion raises it


@pytest.mark.parametrize(("channel", "text"), STILL_GOING)
def test_an_incident_still_going_is_urgent_whoever_is_fine(channel: str, text: str):
    answer = triage(text, channel)
    assert answer["urgent"], answer["reasons"]


def test_a_harm_word_in_the_subject_is_judged_by_the_sentence_that_tells_it():
    """Newcomer23 fda-21: the subject "stolen truck!!" has no context of its own; the body's
    "a buddy of mine … had his rig stolen" says whose it was."""
    calm = triage(
        "Hi, just so you know, the fire alarm at the warehouse next door went off this "
        "morning, nothing to do with us.",
        subject="Fire alarm!!",
    )
    assert not calm["urgent"], calm["reasons"]
    urgent = triage("The basement is flooding right now, water everywhere.", subject="Flood!!")
    assert urgent["urgent"], urgent["reasons"]
