"""A deadline told by a day of the month alone, or by a condition with its cost (newcomer49):
« elle est à rendre le 10 » sent on the 9th, "due on the 10th", « à rendre demain », "Sipho's
permit runs out tomorrow", « si on lui envoie pas le prévisionnel avant demain midi, le prêt
passe en janvier ». Urgent by the rules; the same day further off, an hour, an address or
an amount are not (SPEC §5: a deadline within about 24 hours)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from boundaries.triage.dates import named_dates
from boundaries.triage.text import normalise
from tests.triage_support import rules

MONDAY_EVENING = "2026-11-09T18:05:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "la DRM d'octobre c'est bien vous qui la faites ? elle est à rendre le 10.",
        "The VAT return is due on the 10th, is it ready?",
        "the invoice is due on Tuesday the 10th",
        "la déclaration est à rendre demain, vous l'avez ?",
        "Any news on the permits? Sipho's one runs out tomorrow btw",
        "le gars de la banque m'a dit que si on lui envoie pas le prévisionnel avant demain midi "
        "le prêt passe au comité de janvier",
    ],
)
def test_a_deadline_by_the_day_of_the_month_or_with_its_cost_is_urgent(text: str) -> None:
    answer = rules(text, "sms", MONDAY_EVENING)
    assert answer["urgent"] and answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "the VAT return is due on the 25th, no rush",
        "on se voit le 10 à 14 h pour la formation",
        "rendez-vous le 10 rue de la Paix",
        "we met on the 6th, all good",
        "2 manquants, je te les envoie demain matin",
    ],
)
def test_a_day_further_off_an_hour_an_address_or_ones_own_step_is_not(text: str) -> None:
    answer = rules(text, "sms", MONDAY_EVENING)
    assert not answer["urgent"], answer["reasons"]


def test_a_day_said_alone_is_this_months_or_once_passed_the_next_months() -> None:
    sent = datetime.fromisoformat(MONDAY_EVENING)
    assert (date(2026, 11, 10), "le 10") in named_dates(normalise("à rendre le 10"), sent)
    assert (date(2026, 12, 2), "the 2nd") in named_dates(normalise("due the 2nd"), sent)
    assert [d for d, _ in named_dates(normalise("rendez-vous le 10 h"), sent)] == []
