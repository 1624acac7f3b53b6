"""What comes after a routine opener — a PS, a second clause — is read too (issue 8, an
eleventh outside tester, session 10): « OK pour mardi. PS : plus de téléphone au cabinet »,
a thank-you email whose PS says the backups fail and the disk clicks, a delivery tomorrow
morning for which the order has not gone out."""

from __future__ import annotations

import pytest

from boundaries.triage.model import Message
from boundaries.triage.second_opinion import model_passages
from tests.triage_support import triage


@pytest.mark.parametrize(
    ("text", "channel", "at"),
    [
        (
            "Mardi ça marche. PS : plus de téléphone au cabinet, les patients appellent dans "
            "le vide",
            "sms",
            None,
        ),
        (
            "Bonjour,\n\nMerci pour la facture, c'est noté. On voit le reste au point de jeudi.\n\n"
            "Bien à vous,\nSophie\n\nP.S. depuis ce matin plus personne n'arrive à ouvrir les "
            "dossiers partagés, le serveur affiche une erreur disque.",
            "email",
            None,
        ),
        (
            "Le camion passe demain 6h et la commande de farine est toujours pas partie, tu "
            "regardes ?",
            "sms",
            "2026-12-06T20:10:00+01:00",
        ),
        (
            "the caterer comes at 8 tomorrow and the order still hasn't been sent, can you check",
            "sms",
            "2026-12-06T20:10:00+00:00",
        ),
    ],
)
def test_what_follows_a_routine_opener_is_judged(text: str, channel: str, at: str | None) -> None:
    got = triage(text, channel, at)
    assert got["urgent"] is True, got["reasons"]


def test_a_postscript_is_read_on_its_own_by_the_second_opinion() -> None:
    message = Message(
        id="m", channel="sms", text="Ok for Thursday. PS: no internet at the shop since 9"
    )
    passages = model_passages(message)
    assert passages[0].startswith("ok for thursday")
    assert "no internet at the shop since 0" in passages[1:]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "The order was sent this morning, the caterer comes at 8 tomorrow.",
            "2026-12-06T20:10:00+00:00",
        ),
        ("Le devis n'est pas encore signé, on en parle la semaine prochaine.", None),
    ],
)
def test_what_is_done_or_not_needed_soon_stays_calm(text: str, at: str | None) -> None:
    got = triage(text, "sms", at)
    assert got["urgent"] is False, got["reasons"]
