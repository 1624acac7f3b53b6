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
    stored_advice, replayed_advice = json.loads(from_store.output), json.loads(from_replay.output)
    # the same advice; the script, read today, names the replay's days rather than calling
    # them "the last 26 days" (trial40 §7), where the replay's is read on its last day
    script = stored_advice.pop("script")
    assert "Sur les 26 jours (du 12 oct. au 6 nov.), j'ai reçu" in script, script
    assert "Sur les 26 derniers jours, j'ai reçu" in replayed_advice.pop("script")
    assert stored_advice == replayed_advice


def test_a_script_names_the_days_of_a_period_that_ended_weeks_before_it_is_read(db_url: str):
    """trial40 §7: the rate letter said « les 26 derniers jours (du 12 oct. au 6 nov.) » on 5
    December. Read the day after the period, "the last 27 days"; read today (weeks after the
    example's days, whatever today is), "the 26 days" and their dates."""
    saved = run("simulate", "--config", CONFIG, "--events", EVENTS, "--save", "--database", db_url)
    assert saved.exit_code == 0, saved.output
    coach = ["coach", "--config", CONFIG, "--client", "horizon", "--database", db_url]
    soon = " ".join(run(*coach, "--now", "2026-11-07T09:00:00+01:00").output.split())
    later = " ".join(run(*coach).output.split())
    assert "Sur les 27 derniers jours, j'ai reçu" in soon, soon
    assert "derniers jours" not in later, later
    assert "Sur les 26 jours (du 12 oct. au 6 nov.), j'ai reçu" in later, later


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


def test_the_coach_table_says_weeks_with_nothing_recorded_as_such(db_url: str):
    """trial40 §7 (seen again in session 38): after a saved replay, `coach --now` a month
    later listed the weeks after it as « appels 0, interruptions 0 … »; they are weeks the
    service did not record, said as the dashboard says them, and `recorded` false in --json."""
    saved = run("simulate", "--config", CONFIG, "--events", EVENTS, "--save", "--database", db_url)
    assert saved.exit_code == 0, saved.output
    coach = ["coach", "--config", CONFIG, "--client", "velo", "--database", db_url]
    later = ["--now", "2026-12-05T09:00:00+01:00"]
    text = run(*coach, *later).output
    assert "semaine du 9 nov. : rien d'enregistré (le service ne tournait pas)" in text, text
    assert "semaine du 2 nov. : appels 3, hors points fixes 1, interruptions 1" in text, text
    weeks = json.loads(run(*coach, *later, "--json").output)["after"]  # no step: all "after"
    assert [w["week"] for w in weeks if not w["recorded"]] == [
        "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"
    ]  # fmt: skip


def test_a_client_removed_from_the_configuration_is_said_left_out_of_the_report(
    db_url: str, tmp_path
):
    """trial45 B6: the report of a store holding a client's events, once that client was taken
    out of the configuration, dropped it without a word. It says so on stderr, naming the
    client and the fix; stdout keeps the report (and its JSON) as it was."""
    saved = run("simulate", "--config", CONFIG, "--events", EVENTS, "--save", "--database", db_url)
    assert saved.exit_code == 0, saved.output
    text = (EXAMPLES / "boundaries.toml").read_text("utf-8")
    start = text.index('[[client]]\nid = "velo"')
    end = text.index("[[client]]", start + 1)
    smaller = tmp_path / "smaller.toml"
    smaller.write_text(text[:start] + text[end:], encoding="utf-8")
    runner = CliRunner()
    for extra in ((), ("--json",)):
        got = runner.invoke(cli, ["report", "--config", str(smaller), "--database", db_url, *extra])
        assert got.exit_code == 0, got.output
        assert "« velo »" in got.stderr and "[[client]]" in got.stderr, got.stderr
        assert "velo" not in got.stdout
    payload = json.loads(runner.invoke(cli, ["report", "--config", str(smaller), "--database",
                                             db_url, "--json"]).stdout)  # fmt: skip
    assert [c["id"] for c in payload["clients"]] == ["horizon", "harbor", "unknown"]
    # the full configuration reports every client, with nothing said on stderr
    full = runner.invoke(cli, ["report", "--config", CONFIG, "--database", db_url])
    assert full.exit_code == 0 and full.stderr == "", full.stderr
    # a report on one client says nothing of the others
    one = runner.invoke(cli, ["report", "--config", str(smaller), "--database", db_url,
                              "--client", "horizon"])  # fmt: skip
    assert one.exit_code == 0 and one.stderr == "", one.stderr
