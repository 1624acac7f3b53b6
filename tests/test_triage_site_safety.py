"""Newcomer21's urgency kinds on sites and in workshops, each in words of our own: a line or a
hose that gave way with a load left hanging, a routine check that found a danger, asbestos
cut or drilled, and a reassurance that is someone else's claim the sender disputes."""

from __future__ import annotations

import pytest

from tests.triage_support import assert_calm_and_said, judged, triage

GAVE_WAY = [
    (
        "voicemail",
        "hi it's Kev, no drama, but the crane's hydraulic hose split on the quay, "
        "the pallet of slates is dangling from the hook, call me",
    ),
    ("sms", "water main just burst outside unit 3, car park flooding"),
    (
        "voicemail",
        "bonjour c'est Luc, le vérin du pont élévateur a lâché, la voiture est "
        "coincée en l'air, personne dessous, rappelle-moi",
    ),
    (
        "email",
        "The boat is hanging in the slings since the lift jammed and the mechanic "
        "can only come tomorrow.",
    ),
]

DANGER_FOUND = [
    (
        "voicemail",
        "it's Anne from the nursery, the gas engineer did the yearly service and "
        "reckons the boiler flue is dangerous, he's capped it off, the wee ones are in at eight",
    ),
    (
        "email",
        "The inspector came for the routine lift test and declared the lift unsafe; "
        "it is out of use and we have two wheelchair users upstairs.",
    ),
    (
        "sms",
        "contrôle annuel: le technicien a dit que le tableau électrique est dangereux, "
        "il a coupé le courant dans l'atelier",
    ),
]

ASBESTOS = [
    (
        "email",
        "The tilers drilled straight through the asbestos panels in the plant room "
        "this morning, no masks, dust on everything.",
    ),
    (
        "voicemail",
        "salut c'est Nadia, les gars ont découpé des plaques d'amiante à la "
        "disqueuse sans protection, je les ai arrêtés, on fait quoi",
    ),
]

DISPUTED_ALL_CLEAR = [
    (
        "email",
        "I told the cleaners to keep out of the server room but they keep saying the "
        "facilities manager says it's fine. The floor is wet right under the rack and the "
        "UPS is sparking.",
    ),
]

CALM = [
    (
        "email",
        "The electrician came for the annual check: everything passed, he says nothing "
        "is dangerous.",
    ),
    ("email", "Our asbestos survey came back clear, no asbestos found in the plant room."),
    ("sms", "the hose that burst last month was replaced, all good now"),
    (
        "voicemail",
        "hi it's Sue, the fire drill went well this morning, everyone out in four "
        "minutes, no need to call back",
    ),
    ("email", "Le diagnostic amiante est prévu la semaine prochaine, rien à signaler d'ici là."),
]


@pytest.mark.parametrize(("channel", "text"), GAVE_WAY + DANGER_FOUND + ASBESTOS)
def test_a_failure_or_a_danger_found_on_site_is_urgent_by_the_rules(channel: str, text: str):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


@pytest.mark.parametrize(("channel", "text"), DISPUTED_ALL_CLEAR)
def test_an_all_clear_the_sender_disputes_does_not_calm_the_message(channel: str, text: str):
    _, reasons = judged(channel, text)
    assert not any(r.startswith("not urgent") for r in reasons), reasons
    assert triage(text, channel)["urgent"]


@pytest.mark.parametrize(("channel", "text"), CALM)
def test_checks_that_found_nothing_and_harms_over_stay_calm(channel: str, text: str):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons


# A visit that found nothing wrong, told in other words than "went well": good news, which the
# learned second opinion raised (0.73-0.96) before the rules said so.
VISIT_FOUND_NOTHING = [
    ("email", "We had the hygiene inspection today and everything passed."),
    ("voicemail", "hi it's Ola, the fire inspector came this morning, we passed with no remarks"),
    ("sms", "health inspector came today and found nothing!!"),
    ("email", "L'inspection du travail est passée ce matin, rien à signaler."),
    ("sms", "Contrôle URSSAF ce matin : aucune anomalie."),
]
VISIT_AHEAD = [
    "The fire inspection is tomorrow morning and the exits are blocked, we passed last year.",
    "L'inspection est demain matin et l'extincteur est vide, l'an dernier rien à signaler.",
]


@pytest.mark.parametrize(("channel", "text"), VISIT_FOUND_NOTHING)
def test_a_visit_that_found_nothing_wrong_is_calm_and_said_so(channel: str, text: str):
    assert_calm_and_said(text, channel)


@pytest.mark.parametrize("text", VISIT_AHEAD)
def test_a_visit_ahead_is_not_calmed_by_how_the_last_one_went(text: str):
    assert triage(text)["urgent"]
