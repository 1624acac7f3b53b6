"""The operator's path: read-only commands never create a database, times in the consultant's
zone, tables that fit 80 columns, durable SQLite commits."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from boundaries.cli.app import cli
from boundaries.cli.columns import fitted, shorten
from boundaries.store import Store, StoredEvent
from tests.conftest import EXAMPLES

CONFIG = str(EXAMPLES / "boundaries.toml")


def run(*args: str, columns: int = 80) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": str(columns)})
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "relative", ["typo/dir/x.sqlite3", "missing.sqlite3", "a/b/c/boundaries.sqlite3"]
)
def test_events_refuses_a_database_that_does_not_exist_and_creates_nothing(
    tmp_path: Path, relative: str
):
    target = tmp_path / relative
    code, out = run("events", "--database", f"sqlite:///{target}")
    assert code == 1
    assert str(target) in out and "boundaries serve" in out and "Traceback" not in out
    assert list(tmp_path.iterdir()) == []  # neither the file nor its folders


# Newcomer 2, L8: commands that only add to the service's store reported success against a
# new, empty database made from a mistyped --database; the service never saw what they wrote.
ADDING = {
    "skip": [
        *("skip", "--config", CONFIG, "--client", "horizon", "--on", "2026-12-04"),
        *("--now", "2026-12-01T09:00:00+01:00"),  # a call to come, on any day the tests run
    ],
    "calendar url": ["calendar", "url", "--config", CONFIG],
    "user add": ["user", "add", "claire@conseil.example"],
    "coach --record": [
        *("coach", "--config", CONFIG, "--client", "horizon"),
        *("--record", "defer", "--on", "2026-11-02"),
    ],
    "mail sync": ["mail", "sync", "--config", CONFIG, "--now", "2026-12-01T17:00:00+01:00"],
}


@pytest.mark.parametrize("command", list(ADDING))
def test_commands_that_add_to_the_store_refuse_a_database_that_does_not_exist(
    tmp_path: Path, command: str
):
    target = tmp_path / "typo" / "none.sqlite3"
    result = CliRunner().invoke(
        cli,
        [*ADDING[command], "--database", f"sqlite:///{target}"],
        env={"BOUNDARIES_PASSWORD": "correct horse battery", "COLUMNS": "80"},
    )
    assert result.exit_code == 1, result.output
    out = result.output
    # in the consultant's language (the example configuration's French) once it is read
    said = ("aucune base de données à", "Solution :") if "--config" in ADDING[command] else None
    missing, fix = said or ("no database at", "Fix:")
    if said is None and "aucune base" in out:  # no configuration: the terminal's language
        missing, fix = "aucune base de données à", "Solution :"
    assert missing in out and str(target) in out and fix in out, out
    assert "boundaries serve" in out and "Traceback" not in out
    assert list(tmp_path.iterdir()) == []  # neither the file nor its folder


def _english(tmp_path: Path) -> str:
    config = tmp_path / "en.toml"
    text = Path(CONFIG).read_text(encoding="utf-8")
    config.write_text(text.replace('language = "fr"', 'language = "en"', 1), encoding="utf-8")
    return str(config)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_check_database_says_what_is_at_the_path_in_the_consultant_s_language(
    tmp_path: Path, language: str
):
    """newcomer15 L3: a directory is a directory, not "no database"; a file that is no SQLite
    file at all (`/etc/passwd`) means a wrong path, and is not to be moved aside as a
    damaged database; each said in the consultant's language, like the account refusal."""
    config = CONFIG if language == "fr" else _english(tmp_path)
    folder = tmp_path / "stores"
    folder.mkdir()
    (folder / "b.sqlite3").write_bytes(b"")
    text_file = tmp_path / "passwd"
    text_file.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    words = {
        "fr": ("est un dossier, pas un fichier", "(ce dossier contient b.sqlite3)",
               "n'est pas une base de données", "le chemin est donc sans doute faux",
               "Solution :"),
        "en": ("is a directory, not a database file", "(this directory holds b.sqlite3)",
               "is not a database", "the path is most likely wrong", "Fix:"),
    }[language]  # fmt: skip
    code, out = run("check", "--config", config, "--database", f"sqlite:///{folder}")
    assert code == 1 and "Traceback" not in out, out
    assert str(folder) in out and words[0] in out and words[1] in out and words[4] in out, out
    code, out = run("check", "--config", config, "--database", f"sqlite:///{text_file}")
    assert code == 1 and "Traceback" not in out, out
    assert str(text_file) in out and words[2] in out and words[3] in out, out
    assert "mv " not in out and "damaged" not in out and "endommag" not in out, out
    assert text_file.read_text(encoding="utf-8").startswith("root:")  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["stores", "passwd", *(["en.toml"] if language == "en" else [])]
    )


def test_a_damaged_sqlite_file_is_still_told_to_be_moved_aside_and_restored(tmp_path: Path):
    """The other side of newcomer15 L3: a file that starts as SQLite does but is damaged keeps
    the advice to move it aside and restore the latest backup."""
    damaged = tmp_path / "b.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    code, out = run("events", "--database", f"sqlite:///{damaged}")
    assert code == 1 and "Traceback" not in out, out
    assert "mv " in out and "backup" in out, out


def test_user_add_create_makes_the_first_login_of_a_new_database(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    env = {"BOUNDARIES_PASSWORD": "correct horse battery"}
    made = CliRunner().invoke(
        cli, ["user", "add", "a@b.example", "--create", "--database", url], env=env
    )
    assert made.exit_code == 0, made.output
    again = CliRunner().invoke(
        cli, ["user", "add", "c@d.example", "--join", "--database", url], env=env
    )
    assert again.exit_code == 0, again.output  # it exists now: no --create needed


def test_outbox_refuses_a_state_that_does_not_exist_and_lists_those_that_do(tmp_path: Path):
    """Newcomer 2, L7: `--state faild` printed "0 message(s)." and exited 0, hiding the
    failed messages it was meant to show."""
    from tests.store_support import served_database

    db = served_database(tmp_path / "b.sqlite3")
    code, out = run("outbox", "--state", "faild", "--database", db)
    assert code == 2 and "'faild' is not one of" in out, out
    for state in ("waiting_approval", "queued", "sending", "sent", "failed", "discarded"):
        assert state in out
    assert "0 message" not in out
    code, out = run("outbox", "--state", "failed", "--database", db)
    assert code == 0 and "0 messages." in out


def test_the_outbox_refuses_an_unknown_state_for_any_caller(tmp_path: Path):
    from boundaries.store.outbox import Outbox, OutboxError
    from tests.store_support import served_database

    store = Store.open(served_database(tmp_path / "b.sqlite3"))
    try:
        with pytest.raises(OutboxError, match=r"no outbox state 'faild'.*Fix: use one of"):
            Outbox(store, store.account_id()).entries("faild")
    finally:
        store.close()


def test_events_refuses_the_default_database_when_there_is_none(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    code, out = run("events")
    assert code == 1 and "no database at" in out and "boundaries.sqlite3" in out
    assert list(tmp_path.iterdir()) == []


def test_events_refuses_a_file_that_holds_no_boundaries_tables(tmp_path: Path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    code, out = run("events", "--database", f"sqlite:///{empty}")
    assert code == 1 and "no Boundaries tables" in out
    assert empty.stat().st_size == 0


@pytest.mark.postgres
def test_events_refuses_a_postgresql_database_without_tables(fresh_postgres_url: str):
    code, out = run("events", "--database", fresh_postgres_url)
    assert code == 1 and "no Boundaries tables" in out and "Traceback" not in out
    store = Store.open(fresh_postgres_url, migrate=False)
    with store.engine.connect() as conn:
        tables = conn.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        ).scalar_one()
    store.close()
    assert tables == 0


def _stored(db: str, at: datetime, client: str = "horizon", sid: str | None = None) -> None:
    store = Store.open(db)
    store.record(
        store.account_id(),
        [
            StoredEvent(
                kind="call",
                at=at,
                action="voicemail",
                client=client,
                sid=sid or "CA" + "5" * 32,
                caller="+33123456789",
            )
        ],
    )
    store.close()


def test_events_shows_the_consultants_local_time(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    _stored(db, datetime(2026, 11, 30, 9, 3, tzinfo=UTC))  # 10:03 in Paris
    code, out = run("events", "--database", db, "--config", CONFIG)
    assert code == 0, out
    # in the consultant's language too (newcomer58 §4): the example's consultant is French
    assert "lun. 2026-11-30 10:03" in out and "Heures du fuseau Europe/Paris" in out
    assert out.split()[0] == "quand" and "1 événement." in out
    code, out = run("events", "--database", db, "--json")
    assert json.loads(out)["at"] == "2026-11-30T09:03:00+00:00"  # JSON keeps UTC


def test_events_since_without_an_offset_is_the_consultants_local_time(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    _stored(db, datetime(2026, 11, 30, 9, 3, tzinfo=UTC))  # 10:03 in Paris
    code, out = run("events", "--database", db, "--config", CONFIG, "--since", "2026-11-30T10:00")
    assert code == 0 and "1 événement" in out
    code, out = run("events", "--database", db, "--config", CONFIG, "--since", "2026-11-30T10:05")
    assert code == 0 and "0 événement" in out


@pytest.mark.parametrize("since", ["0001-01-01T00:00:00+01:00", "yesterday", "2026-02-30"])
def test_events_refuses_a_since_it_cannot_use(tmp_path: Path, since: str):
    db = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    _stored(db, datetime(2026, 11, 30, 9, 3, tzinfo=UTC))
    code, out = run("events", "--database", db, "--since", since)
    assert code == 2 and "--since" in out and "Traceback" not in out


def test_events_fit_80_columns_without_cutting_names_or_times(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    _stored(db, datetime(2026, 11, 30, 9, 3, tzinfo=UTC), client="association-horizon-lyon")
    _stored(db, datetime(2026, 11, 30, 9, 4, tzinfo=UTC), sid="sim:2026-11-30T09:04:00+00:00:long")
    code, out = run("events", "--database", db, "--config", CONFIG)
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines[:-1]) <= 80
    assert "association-horizon-lyon" in out
    assert "lun. 2026-11-30 10:03" in out and "lun. 2026-11-30 10:04" in out
    assert "voicemail" in out


def test_check_fits_80_columns_without_cutting_names_or_times():
    code, out = run("check", "--config", CONFIG)  # a French consultant: French weekdays
    assert code == 0, out
    assert max(len(line) for line in out.splitlines()) <= 80
    for name in ("Association Horizon", "Atelier Vélo Solidaire", "Harbor Youth Arts"):
        assert name in out
    assert "+33 1 23 45 67 89" in out and "+33 6 98 76 54 32" in out
    days = "lun|mar|mer|jeu|ven|sam|dim"
    times = re.findall(rf"\b(?:{days})\. \d{{4}}-\d\d-\d\d \d\d:\d\d\b", out)
    assert len(times) == 3
    assert "…" not in out


def test_a_long_client_name_wraps_at_words_in_check(tmp_path: Path, monkeypatch):
    toml = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    long_name = "Fédération Régionale des Associations Culturelles du Grand Ouest"
    toml = toml.replace('name = "Association Horizon"', f'name = "{long_name}"')
    monkeypatch.chdir(tmp_path)  # a file's path is never cut, and pytest's can pass 80 columns
    path = Path("b.toml")
    path.write_text(toml, encoding="utf-8")
    code, out = run("check", "--config", str(path))
    assert code == 0 and max(len(line) for line in out.splitlines()) <= 80
    words = re.findall(r"\S+", out)
    for word in long_name.split():
        assert word in words


def test_tables_shorten_only_the_elastic_column():
    lines = fitted(["at", "sid"], [["Mon 2026-11-30 10:03", "x" * 100]], 40, elastic=1)
    assert all(len(line) <= 40 for line in lines)
    assert lines[2].startswith("Mon 2026-11-30 10:03") and "…" in lines[2]
    assert shorten("abcdefghij", 5) == "ab…ij" and shorten("abc", 5) == "abc"


def test_sqlite_commits_are_durable_across_a_power_cut(tmp_path: Path):
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
        # A rollback journal, and nothing of the file mapped into memory (newcomer 2 H2).
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "delete"
        assert conn.execute(text("PRAGMA mmap_size")).scalar_one() == 0
    store.close()
