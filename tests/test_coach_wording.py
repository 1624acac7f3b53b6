"""The period a coach script looks back on is worded as long as it really is (CLDR plurals)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.reporting.wording import span
from tests.conftest import EXAMPLES


@pytest.mark.parametrize(
    ("days", "fr", "en"),
    [
        (1, "le dernier jour", "the last day"),
        (6, "les 6 derniers jours", "the last 6 days"),
        (7, "la dernière semaine", "the last week"),
        (26, "les 26 derniers jours", "the last 26 days"),
        (28, "les 4 dernières semaines", "the last 4 weeks"),
        (29, "les 29 derniers jours", "the last 29 days"),
    ],
)
def test_a_span_is_said_in_whole_weeks_only_when_it_is_whole_weeks(days: int, fr: str, en: str):
    assert span("fr", days) == fr
    assert span("en", days) == en


@pytest.mark.parametrize(
    ("lang", "right", "wrong"),
    [
        ("fr", "Sur les 26 derniers jours", "4 dernières semaines"),
        ("en", "Over the last 26 days", "last 4 weeks"),
    ],
)
def test_the_coach_on_the_example_month_does_not_round_26_days_to_4_weeks(
    lang: str, right: str, wrong: str
):
    """The example month runs 12 October to 6 November: 26 days, 3.71 weeks."""
    base = ["coach", "--config", str(EXAMPLES / "boundaries.toml"), "--client", "horizon"]
    result = CliRunner().invoke(
        cli, [*base, "--events", str(EXAMPLES / "events.jsonl"), "--lang", lang]
    )
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())  # the script is wrapped to the terminal
    assert right in text and wrong not in text


@pytest.mark.parametrize(
    ("lang", "value", "one"),
    [("fr", 0.8, True), ("fr", 1.5, True), ("fr", 1.96, False), ("fr", 2.0, False),
     ("en", 0.8, False), ("en", 1.0, True), ("en", 1.5, False)],
)  # fmt: skip
def test_hours_take_the_number_of_the_figure_as_written(lang: str, value: float, one: bool):
    from boundaries.reporting.wording import singular

    assert singular(lang, value) is one


def test_the_decide_script_says_a_singular_below_two_hours_in_french():
    from boundaries.reporting.wording import say, script

    values = {
        "calls_per_day": "3,1", "lost": True, "hours_lost_per_week": "0,8",
        "hours_lost_per_week_one": True, "demands": True, "demanded_per_week": "1,5",
        "demanded_per_week_one": True, "steps_taken": [], "suggested_rate": "",
        "current_rate": "", "effective": "1er janvier",
    }  # fmt: skip
    text = script("fr", "decide", **values)
    assert "0,8 heure perdue en" in text and "1,5 heure de disponibilité demandée" in text
    stay = say("fr", "coach.stay", step=say("fr", "steps.decide"))
    assert stay.count(":") == 0 and stay.endswith(".")
