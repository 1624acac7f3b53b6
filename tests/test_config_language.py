"""A refused configuration is refused in the consultant's language (SPEC §2, §3, §9): the
`consultant.language` of a file that reads as TOML, even with its other keys refused, else
the terminal's; every problem keeps its key and line, and only a library's own words (the
TOML reader's, phonenumbers'…) stay as the library gives them."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from tests.conftest import ROOT

LOCALES = ROOT / "src" / "boundaries" / "locales"

FAULTY = """\
[consultant]
name = "Claire Martin"
email = "claire@conseil.example"
phone = "+33 6 12 34 56 78"
timezone = "Europe/Pariss"
language = "fr"
working_hours = ["mon-fri 18:00-09:00"]
nickname = "Clo"

[[client]]
id = "horizon"
name = "Association Horizon"
phones = ["+221 33 821"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=XX", start = "10:00", minutes = 30 }]
adhoc_calls_per_week = "deux"

[mail]
smtp_url = "ftp://claire@smtp.conseil.example:587"
smtp_password_file = "absent-password"
"""
"""A French consultant's file with eight faults of eight kinds, each on a line of its own."""

# key -> (line in FAULTY, words of its problem in French, the same in English)
PROBLEMS = {
    "consultant.timezone": (
        5,
        "fuseau horaire 'Europe/Pariss' inconnu. Solution : utilisez un nom IANA",
        "unknown time zone 'Europe/Pariss'. Fix: use an IANA name",
    ),
    "consultant.working_hours[0]": (
        7,
        "la fin '09:00' doit venir après le début '18:00'. Solution : mettez le début en premier",
        "the end '09:00' must come after the start '18:00'. Fix: put the start first",
    ),
    "consultant.nickname": (
        8,
        "clé inconnue. Solution : retirez-la ou vérifiez son orthographe",
        "unknown key. Fix: remove it or check its spelling",
    ),
    "client[0].phones[0]": (
        13,
        "'+221 33 821' est trop court pour l'indicatif +221 (Sénégal). Solution : vérifiez",
        "'+221 33 821' is too short for country code +221 (Senegal). Fix: check the digits",
    ),
    "client[0].standing_calls[0].rrule": (
        14,
        "'XX' n'est pas un jour. Solution : utilisez MO, TU",
        "'XX' is not a day. Fix: use MO, TU",
    ),
    "client[0].adhoc_calls_per_week": (
        15,
        '"deux" doit être un nombre entier. Solution : écrivez le nombre sans guillemets',
        '"deux" must be a whole number. Fix: write the number without quotes',
    ),
    "mail.smtp_url": (
        18,
        "schéma 'ftp' inconnu. Solution : écrivez-la comme 'smtp://user@host:port' (schémas :",
        "unknown scheme 'ftp'. Fix: write it like 'smtp://user@host:port' (schemes:",
    ),
    "mail.smtp_password_file": (
        19,
        "absent-password : fichier introuvable. Solution : vérifiez le chemin",
        "absent-password: no such file. Fix: check the path",
    ),
}

FRENCH_TERMINAL = {"LANG": "fr_FR.UTF-8"}
ENGLISH_TERMINAL = {"LANG": "C"}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "boundaries.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(args: list[str], env: dict[str, str] | None = None) -> list[str]:
    """The lines a refused command writes, after checking it failed without a traceback."""
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.exception is not None
    return result.output.splitlines()


def _problem_lines(lines: list[str], path: Path) -> list[str]:
    """The problem lines of a refusal: each begins with the file's path (and its line)."""
    return [line.strip() for line in lines if line.strip().startswith(str(path))]


def test_check_refuses_a_french_consultants_file_in_french_every_problem_with_key_and_line(
    tmp_path: Path,
):
    path = _write(tmp_path, FAULTY)
    lines = _refusal(["check", "--config", str(path)], ENGLISH_TERMINAL)
    assert lines[0] == f"Erreur : {path} : configuration refusée (8 problèmes) :", lines
    problems = _problem_lines(lines, path)
    assert len(problems) == len(PROBLEMS), lines
    for key, (line, french, _) in PROBLEMS.items():
        [said] = [p for p in problems if p.startswith(f"{path}:{line} : {key} : ")]
        assert french in said, said
    for said in problems:
        assert "Solution : " in said and "Fix:" not in said and "must be" not in said, said
        assert " is " not in said and "unknown" not in said, said


def test_the_same_file_with_an_english_consultant_is_refused_in_todays_english(
    tmp_path: Path,
):
    path = _write(tmp_path, FAULTY.replace('language = "fr"', 'language = "en"'))
    lines = _refusal(["check", "--config", str(path)], FRENCH_TERMINAL)
    assert lines[0] == f"Error: {path}: configuration refused (8 problems):", lines
    problems = _problem_lines(lines, path)
    for key, (line, _, english) in PROBLEMS.items():
        [said] = [p for p in problems if p.startswith(f"{path}:{line}: {key}: ")]
        assert english in said and "Solution" not in said, said


@pytest.mark.parametrize(
    ("env", "header", "fix"),
    [
        (FRENCH_TERMINAL, "configuration refusée (1 problème) :", "Solution : "),
        (ENGLISH_TERMINAL, "configuration refused (1 problem):", "Fix: "),
    ],
)
def test_a_file_that_is_not_toml_is_refused_in_the_terminals_language(
    tmp_path: Path, env: dict[str, str], header: str, fix: str
):
    # The text still shows language = "fr", but nothing of a file that is not TOML is read.
    path = _write(tmp_path, FAULTY.replace('name = "Claire Martin"', 'name = "Claire Martin'))
    lines = _refusal(["check", "--config", str(path)], env)
    assert header in lines[0], lines
    [said] = _problem_lines(lines, path)
    assert said.startswith(f"{path}:2") and fix in said, said
    assert "(syntaxe)" in said if fix.startswith("Solution") else "(syntax)" in said, said


def test_a_missing_file_is_refused_in_the_terminals_language(tmp_path: Path):
    path = tmp_path / "nowhere.toml"
    lines = _refusal(["check", "--config", str(path)], FRENCH_TERMINAL)
    [said] = _problem_lines(lines, path)
    fix = "Solution : passez --config avec le bon chemin."
    assert said == f"{path} : (fichier) : fichier introuvable. {fix}", said


@pytest.mark.parametrize("command", [["report"], ["simulate", "--events", "events.jsonl"]])
def test_other_commands_refuse_a_french_consultants_file_in_french(
    tmp_path: Path, command: list[str]
):
    path = _write(tmp_path, FAULTY)
    (tmp_path / "events.jsonl").write_text("", encoding="utf-8")
    lines = _refusal([*command, "--config", str(path)], ENGLISH_TERMINAL)
    assert lines[0] == f"Erreur : {path} : configuration refusée (8 problèmes) :", lines
    assert not any("Fix:" in line for line in lines), lines


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _entries(table: dict[str, object], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out |= _entries(value, f"{prefix}{key}.")
        else:
            out[prefix + key] = str(value)
    return out


@pytest.mark.parametrize("catalogue", ["config", "files"])
def test_french_and_english_catalogues_hold_the_same_keys_with_the_same_placeholders(
    catalogue: str,
):
    english, french = (
        _entries(tomllib.loads((LOCALES / lang / f"{catalogue}.toml").read_text("utf-8")))
        for lang in ("en", "fr")
    )
    assert sorted(english) == sorted(french)
    for key, words in english.items():
        assert _placeholders(words) == _placeholders(french[key]), key
