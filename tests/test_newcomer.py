"""A newcomer's first hour: every mistake of theirs gets a message with the fix, not a
traceback, and the contracts hold on odd input (one line in, one line out)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from tests.conftest import BASE_TOML, EXAMPLES, english_example

CONFIG = str(EXAMPLES / "boundaries.toml")
EVENTS = str(EXAMPLES / "events.jsonl")


def run(args: list[str], stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args, input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "phrases",
    [["hello zorglubax"], ["call me back", "quux frobnicate"], ["!!!"]],
)
def test_transcribe_with_a_phrase_the_engine_cannot_use_is_a_clear_error(phrases: list[str]):
    args = ["transcribe", str(EXAMPLES / "voicemail.wav"), "--language", "en"]
    for phrase in phrases:
        args += ["--phrase", phrase]
    code, out = run(args)
    assert code == 1 and "Traceback" not in out and "Fix:" in out
    if phrases != ["!!!"]:
        assert "zorglubax" in out or ("quux" in out and "frobnicate" in out)


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_a_blank_line_in_triage_input_gets_an_error_object_on_its_line(blank: str):
    lines = [
        json.dumps({"id": "1", "channel": "sms", "text": "salut c'est marc rappelle-moi"}),
        blank,
        json.dumps({"id": "2", "channel": "email", "text": "where are we with the report?"}),
        blank,
    ]
    code, out = run(["triage"], stdin="\n".join(lines) + "\n")
    assert code == 0
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == len(lines)
    assert [a.get("id") for a in answers] == ["1", None, "2", None]
    assert "error" in answers[1] and "empty line" in answers[1]["error"]
    assert "error" not in answers[0] and "error" not in answers[2]


@pytest.mark.parametrize("content", ["", "\n", "\n  \n\n"])
def test_an_events_file_without_events_is_refused_with_a_message(tmp_path: Path, content: str):
    events = tmp_path / "events.jsonl"
    events.write_text(content, encoding="utf-8")
    for extra in ([], ["--compare"], ["--json"]):
        config = str(english_example(tmp_path))
        code, out = run(["simulate", "--config", config, "--events", str(events), *extra])
        assert code == 1
        assert "holds no events" in out and "examples/events.jsonl" in out
        assert "weeks" not in out


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (BASE_TOML.replace("Claire Martin", "Cl\xe9mence Martin").encode("latin-1"), 2),
        (BASE_TOML.encode("utf-8") + "\n# fin ¡\n".encode("cp1252"), BASE_TOML.count("\n") + 2),
    ],
)
def test_a_config_that_is_not_utf8_is_refused_with_its_line_and_the_fix(
    tmp_path: Path, raw: bytes, line: int
):
    path = tmp_path / "boundaries.toml"
    path.write_bytes(raw)
    code, out = run(["check", "--config", str(path)])
    assert code == 1 and "Traceback" not in out
    assert f"{path}:{line}:" in out and "not UTF-8" in out and "Fix:" in out


def test_saving_another_policy_after_a_first_save_says_why_nothing_new_was_stored(
    tmp_path: Path,
):
    db = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    base = ["simulate", "--config", CONFIG, "--events", EVENTS, "--save", "--database", db]
    code, out = run([*base, "--json"])
    # the example's consultant speaks French (consultant.language = "fr")
    stored = "163 nouveaux événements décidés par « boundaries » enregistrés dans le compte"
    assert code == 0 and f"{stored} « default »." in out
    code, out = run([*base, "--policy", "always-answer", "--json"])
    assert code == 0
    assert "0 nouvel événement décidé par « always-answer »" in out
    assert "163 de ces événements étaient déjà enregistrés (décidés par « boundaries »" in out
    assert "--database" in out  # how to keep the other policy's decisions


def test_saving_the_same_policy_again_does_not_advise_a_database_of_its_own(tmp_path: Path):
    """Newcomer 2, L10: a second `--save` of the same replay was told "To keep the decisions
    of 'boundaries' as well, save them to a database of their own": they are the same ones."""
    db = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    base = ["simulate", "--config", CONFIG, "--events", EVENTS, "--save", "--database", db]
    assert run([*base, "--json"])[0] == 0
    code, out = run([*base, "--json"])
    assert code == 0
    assert "0 nouvel événement décidé par « boundaries »" in out
    assert "Les 163 étaient déjà enregistrés par un --save précédent de « boundaries »" in out
    assert "base à part" not in out and "aussi" not in out
