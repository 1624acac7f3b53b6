"""Shared fixtures: the example configuration, a base config, stores on both databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from boundaries.config import load_config, parse_config
from boundaries.domain.model import Config
from boundaries.store import Store, database_url
from tests.mail_servers import Dovecot, SmtpServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"

BASE_TOML = """\
[consultant]
name = "Claire Martin"
email = "claire@conseil.example"
phone = "+33 6 12 34 56 78"
timezone = "Europe/Paris"
language = "fr"
working_hours = ["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]

[[client]]
id = "horizon"
name = "Association Horizon"
language = "fr"
phones = ["+33 1 23 45 67 89"]
emails = ["marc@horizon.example"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }]
adhoc_calls_per_week = 2
urgent_line = true
hourly_rate = 85.0
currency = "EUR"
"""


def in_english(toml: str) -> str:
    """`toml` with its consultant speaking English (`consultant.language = "en"`): the CLI
    refuses a file in the language it names (`cli.language.read_config`), so a test that
    reads the English words of a refusal gives it an English consultant."""
    head, table, rest = toml.partition("[consultant]")
    consultant, next_table, tail = rest.partition("\n[")
    english = consultant.replace('language = "fr"', 'language = "en"')
    assert english != consultant, "no consultant.language to change"
    return head + table + english + next_table + tail


def english_example(folder: Path) -> Path:
    """examples/boundaries.toml with its consultant speaking English (`in_english`), written
    in `folder`: for a test that reads the English words of a refusal by a command."""
    path = folder / "boundaries-en.toml"
    path.write_text(in_english((EXAMPLES / "boundaries.toml").read_text("utf-8")), "utf-8")
    return path


@pytest.fixture(autouse=True)
def english_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI speaks the terminal's language when no configuration says which
    (`boundaries.cli.language`): the tests run as in an English terminal, whatever the
    machine's locale; a test that wants French passes LANG."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def own_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test runs in a folder of its own, so that a command run without --database finds
    no `boundaries.sqlite3` but the one the test makes, not the one the README's tour leaves
    in the clone (newcomer48 §9: `check` read the tour's skipped calls and a test failed).
    Tests name the repository's files from `ROOT` or `EXAMPLES`."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def example_config() -> Config:
    return load_config(EXAMPLES / "boundaries.toml")


@pytest.fixture
def base_config() -> Config:
    return parse_config(BASE_TOML)


def postgres_url() -> str | None:
    url = os.environ.get("BOUNDARIES_TEST_POSTGRES_URL")
    if not url and os.environ.get("BOUNDARIES_REQUIRE_POSTGRES"):
        pytest.fail("BOUNDARIES_TEST_POSTGRES_URL is not set; run the suite with `make test`.")
    return url


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    base = postgres_url()
    if not base:
        pytest.skip("no PostgreSQL test server (run `make test`)")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(database_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield database_url(base).rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'boundaries.sqlite3'}"
    return str(request.getfixturevalue("fresh_postgres_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    yield s
    s.close()


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    """A real SMTP server on a free loopback port (aiosmtpd), stopped after the test."""
    server = SmtpServer(tmp_path / "smtp")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def imap() -> Iterator[Dovecot]:
    """A real IMAP server (Debian's Dovecot) on a free loopback port, removed after the test."""
    server = Dovecot()
    server.start()
    yield server
    server.remove()
