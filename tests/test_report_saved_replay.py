"""A saved replay reports exactly as the replay itself, without --now (README, SPEC §6, §8):
the store's period ends where the replay ends until a live event comes after it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from click.testing import CliRunner, Result

from boundaries.cli.main import cli
from boundaries.store import Store, StoredEvent
from tests.conftest import EXAMPLES

CONFIG = str(EXAMPLES / "boundaries.toml")
EVENTS = str(EXAMPLES / "events.jsonl")
PARIS = ZoneInfo("Europe/Paris")  # the example consultant's zone


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_report_and_coach_on_a_saved_replay_match_the_replay_without_now(db_url: str):
    saved = run("simulate", "--config", CONFIG, "--events", EVENTS, "--save", "--database", db_url)
    assert saved.exit_code == 0, saved.output
    stored = run("report", "--config", CONFIG, "--database", db_url, "--json")
    replay = run("report", "--config", CONFIG, "--events", EVENTS, "--json")
    assert stored.exit_code == 0, stored.output
    assert json.loads(stored.output) == json.loads(replay.output)
    assert json.loads(stored.output)["weeks"] == 3.71
    coach = ["coach", "--config", CONFIG, "--client", "horizon", "--json"]
    from_store = run(*coach, "--database", db_url)
    from_replay = run(*coach, "--events", EVENTS)
    assert from_store.exit_code == 0, from_store.output
    assert json.loads(from_store.output) == json.loads(from_replay.output)


def test_a_live_event_after_the_saved_replay_makes_the_period_run_to_today(db_url: str):
    saved = run("simulate", "--config", CONFIG, "--events", EVENTS, "--save", "--database", db_url)
    assert saved.exit_code == 0, saved.output
    now = datetime.now(UTC)
    store = Store.open(db_url)
    try:
        live = StoredEvent(
            "call", now - timedelta(minutes=5), "voicemail", "horizon", "CA" + "1" * 32
        )
        store.record(store.account_id(), [live])
    finally:
        store.close()
    report = json.loads(run("report", "--config", CONFIG, "--database", db_url, "--json").output)
    assert report["to"] == now.astimezone(PARIS).date().isoformat()
    assert report["weeks"] > 3.71
