"""Trial32's triage findings, in words of our own. §1: a deadline on a weekday said on that
very weekday is due today ("by Friday" on a Friday morning was read as seven days away, the
worst error SPEC §5 names); a meeting "on Friday" said on a Friday stays next week's. §2: the
power cut told as an event ("the electricity was cut") and cold storage warming up are harm
happening now."""

from __future__ import annotations

import pytest

from tests.triage_support import rules, triage

FRIDAY_MORNING = "2026-12-04T09:00:00+01:00"


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("email", "Hi Claire, we need the signed lease back by Friday please, the bank needs it."),
        (
            "voicemail",
            "Bonjour, il nous faut l'attestation pour vendredi sinon le dossier est refusé.",
        ),
        ("sms", "board pack due Friday, can you check the cash-flow tab"),
        ("voicemail", "The share purchase closes Friday, please read the disclosure letter."),
    ],
)
def test_a_deadline_on_todays_weekday_is_due_today(channel: str, text: str):
    answer = triage(text, channel, at=FRIDAY_MORNING)
    assert answer["urgent"], answer["reasons"]
    assert not any("7 days away" in r for r in answer["reasons"]), answer["reasons"]


def test_a_meeting_on_todays_weekday_is_next_weeks():
    answer = triage("see you on Friday for the quarterly review", "sms", at=FRIDAY_MORNING)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "Hi, it's Paula, the electricity has been cut at the depot and the freezers "
            "full of donated meals are warming up.",
        ),
        ("sms", "mains went off at the kitchen, walk-in is getting warm"),
        ("sms", "le frigo de la cantine se réchauffe, plus de courant depuis 7h"),
    ],
)
def test_a_power_cut_with_cold_stock_warming_is_urgent(channel: str, text: str):
    assert triage(text, channel, at=FRIDAY_MORNING)["urgent"]


def test_a_power_cut_that_is_over_or_planned_is_not():
    over = triage(
        "the power went off for ten minutes yesterday, all fine now", "sms", at=FRIDAY_MORNING
    )
    planned = triage(
        "The power cut planned for next Tuesday will last two hours.", "email", at=FRIDAY_MORNING
    )
    assert not over["urgent"] and not planned["urgent"]


@pytest.mark.parametrize(
    "text",
    [
        "Morning, the side door of the shop was forced overnight and the cash box is gone.",
        "Bonjour, la porte du local a été forcée cette nuit, le coffre a disparu.",
        "someone jemmied the back window, police on their way",
    ],
)
def test_a_break_in_told_by_its_traces_is_urgent_by_the_rules(text: str):
    """A break-in said by what it left (a forced door, a safe gone) was urgent only when the
    learned second opinion happened to raise it: the rules now read it (SPEC §5: harm now)."""
    answer = rules(text, "email", at=FRIDAY_MORNING)
    assert answer["urgent"] and answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("email", "Hello, we were served with a lawsuit by the landlord this morning."),
        ("voicemail", "hi it's Dee, one of the parents is suing the club, the letter came today"),
        (
            "email",
            "Bonjour, nous venons de recevoir une assignation devant le tribunal judiciaire.",
        ),
        ("sms", "l'ancien salarié nous a assignés aux prud'hommes, audience fixée"),
    ],
)
def test_proceedings_brought_against_the_client_are_urgent(channel: str, text: str):
    """trial32 §14: "we were served with a lawsuit this morning" was not urgent (SPEC §5:
    legal risk); not a claim the client asks us to prepare, nor one settled long ago."""
    assert triage(text, channel, at=FRIDAY_MORNING)["urgent"]


@pytest.mark.parametrize(
    "text",
    [
        "Could you prepare the claim? We may sue the supplier next year, no hurry.",
        "We were sued in 2019 over the lease; it was settled long ago.",
        "Pourriez-vous préparer une assignation contre le locataire ? Rien d'urgent.",
    ],
)
def test_proceedings_asked_for_or_long_over_are_not(text: str):
    assert not rules(text, "email", at=FRIDAY_MORNING)["urgent"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("sms", "a customer's son had an allergic reaction after the brownie, ambulance came"),
        ("voicemail", "c'est Inès, un petit a fait une réaction après le goûter, il va mieux"),
        ("sms", "glass jar broke over the prep bench, shards of glass in the salad tray we served"),
        ("email", "The swab from the slicer came back positive for Listeria, lot goes out at 3."),
        ("email", "Résultat du labo : Salmonella spp. détectée sur le lot 44, livré ce matin."),
        (
            "sms",
            "les cookies partent demain avec l'étiquette sans arachides, le nouveau fournisseur "
            "en met pourtant",
        ),
    ],
)
def test_food_that_may_harm_who_eats_it_is_urgent(channel: str, text: str):
    """newcomer63 (blind: 12 urgent missed, most of them food that may harm): an allergic
    reaction, a foreign body in what was served, a pathogen found, an allergen the label goes
    without. A swab that "came back positive" is a result, not a problem over."""
    assert triage(text, channel, at=FRIDAY_MORNING)["urgent"]


@pytest.mark.parametrize(
    "text",
    [
        "The client had a strong reaction to the new prices, can we talk Monday?",
        "All swabs came back negative this week, nothing to report.",
    ],
)
def test_reactions_to_prices_and_clean_results_are_not(text: str):
    assert not rules(text, "email", at=FRIDAY_MORNING)["urgent"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "Bonjour, c'est Yves, un commissaire de justice est venu au dépôt ce matin "
            "pour une facture, il revient lundi. Rappelez-moi.",
        ),
        (
            "email",
            "Je vous transfère l'avis de la banque : prélèvement URSSAF rejeté, provision "
            "insuffisante.",
        ),
        ("sms", "bank says the rent direct debit bounced, landlord already called"),
    ],
)
def test_a_bailiff_by_his_new_title_and_a_payment_refused_for_want_of_money_are_urgent(
    channel: str, text: str
):
    """newcomer62 (blind: 10 urgent missed): « commissaire de justice » is the bailiff's title
    since 2022; a debit or payment returned for insufficient funds is money at risk now."""
    assert triage(text, channel, at=FRIDAY_MORNING)["urgent"]


def test_a_bailiff_the_client_asks_us_to_instruct_is_not():
    text = "Pour l'impayé du client Morel, on peut mandater un commissaire de justice en janvier ?"
    assert not rules(text, "email", at=FRIDAY_MORNING)["urgent"]


def test_someone_elses_belief_that_it_was_paid_does_not_end_the_matter():
    """newcomer62: « Nolwenn pense qu'on l'a payée, elle cherche le virement » read as the
    problem over, and a bailiff due back tomorrow was not urgent."""
    text = (
        "Agnès, c'est Yann. Un commissaire de justice est passé ce matin pour une facture "
        "soi-disant impayée, il revient demain pour la saisie. Nolwenn pense qu'on l'a payée, "
        "elle cherche le virement. Rappelez-moi."
    )
    answer = triage(text, "voicemail", at=FRIDAY_MORNING)
    assert answer["urgent"], answer["reasons"]
    assert not any("problem is over" in r for r in answer["reasons"])


@pytest.mark.parametrize(
    "text",
    [
        "Pour la nouvelle gamme nous voulons des étiquettes sans arachides, pouvez-vous "
        "valider la maquette d'ici fin janvier ?",
        "For the spring range we want labels without peanuts, can you check the artwork by "
        "the end of January?",
    ],
)
def test_a_label_that_claims_no_allergen_is_not_one_with_its_allergen_left_off(text: str):
    """A peanut-free label is a product claim, not a warning missing from a label."""
    answer = rules(text, "email")
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "La balance sort toujours l'ancienne étiquette sans les noisettes, 300 pots en rayon.",
        "The new labels went out to the shops without the allergens, 400 jars on the shelves.",
    ],
)
def test_a_label_with_its_allergen_left_off_is_still_urgent(text: str):
    answer = rules(text, "email")
    assert answer["urgent"], answer["reasons"]
