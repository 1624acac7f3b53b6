"""`boundaries outbox approve|discard|show` speak the consultant's language (SPEC §2: French
and English throughout), read from the configuration as every other command reads it
(--config, BOUNDARIES_CONFIG, boundaries.toml here), and say when a reply names a call called
off or moved since it was written (fix15-agenda, noticed and left alone)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.i18n import day
from boundaries.store import Store
from boundaries.store.calendar import CalendarStore
from boundaries.store.outbox import Outbox, Outgoing
from tests.conftest import EXAMPLES

PARIS = ZoneInfo("Europe/Paris")
CONFIG = str(EXAMPLES / "boundaries.toml")  # Claire writes French; Harbor's Jen English


def friday_10(weeks: int) -> datetime:
    """Horizon's standing call (Fridays 10:00 Paris) `weeks` weeks from today: the command
    approves on the real clock, so the dates come from today."""
    today = date.today()
    friday = today + timedelta(days=(4 - today.weekday()) % 7 + 7 * weeks)
    return datetime.combine(friday, time(10), PARIS)


def reply(key: str, *calls: datetime) -> Outgoing:
    return Outgoing(
        key=key,
        kind="reply",
        to="marc@horizon.example",
        subject="Votre message",
        text="Bonjour Marc,\n\nJ'ai bien reçu votre message.\n\nClaire",
        html=None,
        message_id=f"<{key}@conseil.example>",
        due_at=datetime.now(UTC),
        client_id="horizon",
        held=True,
        detail={
            "calls": [c.astimezone(UTC).isoformat() for c in calls],
            "call_days": [c.date().isoformat() for c in calls],
        },
    )


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    store = Store.open(url)
    store.account_id()  # `default`, the configuration's account
    store.close()
    return url


def _outbox(url: str) -> tuple[Store, Outbox]:
    store = Store.open(url)
    return store, Outbox(store, store.account_id())


@pytest.mark.parametrize("where", ["--config", "env", "here"])
def test_approve_speaks_the_consultants_language_and_names_a_call_called_off(
    database: str, where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    call = friday_10(3)
    store, box = _outbox(database)
    box.add([reply("reply:horizon:2026-11-04", call)])
    CalendarStore(store, box.account_id).skip("horizon", call.date())
    store.close()
    args = ["outbox", "approve", "reply:horizon:2026-11-04", "--database", database]
    env = {}
    if where == "--config":
        args += ["--config", CONFIG]
    elif where == "env":
        env["BOUNDARIES_CONFIG"] = CONFIG
    else:
        (tmp_path / "boundaries.toml").write_text(
            Path(CONFIG).read_text(encoding="utf-8"), encoding="utf-8"
        )
        monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(cli, args, env=env)
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    assert "reply:horizon:2026-11-04 : en file ; il part au prochain relevé du courrier." in said
    assert f"votre point du {day(call.date(), 'fr')} avec le client, annulé ou déplacé" in said
    assert "la réécrit pour nommer le point suivant" in said
    assert "queued" not in said and "called off" not in said


def test_approve_names_a_call_moved_by_a_change_of_the_configuration(database: str, tmp_path: Path):
    """The reply offered a Thursday call; the configuration now holds Horizon's calls on
    Fridays: no skip, but the call it names does not take place."""
    thursday = friday_10(3) - timedelta(days=1)
    store, box = _outbox(database)
    box.add([reply("reply:horizon:2026-11-04", thursday)])
    box.edit("reply:horizon:2026-11-04", "Notre point", "À jeudi. Claire")
    store.close()
    done = CliRunner().invoke(
        cli,
        ["outbox", "approve", "reply:horizon:2026-11-04", "--database", database,
         "--config", CONFIG],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    assert f"votre point du {day(thursday.date(), 'fr')}" in said, said
    assert "vous l'avez modifiée : elle part telle que vous l'avez écrite" in said


def test_outbox_refusals_and_discard_speak_the_consultants_language(database: str):
    store, box = _outbox(database)
    box.add([reply("reply:horizon:2026-11-04", friday_10(3))])
    store.close()
    runner = CliRunner()
    base = ["--database", database, "--config", CONFIG]
    missing = runner.invoke(cli, ["outbox", "approve", "reply:nobody:2026-11-04", *base])
    assert missing.exit_code == 1 and "Traceback" not in missing.output
    assert "aucun message de clé « reply:nobody:2026-11-04 »" in missing.output
    assert missing.output.startswith("Erreur")
    gone = runner.invoke(cli, ["outbox", "discard", "reply:horizon:2026-11-04", *base])
    assert gone.exit_code == 0 and "reply:horizon:2026-11-04 : abandonné." in gone.output
    again = runner.invoke(cli, ["outbox", "approve", "reply:horizon:2026-11-04", *base])
    assert again.exit_code == 1, again.output
    said = " ".join(again.output.split())
    assert "« reply:horizon:2026-11-04 » est abandonné" in said, said
    assert "un message abandonné n'est jamais envoyé" in said
    shown = runner.invoke(cli, ["outbox", "show", "reply:nobody:2026-11-04", *base])
    assert shown.exit_code == 1 and "aucun message de clé" in shown.output


def test_without_a_configuration_approve_speaks_the_terminals_language(database: str):
    store, box = _outbox(database)
    box.add([reply("reply:horizon:2026-11-04", friday_10(3))])
    store.close()
    done = CliRunner().invoke(
        cli, ["outbox", "approve", "reply:horizon:2026-11-04", "--database", database]
    )
    assert done.exit_code == 0, done.output
    assert "reply:horizon:2026-11-04: queued; it goes out at the next mail cycle." in done.output


def test_the_list_and_show_speak_the_consultants_language(database: str):
    store, box = _outbox(database)
    box.add([reply("reply:horizon:2026-11-04", friday_10(3))])
    store.close()
    runner = CliRunner()
    listed = runner.invoke(
        cli, ["outbox", "--database", database, "--config", CONFIG], env={"COLUMNS": "80"}
    )
    assert listed.exit_code == 0, listed.output
    said = listed.output
    assert said.splitlines()[0].split() == ["clé", "état", "essais", "type"], said
    assert "    à : marc@horizon.example" in said and "    objet : Votre message" in said
    assert said.rstrip().endswith("1 message.")
    shown = runner.invoke(
        cli, ["outbox", "show", "reply:horizon:2026-11-04", "--database", database,
              "--config", CONFIG],
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    assert "Clé : reply:horizon:2026-11-04" in shown.output
    assert "État : waiting_approval (essais : 0)" in shown.output
    english = runner.invoke(cli, ["outbox", "--database", database])  # no configuration
    assert english.output.splitlines()[0].split() == ["key", "state", "tries", "kind"]
