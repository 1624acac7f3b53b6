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
