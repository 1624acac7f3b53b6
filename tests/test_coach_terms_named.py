"""What the coach's scripts and letters tell a client about the agreed terms (newcomer51): a
client with two standing calls a week is told both, not only Monday's (the letter said the
terms were one call a week), and is not asked whether "Monday" suits; a rate letter written
from the store takes effect at least 30 days after the day it is written, not after the
store's last event."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.reporting import wording as w
from boundaries.reporting.coaching import effective_date
from tests.conftest import EXAMPLES

EVENTS = str(EXAMPLES / "events.jsonl")


def _two_calls_a_week(tmp_path: Path) -> str:
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    one = 'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }]'
    two = 'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=MO,TH", start = "13:00", minutes = 30 }]'
    assert one in text
    path = tmp_path / "boundaries.toml"
    path.write_text(text.replace(one, two, 1), encoding="utf-8")
    return str(path)


def _coach(*args: str) -> str:
    result = CliRunner().invoke(cli, ["coach", *args])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_every_standing_call_of_the_week_is_named(tmp_path: Path) -> None:
    config = _two_calls_a_week(tmp_path)
    fr = _coach("--config", config, "--events", EVENTS, "--client", "horizon")
    assert "nos points fixes, le lundi à 13 h et le jeudi à 13 h" in fr, fr
    assert "vous convient" not in fr  # the calls exist: no day to agree on
    en = _coach("--config", config, "--events", EVENTS, "--client", "horizon", "--lang", "en")
    assert "our standing calls, Mondays at 1 PM and Thursdays at 1 PM" in en, en


def test_a_rate_letter_from_the_store_gives_thirty_days_from_the_day_it_is_written(
    tmp_path: Path,
) -> None:
    config = str(EXAMPLES / "boundaries.toml")
    db = f"sqlite:///{tmp_path / 'replay.sqlite3'}"
    saved = CliRunner().invoke(
        cli, ["simulate", "--config", config, "--events", EVENTS, "--save", "--database", db]
    )
    assert saved.exit_code == 0, saved.output
    for step, day in (("talk", "2026-10-12"), ("defer", "2026-10-19")):
        _coach("--config", config, "--database", db, "--client", "horizon", "--record", step,
               "--on", day)  # fmt: skip
    letter = _coach("--config", config, "--database", db, "--client", "horizon")
    # The store's last event is 6 November 2026: 30 days from it would be 1 January 2027.
    assert f"à compter du {w.day('fr', effective_date(date.today()))}" in letter, letter


def test_the_script_speaks_the_clients_language_and_the_view_the_consultants() -> None:
    """newcomer51 §11: the script for an English client came in the French consultant's
    language; it is said to the client. --lang still chooses both."""
    config = str(EXAMPLES / "boundaries.toml")
    said = _coach("--config", config, "--events", EVENTS, "--client", "harbor")
    assert "Étape suivante" in said and "So I'd like to suggest" in said, said
    assert "Je vous propose" not in said
    french = _coach("--config", config, "--events", EVENTS, "--client", "harbor", "--lang", "fr")
    assert "Je vous propose" in french
    import json

    data = json.loads(
        CliRunner()
        .invoke(cli, ["coach", "--config", config, "--events", EVENTS, "--client", "harbor",
                      "--json"])
        .output
    )  # fmt: skip
    assert data["lang"] == "en"


def test_the_dashboard_gives_the_script_in_the_clients_language_too(tmp_path: Path) -> None:
    """newcomer55 §4: the client page (in the French consultant's language) gave an English
    client's script in French, beside a Copy button, while `coach` gave it in English."""
    from datetime import datetime

    from boundaries.config import load_config
    from boundaries.store import Store
    from boundaries.web.dashboard.source import conversation
    from tests.store_support import served_database

    config_path = str(EXAMPLES / "boundaries.toml")
    db = served_database(tmp_path / "b.sqlite3")
    saved = CliRunner().invoke(
        cli, ["simulate", "--config", config_path, "--events", EVENTS, "--save", "--database", db]
    )
    assert saved.exit_code == 0, saved.output
    store = Store.open(db)
    try:
        now = datetime.fromisoformat("2026-11-07T12:00:00+01:00")
        talk = conversation(load_config(config_path), store, "default", "harbor", "fr", now)
    finally:
        store.close()
    assert talk is not None and talk["script_lang"] == "en"
    assert "So I'd like to suggest" in talk["script"] and "Je vous propose" not in talk["script"]
    assert talk["lang"] == "fr"  # the view around it stays in the page's language
    assert talk["no_standing_call"] is False  # harbor has its standing call
