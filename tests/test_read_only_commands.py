"""Commands that only read work on a read-only SQLite database, also when an interrupted write
left its rollback journal beside it (newcomer55 §9: the service's write refused by `chattr +i`
left `-journal`, and `events`, `report` and `outbox` then refused to read). SQLite must roll
that journal back before it reads; the file may not be written, so the commands read a copy
restored that way, say so, and write nothing to the database."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from tests.conftest import EXAMPLES
from tests.store_support import read_only

CONFIG = str(EXAMPLES / "boundaries.toml")
EVENTS = str(EXAMPLES / "events.jsonl")

# Starts a write that changes many pages, lets SQLite spill them into the database file
# before the commit (a one-page cache), and dies: the file holds half a write and the
# `-journal` beside it is hot, as after a crash or a write refused halfway.
INTERRUPTED = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size=1")
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE event SET client_id = 'nobody-committed-this'")
db.execute("CREATE TABLE filler(x)")
db.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 2000)
os._exit(0)
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _saved(tmp_path: Path) -> Path:
    """The example month saved by `simulate --save` in a new SQLite file."""
    database = tmp_path / "boundaries.sqlite3"
    replay = ("simulate", "--config", CONFIG, "--events", EVENTS, "--save")
    saved = CliRunner().invoke(cli, [*replay, "--database", f"sqlite:///{database}"])
    assert saved.exit_code == 0, saved.output
    return database


@pytest.fixture
def interrupted(tmp_path: Path) -> Path:
    """The example month saved in a database whose last write was cut off halfway."""
    database = _saved(tmp_path)
    subprocess.run([sys.executable, "-c", INTERRUPTED, str(database)], check=True)
    journal = database.with_name(database.name + "-journal")
    assert journal.is_file() and journal.stat().st_size > 0, "the write left its journal"
    return database


READING = {
    "events": ["events"],
    "report": ["report", "--config", CONFIG, "--json"],
    "outbox": ["outbox"],
    "jobs": ["jobs"],
}


@pytest.mark.parametrize("command", list(READING))
def test_a_reading_command_reads_a_read_only_database_with_a_hot_journal(
    interrupted: Path, command: str
):
    before = _digest(interrupted)
    with read_only(interrupted, interrupted.parent):
        result = CliRunner().invoke(
            cli, [*READING[command], "--database", f"sqlite:///{interrupted}"]
        )
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output
        # said once, in the command's language (the report's: the consultant's French)
        assert result.stderr.count("chattr -i") == 1, result.stderr
        assert ("read-only" in result.stderr) != ("lecture seule" in result.stderr)
        assert "nobody-committed-this" not in result.stdout  # the half write is rolled back
        if command == "events":
            assert "horizon" in result.stdout
        if command == "report":
            assert '"horizon"' in result.stdout
    assert _digest(interrupted) == before  # nothing was written to the database
    assert interrupted.with_name(interrupted.name + "-journal").is_file()


def test_a_command_that_adds_still_refuses_a_read_only_database_and_names_the_fix(
    interrupted: Path,
):
    with read_only(interrupted, interrupted.parent):
        result = CliRunner().invoke(
            cli,
            [
                *("skip", "--config", CONFIG, "--client", "horizon", "--on", "2026-11-09"),
                *("--now", "2026-11-06T09:00:00+01:00", "--database", f"sqlite:///{interrupted}"),
            ],
        )
    assert result.exit_code == 1, result.output
    assert "lecture seule" in result.output and "chattr -i" in result.output
    assert "Traceback" not in result.output


def test_a_readable_database_is_read_in_place_without_a_note(tmp_path: Path):
    database = _saved(tmp_path)
    with read_only(database, database.parent):
        result = CliRunner().invoke(cli, ["events", "--database", f"sqlite:///{database}"])
    assert result.exit_code == 0 and "horizon" in result.stdout
    assert result.stderr == ""


def test_mail_sync_refuses_a_read_only_store_before_saying_anything_done(tmp_path: Path):
    """newcomer58 §7: `mail sync` printed a cycle's summary ("Lu 0 e-mail(s) … envoyés : 0")
    and then an English "Problem: the database … is read-only"; it refuses at once, in the
    consultant's language, with the fix."""
    database = _saved(tmp_path)
    with read_only(database, database.parent):
        result = CliRunner().invoke(
            cli,
            [
                *("mail", "sync", "--config", CONFIG, "--database", f"sqlite:///{database}"),
                "--now",
                "2026-11-06T17:00:00+01:00",
            ],
        )
    assert result.exit_code == 1, result.output
    assert "lecture seule" in result.output and "chattr -i" in result.output
    assert "Lu " not in result.output and "Problem:" not in result.output
    assert "Traceback" not in result.output
