"""Urgency kinds that blind sets of session 49 found (newcomer98 garages, taxis and couriers,
newcomer99 food producers, newcomer100 sports clubs and leisure venues), each written here
in other words: harms no rule read, some told calmly (SPEC §5: a concrete harm, safety or
legal risk, or a deadline within about a day, is urgent whatever the tone), and the false
alarms the new rules must not raise."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify

AT = datetime.fromisoformat("2026-11-28T09:15:00+01:00")  # a Saturday morning


def rules(channel: str, text: str) -> tuple[bool, tuple[str, ...]]:
    """The rules' verdict (the learned second opinion is not asked here: `classify`)."""
    verdict = classify(Message("t", channel, text, at=AT))
    return verdict.urgent, verdict.reasons


URGENT = [
    # food on sale without its allergens declared, a reaction "nothing serious"
    (
        "sms",
        "Les wraps sont passés à la sauce arachide depuis jeudi mais les fiches allergènes "
        "des 3 kiosques ne mentionnent pas arachide. Un client a toussé un peu, rien de grave.",
    ),
    (
        "email",
        "Hi, the new batch of flapjacks went out with the old label, so no mention of oats or "
        "almonds anywhere on it. About 60 are in the farm shops since Tuesday.",
    ),
    # a knock to the head, then vomiting
    (
        "voicemail",
        "hi it's Gemma one of the under twelves took a knock to the head at training "
        "yesterday and he's been sick twice this morning his dad wants to know if he can play "
        "today",
    ),
    # animals loose on a road
    (
        "voicemail",
        "salut c'est Manon les trois poneys se sont échappés par la barrière du pré du bas "
        "ils sont sur la départementale Romain est parti avec des licols",
    ),
    # a vehicle lift tilted or stuck with a vehicle on it
    (
        "sms",
        "Le pont élévateur du fond est penché d'un côté avec la Clio encore dessus, personne "
        "dessous, on a mis de la rubalise.",
    ),
    # a driver long overdue and out of reach
    (
        "voicemail",
        "hi it's Dee the minibus left the depot at two with the choir on it and Karl's not "
        "answering his phone he should have arrived over an hour ago at the hall",
    ),
    # a positive test on milk already mixed in
    (
        "email",
        "Bonjour, le contrôle listeria est revenu positif sur un lot de crème ce matin, mais "
        "le lot a déjà été expédié aux trois magasins hier soir.",
    ),
    # a phone stolen while logged in to clients' records
    (
        "sms",
        "One of our carers had her work phone nicked on the bus, the rota app was still "
        "logged in with the clients' home addresses and key codes.",
    ),
    # the authority visiting tomorrow, something asked or not ready
    (
        "sms",
        "Les pompiers passent demain à 8h pour la commission de sécurité, je crois que le "
        "registre n'est pas à jour. Tu peux venir ce soir ?",
    ),
    # hours left before a cut-off
    (
        "sms",
        "Any news on the supplier payment run? Only 3 hours left before the bank's cut-off.",
    ),
    # a customer charged several times
    ("sms", "The card machine charged the same customer three times for £180, she's still here."),
    # the sender's own harm, told from a neighbour's phone (newcomer82: read as the
    # neighbour's once « la réunion du CA » no longer hid it)
    (
        "voicemail",
        "allô c'est madame martin du troisième je vous appelle de chez ma voisine j'ai de "
        "l'eau qui coule du plafond de ma salle de bain depuis ce matin juste à côté du "
        "compteur électrique",
    ),
    # an official at the premises wanting something now
    (
        "sms",
        "Ya un agent de la douane à l'entrepôt qui demande le registre des sorties. Je lui "
        "montre quoi ?",
    ),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_each_is_urgent_on_the_rules_alone(channel: str, text: str) -> None:
    urgent, reasons = rules(channel, text)
    assert urgent, reasons


NOT_URGENT = [
    # the authority's visit tomorrow with nothing asked and all ready; a visit called off
    "The fire officer comes tomorrow for the yearly check, everything is in order.",
    # a knock to the head with no sign after it; animals in their field
    "Léo a pris un coup à la tête au match, il va très bien, il a rejoué ensuite.",
    "The ponies are back in the top paddock and the fence is fixed.",
    # a deadline counted in days, a phone lost with nothing on it
    "Il reste 15 jours avant la clôture des inscriptions, pas de stress.",
    "I lost my work phone on the bus, can you order me a new one next week?",
    # false alarms of the same sets, in other words: a meeting dated as texted, an official
    # named after a question ends, things counted "in now", a claim's kind, days offered for
    # a meeting, a letter's arrival dated today with 30 days to answer
    "are the new first aiders all trained now? trustees meeting weds and they'll ask",
    "Les cartes grises des vans sont arrivées ? La police contrôle pas mal au rond-point ces "
    "jours-ci.",
    "Checking in on the new badges. How many are in now? The inspectors may want a count.",
    "Their solicitors sent a letter of claim, personal injury, we have 21 days to reply.",
    "On pourrait se voir la semaine du 14 ? Le mardi ou le jeudi me vont, plutôt en fin de "
    "journée.",
    "We got a letter from a lawyer today about the fall in March. They give us 30 days to "
    "respond. What do we send?",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_each_is_not_urgent_on_the_rules(text: str) -> None:
    urgent, reasons = rules("sms", text)
    assert not urgent, reasons


def test_a_clock_time_then_a_weekday_of_today_is_no_far_deadline() -> None:
    # newcomer100: "we open by twelve and Saturday is very busy", said on a Saturday, read
    # "Saturday" as a deadline seven days away, and no second opinion was asked
    _, reasons = rules(
        "voicemail",
        "the cleaners found broken glass in the foam pit we have closed it but we open by "
        "twelve and Saturday is very busy do we need to empty the whole pit",
    )
    assert not any("days away" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        # breakages as realtext41's vendors were told them, in other words
        "Since the update the booking widget no longer loads on our site.",
        "Our shop's contact form stopped sending notification emails on Monday.",
        "We've lost access to our shared drive, the whole team is locked out.",
        "Le logiciel de caisse semble planté depuis l'ouverture.",
        "La page d'inscription affiche une erreur fatal depuis la mise à jour.",
        "Le bouton de paiement a disparu, empêchant les clients de régler leur commande.",
    ],
)
def test_a_breakage_told_as_a_bug_report_is_urgent(text: str) -> None:
    urgent, reasons = rules("email", text)
    assert urgent, reasons


def test_a_day_that_no_longer_suits_is_no_breakage() -> None:
    urgent, reasons = rules("sms", "Wednesday no longer works for me, can we do Thursday?")
    assert not urgent, reasons
