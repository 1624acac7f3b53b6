"""Calm words said as a shrug before the news (newcomer25, newcomer26: "nothing major, just
…", « rien de grave hein, c'est juste que … », "all good, all good, busy week … and the
inspector is coming at three"). They are the sender's manner, not their word on what
follows: what follows is judged on its own, and when the rules find nothing there, the
learned second opinion still reads it. Calm words said after the news is told stay the
sender's word on it. Each case is in words of our own."""

from __future__ import annotations

import pytest

from tests.triage_support import assert_calm_and_said, judged, triage

SHRUG_THEN_NEWS = [
    (
        "voicemail",
        "salut c'est Paul de la boulangerie, bon, rien de grave hein, c'est juste que "
        "l'inspection sanitaire passe demain à 8 heures et on n'a toujours pas le plan de "
        "nettoyage signé, rappelle-moi",
    ),
    (
        "voicemail",
        "hiya it's Meg at the print shop, all fine, all fine, lovely weekend, anyway the "
        "council licensing officer is coming at three today and wants our fire risk assessment",
    ),
    (
        "voicemail",
        "allo c'est Sandrine, t'inquiète hein, rien de grave, enfin si un peu, le traiteur du "
        "séminaire de vendredi vient de fermer, liquidation, on a 90 inscrits et l'acompte "
        "est parti chez eux, il faut trouver quelqu'un aujourd'hui",
    ),
]

SHRUG_BUT_DEADLINE = [
    (
        "voicemail",
        "hi it's Rob at the kitchen, not a big thing, but um the new cook's work visa expired "
        "yesterday and she's on the rota all day today and tomorrow, can she work?",
    ),
]

NEWS_THEN_CALM = [
    (
        "email",
        "The auditor came and went. One note on a missing fire log from the 3rd, nothing serious.",
    ),
    (
        "email",
        "Could we have twenty minutes on the phone tomorrow about the rota? A couple of "
        "points, nothing major.",
    ),
    ("sms", "Rien de grave mais le vidéoprojecteur de la salle est en panne, on fera sans demain"),
    (
        "voicemail",
        "hi it's Sam, the card machine was playing up this morning, we'll manage without it "
        "till the engineer comes Monday, no worries",
    ),
    # newcomer30: a trivial breakage in dramatic words, then no hurry said as "whenever" or
    # "at your convenience" (a courtesy that also ends call-back requests)
    (
        "voicemail",
        "oh my days, what a morning, the toaster in the staff room's packed up, everyone's "
        "livid, anyway can you order us a new one, whenever, cheers",
    ),
    (
        "email",
        "Dear Madam,\n\nWe have a grave situation: the office microwave has broken. Kindly "
        "approve the purchase of a new one (EUR 120) at your convenience.\n\nRegards,\nOtieno",
    ),
]


@pytest.mark.parametrize(("channel", "text"), SHRUG_THEN_NEWS + SHRUG_BUT_DEADLINE)
def test_a_shrug_before_the_news_does_not_calm_the_news(channel: str, text: str):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons
    assert not any(r.startswith("not urgent") for r in reasons)


def test_a_shrug_that_opens_the_news_leaves_it_to_the_second_opinion():
    # no rule knows a vaccine fridge out of range; the calm words must not keep the learned
    # second opinion from reading it
    text = (
        "hello, it's Anita at the surgery, nothing dramatic, just the vaccine fridge alarm "
        "logged 13 degrees all weekend, we've 150 flu doses and the clinic starts at two, "
        "can we still use them?"
    )
    _, reasons = judged("voicemail", text)
    assert not any(r.startswith("not urgent") for r in reasons), reasons
    answer = triage(text, "voicemail")
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(("channel", "text"), NEWS_THEN_CALM)
def test_calm_words_after_the_news_still_calm_it(channel: str, text: str):
    assert_calm_and_said(text, channel)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("Ils ont signé le bail aujourd'hui, merci encore pour votre aide !", False),
        ("Le bail doit être signé aujourd'hui sinon on perd le local.", True),
        ("Il faut qu'il signe le devis aujourd'hui, le chantier démarre demain.", True),
    ],
)
def test_signed_today_is_done_not_a_deadline(text: str, urgent: bool):
    assert judged("email", text)[0] is urgent


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("le compresseur a lâché au dépôt cette nuit, le technicien passe lundi", True),
        ("la chaudière s'est arrêtée ce matin, le technicien l'a relancée", True),
        ("la coupure de courant est prévue cette nuit", False),
        ("il faut que le camion soit réparé ce soir", False),
    ],
)
def test_a_time_of_day_after_a_verb_in_the_past_dates_what_happened(text: str, past: bool):
    from boundaries.triage.text import normalise
    from boundaries.triage.urgency import done_then

    core = normalise(text)
    when = next(w for w in ("cette nuit", "ce matin", "ce soir") if w in core)
    assert done_then(core, when) is past


def test_before_a_clause_in_the_past_is_not_something_still_needed():
    from boundaries.triage.text import normalise
    from boundaries.triage.urgency import done_then

    core = normalise(
        "The inspector came today about a van we sold in 2023, it seems it was "
        "clocked before we bought it. Just so you know."
    )
    assert done_then(core, "today")
    assert not done_then(normalise("The van must be inspected today before noon."), "today")


def test_at_your_earliest_convenience_is_soon_not_no_hurry():
    text = "The card machine is down, please advise at your earliest convenience."
    assert triage(text, "email")["urgent"]


def test_a_call_back_at_your_convenience_stays_content_free():
    answer = triage("hi it's Dave, call me back at your convenience", "voicemail")
    assert answer["content_free"] and answer["topic"] == ""


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        # newcomer31, in words of our own: the "but" after the calm word repeats the ask
        (
            "voicemail",
            "bonjour c'est madame Said, le site a débité deux fois l'inscription de ma fille, "
            "c'est pas grave, c'est pas pressé, mais faut me rembourser quand même hein",
        ),
        (
            "email",
            "URGENT!!! The office is closed on Friday for the holiday. For information only.",
        ),
        (
            "email",
            "Re: ransomware alert\n\nUpdate: false positive confirmed by the vendor, it was the "
            "new backup agent being flagged. Machines back online. Closing this ticket.",
        ),
    ],
)
def test_calm_kept_when_what_follows_the_but_only_repeats_the_ask(channel: str, text: str):
    assert_calm_and_said(text, channel)


def test_a_but_that_brings_an_urgent_matter_takes_the_calm_back():
    text = (
        "The printer's jammed, no rush, but the payroll can't be printed and staff are paid today."
    )
    assert triage(text, "email")["urgent"]
