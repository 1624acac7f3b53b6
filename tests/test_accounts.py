"""Account names are short ids, refused with their fix wherever they reach the store (every
`--account` option and `Store.account_id`), and logins can be listed and removed (SPEC §2,
§9)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.store import Store
from boundaries.store.accounts import AccountNameError
from tests.conftest import EXAMPLES

PASSWORD = {"BOUNDARIES_PASSWORD": "correct horse battery"}
BAD_NAMES = ["", "../../etc", "x" * 5000, "Default", "bob smith", "-x", "café", "a/b", "a\x00b"]

# Every command that takes --account, with what else it needs to reach the option's check.
ACCOUNT_COMMANDS = [
    ["user", "add", "x@y.example"],
    ["events"],
    ["report"],
    ["coach", "--client", "horizon"],
    ["jobs"],
    ["outbox"],
    ["mail", "sync"],
    ["skip", "horizon", "--on", "2026-12-04", "--now", "2026-12-01T09:00:00+01:00"],
    ["calendar", "url"],
    ["calendar", "push"],
]


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'b.sqlite3'}"


@pytest.mark.parametrize("name", BAD_NAMES, ids=lambda n: repr(n[:12]))
def test_user_add_refuses_an_account_name_that_is_not_a_short_id(tmp_path: Path, name: str):
    result = CliRunner().invoke(
        cli,
        ["user", "add", "x@y.example", "--account", name, "--create", "--database", _url(tmp_path)],
        env=PASSWORD,
    )
    assert result.exit_code == 2, result.output
    assert "account name" in result.output and "Fix:" in result.output
    assert "Traceback" not in result.output and len(result.output) < 600
    assert list(tmp_path.iterdir()) == []  # refused before anything was created


@pytest.mark.parametrize("command", ACCOUNT_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_account_option_refuses_a_bad_name(tmp_path: Path, command: list[str]):
    args = [*command, "--account", "../../etc", "--database", _url(tmp_path)]
    if command[0] not in ("user", "jobs", "outbox"):
        args += ["--config", str(EXAMPLES / "boundaries.toml")]
    result = CliRunner().invoke(cli, args, env=PASSWORD)
    assert result.exit_code == 2 and "account name '../../etc'" in result.output, result.output


@pytest.mark.parametrize("name", BAD_NAMES[:4], ids=lambda n: repr(n[:12]))
def test_the_store_creates_no_account_under_a_bad_name(tmp_path: Path, name: str):
    store = Store.open(_url(tmp_path))
    try:
        with pytest.raises(AccountNameError, match="Fix:"):
            store.account_id(name)
        assert store.account_id("autre-cabinet_2") > 0
    finally:
        store.close()


def test_logins_can_be_listed_and_removed(tmp_path: Path):
    url = _url(tmp_path)
    runner = CliRunner()
    for email, account in (("claire@conseil.example", "default"), ("bob@other.example", "other")):
        args = ["user", "add", email, "--account", account, "--create", "--database", url]
        assert runner.invoke(cli, args, env=PASSWORD).exit_code == 0
    listed = runner.invoke(cli, ["user", "list", "--json", "--database", url])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["email"], r["account"]) for r in rows] == [
        ("claire@conseil.example", "default"),
        ("bob@other.example", "other"),
    ]
    assert "password" not in listed.output and "argon" not in listed.output
    removed = runner.invoke(cli, ["user", "remove", "BOB@other.example", "--database", url])
    assert removed.exit_code == 0 and "bob@other.example" in removed.output
    again = runner.invoke(cli, ["user", "remove", "bob@other.example", "--database", url])
    assert again.exit_code == 1 and "no login" in again.output and "Fix:" in again.output
    plain = runner.invoke(cli, ["user", "list", "--database", url])
    assert "claire@conseil.example" in plain.output and "bob@" not in plain.output
    # no language chosen at `user add`: the pages follow the consultant's, and it says so
    assert "language as the consultant's" in plain.output and "language -" not in plain.output


# A mistyped --account (fix5): every command but `user add` refuses an account the database
# does not hold, naming those it holds and the fix, and writes nothing (no account row).
UNKNOWN_ACCOUNT_COMMANDS = [
    *[c for c in ACCOUNT_COMMANDS if c[0] not in ("user", "skip")],
    # as of the Tuesday before: on a later day the call has taken place, and that is said first
    ["skip", "--client", "horizon", "--on", "2026-12-04", "--now", "2026-12-01T09:00:00+01:00"],
    ["outbox", "show", "reply:horizon:2026-11-03"],
    ["outbox", "approve", "reply:horizon:2026-11-03"],
    ["outbox", "discard", "reply:horizon:2026-11-03"],
    ["coach", "--client", "horizon", "--record", "defer"],
]


def _accounts(url: str) -> list[str]:
    import sqlite3

    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return [name for (name,) in db.execute("SELECT name FROM account ORDER BY name")]


@pytest.fixture
def two_accounts(tmp_path: Path) -> str:
    """A service's database: the example month under `default`, and a second account made by
    `user add` (a firm's other consultant)."""
    url = _url(tmp_path)
    runner = CliRunner()
    saved = runner.invoke(
        cli,
        [
            "simulate",
            "--config",
            str(EXAMPLES / "boundaries.toml"),
            "--events",
            str(EXAMPLES / "events.jsonl"),
            "--save",
            "--database",
            url,
        ],
    )
    assert saved.exit_code == 0, saved.output
    args = ["user", "add", "paul@cabinet.example", "--account", "cabinet-martin"]
    made = runner.invoke(cli, [*args, "--database", url], env=PASSWORD)
    assert made.exit_code == 0, made.output
    assert _accounts(url) == ["cabinet-martin", "default"]
    return url


@pytest.mark.parametrize("command", UNKNOWN_ACCOUNT_COMMANDS, ids=" ".join)
def test_a_mistyped_account_is_refused_and_never_made(two_accounts: str, command: list[str]):
    config = EXAMPLES / "boundaries.toml"
    if command[:2] == ["calendar", "push"]:  # it needs a CalDAV calendar before the store
        text = (
            config.read_text(encoding="utf-8")
            + '\n[calendar]\ncaldav_url = "http://127.0.0.1:9/"\n'
        )
        config = Path(two_accounts.removeprefix("sqlite:///")).with_name("caldav.toml")
        config.write_text(text, encoding="utf-8")
    args = [*command, "--account", "defualt", "--database", two_accounts]
    if command[0] not in ("jobs", "outbox"):
        args += ["--config", str(config)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    if command[0] in ("jobs", "outbox"):  # no configuration: the terminal's language
        assert "no account 'defualt'" in result.output, result.output
        assert "'cabinet-martin', 'default'" in result.output and "Fix:" in result.output
        assert "boundaries user add EMAIL --account defualt" in result.output
    else:  # the configuration's consultant speaks French (fix9, finding 3)
        assert "aucun compte « defualt »" in result.output, result.output
        assert "« cabinet-martin », « default »" in result.output
        assert "Solution :" in result.output
        assert "boundaries user add claire@conseil.example --account defualt" in result.output
    assert "the service runs for" not in result.output  # no service is known here (L4)
    assert "Traceback" not in result.output
    assert _accounts(two_accounts) == ["cabinet-martin", "default"]


def test_an_account_the_database_holds_is_read_without_being_written(two_accounts: str):
    runner = CliRunner()
    for command in (["events", "--json"], ["outbox"], ["jobs"]):
        args = [*command, "--account", "cabinet-martin", "--database", two_accounts]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, (command, result.output)
    made = runner.invoke(
        cli,
        ["user", "add", "eve@new.example", "--account", "new-firm", "--database", two_accounts],
        env=PASSWORD,
    )
    assert made.exit_code == 0, made.output  # `user add` still makes a new account
    assert _accounts(two_accounts) == ["cabinet-martin", "default", "new-firm"]


def test_a_database_without_the_services_account_says_serve_makes_it(tmp_path: Path):
    url = _url(tmp_path)
    args = ["user", "add", "paul@cabinet.example", "--account", "cabinet-martin", "--create"]
    assert CliRunner().invoke(cli, [*args, "--database", url], env=PASSWORD).exit_code == 0
    result = CliRunner().invoke(cli, ["events", "--database", url])
    assert result.exit_code == 1 and "no account 'default'" in result.output, result.output
    assert "`boundaries serve` with this database makes it" in result.output
    assert _accounts(url) == ["cabinet-martin"]


def test_a_new_accounts_fix_on_a_new_database_works_as_written(tmp_path: Path):
    """trial45 B3: `serve --account lea` on a path with no database said to run `user add …
    --account lea`, which then refused for want of a database. The fix names --create."""
    url = _url(tmp_path)
    config = str(EXAMPLES / "boundaries.toml")
    args = ["serve", "--config", config, "--database", url, "--account", "lea", "--port", "9"]
    refused = CliRunner().invoke(cli, args, env={"TWILIO_AUTH_TOKEN": "x", "LANG": "C"})
    assert refused.exit_code == 1, refused.output
    [fix] = re.findall(r"`(boundaries user add [^`]+)`", refused.output)
    assert "--create" in fix and "--account lea" in fix
    made = CliRunner().invoke(cli, [*shlex.split(fix)[1:], "--database", url], env=PASSWORD)
    assert made.exit_code == 0, made.output
    assert _accounts(url) == ["lea"]
