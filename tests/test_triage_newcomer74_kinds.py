"""Newcomer74's and newcomer75's false alarms and misses, and trial41's calendar clashes, as
kinds in words of our own.

Not urgent, and said so (what keeps the learned second opinion out): an accident already
declared to the insurer or the social-security body; a minor incident the caller calls
nothing in the end; an outage told fixed, "but" everything went out in the end; pay that came
in, told as good news. Not urgent: an inspector's visit that is over ("left at 11"); an idea
for later that names payroll beside "instead of"; a lawyer who no longer answers one's
messages (a person, not a server); a clock time of a shift that starts next year; a day or a
time that no longer suits ("Thursday doesn't work for me anymore": trial41 §2, it woke the
consultant at 4 a.m.).

Urgent: an offer held until tomorrow at a time, dearer after it; realtext30's blocked users:
records gone said without an auxiliary ("the invoice list went missing after the update"),
a person who has not been able to clock in, a form that will not let the user enter what it
needs, nothing loading.

Moves (trial41 §1): the call named then moved by a pronoun (« le point de jeudi, on peut le
reporter ? »), a day that no longer suits with another offered, a clash on a day, a call
brought forward, an absence said with « je ne suis pas disponible »."""

from __future__ import annotations

import pytest

from tests.triage_support import assert_calm_and_said, rules, triage

MONDAY = "2026-12-14T10:00:00+01:00"


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "email",
            "Bonjour,\nPour info, la déclaration d'accident de travail de Karim (entorse au "
            "poignet, mardi) a été envoyée à la CPAM ce matin. L'arrêt court jusqu'au 22.\nNadia",
        ),
        (
            "email",
            "Hi,\nFYI the accident report for Tom's fall on the loading bay was filed with the "
            "insurer this morning. He is off for two weeks.\nRuth",
        ),
        (
            "voicemail",
            "oui c'est fabrice pour l'accrochage de tout à l'heure au dépôt c'est rien "
            "finalement juste un phare cassé le constat est fait bonne journée",
        ),
        (
            "voicemail",
            "hi it's kev just so you know the tracking app problem from this morning is fixed "
            "they rebooted something we lost an hour of scans but everything went out in the "
            "end anyway cheers",
        ),
        ("sms", "FYI all December wages paid this morning, payslips are on the portal. Dan"),
        ("sms", "les indemnités de Sylvie sont tombées, l'équipe est ravie. merci !"),
    ],
)
def test_harm_handled_and_pay_come_in_are_calm_and_said(channel: str, text: str) -> None:
    assert_calm_and_said(text, channel)


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "sms",
            "Update: the labour inspector left the warehouse at 11am. No stop-work order, two "
            "remarks on the signage, we fix them by Friday. Work goes on tomorrow.",
        ),
        (
            "voicemail",
            "hi it's gwen we're considering paying the year-end bonus as gift cards instead of "
            "the usual cash through payroll what are the tax rules on that thanks",
        ),
        (
            "email",
            "Bonjour,\nOù en est le litige avec l'ancien gérant ? Maître Dubois ne répond plus "
            "à mes mails depuis une semaine et le conseil d'administration s'impatiente.\nAline",
        ),
        (
            "voicemail",
            "hi it's sam starting in february the night team will finish at two a m so we'll "
            "need a taxi policy for them could you draft one thanks",
        ),
        ("voicemail", "hi it's jen thursday doesn't work for me anymore could we do friday"),
        ("sms", "mardi ça ne marche plus pour moi, on peut voir mercredi ?"),
        ("email", "Hi Claire, 3pm doesn't work for me next week, could we do 4?"),
    ],
)
def test_visits_over_plans_silent_people_later_shifts_and_clashes_are_not_urgent(
    channel: str, text: str
) -> None:
    said = rules(text, channel, at=MONDAY)
    assert not said["urgent"], said["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "sms",
            "the payroll export went to all staff instead of the directors, everyone sees "
            "the salaries",
        ),
        ("sms", "le serveur de paie ne répond plus depuis 8h, personne ne peut saisir les heures"),
        ("sms", "the booking site doesn't work anymore, customers can't pay"),
        ("email", "The till app doesn't work for me this morning, I can't take any payment."),
        (
            "sms",
            "inspector left at noon but he's back at 4pm today and wants the fire logs, can you "
            "send them",
        ),
        (
            "email",
            "Hi,\nThe supplier's offer is valid until tomorrow 17:00, after that prices go up "
            "8%. Can you give me your view before then?\nTom",
        ),
    ],
)
def test_the_same_words_about_harm_now_stay_urgent(channel: str, text: str) -> None:
    said = rules(text, channel, at=MONDAY)
    assert said["urgent"], said["reasons"]


def test_pay_with_a_part_gone_wrong_is_not_told_as_good_news() -> None:
    said = triage("FYI wages paid this morning but 9 staff got nothing, wrong bank details", "sms")
    assert not any("good news" in r for r in said["reasons"]), said["reasons"]


@pytest.mark.parametrize(
    ("channel", "text", "call"),
    [
        ("voicemail", "c'est luc, le point de jeudi, on peut le reporter ?", "point de jeudi"),
        (
            "voicemail",
            "c'est luc pour le point de jeudi finalement on pourrait le décaler à vendredi",
            "point de jeudi",
        ),
        (
            "voicemail",
            "hi it's jen thursday doesn't work for me anymore could we do friday",
            "thursday",
        ),
        ("voicemail", "c'est luc, jeudi ça ne va plus pour moi, on le fait vendredi ?", "jeudi"),
        (
            "email",
            "Hi Claire, I have a conflict on Thursday, can we find another slot? Jen",
            "thursday",
        ),
        (
            "voicemail",
            "hi it's jen could we bring our thursday call forward to wednesday",
            "thursday call",
        ),
        (
            "email",
            "Bonjour Claire, je ne suis pas disponible jeudi, pouvons-nous le reporter ? Luc",
            "jeudi",
        ),
    ],
)
def test_everyday_move_requests_put_the_call_in_question(
    channel: str, text: str, call: str
) -> None:
    """trial41 §1: these named « décaler », "anymore" or "slot" as the topic and proposed the
    very call the client asked to move."""
    said = rules(text, channel, at=MONDAY)
    assert said["moves_call"], said["reasons"]
    assert call in said["topic"].lower(), said  # the call is the topic, not the verb


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "c'est paul, vous pouvez me renvoyer la facture d'avril s'il vous plaît",
            "facture d'avril",
        ),
        ("bonjour, le relevé d'octobre est faux, il manque deux virements", "relevé d'octobre"),
    ],
)
def test_a_month_joined_by_an_elided_de_stays_with_its_noun(text: str, topic: str) -> None:
    """trial41 §8: « la facture d'octobre » came out as « facture » in the reply and the agenda,
    where « la facture de novembre » kept its month."""
    said = rules(text, "voicemail", at=MONDAY)
    assert said["topic"] == topic, said


def test_a_breakage_since_a_day_is_no_calendar_clash() -> None:
    """The calendar-clash reading stops at "since": « depuis lundi, plus rien ne fonctionne »
    is when the breakage began (realtext7)."""
    said = rules(
        "ma ligne est coupée depuis lundi, plus rien ne fonctionne au bureau", "email", at=MONDAY
    )
    assert said["urgent"], said["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("email", "Since yesterday's upgrade the bookings list went missing. What should I do?"),
        ("email", "Lab results missing after the server update, the doctors can't see them."),
        ("sms", "Our cashier has not been able to clock in since Monday, her hours aren't counted"),
        ("sms", "The renewal form is not allowing me to submit, it keeps saying error."),
        ("sms", "At the pharmacy counter nothing is loading when we scan a prescription"),
    ],
)
def test_users_blocked_or_records_gone_are_urgent(channel: str, text: str) -> None:
    said = rules(text, channel, at=MONDAY)
    assert said["urgent"], said["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "comment pui-je vous joindre?",
        "We need to get in touch with you, add my telegram",
        "how can I reach you privately? it's not something I can discuss here. You can message "
        "me on signal",
    ],
)
def test_a_message_that_only_asks_how_to_reach_you_is_content_free_however_spelt(
    text: str,
) -> None:
    """realtext30: misspelt asks and a chat handle offered instead of a matter."""
    said = rules(text, "email")
    assert said["content_free"], said["reasons"]


def test_a_way_to_reach_asked_with_its_matter_is_not_content_free() -> None:
    said = rules("I need to get in touch with you about the March invoice, it's wrong", "email")
    assert not said["content_free"], said["reasons"]
