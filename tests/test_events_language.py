"""The files a consultant hands to a replay or to the triage are refused in the consultant's
language (SPEC §2, §6, §9): an events file (`simulate`, `report`, `coach --events`) in the
configuration's `consultant.language`, an `--updates` or `--eval` file of `triage` (which
reads no configuration) in the terminal's. Only a library's own words stay as it gives them."""

from __future__ import annotations

import json
import string
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from boundaries.cli.app import cli
from tests.conftest import EXAMPLES, ROOT, english_example

LOCALES = ROOT / "src" / "boundaries" / "locales"
FRENCH_CONFIG = str(EXAMPLES / "boundaries.toml")  # consultant.language = "fr"
FRENCH_TERMINAL = {"LANG": "fr_FR.UTF-8"}
GOOD = '{"at": "2026-11-03T09:00:00+01:00", "type": "call", "from": "+33123456789"}'

# name -> (the file's lines, or None for no file; words in French; the same in English)
EVENTS_FILES: dict[str, tuple[list[str] | None, list[str], list[str]]] = {
    "empty": (
        [],
        ["ne contient aucun événement", "rien à rejouer", "Solution : passez --events"],
        ["holds no events", "nothing to replay", "Fix: pass --events"],
    ),
    "unknown type": (
        [GOOD, '{"at": "2026-11-03T10:00:00+01:00", "type": "fax"}'],
        [
            "ligne 2 : type d'événement 'fax' inconnu",
            "Solution : utilisez l'un de ceux-ci : call, email_in, email_out, away, invite.",
        ],
        [
            "line 2: unknown event type 'fax'.",
            "Fix: use one of call, email_in, email_out, away, invite.",
        ],
    ),
    "bad date": (
        ['{"at": "yesterday", "type": "call", "from": "+33123456789"}'],
        [
            "ligne 1 : 'at' = 'yesterday' n'est pas une date ISO 8601",
            "Solution : écrivez-la comme '2026-11-03T10:05:00+01:00'.",
        ],
        [
            "line 1: 'at' = 'yesterday' is not ISO 8601.",
            "Fix: write it like '2026-11-03T10:05:00+01:00'.",
        ],
    ),
    "missing": (
        None,
        ["fichier introuvable. Solution : passez --events avec le bon chemin."],
        ["no such file. Fix: pass --events with the right path."],
    ),
}


def events_file(folder: Path, lines: list[str] | None) -> Path:
    path = folder / "events.jsonl"
    if lines is not None:
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def refused(result: Result) -> str:
    """The output of a command that refused its input cleanly: exit 1, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result.output


@pytest.mark.parametrize("case", list(EVENTS_FILES))
def test_a_french_consultants_events_file_is_refused_in_french(tmp_path: Path, case: str):
    lines, french, _ = EVENTS_FILES[case]
    path = events_file(tmp_path, lines)
    output = refused(
        CliRunner().invoke(cli, ["simulate", "--config", FRENCH_CONFIG, "--events", str(path)])
    )
    assert output.startswith("Erreur : " + str(path)), output
    for words in french:
        assert words in output, output
    assert "Fix:" not in output and "line " not in output, output


@pytest.mark.parametrize("case", list(EVENTS_FILES))
def test_an_english_consultants_events_file_is_refused_in_english(tmp_path: Path, case: str):
    lines, _, english = EVENTS_FILES[case]
    path = events_file(tmp_path, lines)
    config = str(english_example(tmp_path))
    output = refused(
        CliRunner().invoke(cli, ["simulate", "--config", config, "--events", str(path)])
    )
    assert output.startswith("Error: " + str(path)), output
    for words in english:
        assert words in output, output
    assert "Solution" not in output and "ligne" not in output, output


@pytest.mark.parametrize(
    "command", [["report"], ["report", "--json"], ["coach", "--client", "horizon"]]
)
def test_report_and_coach_refuse_a_french_consultants_events_file_in_french(
    tmp_path: Path, command: list[str]
):
    path = events_file(
        tmp_path, [GOOD, GOOD.replace("}", ', "duration_min": "12"}').replace("09:", "10:")]
    )
    args = [*command, "--config", FRENCH_CONFIG, "--events", str(path)]
    output = refused(CliRunner().invoke(cli, args))
    assert "ligne 2 : 'duration_min' = \"12\" doit être un nombre de minutes." in output, output
    assert "Solution : écrivez un nombre de minutes de 0 à 1440 (24 heures)" in output, output
    assert "Fix:" not in output


def test_a_line_that_is_not_json_is_refused_in_french_quoting_the_json_reader(
    tmp_path: Path,
):
    path = events_file(tmp_path, ["hello"])
    args = ["simulate", "--config", FRENCH_CONFIG, "--events", str(path)]
    output = refused(CliRunner().invoke(cli, args))
    assert "ligne 1 : JSON invalide (« Expecting value », colonne 1)." in output, output
    assert "Solution : écrivez un objet JSON par ligne, par exemple {" in output, output


def test_an_events_file_not_in_utf8_is_refused_in_french_naming_its_line(tmp_path: Path):
    path = tmp_path / "events.jsonl"
    latin1 = '{"at": "2026-11-03T10:00:00+01:00", "type": "email_in", "text": "reçu"}\n'
    path.write_bytes((GOOD + "\n").encode() + latin1.encode("latin-1"))
    args = ["simulate", "--config", FRENCH_CONFIG, "--events", str(path)]
    output = refused(CliRunner().invoke(cli, args))
    assert f"{path} : ligne 2 : ce n'est pas du texte UTF-8" in output, output
    assert "Windows-1252 ou Latin-1" in output and "Fix:" not in output


def test_a_labelled_set_without_labels_is_refused_in_a_french_terminal(tmp_path: Path):
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        json.dumps({"id": "m1", "channel": "sms", "text": "Où en est le rapport ?"}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["triage", "--eval", str(labelled)], env=FRENCH_TERMINAL)
    output = refused(result)
    assert "Erreur : aucun message étiqueté à noter (line 1: no 'expect' object" in output
    assert "Solution : chaque ligne a besoin des champs d'entrée et d'un objet 'expect'" in output
    assert "Fix:" not in output


def test_a_missing_labelled_set_is_refused_in_a_french_terminal(tmp_path: Path):
    missing = tmp_path / "absent.jsonl"
    result = CliRunner().invoke(cli, ["triage", "--eval", str(missing)], env=FRENCH_TERMINAL)
    output = refused(result)
    expected = f"{missing} : fichier introuvable. Solution : passez --eval avec le bon chemin."
    assert expected in output, output


def test_a_broken_updates_file_is_refused_in_a_french_terminal(tmp_path: Path):
    updates = tmp_path / "updates.jsonl"
    lines = [
        json.dumps([{"id": "u1"}]),
        json.dumps({"id": "", "text": "Le rapport est envoyé."}),
        json.dumps({"id": "u3", "to": "a@b.example"}),
    ]
    updates.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["triage", "--updates", str(updates)], input="", env=FRENCH_TERMINAL
    )
    output = refused(result)
    assert f"{updates} : 3 lignes de mise à jour inutilisables :" in output, output
    assert "ligne 1 : un tableau JSON, pas une mise à jour." in output
    assert "ligne 2 : 'id' = \"\" : chaque mise à jour a besoin d'un identifiant" in output
    assert "ligne 3 : la mise à jour 'u3' n'a ni 'text' ni 'subject'" in output
    assert "Solution : corrigez ces lignes (un objet JSON par ligne : id, to, subject" in output
    assert "Fix:" not in output and "line " not in output, output


def test_a_broken_updates_file_is_refused_in_english_in_an_english_terminal(tmp_path: Path):
    updates = tmp_path / "updates.jsonl"
    updates.write_text(json.dumps({"id": "u3", "to": "a@b.example"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["triage", "--updates", str(updates)], input="")
    output = refused(result)
    assert f"{updates}: 1 update line cannot be used:" in output, output
    assert "line 1: update 'u3' has no 'text' and no 'subject'" in output
    assert "Fix: correct this line" in output and "Solution" not in output


def _placeholders(entries: dict[str, object], prefix: str = "") -> dict[str, set[str]]:
    """Every key ("section.name") of a catalogue and the names of its {placeholders}."""
    found: dict[str, set[str]] = {}
    for key, value in entries.items():
        if isinstance(value, dict):
            found |= _placeholders(value, f"{prefix}{key}.")
        else:
            assert isinstance(value, str)
            names = {name for _, name, _, _ in string.Formatter().parse(value) if name}
            found[prefix + key] = names
    return found


@pytest.mark.parametrize("catalogue", ["events", "triage_files"])
def test_the_french_and_english_catalogues_say_the_same_things(catalogue: str):
    english, french = (
        _placeholders(tomllib.loads((LOCALES / lang / f"{catalogue}.toml").read_text("utf-8")))
        for lang in ("en", "fr")
    )
    assert english.keys() == french.keys()
    for key, names in english.items():
        assert french[key] == names, key
