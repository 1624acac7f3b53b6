"""Answered-by (SPEC §5) for messages from a phone number, which has no address to say whose
updates could answer it: the same number's other messages in the batch say who it is
("c'est Sylvie" on Monday makes Thursday's unsigned SMS hers), as a consultant remembers a
number. Newcomer45 and newcomer46: unsigned SMS were linked to updates sent to other clients."""

from __future__ import annotations

import json

from boundaries.triage.answered import UpdateIndex, number_key
from boundaries.triage.batch import triage_batch
from tests.answered_support import sent_update

SYLVIE = "sylvie.caillard@pfpacifique.example"
HENRI = "henri.delvaux@etude-delvaux.example"
UPDATES = [
    sent_update(
        "liege",
        HENRI,
        "Comptes annuels 2025 – dépôt à la Centrale des bilans",
        "Cher Maître,\n\nLes comptes annuels 2025 de l'étude ont été déposés hier à la Centrale "
        "des bilans. La banque peut en recevoir une copie pour le renouvellement de la ligne "
        "de crédit.\n\nBien à vous,\nClaire",
        "2026-11-05T10:00:00+01:00",
    ),
    sent_update(
        "noumea",
        SYLVIE,
        "Déclaration CAFAT du 3e trimestre",
        "Bonjour Sylvie,\n\nLa déclaration CAFAT du 3e trimestre est déposée et le paiement "
        "part vendredi.\n\nClaire",
        "2026-11-06T10:00:00+11:00",
    ),
]
NUMBER = "+687 75 55 12"


def answers(*messages: tuple[str, str, str]) -> list[dict[str, object]]:
    """Each (text, sender, at) message's answer, triaged in one batch."""
    lines = [
        json.dumps({"id": f"m{i}", "channel": "sms", "text": t, "from": s, "at": a})
        for i, (t, s, a) in enumerate(messages)
    ]
    return triage_batch(lines, UpdateIndex(UPDATES))


UNSIGNED = (
    "Le bilan 2025 c'est pour quand ? La banque le demande pour le renouvellement de la ligne",
    NUMBER,
    "2026-11-20T09:00:00+11:00",
)


def test_an_unsigned_sms_is_not_linked_to_another_client_s_update_its_number_is_not():
    signed = ("Bonjour Claire, c'est Sylvie des Pompes Funèbres, bien reçu merci", NUMBER,
              "2026-11-16T09:00:00+11:00")  # fmt: skip
    _, unsigned = answers(signed, UNSIGNED)
    assert unsigned["intent"] == "status_check" and "answered_by" not in unsigned


def test_the_number_is_linked_to_its_own_client_s_update():
    signed = ("c'est Sylvie, merci pour la CAFAT", NUMBER, "2026-11-16T09:00:00+11:00")
    asked = ("la déclaration cafat du 3e trimestre c'est déposé ?", NUMBER,
             "2026-11-20T09:00:00+11:00")  # fmt: skip
    assert answers(signed, asked)[1].get("answered_by") == "noumea"


def test_a_number_that_names_two_clients_as_often_is_no_one():
    index = UpdateIndex(UPDATES)
    said = [(NUMBER, "c'est Sylvie"), (NUMBER, "Henri Delvaux à l'appareil")]
    assert index.clients_of_numbers(said) == {}
    said.append((NUMBER.replace(" ", ""), "Sylvie ici"))
    assert index.clients_of_numbers(said) == {number_key(NUMBER): {SYLVIE}}


def test_a_number_is_read_by_its_digits():
    assert number_key("+687 75 55 12") == number_key("+6877555 12") == "6877555" + "12"
    assert number_key("jen@harbor.example") == "" and number_key("") == ""
