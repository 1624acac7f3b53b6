"""Newcomer60's kinds, each in words of our own: work asked for a meeting tomorrow that is
told after the question (« pourrais-tu nous préparer … ? La réunion est demain à 9 h »); an
unhurried manner of asking with a time within the day ("at some point today"); a signing
within a day; mailings recognised by their footer (why the reader receives them, how to
stop), HTML or not; an auto-responder's answer, whose "for urgent matters call …" asks
nothing; "if you can email it over" as a request. With the guards that keep their
look-alikes as they were."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

AT = "2026-11-24T10:05:00+01:00"

URGENT = [
    # the work asked for, and the meeting it is for told after the question
    (
        "email",
        "Bonjour, merci pour le tableau. Pourrais-tu nous préparer une note d'une page pour "
        "les élus ? La réunion du conseil est demain à 8 h 30, il me la faudrait donc ce soir.",
    ),
    (
        "email",
        "Hi, thanks for the model. Could you put together a short summary for the board? The "
        "board meets tomorrow at 9, so tonight would be ideal.",
    ),
    # unhurried manner, but a time within the day, and a stake tomorrow
    (
        "voicemail",
        "hi it's Owen the export that feeds the audit file stopped running last night and the "
        "auditors come tomorrow morning at nine so if you could look at it at some point today "
        "that'd be brilliant",
    ),
    # a signing within a day, built on the consultant's numbers
    (
        "voicemail",
        "hello it's Brigid ring me tonight if you can the buyers are signing the lease with us "
        "tomorrow at ten and the rent in it comes from your model",
    ),
]

CALM = [
    # mailings, their footer says so (text and HTML, French and English)
    (
        "email",
        "<html><body><h2>FLASH SALE - 24h only!</h2><p>All winter jackets half price until "
        "midnight tonight.</p><p><small>You are receiving this email because you joined our "
        "loyalty club. Unsubscribe.</small></p></body></html>",
        "⚠️ FLASH SALE ends tonight",
    ),
    (
        "email",
        "Infos du réseau – décembre\n\nALERTE GEL : les canalisations du local de Dinan ont été "
        "protégées la semaine dernière, merci aux bénévoles.\n\nAssemblée générale le 12 "
        "janvier.\n\nVous recevez cette lettre en tant qu'adhérent. Pour ne plus la recevoir, "
        "répondez STOP.",
        "Infos du réseau – ALERTE GEL",
    ),
    # an auto-responder's answer: its "urgent matters" line is a standing offer
    (
        "email",
        "I am away until 30/11/2026 with limited access to email. For urgent matters please "
        "call the front desk on +44 20 7946 0000.",
        "Automatic reply: invoice 2231",
    ),
    # an unhurried request with the day it is needed a week away
    (
        "voicemail",
        "hi it's Sean bit of a nightmare I've lost the login for the reporting site again it's "
        "not the end of the world we only use it at the meeting next Tuesday so if you could "
        "send it over when you get a sec thanks",
        "",
    ),
    # guard: "at some point" alone still says it can wait
    ("email", "Could you have a look at the invoice layout at some point? Thanks", ""),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_urgent_kinds_of_newcomer60(channel: str, text: str):
    answer = rules(text, channel, AT)
    assert answer["urgent"] is True, answer["reasons"]


@pytest.mark.parametrize(("channel", "text", "subject"), CALM)
def test_their_look_alikes_and_mailings_stay_calm(channel: str, text: str, subject: str):
    answer = rules(text, channel, AT, subject)
    assert answer["urgent"] is False, answer["reasons"]


@pytest.mark.parametrize(("text", "subject"), [(t, s) for _, t, s in CALM[:3]])
def test_a_mailing_or_an_auto_reply_is_said_not_urgent(text: str, subject: str):
    """Said as a reason, so that the learned second opinion does not read its "FLASH SALE",
    « ALERTE GEL » or "urgent matters" as this client's trouble today (newcomer60)."""
    answer = rules(text, "email", AT, subject)
    assert any(
        r in ("not urgent: a newsletter sent to many", "not urgent: an automatic reply")
        for r in answer["reasons"]
    ), answer["reasons"]


def test_an_auto_reply_asks_nothing_but_a_request_about_one_is_a_request():
    away = rules(
        "Je suis absente jusqu'au 2 décembre. Pour toute urgence, appelez le standard au "
        "02 98 00 00 00.",
        "email",
        AT,
        "Réponse automatique : Planning décembre",
    )
    assert away["intent"] == "info" and away["urgent"] is False, away["reasons"]
    asked = rules(
        "<p>Hi Sophie,</p><p>Could you set up an out-of-office message for Deirdre? She is "
        "off from Monday.</p><p>Thanks, Clare</p>",
        "email",
        AT,
        "Out of office",
    )
    assert asked["intent"] == "request", asked["reasons"]


def test_a_members_post_under_a_list_footer_is_still_read():
    """A mailing list's footer ("you are subscribed to the Google Groups …") sits under a
    member's own post: that post is a person's message, not a mailing."""
    answer = rules(
        "Hi all,\nThe hall's boiler failed this morning and the pipes are freezing; the "
        "caretaker says the building must close today unless it is fixed.\n\n--\nYou received "
        'this message because you are subscribed to the Google Groups "Board" group.\nTo '
        "unsubscribe from this group, send an email to board+unsubscribe@example.org.",
        "email",
        AT,
        "Boiler",
    )
    assert answer["urgent"] is True, answer["reasons"]


def test_if_you_can_email_it_over_asks_for_something():
    answer = rules("so if you can email it over when you get a sec, cheers", "sms", AT)
    assert answer["intent"] == "request", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "salut c'est Marc le café est fermé aujourd'hui rappelle-moi",
        "hi it's Kevin somebody broke into the site trailer last night just so you know give me "
        "a shout",
    ],
)
def test_a_call_back_about_what_it_tells_is_scheduling(text: str):
    """SPEC §5: a call-back request that names a topic and asks nothing about it is
    `scheduling`, also when the topic is told as news (trial60 §7); a call offered "if
    needed" stays the news it came with."""
    assert rules(text, "voicemail", AT)["intent"] == "scheduling"
    offered = rules(
        "bonjour c'est Anne je vous informe que la réunion est annulée, rappelez-moi si besoin",
        "voicemail",
        AT,
    )
    assert offered["intent"] == "info", offered["reasons"]
