"""The reasons the service gives for holding or withdrawing a message are said in the
consultant's language at the command line and on the dashboard (trial38 §4: a French outbox
listing said « erreur : its call (Fri 2026-12-11 10:00 Europe/Paris) was called off … »);
`outbox --json` keeps them in English, as SPEC §10's `last_error` and `held_because`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.store import Store
from boundaries.store.outbox import HELD_BECAUSE, Outbox, Outgoing
from tests.conftest import EXAMPLES
from tests.dashboard_support import running_site, signed_in

PARIS = ZoneInfo("Europe/Paris")
CALL = datetime(2026, 12, 11, 9, 0, tzinfo=UTC)  # Friday 11 December, 10:00 in Paris
WITHDRAWN = "agenda:horizon:2026-12-11T09:00Z"
HELD = "agenda:velo:2026-12-08T13:00Z"


def _agenda(key: str, client: str, start: datetime, held: dict | None = None) -> Outgoing:
    return Outgoing(
        key=key,
        kind="agenda",
        to=f"{client}@example.org",
        subject="Ordre du jour",
        text="- budget",
        html=None,
        message_id=f"<{client}@conseil.example>",
        due_at=start.replace(hour=8),
        client_id=client,
        held=held is not None,
        detail={"call_start": start.isoformat(), **({HELD_BECAUSE: held} if held else {})},
    )


def _fill(store: Store) -> None:
    outbox = Outbox(store, store.account_id())
    asked = {
        "reason": "call_in_question",
        "asked": ["2026-12-07T10:30:00+00:00"],
        "named": ["point de mardi"],
        "zone": "Europe/Paris",
    }
    tuesday = datetime(2026, 12, 8, 13, 0, tzinfo=UTC)
    outbox.add([_agenda(WITHDRAWN, "horizon", CALL), _agenda(HELD, "velo", tuesday, asked)])
    # the call of 11 December was skipped: its queued agenda is withdrawn
    assert outbox.withdraw_agendas(
        datetime(2026, 12, 7, 12, 0, tzinfo=UTC), lambda client, at: client != "horizon", PARIS
    ) == [WITHDRAWN]


def test_the_outbox_listing_says_the_services_reasons_in_the_consultants_language(tmp_path):
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    store = Store.open(url)
    try:
        _fill(store)
    finally:
        store.close()
    config = str(EXAMPLES / "boundaries.toml")  # a French consultant
    runner = CliRunner()
    listed = runner.invoke(cli, ["outbox", "--database", url, "--config", config],
                           env={"COLUMNS": "100"})  # fmt: skip
    assert listed.exit_code == 0, listed.output
    flat = " ".join(listed.output.split())
    # a withdrawal is no error, and the call is said as French writes a moment (trial40 §3)
    assert "retiré : son point (ven. 11 déc. 10:00 Europe/Paris) a été annulé" in flat, flat
    assert "Solution : rien à faire" in flat and "erreur :" not in flat
    assert "retenu : le client a demandé le lun. 7 déc. 11:30 Europe/Paris de déplacer" in flat
    assert "« point de mardi »" in flat and "its call" not in flat and "the client" not in flat
    shown = runner.invoke(cli, ["outbox", "show", WITHDRAWN, "--database", url, "--config", config])
    assert "son point (ven. 11 déc. 10:00 Europe/Paris) a été annulé" in shown.output
    as_json = {
        r["key"]: r
        for r in map(json.loads, runner.invoke(cli, ["outbox", "--json", "--database", url],
                                               ).output.splitlines())
    }  # fmt: skip
    assert as_json[WITHDRAWN]["last_error"].startswith(
        "its call (Fri 2026-12-11 10:00 Europe/Paris) was called off (`boundaries skip`)"
    )
    assert as_json[HELD]["held_because"].startswith(
        "the client asked to move or call off this call ('point de mardi') on Mon 2026-12-07"
    )


def test_the_dashboard_outbox_says_why_an_agenda_was_withdrawn_in_the_page_language(tmp_path):
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as site:
        _fill(site.store)
        with signed_in(site) as browser:  # the example consultant reads French
            page = browser.get("/outbox").text
    assert "a été annulé (<code>" in page or "a été annulé (`boundaries skip`)" in page, page
    assert "was called off" not in page


def test_approving_a_queued_message_does_not_promise_the_next_cycle(tmp_path):
    """trial39 §9: a reply queued for 17:00 was said to go "at the next mail cycle" when
    approved again; it waits for its time."""
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    store = Store.open(url)
    try:
        Outbox(store, store.account_id()).add([_agenda(WITHDRAWN, "horizon", CALL)])
    finally:
        store.close()
    french = EXAMPLES / "boundaries.toml"
    for config, said in ((None, "once its time has come"), (french, "une fois son heure venue")):
        args = ["outbox", "approve", WITHDRAWN, "--database", url]
        refused = CliRunner().invoke(cli, args + (["--config", str(config)] if config else []))
        flat = " ".join(refused.output.split())
        assert refused.exit_code != 0 and said in flat, flat
        assert "next mail cycle" not in flat and "prochain relevé" not in flat


def test_an_agenda_of_a_client_taken_out_of_the_configuration_says_so(tmp_path):
    """trial39 §9: with a client's [[client]] deleted, its held agenda was discarded as
    "called off (`boundaries skip`) or moved", which nobody did."""
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    try:
        outbox = Outbox(store, store.account_id())
        reply = Outgoing(
            key="reply:horizon:2026-12-07", kind="reply", to="horizon@example.org",
            subject="Bien reçu", text="… vendredi 11 décembre …", html=None,
            message_id="<r@conseil.example>", due_at=datetime(2026, 12, 7, 16, 0, tzinfo=UTC),
            client_id="horizon",
        )  # fmt: skip
        outbox.add([_agenda(WITHDRAWN, "horizon", CALL), reply])
        gone = outbox.withdraw_agendas(
            datetime(2026, 12, 7, 12, 0, tzinfo=UTC),
            lambda client, at: False,
            PARIS,
            known=lambda client: client != "horizon",
        )
        # its queued reply, which proposes the call, is withdrawn too (trial40 §2)
        assert sorted(gone) == sorted([WITHDRAWN, reply.key])
        [withdrawn_reply] = [e for e in outbox.entries() if e.kind == "reply"]
        assert withdrawn_reply.state == "discarded"
        assert "no longer in the configuration" in (withdrawn_reply.last_error or "")
        [row] = [e for e in outbox.entries() if e.kind == "agenda"]
        assert row.last_error is not None and "no longer in the configuration" in row.last_error
        assert "skip" not in row.last_error
        assert "n'est plus dans la configuration" in (row.error_said("fr") or "")
    finally:
        store.close()
