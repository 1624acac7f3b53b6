"""Newcomer70 and realtext28's misses and false alarms, as kinds in words of our own.

Urgent: a tool that will not start or a release that cannot go out ("I can't launch the
booking app", "unable to deploy"); the writer's own work lost (« toutes mes modifications
ont été perdues », "my whole photo folder was deleted"); a device that keeps crashing (« le
terminal arrête pas de planter »); the words of a problem over when they are what the sender
asks for ("can you get the codes working again", "make sure the bundles are all sorted").

Not urgent: « je tombe sur une page » (to come across), "HS codes" (customs, not « hors
service »), a contact who stops answering (a silence to chase), a notice the sender judges a
scam and left alone, a state told of yesterday evening (« était encore bloqué hier soir »)."""

from __future__ import annotations

import pytest

from tests.triage_support import rules, triage

TUESDAY = "2026-12-08T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I can't launch the booking app on the reception PC, it just hangs on loading.",
        "We are unable to deploy the new version of the shop, the pipeline is stuck since noon.",
        "Impossible de démarrer le logiciel de caisse ce matin, il reste bloqué au chargement.",
        "Après la mise à jour, toutes mes modifications du catalogue ont été perdues.",
        "My whole photo folder was deleted by the sync last night and there is no backup.",
        "All our edits to the price list were lost after the import failed.",
        "le terminal de paiement il arrête pas de planter dès qu'on passe une carte",
        "the handheld scanner keeps freezing every time we book a parcel in",
    ],
)
def test_work_that_cannot_go_on_or_is_lost_now_is_urgent(text: str):
    answer = rules(text, "email", at=TUESDAY)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "I can't deploy the new theme until you approve the mock-ups, no hurry.",
        "Our old draft invoices were deleted from the dashboard as we asked, thanks.",
        "The terminal no longer crashes since the update, all good.",
    ],
)
def test_a_wait_a_clean_up_or_a_fix_is_not_breakage(text: str):
    answer = rules(text, "email", at=TUESDAY)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "hi it's Sam the discount code in this morning's newsletter expired yesterday so every "
        "customer gets invalid code at checkout, can you get the codes working again",
        "just want to make sure the gift sets are all sorted because the campaign email goes "
        "out at 6pm tonight and links straight to them",
    ],
)
def test_what_the_sender_asks_to_have_put_right_is_no_problem_over(text: str):
    said = rules(text, "voicemail", at=TUESDAY)["reasons"]
    assert not any("problem is over" in r for r in said), said
    answer = triage(text, "voicemail", at=TUESDAY)  # the second opinion may read it
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # « tomber sur »: to come across
        "En voulant renouveler ma carte d'adhérent je suis tombée sur un formulaire vide, je "
        "réessaierai la semaine prochaine.",
        # the customs' HS codes are no « hors service »
        "Here are the HS codes for the eight cartons, can you check them before I send the "
        "commercial invoice?",
        # a contact who no longer answers: a silence to chase, not a machine down
        "des nouvelles du dossier assurance ? l'expert me répond plus depuis lundi",
        # a notice judged a scam by the sender, and left alone
        "Hi, we got a text saying our store would be closed in 24 hours unless we confirm our "
        "card. Clearly a scam, we ignored it. Just so you know.",
        "Bonjour, un mail soi-disant de la banque demande nos codes avant ce soir. C'est "
        "sûrement une arnaque, je n'ai rien cliqué. Je le signale où ?",
        # a state told of yesterday evening, not a deadline missed
        "t'as pu relancer la campagne ? le compte pub était encore bloqué hier soir",
    ],
)
def test_words_that_only_look_alarming_are_not_urgent(text: str):
    answer = rules(text, "email", at=TUESDAY)
    assert not answer["urgent"], answer["reasons"]
