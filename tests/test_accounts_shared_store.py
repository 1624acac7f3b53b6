"""Several consultants' services on one store (SPEC §2, §9, §12; newcomer6 H1): each service
(`serve --account`) stores, counts and shows its own account only, even when two consultants
have a client with the same id, and each checks signatures with its own consultant's token."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.config import load_config, parse_config
from boundaries.domain.model import Config
from boundaries.store import Store
from boundaries.store.users import Logins
from boundaries.web.app import create_app
from boundaries.web.auth import hash_password
from tests.conftest import EXAMPLES
from tests.dashboard_support import CLAIRE, Site, csrf_of, signed_in
from tests.gateway_support import (
    PUBLIC,
    TOKEN,
    Clock,
    Provider,
    ServerThread,
    free_port,
    provider_sid,
)
from tests.live_process import Served

PARIS = ZoneInfo("Europe/Paris")
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)
BOB_TOKEN = "bob-token-bob-token-5678"
BOB = ("bob@durand.example", "bob's own long passphrase")
MARC = "+33123456789"  # Claire's client "horizon" (Association Horizon), 2 ad-hoc calls a week
PAUL = "+33155555555"  # Bob's client, also "horizon" (Horizon Plomberie), 1 ad-hoc call a week
API = "api-token-shared-store-tests"

BOB_TOML = """\
[consultant]
name = "Bob Durand"
email = "bob@durand.example"
phone = "+33 6 11 11 11 11"
timezone = "Europe/Paris"
language = "fr"
working_hours = ["mon-sun 00:00-24:00"]

[[client]]
id = "horizon"
name = "Horizon Plomberie"
language = "fr"
phones = ["+33 1 55 55 55 55"]
emails = ["paul@horizon-plomberie.example"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=MO", start = "09:00", minutes = 30 }]
adhoc_calls_per_week = 1
urgent_line = false
hourly_rate = 60.0
currency = "EUR"
"""


@dataclass
class Service:
    """One consultant's service: its site, its provider (signing with its token), its account."""

    site: Site
    provider: Provider
    account: int

    def call(self, caller: str, label: str) -> str:
        params = {"CallSid": provider_sid("CA", label), "From": caller, "To": "+33180"}
        answer = self.provider.post("/twilio/voice", params)
        assert answer.status_code == 200, answer.text
        return answer.text


@pytest.fixture
def services(db_url: str) -> Iterator[tuple[Service, Service]]:
    """Claire's service (account "default", the example config) and Bob's (account "bob"),
    each with its own store connection, token and login, on one database."""
    claire_config = load_config(EXAMPLES / "boundaries.toml")
    bob_config = parse_config(BOB_TOML)
    stores = [Store.open(db_url), Store.open(db_url)]
    logins = Logins(stores[0])
    logins.add_user(stores[0].account_id(), CLAIRE[0], hash_password(CLAIRE[1]))
    logins.add_user(stores[0].account_id("bob"), BOB[0], hash_password(BOB[1]))
    clock = Clock(MONDAY_10)

    def app(config: Config, store: Store, token: str, account: str) -> object:
        return create_app(
            config, store, token, public_url=PUBLIC, account=account, clock=clock,
            secure_cookies=False, api_token=API,
        )  # fmt: skip

    try:
        with (
            ServerThread(app(claire_config, stores[0], TOKEN, "default")) as claire,
            ServerThread(app(bob_config, stores[1], BOB_TOKEN, "bob")) as bob,
        ):
            yield (
                Service(
                    Site(claire.url, clock, stores[0], claire_config),
                    Provider(claire.url),
                    stores[0].account_id(),
                ),
                Service(
                    Site(bob.url, clock, stores[1], bob_config),
                    Provider(bob.url, token=BOB_TOKEN),
                    stores[1].account_id("bob"),
                ),
            )
    finally:
        for store in stores:
            store.close()


def test_a_client_never_uses_the_allowance_of_another_consultants_client_with_the_same_id(
    services: tuple[Service, Service],
):
    claire, bob = services
    assert "<Dial" in claire.call(MARC, "marc-1")
    assert "<Dial" in claire.call(MARC, "marc-2")  # Claire's client used its 2 calls
    first = bob.call(PAUL, "paul-1")
    assert "<Dial" in first, "Bob's client's first call of the week must ring"
    second = bob.call(PAUL, "paul-2")
    assert "<Dial" not in second and "<Record" in second
    store = claire.site.store
    mine = [e for e in store.events(claire.account) if e.kind == "call"]
    his = [e for e in store.events(bob.account) if e.kind == "call"]
    assert [e.sid for e in mine] == [provider_sid("CA", "marc-1"), provider_sid("CA", "marc-2")]
    assert [e.sid for e in his] == [provider_sid("CA", "paul-1"), provider_sid("CA", "paul-2")]
    # Bob's second call is refused on his client's own count: 1 of 1, not Claire's calls.
    assert (
        his[1].detail["reason"] == "ad-hoc allowance for Horizon Plomberie used: 1 of 1 this week"
    )


def test_each_service_lists_and_counts_only_its_own_accounts_events(
    services: tuple[Service, Service],
):
    claire, bob = services
    claire.call(MARC, "marc-1")
    bob.call(PAUL, "paul-1")
    headers = {"Authorization": f"Bearer {API}"}
    for service, sid in ((claire, "marc-1"), (bob, "paul-1")):
        listed = httpx.get(service.site.url + "/api/events", headers=headers, timeout=10).json()
        assert [e["sid"] for e in listed if e["kind"] == "call"] == [provider_sid("CA", sid)]
    with signed_in(bob.site, BOB) as client:
        week = client.get("/")
    assert week.status_code == 200 and "Horizon Plomberie" in week.text
    assert "Association Horizon" not in week.text


def test_a_webhook_signed_with_another_consultants_token_is_refused_and_stores_nothing(
    services: tuple[Service, Service],
):
    claire, bob = services
    wrongly_signed = Provider(bob.site.url)  # Claire's token, Bob's service
    params = {"CallSid": provider_sid("CA", "x"), "From": PAUL, "To": "+33180"}
    assert wrongly_signed.post("/twilio/voice", params).status_code == 403
    assert (
        Provider(claire.site.url, token=BOB_TOKEN).post("/twilio/voice", params).status_code == 403
    )
    assert claire.site.store.events(claire.account) == []
    assert claire.site.store.events(bob.account) == []


def test_a_login_of_another_account_is_told_which_service_serves_it_and_sees_no_data(
    services: tuple[Service, Service],
):
    claire, bob = services
    claire.call(MARC, "marc-1")
    bob.call(PAUL, "paul-1")
    pages = [
        "/",
        "/clients/horizon",
        "/outbox",
        "/calendar",
        "/settings",
        "/charts/horizon.light.svg",
    ]
    with signed_in(bob.site, CLAIRE) as client:  # Claire's login, Bob's service
        for path in pages:
            page = client.get(path)
            assert page.status_code == 403, (path, page.text[:3000])
            for name in ("Horizon", "Plomberie", "Bob Durand", "Claire Martin", "+33", "@"):
                assert name not in page.text, (path, name)
        week = client.get("/").text
        assert "« bob »" in week and "--account default" in week  # who serves what
        token = csrf_of(week)
        refused = client.post(
            "/outbox", data={"csrf": token, "key": "reply:horizon:2026-11-30", "action": "discard"}
        )
        assert refused.status_code == 403
        assert client.post("/language", data={"csrf": token, "lang": "en"}).status_code == 303
        english = client.get("/").text
        assert "This service serves the account “bob”" in english
        assert client.post("/logout", data={"csrf": token}).status_code == 303
    with signed_in(claire.site, BOB) as client:  # and the other way round
        page = client.get("/clients/horizon")
        assert page.status_code == 403 and "Association" not in page.text
        assert "--account bob" in page.text
    with signed_in(claire.site) as client:
        assert "Association Horizon" in client.get("/").text


# -- the commands ------------------------------------------------------------------------------


def test_two_serve_processes_on_one_database_each_store_in_their_own_account(tmp_path: Path):
    """The reproduction of newcomer6 H1, with `serve --account` (Bob's with two workers)."""
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    claire_toml = (
        (EXAMPLES / "boundaries.toml")
        .read_text(encoding="utf-8")
        .replace('["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]', '["mon-sun 00:00-24:00"]')
    )
    # the services run on the wall clock: no standing call of another client may be going on
    claire_toml = re.sub(
        r"standing_calls = \[.*?\]\n", "standing_calls = []\n", claire_toml, flags=re.S
    )
    (tmp_path / "claire.toml").write_text(claire_toml, encoding="utf-8")
    (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
    log = tmp_path / "serve.log"
    made = CliRunner().invoke(
        cli,
        ["user", "add", BOB[0], "--account", "bob", "--create", "--database", database],
        env={"BOUNDARIES_PASSWORD": BOB[1]},
    )
    assert made.exit_code == 0, made.output  # Bob's account, made with his login
    with (
        Served(tmp_path / "claire.toml", database, log) as claire,
        Served(
            tmp_path / "bob.toml", database, log, workers=2, account="bob", token=BOB_TOKEN
        ) as bob,
    ):
        for n in (1, 2):
            params = {"CallSid": provider_sid("CA", f"m{n}"), "From": MARC, "To": "+33180"}
            answer = Provider(claire.url, public=claire.url).post("/twilio/voice", params)
            assert "<Dial" in answer.text
        params = {"CallSid": provider_sid("CA", "p1"), "From": PAUL, "To": "+33180"}
        answer = Provider(bob.url, token=BOB_TOKEN, public=bob.url).post("/twilio/voice", params)
        assert answer.status_code == 200 and "<Dial" in answer.text, answer.text
    assert "compte « bob »" in bob.output()  # in the consultant's language (fix9)

    def listed(account: str) -> list[dict[str, object]]:
        result = CliRunner().invoke(
            cli, ["events", "--database", database, "--account", account, "--json"]
        )
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines() if line.strip()]

    assert [e["sid"] for e in listed("bob")] == [provider_sid("CA", "p1")]
    assert [e["sid"] for e in listed("default")] == [
        provider_sid("CA", "m1"),
        provider_sid("CA", "m2"),
    ]


def test_simulate_save_stores_in_the_account_it_is_given(tmp_path: Path):
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    args = ["simulate", "--config", str(EXAMPLES / "boundaries.toml")]
    args += ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    add = ["user", "add", CLAIRE[0], "--account", "claire", "--create", "--database", database]
    made = CliRunner().invoke(cli, add, env={"BOUNDARIES_PASSWORD": CLAIRE[1]})
    assert made.exit_code == 0, made.output
    result = CliRunner().invoke(cli, [*args, "--account", "claire", "--json"])
    assert result.exit_code == 0, result.output
    assert "dans le compte « claire »" in result.output
    store = Store.open(database)
    try:
        assert len(store.events(store.account_id("claire"))) == 163
        assert store.events(store.account_id()) == []
    finally:
        store.close()


def test_simulate_account_without_save_is_refused_with_the_fix():
    args = ["simulate", "--config", str(EXAMPLES / "boundaries.toml")]
    args += ["--events", str(EXAMPLES / "events.jsonl"), "--account", "bob"]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "Fix: add --save, or drop --account." in " ".join(refused.output.split())


@pytest.mark.parametrize("command", ["serve", "simulate"])
def test_serve_and_simulate_say_what_account_means_and_refuse_a_bad_name(command: str):
    helped = CliRunner().invoke(cli, [command, "--help"])
    assert "--account" in helped.output
    extra = ["--events", str(EXAMPLES / "events.jsonl"), "--save"] if command == "simulate" else []
    refused = CliRunner().invoke(
        cli, [command, "--config", str(EXAMPLES / "boundaries.toml"), *extra, "--account", "Bob D"]
    )
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "account name 'Bob D'" in refused.output and "Fix:" in refused.output


def test_the_report_of_each_account_counts_only_its_own_calls(
    services: tuple[Service, Service], db_url: str, tmp_path: Path
):
    """`report --account` (what the dashboard shows) holds none of the other account's
    calls, though both consultants have a client "horizon"."""
    claire, bob = services
    claire.call(MARC, "marc-1")
    for n in range(3):
        bob.call(PAUL, f"paul-{n}")
        bob.site.clock.now += timedelta(minutes=30)
    (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
    now = (MONDAY_10 + timedelta(hours=3)).isoformat()
    calls = {}
    for account, config in (
        ("default", EXAMPLES / "boundaries.toml"),
        ("bob", tmp_path / "bob.toml"),
    ):
        args = ["report", "--config", str(config), "--database", db_url, "--account", account]
        result = CliRunner().invoke(cli, [*args, "--json", "--client", "horizon", "--now", now])
        assert result.exit_code == 0, result.output
        [horizon] = json.loads(result.output)["clients"]
        calls[account] = horizon["calls"]
    assert calls == {"default": 1, "bob": 3}


# -- a service started without an account of its own --------------------------------------------


def test_a_second_consultants_service_without_its_own_account_is_refused(tmp_path: Path):
    """The way newcomer6 H1 came about: Bob's service started on the shared database without
    --account would store his calls in Claire's account. It is refused, naming both and the
    fix, and nothing of his is stored; with --account bob it starts."""
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
    claire = ["--config", str(EXAMPLES / "boundaries.toml")]
    bob = ["--config", str(tmp_path / "bob.toml")]
    saved = ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    assert CliRunner().invoke(cli, ["simulate", *claire, *saved]).exit_code == 0
    for args in (
        ["simulate", *bob, *saved],
        ["serve", *bob, "--database", database, "--port", str(free_port())],
    ):
        refused = CliRunner(env={"TWILIO_AUTH_TOKEN": BOB_TOKEN}).invoke(cli, args)
        assert refused.exit_code == 1 and "Traceback" not in refused.output, refused.output
        said = " ".join(refused.output.split())
        # In Bob's language, French (fix9, finding 3).
        assert "le compte « default » est réservé à Claire Martin <claire@conseil.example>" in said
        assert "décrit Bob Durand <bob@durand.example>" in said
        assert "Solution : donnez à ce consultant un compte à lui (`boundaries user add " in said
        assert "bob@durand.example --account bob` le crée ; ensuite --account bob" in said
    store = Store.open(database)
    try:
        assert len(store.events(store.account_id())) == 163  # Claire's replay, nothing of Bob's
    finally:
        store.close()
    add = ["user", "add", BOB[0], "--account", "bob", "--database", database]
    made = CliRunner().invoke(cli, add, env={"BOUNDARIES_PASSWORD": BOB[1]})
    assert made.exit_code == 0, made.output
    saved_bob = CliRunner().invoke(cli, ["simulate", *bob, *saved, "--account", "bob"])
    assert saved_bob.exit_code == 0, saved_bob.output


def test_the_same_consultant_with_a_corrected_address_keeps_the_account(tmp_path: Path):
    from boundaries.store.accounts import consultant_clash

    claire = ("Claire Martin", "claire@conseil.example")
    assert consultant_clash("default", (None, None), claire) is None
    assert consultant_clash("default", claire, ("Claire  martin", "claire@new.example")) is None
    assert consultant_clash("default", claire, ("Claire Dupont", "CLAIRE@conseil.example")) is None
    clash = consultant_clash("default", claire, ("Bob Durand", "bob@durand.example"))
    assert clash is not None and "--account bob" in clash
    database = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    store = Store.open(database)
    try:
        first = store.consultant_account("default", claire, serves=True)
        again = store.consultant_account("default", ("Claire Martin", "claire@new.example"))
        assert again == first
        store.account_id("bob")
        assert store.consultant_account("bob", ("Bob Durand", "bob@durand.example")) != first
    finally:
        store.close()


# -- every command with a configuration checks whose account it is (newcomer7 H1, M1, M2) ------


def _dump(database: str) -> list[str]:
    """Every row of the SQLite database, to compare before and after a refused command."""
    import sqlite3

    with sqlite3.connect(database.removeprefix("sqlite:///")) as db:
        return list(db.iterdump())


def _add_login(database: str, who: tuple[str, str], account: str, *more: str) -> None:
    args = ["user", "add", who[0], "--account", account, "--database", database, *more]
    made = CliRunner().invoke(cli, args, env={"BOUNDARIES_PASSWORD": who[1]})
    assert made.exit_code == 0, made.output


# Every command that takes a configuration and --account, with what else it needs.
CONFIG_COMMANDS = [
    ["events"],
    ["report", "--client", "horizon"],
    ["coach", "--client", "horizon"],
    ["coach", "--client", "horizon", "--record", "talk", "--on", "2026-11-30"],
    ["skip", "--client", "horizon", "--on", "2026-12-07", "--now", "2026-12-01T10:00:00+01:00"],
    ["mail", "sync", "--now", "2026-12-01T17:05:00+01:00"],
    ["calendar", "url"],
    ["calendar", "push"],
]


@pytest.fixture
def bobs_account(tmp_path: Path) -> tuple[str, Path]:
    """A database with Claire's month under "default" and Bob's account "bob", made by `user
    add` with his login and not served yet; and Claire's configuration with a CalDAV calendar
    (for `calendar push`, which needs one before it reads the store)."""
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    claire = tmp_path / "claire.toml"
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    claire.write_text(text + '\n[calendar]\ncaldav_url = "http://127.0.0.1:9/"\n', "utf-8")
    saved = ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    assert CliRunner().invoke(cli, ["simulate", "--config", str(claire), *saved]).exit_code == 0
    _add_login(database, BOB, "bob")
    return database, claire


@pytest.mark.parametrize("served", [False, True], ids=["made-by-user-add", "served-by-bob"])
@pytest.mark.parametrize("command", CONFIG_COMMANDS, ids=" ".join)
def test_a_command_with_one_consultants_configuration_never_touches_anothers_account(
    bobs_account: tuple[str, Path], tmp_path: Path, command: list[str], served: bool
):
    """newcomer7 H1 (`mail sync --config claire.toml --account bob` queued Bob's client's
    voicemail as a reply to Claire's client) and M2: Claire's configuration is refused Bob's
    account, whether his service has claimed it or only his login was made, and nothing is
    read or written; the message names both and the fix."""
    database, claire = bobs_account
    if served:
        (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
        bob = ["simulate", "--config", str(tmp_path / "bob.toml"), "--account", "bob"]
        bob += ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
        assert CliRunner().invoke(cli, bob).exit_code == 0
    before = _dump(database)
    args = [*command, "--config", str(claire), "--database", database, "--account", "bob"]
    refused = CliRunner().invoke(cli, args)
    said = " ".join(refused.output.split())
    assert refused.exit_code == 1 and "Traceback" not in said, said
    if served:  # in Claire's language, French (fix9, finding 3)
        assert "le compte « bob » est réservé à Bob Durand <bob@durand.example>" in said
    else:
        assert "le compte « bob » a été créé pour l'identifiant bob@durand.example" in said
    assert "cette configuration décrit Claire Martin <claire@conseil.example>" in said
    assert "Solution :" in said
    assert _dump(database) == before
    own = [*command, "--config", str(claire), "--database", database, "--account", "default"]
    allowed = CliRunner().invoke(cli, own)  # her own account: no refusal of this kind
    assert "réservé à" not in allowed.output and "a été créé pour" not in allowed.output


def test_a_service_with_the_wrong_account_does_not_take_over_a_new_login_account(
    bobs_account: tuple[str, Path], tmp_path: Path
):
    """newcomer7 M2: Claire's service started with --account bob (made by `user add` for
    Bob's login) is refused before it writes anything, so Bob's own service still starts;
    adding the configuration's address as a login is the explicit way to hand it over."""
    database, claire = bobs_account
    (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
    saved = ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    before = _dump(database)
    for args in (
        ["simulate", "--config", str(claire), *saved],
        ["serve", "--config", str(claire), "--database", database, "--port", str(free_port())],
    ):
        refused = CliRunner(env={"TWILIO_AUTH_TOKEN": TOKEN}).invoke(
            cli, [*args, "--account", "bob"]
        )
        said = " ".join(refused.output.split())
        assert refused.exit_code == 1 and "Traceback" not in said, said
        assert "le compte « bob » a été créé pour l'identifiant bob@durand.example" in said
        assert "boundaries user add claire@conseil.example --account bob --join" in said
    assert _dump(database) == before
    bob = ["simulate", "--config", str(tmp_path / "bob.toml"), *saved, "--account", "bob"]
    assert CliRunner().invoke(cli, bob).exit_code == 0
    _add_login(database, ("claire@conseil.example", "another long passphrase"), "team")
    team = CliRunner().invoke(
        cli, ["simulate", "--config", str(claire), *saved, "--account", "team"]
    )
    assert team.exit_code == 0, team.output  # her own login: she may serve it


@pytest.mark.parametrize("command", ["serve", "simulate"])
def test_serve_and_save_refuse_an_account_the_database_does_not_hold(tmp_path: Path, command: str):
    """newcomer7 M1: `serve --account typo` and `simulate --save --account nosuch` made a new,
    empty account; now refused (rc 1) naming the accounts held and `user add` as the fix, and
    no account is made. `default` is still made by the first service."""
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    claire = ["--config", str(EXAMPLES / "boundaries.toml")]
    saved = ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    assert CliRunner().invoke(cli, ["simulate", *claire, *saved]).exit_code == 0  # `default`
    if command == "serve":
        args = ["serve", *claire, "--database", database, "--port", str(free_port())]
    else:
        args = ["simulate", *claire, *saved]
    before = _dump(database)
    refused = CliRunner(env={"TWILIO_AUTH_TOKEN": TOKEN}).invoke(cli, [*args, "--account", "typo"])
    said = " ".join(refused.output.split())
    assert refused.exit_code == 1 and "Traceback" not in said, said
    assert "aucun compte « typo » dans cette base de données (elle contient « default »)" in said
    assert "`boundaries user add claire@conseil.example --account typo` le crée" in said
    assert "the service runs for" not in said
    assert _dump(database) == before


# -- a second login of an existing account (fix9, finding 2) ------------------------------------

CLAIRE_LOGIN = ("claire@conseil.example", "claire's long passphrase")


def _user_add(
    database: str, email: str, *more: str, password: str | None = None
) -> tuple[int, str]:
    """`user add EMAIL … --database`, the password from the environment only when given (a
    refusal must come before the password is asked for)."""
    env = {"BOUNDARIES_PASSWORD": password} if password else {"BOUNDARIES_PASSWORD": ""}
    result = CliRunner().invoke(cli, ["user", "add", email, *more, "--database", database], env=env)
    said = " ".join(result.output.split())
    assert "Traceback" not in said, said
    return result.exit_code, said


@pytest.mark.parametrize("served", [False, True], ids=["made-by-user-add", "served-by-bob"])
def test_user_add_does_not_let_a_login_into_another_consultants_account_unless_told_to_join(
    bobs_account: tuple[str, Path], tmp_path: Path, served: bool
):
    """`user add EMAIL --account bob` used to add Claire's address to Bob's account without a
    word, and her login then saw all of his calls (and her configuration could claim it).
    A login of an account that is someone's is added only with --join; the refusal names
    whose the account is, the fix (--join, or an account of her own), and comes before the
    password is asked for; nothing is written."""
    database, _claire = bobs_account
    if served:
        (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
        bob = ["simulate", "--config", str(tmp_path / "bob.toml"), "--account", "bob"]
        bob += ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
        assert CliRunner().invoke(cli, bob).exit_code == 0
    before = _dump(database)
    code, said = _user_add(database, CLAIRE_LOGIN[0], "--account", "bob")
    assert code == 1, said
    assert said.startswith("Error: account 'bob' already exists ("), said
    assert "bob@durand.example" in said
    if served:
        assert "kept for Bob Durand <bob@durand.example>" in said
    assert "a login of it sees all of its calls" in said
    assert "run the command again with --join" in said and "(--account claire)" in said
    assert _dump(database) == before
    # A --join that names no account is refused too: it would make a new one from a typo.
    code, said = _user_add(database, CLAIRE_LOGIN[0], "--account", "bbo", "--join")
    assert code == 1 and "no account 'bbo' in this database to join" in said, said
    assert "without --join" in said and _dump(database) == before
    # Said explicitly, the login is added beside Bob's, and sees his account.
    code, said = _user_add(
        database, "assistant@durand.example", "--account", "bob", "--join", password=BOB[1]
    )
    assert code == 0 and "added to account bob" in said and "bob@durand.example" in said, said
    store = Store.open(database)
    try:
        user = Logins(store).user("assistant@durand.example")
        assert user is not None and user.account == "bob"
        assert Logins(store).user(CLAIRE_LOGIN[0]) is None
    finally:
        store.close()


def test_a_new_password_for_a_login_of_another_account_than_the_one_named_is_refused(
    bobs_account: tuple[str, Path],
):
    """`user add bob@… --update --account default` used to reset Bob's password although
    his login is of account "bob", without a word: the account named is checked, the
    password left as it was, and the fix named; without --account it is his login's own."""
    database, _claire = bobs_account
    before = _dump(database)
    code, said = _user_add(
        database, BOB[0], "--update", "--account", "default", password="another long secret"
    )
    assert code == 1, said
    assert "belongs to account 'bob', not 'default'" in said and "--account bob" in said
    assert _dump(database) == before
    code, said = _user_add(database, BOB[0], "--update", password="another long secret")
    assert code == 0 and "New password set for bob@durand.example" in said, said


def test_an_account_whose_logins_were_removed_is_still_its_consultants(
    bobs_account: tuple[str, Path], tmp_path: Path
):
    """Bob's account, served by his configuration, keeps being his when its only login is
    removed: a new login of another address needs --join; his own configured address does
    not."""
    database, _claire = bobs_account
    (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
    bob = ["simulate", "--config", str(tmp_path / "bob.toml"), "--account", "bob"]
    bob += ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    assert CliRunner().invoke(cli, bob).exit_code == 0
    removed = CliRunner().invoke(cli, ["user", "remove", BOB[0], "--database", database])
    assert removed.exit_code == 0, removed.output
    code, said = _user_add(database, CLAIRE_LOGIN[0], "--account", "bob")
    assert code == 1 and "(kept for Bob Durand <bob@durand.example>)" in said, said
    code, said = _user_add(database, BOB[0], "--account", "bob", password=BOB[1])
    assert code == 0 and said.startswith("Login created: bob@durand.example (account bob)"), said


def test_the_single_consultants_default_account_takes_its_first_login_freely_and_no_second(
    tmp_path: Path,
):
    """`default`, made and claimed by the first `serve` (here `simulate --save`), takes its
    first login whatever the address (a personal one, an assistant's); a second login is a
    --join like any other."""
    database = f"sqlite:///{tmp_path / 'single.sqlite3'}"
    saved = ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    claire = ["simulate", "--config", str(EXAMPLES / "boundaries.toml"), *saved]
    assert CliRunner().invoke(cli, claire).exit_code == 0
    code, said = _user_add(database, "claire.martin@perso.example", password=CLAIRE_LOGIN[1])
    assert code == 0 and "(account default)" in said, said
    code, said = _user_add(database, BOB[0])
    assert code == 1 and "account 'default' already exists (kept for Claire Martin" in said
    assert "with the login claire.martin@perso.example" in said, said
    code, said = _user_add(database, BOB[0], "--join", password=BOB[1])
    assert code == 0 and "added to account default" in said, said


def test_the_hand_over_the_refusal_names_works(bobs_account: tuple[str, Path], tmp_path: Path):
    """The refusal of Claire's configuration on an account made for Bob's login says how to
    hand it over if it is hers after all: that command (with --join) works, and then her
    service may claim it."""
    database, claire = bobs_account
    _add_login(database, CLAIRE_LOGIN, "bob", "--join")
    saved = ["--events", str(EXAMPLES / "events.jsonl"), "--save", "--database", database]
    took = CliRunner().invoke(
        cli, ["simulate", "--config", str(claire), *saved, "--account", "bob"]
    )
    assert took.exit_code == 0, took.output


@pytest.mark.parametrize("join", [[], ["--join"]], ids=["new-account", "join"])
def test_adding_an_existing_login_again_makes_no_account(
    bobs_account: tuple[str, Path], join: list[str]
):
    """trial32 §3: `user add bob@… --account typo [--join]` was refused ("there is already a
    login") after the account `typo` had been made, so the typo became an account that later
    commands listed and accepted. The refusal now comes first; nothing is written."""
    database, _claire = bobs_account
    before = _dump(database)
    code, said = _user_add(database, BOB[0], "--account", "typo", *join, password=BOB[1])
    assert code == 1, said
    assert f"there is already a login for {BOB[0]}" in said, said
    assert _dump(database) == before


def test_mail_sync_without_account_on_a_database_of_other_accounts_is_refused(tmp_path: Path):
    """trial52 §10: `mail sync` without --account on a database holding 'bob' made an empty
    'default' account, read and sent nothing and exited 0: a cron line that forgot --account
    looked healthy. It is refused, naming the accounts held; nothing is made."""
    database = f"sqlite:///{tmp_path / 'firm.sqlite3'}"
    (tmp_path / "bob.toml").write_text(BOB_TOML, encoding="utf-8")
    _add_login(database, BOB, "bob", "--create")
    sync = ["mail", "sync", "--config", str(tmp_path / "bob.toml"), "--database", database]
    result = CliRunner().invoke(cli, sync)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    # (Bob's configuration is French: said in his language)
    assert "aucun compte « default »" in said and "« bob »" in said and "--account" in said, said
    store = Store.open(database)
    try:
        assert store.account_names() == ["bob"]
    finally:
        store.close()
