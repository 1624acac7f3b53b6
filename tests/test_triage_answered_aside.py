"""Answered-by must not link a status check to the update on another item (issue 8, item 6:
"a wrong link is worse than none"), found by an outside tester: thanks for finished work
before the question, and a different reference number or month of the same kind of item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boundaries.triage.answered_link import without_thanks
from boundaries.triage.batch import load_updates, triage_batch

UPDATES = [
    {
        "id": "u-payroll",
        "to": "paul@garage.example",
        "subject": "Payroll set up",
        "text": "Hi Paul, payroll is set up: the first pay run goes out on the 28th. Sam",
        "at": "2026-11-20T10:00:00Z",
    },
    {
        "id": "u-intranet",
        "to": "sophie@ecole.example",
        "subject": "Comptes intranet créés",
        "text": "Bonjour Sophie, les comptes intranet des enseignants sont créés. Claire",
        "at": "2026-11-21T10:00:00Z",
    },
    {
        "id": "u-invoice",
        "to": "anna@shop.example",
        "subject": "Invoice 2026-114",
        "text": "Hi Anna, invoice 2026-114 for the October workshop is attached. Sam",
        "at": "2026-11-25T09:00:00Z",
    },
    {
        "id": "u-vat",
        "to": "helene@boutique.example",
        "subject": "Export TVA octobre",
        "text": "Bonjour Hélène, l'export TVA d'octobre est parti ce soir chez le cabinet Delmas. "
        "Claire",
        "at": "2026-11-26T18:00:00Z",
    },
]


@pytest.fixture
def updates(tmp_path: Path):
    path = tmp_path / "updates.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in UPDATES), encoding="utf-8")
    return load_updates(path)


def _answer(updates, text: str, sender: str) -> dict:
    line = json.dumps(
        {"id": "m", "channel": "email", "text": text, "from": sender, "at": "2026-11-30T09:00:00Z"}
    )
    return triage_batch([line], updates)[0]


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Hello Sam, thanks for setting up payroll. How is the pension scheme enrolment going?",
            "paul@garage.example",
        ),
        (
            "Merci Claire pour les comptes intranet ! Où en est la commande des tablettes ?",
            "sophie@ecole.example",
        ),
        ("Hi Sam, any news on invoice 2026-120 for the November coaching?", "anna@shop.example"),
        (
            "Cheers for sorting the payroll! Any update on the pension scheme enrolment?",
            "paul@garage.example",
        ),
        # the same kind of item for another month
        (
            "Bonjour Claire, le fichier TVA de novembre est-il parti chez le cabinet ?",
            "helene@boutique.example",
        ),
        # praise, and thanks opening the question's own sentence
        (
            "Bonjour,\nBravo pour les comptes intranet ! Où en est la commande des tablettes ?",
            "sophie@ecole.example",
        ),
        (
            "merci pour les comptes intranet 👍 et les tablettes ça en est où ?",
            "sophie@ecole.example",
        ),
    ],
)
def test_a_check_about_another_item_is_not_linked(updates, text: str, sender: str) -> None:
    answer = _answer(updates, text, sender)
    assert answer["intent"] == "status_check"
    assert "answered_by" not in answer, answer["reasons"]


@pytest.mark.parametrize(
    ("text", "sender", "update"),
    [
        ("Hi Sam, has invoice 2026-114 gone out?", "anna@shop.example", "u-invoice"),
        (
            "Bonjour Claire, l'export TVA d'octobre est-il bien parti chez le cabinet ?",
            "helene@boutique.example",
            "u-vat",
        ),
        (
            "Merci Claire ! Les comptes intranet des enseignants sont-ils prêts ?",
            "sophie@ecole.example",
            "u-intranet",
        ),
    ],
)
def test_the_same_item_is_still_linked(updates, text: str, sender: str, update: str) -> None:
    assert _answer(updates, text, sender).get("answered_by") == update


def test_thanks_are_set_aside_only_when_a_question_remains() -> None:
    assert without_thanks("Thanks for the migration! Where is the signup form?") == (
        "Where is the signup form?"
    )
    assert without_thanks("Thanks, the payroll is done.") == "Thanks, the payroll is done."


@pytest.mark.parametrize(
    "text",
    [
        "Has invoice 2026-114 gone out?",
        "Les comptes intranet des enseignants sont-ils prêts ?",
    ],
)
def test_with_no_sender_no_clients_update_is_taken_for_an_answer(updates, text: str) -> None:
    line = json.dumps({"id": "m", "channel": "email", "text": text, "at": "2026-11-30T09:00:00Z"})
    answer = triage_batch([line], updates)[0]
    assert "answered_by" not in answer, answer["reasons"]
    assert any("no sender" in r for r in answer["reasons"])


def test_with_no_sender_a_name_shared_with_the_update_still_tells_whose(updates) -> None:
    text = "bonjour c'est sophie euh les comptes intranet des enseignants ils sont prêts ou pas"
    line = json.dumps(
        {"id": "m", "channel": "voicemail", "text": text, "at": "2026-11-30T09:00:00Z"}
    )
    assert triage_batch([line], updates)[0].get("answered_by") == "u-intranet"


def test_with_no_sender_a_signature_the_update_greets_tells_whose(updates) -> None:
    text = "Bonjour,\n\nLes comptes intranet des enseignants sont-ils prêts ?\n\nMerci,\nSophie"
    line = json.dumps({"id": "m", "channel": "email", "text": text, "at": "2026-11-30T09:00:00Z"})
    assert triage_batch([line], updates)[0].get("answered_by") == "u-intranet"
