"""`check`'s own output, the store's faults and `transcribe --language` speak the consultant's
language (SPEC §2: French and English throughout) whenever a configuration is readable, as
every other message of the CLI does (fix15-ops, noticed and left alone): catalogues
locales/<lang>/check.toml, store.toml, outbox.toml, in the same fields in both languages."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import boundaries
from boundaries.cli.app import cli
from boundaries.store import Store
from boundaries.store.faults import (
    CORRUPT,
    DISK_FULL,
    LOCKED,
    NO_DATABASE,
    OTHER,
    READ_ONLY,
    REFUSED,
    UNREACHABLE,
    WAL_LOST,
    cause_of,
    explain,
    lost_file,
)
from tests.conftest import EXAMPLES, ROOT
from tests.store_support import HOLD, read_only

LOCALES = ROOT / "src" / "boundaries" / "locales"
CONFIG = str(EXAMPLES / "boundaries.toml")  # Claire writes French


def _entries(lang: str, name: str) -> dict[str, str]:
    data = tomllib.loads((LOCALES / lang / f"{name}.toml").read_text("utf-8"))
    return {f"{s}.{k}": v for s, section in data.items() for k, v in section.items()}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("name", ["check", "store", "outbox"])
def test_the_french_catalogue_holds_every_english_message_with_the_same_fields(name: str):
    english, french = _entries("en", name), _entries("fr", name)
    assert english.keys() <= french.keys()
    for key, text in english.items():
        assert _fields(text) == _fields(french[key]), key
        assert "Fix:" not in french[key] and "Error:" not in french[key], key


def _run(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args, env=env)
    assert "Traceback" not in result.output, result.output
    return result.exit_code, " ".join(result.output.split())


def test_check_speaks_the_consultants_language():
    code, said = _run(["check", "--config", CONFIG], {"COLUMNS": "200"})
    assert code == 0, said
    assert f"{CONFIG} : OK" in said and "Consultant : Claire Martin" in said
    assert "Téléphone +33 6 12 34 56 78, fuseau horaire Europe/Paris, langue fr" in said
    assert "Heures de travail :" in said and "prochain point fixe" in said
    # its days too (newcomer51 §13: « mon,tue,wed,thu,fri » in a French sentence)
    assert "Heures de travail : lun.–ven. 09:00-12:30" in said and "mon,tue" not in said
    assert "3 clients." in said and " oui " in said
    assert "Prochains points fixes d'après la configuration seule" in said
    assert "Attention : les clients horizon, velo, harbor ont urgent_line = true" in said
    for english in ("Phone", "Working hours", "Warning", "next standing call", "Fix:"):
        assert english not in said, english


def test_check_of_an_english_consultant_stays_english(tmp_path: Path):
    config = tmp_path / "b.toml"
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    config.write_text(text.replace('language = "fr"', 'language = "en"', 1), encoding="utf-8")
    code, said = _run(["check", "--config", str(config)], {"COLUMNS": "200"})
    assert code == 0 and "Working hours:" in said and "Warning: clients horizon" in said
    assert "Working hours: Mon–Fri 09:00-12:30" in said


# -- the store's faults ------------------------------------------------------------------------

URL = "sqlite:////srv/boundaries/b.sqlite3"
PG = "postgresql://claire:***@db.example:5432/boundaries"
DRIVER_WORDS = [
    (DISK_FULL, URL, "database or disk is full"),
    (READ_ONLY, URL, "attempt to write a readonly database"),
    (READ_ONLY, PG, "cannot execute INSERT in a read-only transaction"),
    (LOCKED, URL, "database is locked"),
    (UNREACHABLE, URL, "unable to open database file"),
    (UNREACHABLE, PG, "connection refused"),
    (CORRUPT, URL, "file is not a database"),
    (CORRUPT, PG, "database disk image is malformed"),
    (REFUSED, PG, "password authentication failed for user claire"),
    (NO_DATABASE, PG, 'database "boundaries" does not exist'),
    (OTHER, URL, "no such table: event"),
]


@pytest.mark.parametrize(("cause", "url", "words"), DRIVER_WORDS)
def test_every_store_fault_is_said_in_both_languages(cause: str, url: str, words: str):
    error = explain(Exception(words), url, 5.0)
    assert error.cause == cause == cause_of(Exception(words))
    assert error.said("en") == str(error) and "Fix:" in str(error)
    french = error.said("fr")
    assert "Solution :" in french and "Fix:" not in french, french
    assert words in french  # the driver's own words stay as they are: a search finds them
    assert repr(url) in french or "/srv/boundaries/b.sqlite3" in french


def test_a_file_lost_under_the_service_is_said_in_both_languages(tmp_path: Path):
    error = lost_file(URL, tmp_path / "b.sqlite3", journal=True)
    assert error.cause == WAL_LOST and "its journal" in str(error)
    assert "a perdu son journal" in error.said("fr")


def test_a_damaged_database_is_refused_in_the_consultants_language(tmp_path: Path):
    damaged = tmp_path / "boundaries.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    args = ["events", "--config", CONFIG, "--database", f"sqlite:///{damaged}"]
    code, said = _run(args)
    assert code == 1, said
    assert said.startswith("Erreur : le fichier") and "endommagé" in said, said
    assert "Solution :" in said and f"mv {damaged} {damaged}.damaged" in said
    code, said = _run(["events", *args[3:]])  # no configuration: the terminal's (English)
    assert code == 1 and said.startswith("Error: the file") and "damaged" in said, said


def test_a_postgresql_host_that_does_not_exist_names_the_host_to_correct():
    """trial60 §7: an unresolvable host got the catch-all « le journal du service contient
    l'erreur entière », unhelpful from a command; it names the host and where to correct it
    (`.invalid` is never a DNS name, RFC 6761)."""
    url = "postgresql://claire@no-such-host.invalid/boundaries"
    code, said = _run(["events", "--config", CONFIG, "--database", url])
    assert code == 1, said
    assert "l'hôte no-such-host.invalid est introuvable" in said, said
    assert "Solution : vérifiez le nom d'hôte dans l'URL" in said and "journal" not in said


def test_an_unreachable_postgresql_server_is_refused_in_the_consultants_language():
    url = "postgresql://claire@127.0.0.1:9/boundaries"
    code, said = _run(["events", "--config", CONFIG, "--database", url])
    assert code == 1, said
    assert "Erreur : impossible de joindre la base" in said, said
    assert "pg_isready -h 127.0.0.1 -p 9 -U claire" in said


def test_a_read_only_database_is_refused_in_the_consultants_language(tmp_path: Path):
    path = tmp_path / "boundaries.sqlite3"
    Store.open(f"sqlite:///{path}").close()
    args = ["skip", "--config", CONFIG, "--database", f"sqlite:///{path}",
            "--client", "horizon", "--on", "2030-01-04",
            "--now", "2029-12-01T09:00:00+01:00"]  # fmt: skip
    with read_only(path, tmp_path):
        code, said = _run(args)
    assert code == 1, said
    assert "Erreur : la base" in said and "en lecture seule" in said, said
    assert "Solution : rendez le fichier et son dossier accessibles en écriture" in said


def test_a_locked_database_is_refused_in_the_consultants_language(tmp_path: Path):
    path = tmp_path / "boundaries.sqlite3"
    Store.open(f"sqlite:///{path}").close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), "60"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        code, said = _run(
            ["skip", "--config", CONFIG, "--database", f"sqlite:///{path}",
             "--client", "horizon", "--on", "2030-01-04", "--now", "2029-12-01T09:00:00+01:00"]
        )  # fmt: skip
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert code == 1, said
    assert "Erreur : la base" in said and "verrouillée" in said, said
    assert "Solution : arrêtez le processus" in said


# -- transcribe --language ---------------------------------------------------------------------


@pytest.mark.parametrize("given", ["de", "english", "", "FRX"])
def test_transcribe_refuses_a_language_it_does_not_speak_in_the_consultants_language(
    given: str,
):
    wav = str(EXAMPLES / "voicemail.wav")
    code, said = _run(["transcribe", wav, "--language", given, "--config", CONFIG])
    assert code == 1, said
    assert said.startswith(f"Erreur : --language {given!r} n'est pas une langue"), said
    assert "fr, en" in said and "par exemple --language fr" in said
    code, said = _run(["transcribe", wav, "--language", given])  # no configuration here
    assert code == 1 and said.startswith(f"Error: --language {given!r} is not a language")
    assert "one of fr, en" in said and "Usage:" not in said


def test_every_warning_of_check_is_said_in_both_languages():
    """Each warning with its fields, in French as in English (`warn.*` of check.toml)."""
    from boundaries.config import parse_config
    from boundaries.config.advice import warnings
    from tests.conftest import BASE_TOML

    text = BASE_TOML.replace('working_hours = ["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]',
                             "working_hours = []")  # fmt: skip
    text += '\n[mail]\nsmtp_url = "smtp://julie@127.0.0.1:2525"\n'
    config = parse_config(text)
    english, french = warnings(config, environ={}), warnings(config, environ={}, lang="fr")
    assert len(english) == len(french) == 2, (english, french)
    assert "logs in as 'julie'" in english[1] and "se connecte en tant que 'julie'" in french[1]
    assert 'ajoutez smtp_password_file = "smtp-password"' in french[1]
    assert "consultant.working_hours est vide" in french[0]


@pytest.mark.parametrize(
    ("lang", "added", "said"),
    [
        ("fr", 1, "1 nouvel événement enregistré"),
        ("fr", 0, "0 nouvel événement enregistré"),
        ("fr", 163, "163 nouveaux événements enregistrés"),
        ("en", 1, "1 new event stored from"),
        ("en", 0, "0 new events stored from"),
    ],
)
def test_a_count_in_a_cli_message_takes_its_words_number(lang: str, added: int, said: str):
    """trial46: « Historique : 163 nouvel(s) événement(s) enregistré(s) »; CLDR's plural
    rules make 0 singular in French and plural in English."""
    from boundaries.i18n import said as message

    text = message("cli", lang, "serve.history", added=added, path="e.jsonl", account="default")
    assert said in text and "(s)" not in text, text


@pytest.mark.parametrize(
    ("catalogue", "key", "values", "one", "many"),
    [
        (
            "check",
            "warn.no_channel",
            {"clients": "horizon"},
            ("client horizon has urgent_line", "le client horizon a urgent_line"),
            ("clients horizon have urgent_line", "les clients horizon ont urgent_line"),
        ),
        (
            "triage_files",
            "updates.refused",
            {"path": "u.jsonl", "faults": "line 2", "fields": "id"},
            ("1 update line cannot be used", "1 ligne de mise à jour inutilisable :"),
            ("update lines cannot be used", "lignes de mise à jour inutilisables :"),
        ),
        (
            "accounts",
            "account.whose_logins",
            {"logins": "a@b.example"},
            ("with the login a@b.example", "avec l'identifiant a@b.example"),
            ("with the logins a@b.example", "avec les identifiants a@b.example"),
        ),
    ],
)
def test_a_count_in_a_message_gives_its_words_their_number(catalogue, key, values, one, many):
    """trial46: "client(s)", « le ou les identifiants », « ligne(s) … inutilisable(s) »: each
    count says its words in the number it has, in both languages."""
    from boundaries.i18n import said as message

    for lang, single, plural in zip(("en", "fr"), one, many, strict=True):
        alone = message(catalogue, lang, key, n=1, **values)
        several = message(catalogue, lang, key, n=3, **values)
        assert single in alone and "(s)" not in alone, alone
        assert plural in several and "(s)" not in several and single not in several, several


def test_no_message_of_any_catalogue_writes_a_plural_in_brackets():
    """A count's words take its number (`{n:word|words}`, `i18n.said`), never "word(s)"; an
    "http(s)" address is not a count."""
    written = [
        f"{path.parent.name}/{path.name}: {line.strip()[:80]}"
        for path in sorted((Path(boundaries.__file__).parent / "locales").glob("*/*.toml"))
        for line in path.read_text("utf-8").splitlines()
        if re.search(r"(?<!http)\(s\)", line)
    ]
    assert written == []
