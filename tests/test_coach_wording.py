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
