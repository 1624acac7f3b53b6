"""The dashboard's login and safety (SPEC §12, OWASP ASVS L1), over real HTTP to the app
under uvicorn: redirects, CSRF, throttling, cookies, headers, logout, account isolation."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.store import Store
from boundaries.store.users import Logins
from tests.dashboard_support import (
    CLAIRE,
    OTHER,
    Site,
    csrf_of,
    running_site,
    signed_in,
)
from tests.store_support import served_database

PAGES = ["/", "/clients/horizon", "/outbox", "/calendar", "/settings", "/charts/horizon.light.svg"]
FORMS = ["/logout", "/language", "/outbox"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """One running app for the tests that only read (sessions are per test)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('dash') / 'b.sqlite3'}"
    with running_site(url) as s:
        yield s


@pytest.fixture
def own_site(db_url: str) -> Iterator[Site]:
    """A running app of its own (SQLite, then PostgreSQL), for tests that change state."""
    with running_site(db_url) as s:
        yield s


def anonymous(site: Site) -> httpx.Client:
    return httpx.Client(base_url=site.url, follow_redirects=False, timeout=30)


def wrong_login(client: httpx.Client, email: str, password: str = "not the password!") -> int:
    page = client.get("/login")
    return client.post(
        "/login", data={"csrf": csrf_of(page.text), "email": email, "password": password}
    ).status_code


# -- `boundaries user add` ------------------------------------------------------------------


def test_user_add_stores_an_argon2_hash_and_never_the_password(tmp_path: Path):
    url = served_database(tmp_path / "b.sqlite3")
    result = CliRunner().invoke(
        cli,
        ["user", "add", "Claire@Conseil.example", "--database", url],
        env={"BOUNDARIES_PASSWORD": "correct horse battery"},
    )
    assert result.exit_code == 0, result.output
    store = Store.open(url)
    user = Logins(store).user("claire@conseil.example")
    store.close()
    assert user is not None and user.password_hash.startswith("$argon2id$")
    assert "correct horse battery" not in user.password_hash


def test_user_add_twice_says_how_to_change_the_password(tmp_path: Path):
    url = served_database(tmp_path / "b.sqlite3")
    env = {"BOUNDARIES_PASSWORD": "correct horse battery"}
    CliRunner().invoke(cli, ["user", "add", "a@b.example", "--database", url], env=env)
    again = CliRunner().invoke(cli, ["user", "add", "a@b.example", "--database", url], env=env)
    assert again.exit_code == 1 and "--update" in again.output
    idempotent = CliRunner().invoke(
        cli, ["user", "add", "a@b.example", "--if-missing", "--database", url], env=env
    )
    assert idempotent.exit_code == 0 and "already exists" in idempotent.output


@pytest.mark.parametrize(
    ("email", "password", "problem"),
    [
        ("a@b.example", "short", "at least 12"),
        ("not-an-address", "correct horse battery", "not an e-mail address"),
    ],
)
def test_user_add_refuses_bad_input_with_the_fix(
    tmp_path: Path, email: str, password: str, problem: str
):
    url = served_database(tmp_path / "b.sqlite3")
    result = CliRunner().invoke(
        cli, ["user", "add", email, "--database", url], env={"BOUNDARIES_PASSWORD": password}
    )
    assert result.exit_code != 0 and problem in result.output
    assert "Traceback" not in result.output


# -- every page behind the login -------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_a_logged_out_visitor_is_sent_to_the_login(site: Site, path: str):
    with anonymous(site) as client:
        answer = client.get(path)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login")
    assert "Horizon" not in answer.text


@pytest.mark.parametrize("path", FORMS)
def test_a_logged_out_form_changes_nothing_and_goes_to_the_login(site: Site, path: str):
    with anonymous(site) as client:
        answer = client.post(path, data={"csrf": "x", "key": "k", "action": "approve"})
    assert answer.status_code == 303 and answer.headers["location"] == "/login"


def test_the_login_comes_back_to_the_page_asked_for_but_never_to_another_site(site: Site):
    with anonymous(site) as client:
        page = client.get("/login?next=/settings")
        back = client.post(
            "/login",
            data={
                "csrf": csrf_of(page.text),
                "email": CLAIRE[0],
                "password": CLAIRE[1],
                "next": "/settings",
            },
        )
        assert back.headers["location"] == "/settings"
    with anonymous(site) as client:
        page = client.get("/login")
        away = client.post(
            "/login",
            data={
                "csrf": csrf_of(page.text),
                "email": CLAIRE[0],
                "password": CLAIRE[1],
                "next": "//evil.example/",
            },
        )
        assert away.headers["location"] == "/"


# -- CSRF ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", FORMS)
@pytest.mark.parametrize("token", [None, "forged-token", ""])
def test_a_form_without_its_csrf_token_is_refused(site: Site, path: str, token: str | None):
    with signed_in(site) as client:
        data = {"lang": "en", "back": "/", "key": "k", "action": "discard"}
        if token is not None:
            data["csrf"] = token
        answer = client.post(path, data=data)
        assert answer.status_code == 403
        # The session survived: a forged logout did not log anyone out.
        assert client.get("/").status_code == 200


def test_a_login_form_without_its_csrf_token_is_refused(site: Site):
    with anonymous(site) as client:
        answer = client.post("/login", data={"email": CLAIRE[0], "password": CLAIRE[1]})
    assert answer.status_code == 403
    assert not any("boundaries_session" in v for v in answer.headers.get_list("set-cookie"))


def test_a_token_from_another_session_is_refused(site: Site):
    with signed_in(site) as mine, signed_in(site) as theirs:
        their_token = csrf_of(theirs.get("/").text)
        answer = mine.post("/language", data={"csrf": their_token, "lang": "en", "back": "/"})
        assert answer.status_code == 403


def test_an_oversized_form_is_refused_before_it_is_read(site: Site):
    with signed_in(site) as client:
        token = csrf_of(client.get("/").text)
        answer = client.post("/outbox", data={"csrf": token, "text": "x" * 100_000})
    assert answer.status_code == 413
    assert "text/html" in answer.headers["content-type"] and "64 Kio" in answer.text  # in French


def test_an_empty_or_json_post_is_not_called_too_long(site: Site):
    """trial60 §5: an empty POST, or one with a JSON body, was answered 413 « Ce formulaire
    était trop long ». Empty, it is an empty form refused for its missing CSRF token (403);
    JSON is not a form of the page (415); each says so."""
    with signed_in(site) as client:
        empty = client.post("/outbox", headers={"Content-Length": "0"})
        json_body = client.post("/outbox", json={})
        assert client.get("/").status_code == 200  # still signed in
    assert empty.status_code == 403 and "trop long" not in empty.text
    assert json_body.status_code == 415 and "trop long" not in json_body.text
    assert "pas un formulaire de cette page" in json_body.text
    with anonymous(site) as client:
        login_empty = client.post("/login", headers={"Content-Length": "0"})
    assert login_empty.status_code == 403 and "bien plus long" not in login_empty.text


def test_an_oversized_login_form_gets_the_login_page_saying_so(site: Site):
    client = anonymous(site)
    page = client.get("/login")
    token = csrf_of(page.text)
    answer = client.post("/login", data={"csrf": token, "email": "x" * 20_000, "password": "p"})
    assert answer.status_code == 413
    assert "text/html" in answer.headers["content-type"]
    assert "bien plus long" in answer.text and 'name="password"' in answer.text


# -- throttling ---------------------------------------------------------------------------


def test_the_eleventh_wrong_password_in_a_minute_is_throttled(own_site: Site):
    with anonymous(own_site) as client:
        assert [wrong_login(client, CLAIRE[0]) for _ in range(10)] == [401] * 10
        assert wrong_login(client, CLAIRE[0]) == 429
        # Throttled means not even the right password opens it, until the minute is over.
        assert wrong_login(client, CLAIRE[0], CLAIRE[1]) == 429
        own_site.clock.now += timedelta(minutes=1, seconds=1)
        assert wrong_login(client, CLAIRE[0], CLAIRE[1]) == 303


def test_failures_are_throttled_per_account_whatever_the_address(site: Site):
    # Ten wrong passwords for one account from ten addresses of the loopback network.
    for n in range(10):
        transport = httpx.HTTPTransport(local_address=f"127.0.0.{n + 10}")
        with httpx.Client(base_url=site.url, transport=transport, timeout=30) as client:
            assert wrong_login(client, OTHER[0]) == 401
    transport = httpx.HTTPTransport(local_address="127.0.0.99")
    with httpx.Client(base_url=site.url, transport=transport, timeout=30) as client:
        assert wrong_login(client, OTHER[0], OTHER[1]) == 429
    site.clock.now += timedelta(minutes=2)


def test_failures_are_throttled_per_address_whatever_the_account(site: Site):
    transport = httpx.HTTPTransport(local_address="127.0.0.200")
    with httpx.Client(base_url=site.url, transport=transport, timeout=30) as client:
        for n in range(10):
            assert wrong_login(client, f"guess{n}@conseil.example") == 401
        assert wrong_login(client, CLAIRE[0], CLAIRE[1]) == 429
    with signed_in(site) as other_address:  # 127.0.0.1 is not affected
        assert other_address.get("/").status_code == 200
    site.clock.now += timedelta(minutes=2)


# -- cookies, headers, logout -------------------------------------------------------------


def test_session_cookie_is_httponly_samesite_lax_and_secure_when_configured(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    with running_site(url, secure_cookies=True) as s, anonymous(s) as client:
        token = csrf_of(client.get("/login").text)
        # httpx keeps Secure cookies for HTTPS; send the login form's cookie by hand.
        answer = client.post(
            "/login",
            data={"csrf": token, "email": CLAIRE[0], "password": CLAIRE[1]},
            headers={"cookie": f"boundaries_login_csrf={token}"},
        )
    cookie = next(v for v in answer.headers.get_list("set-cookie") if v.startswith("__Host-"))
    lowered = cookie.lower()
    assert "httponly" in lowered and "samesite=lax" in lowered and "secure" in lowered
    assert "path=/" in lowered and "domain=" not in lowered


def test_pages_send_the_security_headers(site: Site):
    with signed_in(site) as client:
        for path in ["/", "/login", "/clients/horizon"]:
            headers = client.get(path).headers
            csp = headers["content-security-policy"]
            assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
            assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
            assert headers["x-content-type-options"] == "nosniff"
            assert headers["cache-control"] == "no-store"


def test_the_browsers_favicon_request_finds_the_icon_without_a_login(site: Site):
    with anonymous(site) as client:
        moved = client.get("/favicon.ico")
        assert moved.status_code == 301
        assert moved.headers["location"] == "/static/favicon.svg"
        icon = client.get(moved.headers["location"])
    assert icon.status_code == 200
    assert icon.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in icon.text


def test_pages_carry_no_inline_script(site: Site):
    with signed_in(site) as client:
        for path in ["/", "/clients/horizon", "/outbox", "/settings", "/calendar"]:
            html = client.get(path).text
            assert "<script>" not in html and "onclick" not in html.lower()


def test_logout_ends_the_session_for_good(site: Site):
    with signed_in(site) as client:
        stolen = dict(client.cookies)
        token = csrf_of(client.get("/").text)
        assert client.post("/logout", data={"csrf": token}).headers["location"] == "/login"
    with httpx.Client(base_url=site.url, cookies=stolen, timeout=30) as replay:
        assert replay.get("/").status_code == 303


def test_no_email_password_or_session_in_the_logs(site: Site, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    for name in ("uvicorn", "uvicorn.access", "uvicorn.error"):  # they do not propagate
        logging.getLogger(name).addHandler(caplog.handler)
    with anonymous(site) as client:
        wrong_login(client, CLAIRE[0])
    with signed_in(site) as client:
        cookie = next(iter(client.cookies.values()))
        client.get("/clients/horizon")
    # What the service logs (the test's own HTTP client logs what it sends, by design).
    logged = "\n".join(
        r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))
    )
    assert CLAIRE[0] not in logged and CLAIRE[1] not in logged and cookie not in logged
    assert "not the password!" not in logged
    assert "failed dashboard login" in logged  # the service does log, without the details
    for name in ("uvicorn", "uvicorn.access", "uvicorn.error"):
        logging.getLogger(name).removeHandler(caplog.handler)
    site.clock.now += timedelta(minutes=2)


# -- one account never sees another's --------------------------------------------------------


def test_a_second_account_sees_nothing_of_the_first(own_site: Site):
    with signed_in(own_site, OTHER) as client:
        for path in ("/", "/clients/horizon", "/charts/horizon.light.svg", "/settings", "/outbox"):
            page = client.get(path)
            assert page.status_code == 403, path
            for name in ("Horizon", "Vélo", "Harbor", "Claire", "+33", "marc@", "boundaries.toml"):
                assert name not in page.text, (path, name)
    with signed_in(own_site) as client:
        assert "Association Horizon" in client.get("/").text


def test_another_accounts_login_is_answered_in_its_browsers_language(own_site: Site):
    """trial44 §15: an English-speaking login of another account got this (French) service's
    page in French; with no language chosen, its browser's is used."""
    with signed_in(own_site, OTHER) as client:
        english = client.get("/", headers={"accept-language": "en-GB,en;q=0.9,fr;q=0.5"})
        french = client.get("/", headers={"accept-language": "fr-CA,fr;q=0.9,en;q=0.8"})
    assert english.status_code == 403 and 'lang="en"' in english.text
    assert "This service serves the account" in english.text
    assert french.status_code == 403 and "Ce service est celui du compte" in french.text


def test_a_second_account_is_told_which_service_serves_it(own_site: Site):
    """Newcomer3 L9, newcomer6 H1: another account was told to add clients to the
    configuration file, then that this service had no configuration for it, with no way to
    start one; it is now told which account this service serves and how to start its own."""
    with signed_in(own_site, OTHER) as client:
        week, calendar = client.get("/").text, client.get("/calendar").text
    for page in (week, calendar):
        assert "Ce service est celui du compte « default »" in page
        assert "--account autre-cabinet" in page
    assert "fichier de configuration, puis" not in week and "configuration file, then" not in week
    assert "boundaries calendar url" not in calendar
    with signed_in(own_site) as client:
        assert "boundaries calendar url" in client.get("/calendar").text


def test_acting_on_a_message_that_is_not_there_says_so_without_a_traceback(site: Site):
    with signed_in(site) as client:
        token = csrf_of(client.get("/outbox").text)
        answer = client.post(
            "/outbox", data={"csrf": token, "key": "reply:nobody:2026-11-06", "action": "approve"}
        )
        unknown = client.post("/outbox", data={"csrf": token, "key": "k", "action": "send-twice"})
    # Said for someone at the page, in its language (the consultant's: French); no such
    # message is a 404, not a conflict (trial60 §7)
    assert answer.status_code == 404 and "n'est pas dans vos envois" in html.unescape(answer.text)
    assert "Traceback" not in answer.text
    assert unknown.status_code == 400


@pytest.mark.parametrize("path", ["/lang/de", "/clientz", "/outbox/x/y", "/clients/horizon/nope"])
def test_an_unknown_page_gets_the_dashboards_own_404_in_the_sessions_language(
    site: Site, path: str
):
    with signed_in(site) as client:
        fr = client.get(path)
        assert fr.status_code == 404 and "text/html" in fr.headers["content-type"], fr.text
        assert "Cette page n&#39;existe pas." in fr.text and 'href="/"' in fr.text
        client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": "en"})
        en = client.get(path)
        assert en.status_code == 404 and "There is no such page." in en.text
        client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": "fr"})
    anonymous = httpx.get(site.url + path + "?lang=en", timeout=10)
    assert anonymous.status_code == 404 and "There is no such page." in anonymous.text
    assert "Claire" not in anonymous.text  # nothing of the account without a session


@pytest.mark.parametrize("path", ["/api/nope", "/twilio/nope", "/calendar/nope.ics"])
def test_an_unknown_path_for_programs_keeps_a_plain_404(site: Site, path: str):
    answer = httpx.get(site.url + path, timeout=10)
    assert answer.status_code == 404 and "<html" not in answer.text.lower()
