"""A client's own records or work taken by the tool that keeps them (realtext19, real posts
to a vendor): an update that "removed all my collections", a sync whose action "deleted my
folder", « la mise à jour a écrasé mes fichiers », collections that "were gone" after a
restart. Urgent by the rules (SPEC §5: a concrete harm: the sooner it is looked at, the
likelier it can be restored). A deleted folder as a place, files removed on purpose or a
month back are not."""

from __future__ import annotations

import pytest

from tests.triage_support import rules


@pytest.mark.parametrize(
    "text",
    [
        "After running the application it updated itself and removed all my collections "
        "without asking. Where did they go?",
        "I deleted the sync I had just set up, but that action has deleted my folder! Can I "
        "restore my files?",
        "I just restarted my PC and most of my projects were gone. How do I get them back?",
        "All my notes I wrote this morning are gone after the upgrade!!",
        "The migration wiped our invoices, the accountant needs them",
        "la mise à jour a écrasé mes fichiers de ce matin, je fais comment ?",
        "Le logiciel a supprimé tous mes dossiers clients cette nuit.",
        "Depuis la synchro, mes projets ont disparu de l'espace de travail.",
    ],
)
def test_work_taken_by_the_tool_that_keeps_it_is_urgent(text: str) -> None:
    answer = rules(text)
    assert answer["urgent"] and answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Is it possible to restore a chart if deleted by mistake? It gets stored in a deleted "
        "folder or something that can be restored.",
        "We deleted our old drafts folder yesterday as agreed; can you send the new template?",
        "The archived files were deleted last month as planned, no need to keep the backup.",
        "On a supprimé les anciens dossiers comme prévu, tout est rangé.",
    ],
)
def test_a_deleted_place_a_removal_on_purpose_or_a_month_back_is_not(text: str) -> None:
    answer = rules(text)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        # "file" the noun is no filing due today
        ("Hello, today a file shows up twice in my listing after I shared it.", "file"),
        # a plan's 500 requests are no server error 500
        ("Why didn't I get the 500 fast requests this month? I was charged extra.", "500"),
        # mail that went unanswered is not mail that is gone
        ("I sent two emails and they have gone completely unanswered.", "gone"),
    ],
)
def test_a_word_of_a_harm_in_another_sense_is_no_rule_of_urgency(text: str, misread: str) -> None:
    """realtext19: each set `urgent` by a rule that read the word in another sense (the
    learned second opinion may still say `possible`)."""
    answer = rules(text)
    assert answer["urgency"] != "urgent", answer["reasons"]
    assert not any(misread in r and r.startswith("urgent") for r in answer["reasons"])
