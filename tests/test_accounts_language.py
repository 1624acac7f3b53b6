"""Account and login messages speak the consultant's language (SPEC §2: French and English
throughout; fix9, finding 3): `user …`, `serve` and every `--account` refusal come from the
catalogues locales/<lang>/accounts.toml, in the configuration's `consultant.language`, else
the login's `--language`, else the terminal's locale."""

from __future__ import annotations

import re
import string
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from tests.conftest import EXAMPLES, ROOT

PASSWORD = {"BOUNDARIES_PASSWORD": "correct horse battery"}
LOCALES = ROOT / "src" / "boundaries" / "locales"
FRENCH = {"LANG": "fr_FR.UTF-8"}


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'b.sqlite3'}"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _entries(lang: str) -> dict[str, str]:
    data = tomllib.loads((LOCALES / lang / "accounts.toml").read_text("utf-8"))
    return {f"{s}.{k}": v for s, section in data.items() for k, v in section.items()}


def test_the_french_and_english_account_catalogues_hold_the_same_messages_and_fields():
    english, french = _entries("en"), _entries("fr")
    assert english.keys() == french.keys()
    for key, text in english.items():
        assert _fields(text) == _fields(french[key]), key
        assert "Fix:" not in french[key] and "Error:" not in french[key], key


def _run(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args, env={**PASSWORD, **(env or {})})
    assert "Traceback" not in result.output, result.output
    return result.exit_code, " ".join(result.output.split())


def test_user_commands_speak_french_to_a_french_terminal_and_english_otherwise(tmp_path: Path):
    url = _url(tmp_path)
    add = ["user", "add", "claire@conseil.example", "--create", "--database", url]
    code, said = _run(add, FRENCH)
    assert code == 0 and said.startswith("Identifiant créé : claire@conseil.example"), said
    code, said = _run(add, FRENCH)
    assert code == 1 and said.startswith("Erreur : il existe déjà un identifiant"), said
    assert "Solution : prenez une autre adresse, ou passez --update" in said
    code, said = _run([*add, "--if-missing"], FRENCH)
    assert code == 0 and "existe déjà ; il reste tel quel" in said, said
    code, said = _run(["user", "list", "--database", url], FRENCH)
    assert said == "claire@conseil.example compte default langue comme le consultant", said
    code, said = _run(["user", "remove", "paul@x.example", "--database", url], FRENCH)
    assert code == 1 and "Erreur : aucun identifiant pour paul@x.example" in said, said
    code, said = _run(
        ["user", "add", "paul@x.example", "--account", "paul", "--database", url],
        {**FRENCH, "BOUNDARIES_PASSWORD": "short"},
    )
    assert code == 1 and "le mot de passe fait 5 caractères ; il en faut au moins 12" in said
    code, said = _run(["user", "remove", "claire@conseil.example", "--database", url], FRENCH)
    assert code == 0 and said.startswith("Identifiant supprimé : claire@conseil.example"), said
    # The same in English where the terminal speaks English (or nothing said which).
    code, said = _run(["user", "remove", "paul@x.example", "--database", url], {"LANG": "C.UTF-8"})
    assert code == 1 and "Error: no login for paul@x.example. Fix:" in said, said


def test_a_logins_own_language_is_the_one_user_add_speaks(tmp_path: Path):
    url = _url(tmp_path)
    args = ["user", "add", "claire@conseil.example", "--create", "--database", url]
    code, said = _run([*args, "--language", "fr"], {"LANG": "en_US.UTF-8"})
    assert code == 0 and said.startswith("Identifiant créé"), said
    code, said = _run(["user", "add", "not-an-address", "--language", "en"], FRENCH)
    assert code == 2 and "is not an e-mail address" in said, said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_user_commands_speak_the_consultants_language_from_the_configuration(
    tmp_path: Path, monkeypatch, lang: str
):
    """trial40 §7: `user add` answered in English beside a French service (`make run`); with
    a configuration (--config, BOUNDARIES_CONFIG, boundaries.toml here) the user commands
    speak its consultant's language whatever the terminal's, as `outbox` does."""
    monkeypatch.chdir(tmp_path)
    url = _url(tmp_path)
    text = (EXAMPLES / "boundaries.toml").read_text("utf-8")
    config = tmp_path / "claire.toml"
    config.write_text(re.sub(r'language = "fr"', f'language = "{lang}"', text, count=1), "utf-8")
    other = {"LANG": "fr_FR.UTF-8" if lang == "en" else "en_US.UTF-8"}
    add = ["user", "add", "claire@conseil.example", "--create", "--database", url]
    code, said = _run([*add, "--config", str(config)], other)
    created = "Identifiant créé" if lang == "fr" else "Login created"
    assert code == 0 and said.startswith(created), said
    # trial47 B2: "Open the dashboard at / to sign in" named no address
    assert "http://127.0.0.1:8000/" in said and " / " not in said, said
    code, said = _run(
        ["user", "list", "--database", url], {**other, "BOUNDARIES_CONFIG": str(config)}
    )
    assert ("langue" if lang == "fr" else "language") in said, said
    config.rename(tmp_path / "boundaries.toml")  # the one here is read too
    code, said = _run(["user", "remove", "paul@x.example", "--database", url], other)
    unknown = "Erreur : aucun identifiant" if lang == "fr" else "Error: no login for"
    assert code == 1 and unknown in said, said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_account_refusal_speaks_the_configurations_language(tmp_path: Path, lang: str):
    """A command with a configuration says "no such account" and "another consultant's
    account" in that consultant's language, whatever the terminal's."""
    url = _url(tmp_path)
    assert _run(["user", "add", "bob@durand.example", "--account", "bob", "--create",
                 "--database", url])[0] == 0  # fmt: skip
    config = tmp_path / "claire.toml"
    text = (EXAMPLES / "boundaries.toml").read_text("utf-8")
    config.write_text(re.sub(r'language = "fr"', f'language = "{lang}"', text, count=1), "utf-8")
    other = "fr_FR.UTF-8" if lang == "en" else "en_US.UTF-8"
    base = ["--config", str(config), "--database", url]
    code, unknown = _run(["events", *base, "--account", "bbo"], {"LANG": other})
    code2, taken = _run(["events", *base, "--account", "bob"], {"LANG": other})
    assert code == 1 and code2 == 1, (unknown, taken)
    if lang == "fr":
        assert unknown.startswith("Erreur : aucun compte « bbo » dans cette base"), unknown
        assert "(elle contient « bob »). Solution : vérifiez --account" in unknown
        assert "le compte « bob » a été créé pour l'identifiant bob@durand.example, et" in taken, (
            taken
        )
    else:
        assert unknown.startswith("Error: no account 'bbo' in this database"), unknown
        assert "(it holds 'bob'). Fix: check --account" in unknown
        assert "account 'bob' was made for the login bob@durand.example, and" in taken, taken
