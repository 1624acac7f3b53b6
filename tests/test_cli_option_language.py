"""Option errors speak the consultant's language (SPEC §2; newcomer58 §4): Click's own words
("No such option", "Invalid value for", "Try … for help") come from locales/fr/click.po, the
commands' own refusals of an option from locales/<lang>/cli.toml; the terminal's locale
decides before a configuration is read, the configuration's `consultant.language` after."""

from __future__ import annotations

import re
import string
import tomllib

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from boundaries.cli.app import cli
from tests.conftest import EXAMPLES, ROOT
from tests.gateway_support import free_port

LOCALES = ROOT / "src" / "boundaries" / "locales"
FRENCH = {"LANG": "fr_FR.UTF-8"}
ENGLISH = {"LANG": "en_GB.UTF-8"}
CONFIG = str(EXAMPLES / "boundaries.toml")  # consultant.language = "fr"
EVENTS = str(EXAMPLES / "events.jsonl")


def _run(args: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args, env=env, input=stdin, prog_name="boundaries")
    assert "Traceback" not in result.output, result.output
    return result.exit_code, " ".join(result.output.split())


def _english_config(tmp_path) -> str:
    text = (EXAMPLES / "boundaries.toml").read_text("utf-8")
    path = tmp_path / "en.toml"
    path.write_text(text.replace('language = "fr"', 'language = "en"', 1), "utf-8")
    return str(path)


def test_a_mistyped_option_is_refused_in_french_on_a_french_terminal():
    code, said = _run(["check", "--confg", CONFIG], FRENCH)
    assert code == 2
    assert "Erreur : L'option '--confg' n'existe pas." in said, said
    assert "'--config'" in said and "Aide : « boundaries check --help »" in said, said
    assert "No such option" not in said and "Try " not in said


def test_the_same_mistake_on_an_english_terminal_stays_in_clicks_english():
    code, said = _run(["check", "--confg", CONFIG], ENGLISH)
    assert code == 2 and "Error: No such option '--confg'." in said, said


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["simulate", "--config", CONFIG, "--events"], "L'option '--events' demande une valeur."),
        (["nosuch"], "La commande 'nosuch' n'existe pas."),
        (["simulate", "--config", "/nowhere/b.toml"], None),  # the configuration's own refusal
        (
            ["report", "--config", CONFIG, "--weeks", "many"],
            "Valeur refusée pour '--weeks' : 'many'",
        ),
    ],
)
def test_clicks_other_refusals_are_french_too(args: list[str], expected: str | None):
    code, said = _run(args, FRENCH)
    assert code != 0, said
    if expected is not None:
        assert expected in said, said
    assert not re.search(r"\b(Error|Invalid value|Missing|No such)\b", said), said


def test_once_the_configuration_is_read_its_language_is_spoken_whatever_the_terminal():
    """The French consultant's configuration on an English terminal: the whole refusal of
    --since is French, Click's framing included (it is written after the command ended)."""
    code, said = _run(["events", "--config", CONFIG, "--since", "zz"], ENGLISH)
    assert code == 2
    assert "Erreur : Valeur refusée pour '--since' : 'zz' n'est pas une date" in said, said
    assert "Invalid value" not in said and "Error" not in said


def test_an_english_consultant_on_a_french_terminal_reads_english(tmp_path):
    config = _english_config(tmp_path)
    code, said = _run(["events", "--config", config, "--since", "zz"], FRENCH)
    assert code == 2
    assert "Error: Invalid value for '--since': 'zz' is not an ISO 8601" in said, said


def test_a_command_does_not_keep_the_language_of_the_one_before(tmp_path):
    """Many commands in one process (as here): the French configuration read by one does not
    make the next, which reads none, speak French to an English terminal."""
    _run(["events", "--config", CONFIG, "--since", "zz"], ENGLISH)
    code, said = _run(["check", "--confg", CONFIG], ENGLISH)
    assert code == 2 and "Error: No such option" in said, said


@pytest.mark.parametrize(
    ("args", "stdin", "french"),
    [
        (["triage", "messages.jsonl"], "", "mais les messages se lisent sur l'entrée standard"),
        (["triage", "--json"], "", "sans --eval chaque réponse est déjà une ligne JSON"),
        (["triage", "--updates", "-"], "", "lirait l'entrée standard"),
        (
            ["mail", "sync", "--config", CONFIG, "--now", "2026-12-01T17:00"],
            None,
            "n'indique pas son décalage UTC",
        ),
        (
            ["report", "--config", CONFIG, "--events", EVENTS, "--now", "hier"],
            None,
            "'hier' n'est pas une date ISO 8601. Solution : écrivez-la comme",
        ),
        (
            [
                "coach",
                "--config",
                CONFIG,
                "--events",
                EVENTS,
                "--client",
                "horizon",
                "--on",
                "2026-12-03",
            ],
            None,
            "--on va avec --record ÉTAPE",
        ),
    ],
)
def test_the_commands_own_option_refusals_speak_french(
    args: list[str], stdin: str | None, french: str
):
    code, said = _run(args, FRENCH, stdin)
    assert code == 2, said
    assert french in said, said
    assert "Fix:" not in said and "Error" not in said, said


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_cli_catalogues_hold_the_same_messages_and_fields():
    english, french = (
        tomllib.loads((LOCALES / lang / "cli.toml").read_text("utf-8")) for lang in ("en", "fr")
    )
    flat = {f"{s}.{k}": v for s, d in english.items() for k, v in d.items()}
    flat_fr = {f"{s}.{k}": v for s, d in french.items() for k, v in d.items()}
    assert flat.keys() == flat_fr.keys()
    for key, text in flat.items():
        assert _fields(text) == _fields(flat_fr[key]), key
        assert "Fix:" not in flat_fr[key], key


def test_every_french_click_message_keeps_clicks_fields():
    """A field Click fills that the translation drops is allowed (the English type name of
    "{number_type}"); one it does not fill would raise: none may be added."""
    with (LOCALES / "fr" / "click.po").open("rb") as po:
        catalog = read_po(po, locale="fr")
    checked = 0
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        given = set().union(*(_fields(i) for i in ids))
        for text in strings:
            assert text, message.id
            assert _fields(text) <= given, (message.id, text)
            checked += 1
    assert checked > 30


def test_an_english_consultants_serve_refuses_a_foreign_host_in_english(tmp_path):
    config = _english_config(tmp_path)
    database = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    args = ["serve", "--config", config, "--database", database, "--host", "10.255.255.1"]
    code, said = _run(args, {**FRENCH, "TWILIO_AUTH_TOKEN": "tok"})
    assert code == 2
    assert "Error: Invalid value for --host: 10.255.255.1 is not an address of this" in said
    assert "Fix: use 127.0.0.1 (this machine only, the default)" in said, said


def test_the_language_of_a_command_is_forgotten_once_it_is_over():
    """In one process (tests, a program calling the CLI), the language a French configuration
    chose does not outlive its command: a later refusal made outside any command is English."""
    from boundaries.cli.language import spoken

    _run(["report", "--config", CONFIG, "--events", EVENTS, "--client", "zz"], ENGLISH)
    assert spoken() == "en"


def test_serve_and_events_refuse_a_french_consultant_in_french_only(tmp_path, monkeypatch):
    """trial60 §3: one refusal half French, half English (« Valeur refusée pour --database :
    the folder … does not exist »), and serve's missing token in English after a French
    configuration was read. Each is hers now, whole; the English configuration keeps them
    English."""
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN_FILE", raising=False)
    nodir = f"sqlite:///{tmp_path}/nodir/x.sqlite3"
    with_token = {**ENGLISH, "TWILIO_AUTH_TOKEN": "t" * 32}
    # on a free port: `make run` may hold the default one (then that is the refusal said)
    port = str(free_port())
    code, said = _run(
        ["serve", "--config", CONFIG, "--database", nodir, "--port", port], with_token
    )
    assert code == 2 and "de la base SQLite n'existe pas" in said, said
    assert "does not exist" not in said and "Fix:" not in said, said
    db = f"sqlite:///{tmp_path}/b.sqlite3"
    code, said = _run(["events", "--config", CONFIG, "--database", db, "--since", "hier"], ENGLISH)
    assert code == 2 and "'hier' n'est pas une date ou une heure ISO 8601" in said, said
    code, said = _run(["serve", "--config", CONFIG, "--database", db, "--port", "1"], ENGLISH)
    assert code == 1 and "aucun jeton d'authentification Twilio" in said, said
    assert "Solution : exportez TWILIO_AUTH_TOKEN" in said and "Fix:" not in said, said
    english = _english_config(tmp_path)
    code, said = _run(["events", "--config", english, "--database", db, "--since", "x"], FRENCH)
    assert "'x' is not an ISO 8601 date or time" in said, said


def test_serve_says_a_new_database_is_made_only_once_nothing_else_refuses_the_start(tmp_path):
    """trial39 §9: « une nouvelle base, vide, y est créée » was printed, then
    --no-secure-cookies on 0.0.0.0 refused the start and no file was made."""
    db = tmp_path / "x2.sqlite3"
    args = ["serve", "--config", CONFIG, "--database", f"sqlite:///{db}", "--host", "0.0.0.0",
            "--port", str(free_port()), "--no-secure-cookies"]  # fmt: skip
    code, said = _run(args, {**ENGLISH, "TWILIO_AUTH_TOKEN": "t" * 32})
    assert code == 2 and "adresse de bouclage" in said, said
    assert "nouvelle base" not in said and not db.exists(), said
