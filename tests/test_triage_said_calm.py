"""Calm said in plain words keeps the learned second opinion from raising a false alarm
(issue 8, an eleventh outside tester, session 10): a problem restarted, restored or cleared
("both resolved within the hour", « tout a redémarré normalement », « restauré, tout est là »,
« la patrouille a levé le doute »), "in order", « à voir à l'occasion », and a deadline the
sender dates days away ("it expires on 30 April") — while a live problem beside a far date
stays urgent."""

from __future__ import annotations

import pytest

from tests.triage_support import triage


@pytest.mark.parametrize(
    "text",
    [
        "Coupure de courant cette nuit au dépôt, les caisses ont redémarré normalement ce matin.",
        "On pensait avoir perdu les photos du gala, en fait elles étaient archivées. Récupérées, "
        "tout est là.",
        "Alarme déclenchée à 3h au local, le gardien a levé le doute : un courant d'air.",
        "Weekly summary: 3 short outages, all resolved within minutes. Thanks for the quick work.",
        "Le site rame un peu depuis hier mais ça va maintenant, on regardera à l'occasion.",
        "Le contrôle de l'inspection du travail est passé, tout est en règle.",
    ],
)
def test_calm_said_in_plain_words_is_not_urgent(text: str) -> None:
    got = triage(text)
    assert got["urgent"] is False, got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Could you renew the domain for the shop? The registrar says it expires on 30 January.",
        "Pouvez-vous préparer le renouvellement du contrat ? L'échéance est le 31 janvier.",
    ],
)
def test_a_deadline_dated_days_away_is_not_urgent(text: str) -> None:
    got = triage(text, at="2026-12-02T10:00:00+01:00")
    assert got["urgent"] is False, got["reasons"]
    assert any("days away" in r for r in got["reasons"]), got["reasons"]


def test_a_live_problem_beside_a_far_date_stays_urgent() -> None:
    got = triage(
        "The online shop stopped taking payments an hour ago, every order fails at checkout. "
        "(Our hosting contract expires on 30 January, separate matter.)",
        at="2026-12-02T10:00:00+01:00",
    )
    assert got["urgent"] is True, got["reasons"]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "A pallet fell off the shelf in the stockroom this morning, nobody was hurt and the "
            "stock is fine.",
            None,
        ),
        ("Intervention terminée : le serveur est reparti, aucun rendez-vous n'a été annulé.", None),
        (
            "Could we sit down on Thursday to plan the switch to the new phones?",
            "2026-12-09T09:00:00+00:00",
        ),
        (
            "Pour info, le cabinet sera fermé du jeudi 24 décembre au lundi 4 janvier.",
            "2026-12-09T09:00:00+01:00",
        ),
    ],
)
def test_what_is_said_not_to_have_happened_or_is_dated_later_is_not_urgent(
    text: str, at: str | None
) -> None:
    got = triage(text, at=at)
    assert got["urgent"] is False, got["reasons"]


def test_a_weekday_with_its_date_is_that_date() -> None:
    from datetime import datetime

    from boundaries.triage.dates import named_dates

    wednesday = datetime.fromisoformat("2026-12-09T09:00:00+01:00")
    found = named_dates("ferme du jeudi 24 decembre au lundi 4 janvier", wednesday)
    assert [words for _, words in found] == ["24 decembre", "4 janvier"]
