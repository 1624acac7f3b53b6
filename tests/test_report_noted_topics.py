"""A client with no standing call (trial35 §5): its replies say its topics are noted, but no
agenda will take them up; the report, its JSON and `check` say so, instead of "Agenda:
nothing waiting" while the topic sits in the store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from boundaries.cli.main import cli
from tests.conftest import EXAMPLES
from tests.replay_support import one_voicemail

ASKED = (
    "bonjour c'est karim je voulais savoir où en est la demande de subvention pour la fête de "
    "quartier"
)


def without_standing_calls(tmp_path: Path) -> tuple[str, str]:
    toml = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    velo = '[\n  { rrule = "FREQ=WEEKLY;BYDAY=TU,TH", start = "16:00", minutes = 20 },\n]'
    assert velo in toml
    config = tmp_path / "boundaries.toml"
    config.write_text(toml.replace(f"standing_calls = {velo}\n", ""), encoding="utf-8")
    first, then = "2026-10-13T09:03:00+02:00", "2026-10-13T10:03:00+02:00"
    events = one_voicemail(tmp_path / "events.jsonl", "04 72 00 11 22", first, then, ASKED)
    return str(config), str(events)


def test_the_report_lists_the_topics_noted_for_a_client_with_no_standing_call(tmp_path):
    config, events = without_standing_calls(tmp_path)
    args = ["report", "--config", config, "--events", events, "--client", "velo"]
    got = json.loads(CliRunner().invoke(cli, [*args, "--json"]).output)
    [velo] = got["clients"]
    assert velo["next_standing_call"] is None and velo["agenda"] == []
    assert velo["noted"] == ["subvention pour la fête de quartier"]
    text = CliRunner().invoke(cli, args).output
    assert "Sujets notés, sans point fixe pour les reprendre" in text
    assert "subvention pour la fête de" in text


def test_a_client_with_standing_calls_has_no_noted_topics(tmp_path):
    args = ["report", "--config", str(EXAMPLES / "boundaries.toml"), "--json"]
    got = json.loads(
        CliRunner().invoke(cli, [*args, "--events", str(EXAMPLES / "events.jsonl")]).output
    )
    assert all(c["noted"] == [] for c in got["clients"])


def test_check_warns_that_a_client_without_standing_calls_has_no_agenda(tmp_path):
    config, _ = without_standing_calls(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--config", config])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "le client velo n'a pas de standing_calls" in said
    assert "le client horizon n'a pas de standing_calls" not in said


def test_check_says_every_client_without_standing_calls_in_one_warning(tmp_path):
    """trial41 §10: 26 clients without a standing call gave 26 identical paragraphs; one
    warning names them all."""
    config, _ = without_standing_calls(tmp_path)
    text = Path(config).read_text(encoding="utf-8")
    harbor = (
        'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=WE", start = "16:00", minutes = 45 }]\n'
    )
    assert harbor in text
    Path(config).write_text(text.replace(harbor, ""), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", config])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "les clients velo, harbor n'ont pas de standing_calls" in said, said
    assert said.count("standing_calls :") == 1, said
