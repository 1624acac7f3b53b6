"""Options of a command group are accepted after its subcommands too (SPEC §7: every command
that reads the store takes --database), e.g. `boundaries outbox approve KEY --database URL`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.store import Store
from boundaries.store.outbox import Outbox, Outgoing

NOW = datetime(2026, 12, 1, 16, tzinfo=UTC)
SHARED = ("--database", "--account", "--config")


def held(key: str) -> Outgoing:
    return Outgoing(
        key, "reply", "marc@horizon.example", "S", "T", None, f"<{key}@b>", NOW, held=True
    )


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'outbox.sqlite3'}"
    store = Store.open(url)
    try:
        outbox = Outbox(store, store.account_id())
        outbox.add([held("reply:horizon:2026-12-01"), held("reply:velo:2026-12-01")])
    finally:
        store.close()
    return url


def states(url: str) -> dict[str, str]:
    store = Store.open(url)
    try:
        return {e.key: e.state for e in Outbox(store, store.account_id()).entries()}
    finally:
        store.close()


@pytest.mark.parametrize("where", ["after", "before"])
def test_outbox_approve_and_discard_take_database_before_or_after_the_subcommand(
    database: str, where: str
):
    def args(action: str, key: str) -> list[str]:
        if where == "after":
            return ["outbox", action, key, "--database", database]
        return ["outbox", "--database", database, action, key]

    approve = CliRunner().invoke(cli, args("approve", "reply:horizon:2026-12-01"))
    assert approve.exit_code == 0, approve.output
    discard = CliRunner().invoke(cli, args("discard", "reply:velo:2026-12-01"))
    assert discard.exit_code == 0, discard.output
    assert states(database) == {
        "reply:horizon:2026-12-01": "queued",
        "reply:velo:2026-12-01": "discarded",
    }


def test_the_database_given_after_the_subcommand_is_the_one_used(database: str, tmp_path: Path):
    elsewhere = f"sqlite:///{tmp_path / 'missing.sqlite3'}"
    after = ["--database", database]
    result = CliRunner().invoke(
        cli,
        ["outbox", "--database", elsewhere, "approve", "reply:horizon:2026-12-01", *after],
    )
    assert result.exit_code == 0, result.output
    assert states(database)["reply:horizon:2026-12-01"] == "queued"


def _groups() -> list[tuple[str, click.Group]]:
    ctx = click.Context(cli)
    found = []
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        if isinstance(command, click.Group):
            found.append((name, command))
    return found


@pytest.mark.parametrize(("name", "group"), _groups())
def test_every_subcommand_takes_the_store_options_its_group_takes(name: str, group: click.Group):
    on_group = {o for p in group.params for o in p.opts if o in SHARED}
    ctx = click.Context(group)
    for sub_name in group.list_commands(ctx):
        sub = group.get_command(ctx, sub_name)
        assert sub is not None
        on_sub = {o for p in sub.params for o in p.opts}
        assert on_group <= on_sub, f"boundaries {name} {sub_name} lacks {on_group - on_sub}"
