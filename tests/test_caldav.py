"""Standing calls written to a real CalDAV server: Radicale, started on a free loopback port
with a throwaway storage folder, and stopped afterwards."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest
import recurring_ical_events
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import parse_config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.caldav_sync import CalDAVChangedThere, CalDAVError, publish
from boundaries.integrations.calendar.feed import standing_calls_feed
from boundaries.store import Store
from boundaries.store.calendar import CalendarStore
from tests.conftest import BASE_TOML
from tests.gateway_support import free_port
from tests.store_support import served_database

pytest.importorskip("caldav")
pytest.importorskip("radicale")

USER, PASSWORD = "claire", "radicale-test"
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
PARIS_ZONE = ZoneInfo("Europe/Paris")


@contextmanager
def running_radicale(folder: Path, *options: str) -> Iterator[str]:
    """A Radicale server (`options` added to its command line) storing in `folder`, with an
    empty calendar of USER; yields that calendar's URL."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(folder / "radicale"),
            "--logging-level",
            "warning",
            *options,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/{USER}/standing-calls/"
    try:
        deadline = time.time() + 20
        while True:
            try:
                made = httpx.request("MKCALENDAR", url, auth=(USER, PASSWORD), timeout=2)
                assert made.status_code == 201, made.text
                break
            except httpx.TransportError:
                if time.time() > deadline or proc.poll() is not None:
                    raise RuntimeError("Radicale did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    """A Radicale server (any password accepted) with an empty calendar; yields its URL."""
    with running_radicale(tmp_path, "--auth-type", "none") as url:
        yield url


@pytest.fixture
def radicale_with_users(tmp_path: Path) -> Iterator[str]:
    """A Radicale server that checks passwords (USER and "bob") and lets each account reach
    only its own calendars; yields USER's empty calendar."""
    users = tmp_path / "users"
    users.write_text(f"{USER}:{PASSWORD}\nbob:bob-password\n", encoding="utf-8")
    options = ["--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users)]
    options += ["--auth-htpasswd-encryption", "plain", "--rights-type", "owner_only"]
    with running_radicale(tmp_path, *options) as url:
        yield url


def config_for(url: str) -> str:
    return BASE_TOML + f'\n[calendar]\ncaldav_url = "{url}"\ncaldav_username = "{USER}"\n'


def server_events(url: str) -> icalendar.Calendar:
    """Everything the CalDAV calendar holds, as one calendar (as a client would merge it)."""
    import caldav

    with caldav.DAVClient(url=url, username=USER, password=PASSWORD) as c:
        merged = icalendar.Calendar()
        for event in c.calendar(url=url).events():
            for component in icalendar.Calendar.from_ical(event.data).subcomponents:
                merged.add_component(component)
        return merged


def test_standing_calls_are_written_to_caldav_and_expand_to_the_decisions_slots(radicale):
    config = parse_config(config_for(radicale))
    skips = {("horizon", date(2026, 12, 11))}
    written, removed, _ = publish(config, standing_calls_feed(config, NOW, skips), PASSWORD)
    assert (written, removed) == (1, 0)
    merged = server_events(radicale)
    lo, hi = NOW, NOW + timedelta(days=366)
    shown = {
        e["DTSTART"].dt.astimezone(UTC) for e in recurring_ical_events.of(merged).between(lo, hi)
    }
    expected = {s.start for s in Calendar(config, skips).between("horizon", lo, hi)}
    assert shown == expected and datetime(2026, 12, 11, 9, 0, tzinfo=UTC) not in shown


def test_writing_again_replaces_and_removes_calls_no_longer_configured(radicale):
    two = config_for(radicale).replace(
        'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }]',
        'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }, '
        '{ rrule = "FREQ=WEEKLY;BYDAY=TU", start = "15:00", minutes = 20 }]',
    )
    config = parse_config(two)
    assert publish(config, standing_calls_feed(config, NOW), PASSWORD) == (2, 0, 0)
    one = parse_config(config_for(radicale))
    assert publish(one, standing_calls_feed(one, NOW), PASSWORD) == (0, 1, 1)
    uids = {str(e["UID"]) for e in server_events(radicale).walk("VEVENT")}
    assert uids == {"standing-horizon-0@boundaries"}


def test_a_standing_call_the_calendar_already_has_as_written_is_not_written_again(radicale):
    # trial33 §8: every push wrote every standing call again, so each calendar program that
    # follows the calendar fetched them all again; only a changed call is written now
    config = parse_config(config_for(radicale))
    feed = standing_calls_feed(config, NOW)
    assert publish(config, feed, PASSWORD) == (1, 0, 0)
    resource = f"{radicale}standing-horizon-0@boundaries.ics"
    etag = httpx.get(resource, auth=(USER, PASSWORD), timeout=5).headers["etag"]
    assert publish(config, standing_calls_feed(config, NOW + timedelta(hours=1)), PASSWORD) == (
        0,
        0,
        1,
    )
    assert httpx.get(resource, auth=(USER, PASSWORD), timeout=5).headers["etag"] == etag
    skipped = standing_calls_feed(config, NOW, {("horizon", date(2026, 12, 18))})
    assert publish(config, skipped, PASSWORD) == (1, 0, 0)
    assert exdates_there(radicale) == {date(2026, 12, 18)}
    assert httpx.get(resource, auth=(USER, PASSWORD), timeout=5).headers["etag"] != etag


def test_a_skip_undone_in_boundaries_is_not_taken_for_a_call_cancelled_there(radicale):
    # the days a copy was written with were kept apart by commas, and Radicale kept the first
    # one only: a second skip undone in Boundaries was then named "cancelled there"
    config = parse_config(config_for(radicale))
    two = {("horizon", date(2026, 12, 18)), ("horizon", date(2026, 12, 25))}
    assert publish(config, standing_calls_feed(config, NOW, two), PASSWORD) == (1, 0, 0)
    one = {("horizon", date(2026, 12, 18))}
    assert publish(config, standing_calls_feed(config, NOW, one), PASSWORD) == (1, 0, 0)
    assert exdates_there(radicale) == {date(2026, 12, 18)}


def test_calendar_push_command_writes_the_stored_skips(radicale, tmp_path: Path, monkeypatch):
    path = tmp_path / "b.toml"
    path.write_text(config_for(radicale), encoding="utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    store = Store.open(db)
    skip_day = next(
        s.day
        for s in Calendar(parse_config(config_for(radicale))).between(
            "horizon", datetime.now(UTC), datetime.now(UTC) + timedelta(days=8)
        )
    )
    CalendarStore(store, store.account_id()).skip("horizon", skip_day)
    store.close()
    monkeypatch.setenv("BOUNDARIES_CALDAV_PASSWORD", PASSWORD)
    run = CliRunner().invoke(cli, ["calendar", "push", "--config", str(path), "--database", db])
    assert run.exit_code == 0, run.output
    assert "1 point fixe écrit dans l'agenda CalDAV" in run.output  # fr consultant
    [master] = [e for e in server_events(radicale).walk("VEVENT") if "RRULE" in e]
    exdates = master["EXDATE"] if isinstance(master["EXDATE"], list) else [master["EXDATE"]]
    assert {d.dt.date() for ex in exdates for d in ex.dts} == {skip_day}
    # stamped when written (RFC 5545 §3.8.7.2), not 2000-01-01 (trial47 B7)
    assert abs(master["DTSTAMP"].dt - datetime.now(UTC)) < timedelta(minutes=5)


def edit_there(url: str, change) -> None:
    """Change the standing call of horizon in the CalDAV calendar as a calendar program does:
    read the resource, change its events (`change(calendar)`), write it back whole."""
    resource = f"{url}standing-horizon-0@boundaries.ics"
    got = httpx.get(resource, auth=(USER, PASSWORD), timeout=5)
    assert got.status_code == 200, got.text
    cal = icalendar.Calendar.from_ical(got.text)
    change(cal)
    put = httpx.put(
        resource,
        content=cal.to_ical(),
        auth=(USER, PASSWORD),
        headers={"Content-Type": "text/calendar; charset=utf-8"},
        timeout=5,
    )
    assert put.status_code in (201, 204), put.text


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS_ZONE)


def cancel_there(day: date):
    def change(cal: icalendar.Calendar) -> None:
        [master] = [e for e in cal.walk("VEVENT") if "RRULE" in e]
        master.add("exdate", at(day, 10, 0))

    return change


def move_there(day: date):
    def change(cal: icalendar.Calendar) -> None:
        [master] = [e for e in cal.walk("VEVENT") if "RRULE" in e]
        moved = icalendar.Event()
        moved.add("uid", str(master["UID"]))
        moved.add("summary", str(master["SUMMARY"]))
        moved.add("dtstamp", NOW)
        moved.add("recurrence-id", at(day, 10, 0))
        moved.add("dtstart", at(day, 15, 0))
        moved.add("dtend", at(day, 15, 30))
        cal.add_component(moved)

    return change


def exdates_there(url: str) -> set[date]:
    [master] = [e for e in server_events(url).walk("VEVENT") if "RRULE" in e]
    raw = master.get("EXDATE", [])
    return {d.dt.date() for ex in (raw if isinstance(raw, list) else [raw]) for d in ex.dts}


def test_a_call_cancelled_or_moved_in_the_caldav_calendar_is_kept_and_named_with_its_fix(
    radicale,
):
    # newcomer 12, M2: the next push wrote over the consultant's cancellation without a word
    config = parse_config(config_for(radicale))
    assert publish(config, standing_calls_feed(config, NOW), PASSWORD) == (1, 0, 0)
    edit_there(radicale, cancel_there(date(2026, 12, 18)))
    with pytest.raises(CalDAVChangedThere) as kept:
        publish(config, standing_calls_feed(config, NOW), PASSWORD)
    assert kept.value.pushed == (0, 0, 0)
    assert "Fix: boundaries skip --client horizon --on 2026-12-18" in str(kept.value)
    assert exdates_there(radicale) == {date(2026, 12, 18)}  # her cancellation is still there
    # once Boundaries has the same skip, its copy is written again (and is its own again)
    skips = {("horizon", date(2026, 12, 18)), ("horizon", date(2026, 12, 25))}
    assert publish(config, standing_calls_feed(config, NOW, skips), PASSWORD) == (1, 0, 0)
    assert exdates_there(radicale) == {date(2026, 12, 18), date(2026, 12, 25)}
    assert publish(config, standing_calls_feed(config, NOW, skips), PASSWORD) == (0, 0, 1)
    # a moved occurrence has no skip that says it: named, kept, until --overwrite
    edit_there(radicale, move_there(date(2027, 1, 8)))
    with pytest.raises(CalDAVChangedThere) as moved:
        publish(config, standing_calls_feed(config, NOW, skips), PASSWORD)
    assert "moved" in str(moved.value) and "--overwrite" in str(moved.value)
    # named with its day, its new time and the skip of that day (trial47 B5: "an occurrence
    # was moved" named neither)
    said = moved.value.said("en")
    assert "the call of 2027-01-08 was moved there to 2027-01-08 15:00" in said, said
    assert "boundaries skip --client horizon --on 2027-01-08" in said, said
    assert "l'appel du 2027-01-08 y a été déplacé au 2027-01-08 15:00" in moved.value.said("fr")
    assert len(list(server_events(radicale).walk("VEVENT"))) == 2
    assert publish(config, standing_calls_feed(config, NOW, skips), PASSWORD, True) == (1, 0, 0)
    assert len(list(server_events(radicale).walk("VEVENT"))) == 1


def test_calendar_push_says_what_was_changed_there_and_the_skip_that_settles_it(
    radicale, tmp_path: Path, monkeypatch
):
    path = tmp_path / "b.toml"
    path.write_text(config_for(radicale), encoding="utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    monkeypatch.setenv("BOUNDARIES_CALDAV_PASSWORD", PASSWORD)
    push = ["calendar", "push", "--config", str(path), "--database", db]
    assert CliRunner().invoke(cli, push).exit_code == 0
    now = datetime.now(UTC)
    day = (
        Calendar(parse_config(config_for(radicale)))
        .between("horizon", now + timedelta(days=8), now + timedelta(days=15))[0]
        .day
    )
    edit_there(radicale, cancel_there(day))
    refused = CliRunner().invoke(cli, push)
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert (
        "0 point fixe écrit dans l'agenda CalDAV, 0 retiré, 0 déjà à jour, 1 laissé"
    ) in refused.output
    assert f"boundaries skip --client horizon --on {day.isoformat()}" in refused.output
    assert exdates_there(radicale) == {day}
    skipped = CliRunner().invoke(
        cli, ["skip", "--config", str(path), "--database", db, "--client", "horizon",
              "--on", day.isoformat()],
    )  # fmt: skip
    assert skipped.exit_code == 0, skipped.output
    again = CliRunner().invoke(cli, push)
    assert again.exit_code == 0 and "1 point fixe écrit" in again.output, again.output
    assert exdates_there(radicale) == {day}


@contextmanager
def web_site() -> Iterator[str]:
    """A web server that is not CalDAV: 200 and an HTML page to every request, whatever its
    method (as a web page or a misconfigured proxy answers); yields a calendar-like URL."""

    class Page(BaseHTTPRequestHandler):
        def answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = b"<html><body>Welcome</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = do_PROPFIND = do_REPORT = do_DELETE = do_OPTIONS = answer

        def log_message(self, *args: object) -> None:
            return None

    with _served(Page) as url:
        yield url


@contextmanager
def _served(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """`handler` served on a loopback port in a thread; yields a calendar-like URL there."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{USER}/standing-calls/"
    finally:
        server.shutdown()
        server.server_close()


def push_fails(url: str, password: str = PASSWORD, user: str | None = USER) -> str:
    """What `publish` says when writing to `url` fails (the test fails if it succeeds)."""
    toml = config_for(url).replace(f'"{USER}"', f'"{user}"' if user else '""')
    config = parse_config(toml)
    with pytest.raises(CalDAVError) as failed:
        publish(config, standing_calls_feed(config, NOW), password)
    return str(failed.value)


# Newcomer 6, L3: every failure came back as the library's text with a quote left open
# ("PutError at '200 OK.") and the same fix, user name and password, whatever happened.
WRONG_FIX = "check caldav_url, caldav_username and"


def test_nothing_answering_at_the_caldav_address_asks_whether_the_server_runs():
    port = free_port()
    said = push_fails(f"http://127.0.0.1:{port}/claire/calls/")
    assert f"nothing answers at 127.0.0.1:{port} (connection refused)" in said
    assert "is the CalDAV server running?" in said and "host and port of caldav_url" in said
    assert "password" not in said and "ConnectionError" not in said and WRONG_FIX not in said


def test_a_web_server_that_is_not_caldav_is_named_so():
    with web_site() as url:
        said = push_fails(url)
    assert (
        "is not a CalDAV server" in said
        and "when reading the calendar, it answered HTTP 200 and a web page" in said
    )
    assert "Fix: give the CalDAV address of the calendar in caldav_url" in said
    assert "PutError" not in said and "password" not in said and said.count("'") % 2 == 0


def test_a_calendar_that_does_not_exist_says_create_it_or_fix_the_path(radicale):
    missing = radicale.replace("/standing-calls/", "/nonexistent/")
    said = push_fails(missing)
    assert "no calendar at /claire/nonexistent/" in said and "(HTTP 404)" in said
    assert "Fix: create the calendar" in said and "correct the path in caldav_url" in said
    assert "password" not in said and WRONG_FIX not in said


def test_a_folder_that_is_not_a_calendar_is_named_so(radicale):
    folder = radicale.replace("/standing-calls/", "/")
    said = push_fails(folder)
    assert "/claire/ on the CalDAV server" in said and "is a folder, not a calendar" in said


def test_a_refused_login_names_the_user_name_and_password(radicale_with_users):
    said = push_fails(radicale_with_users, password="not-the-password")
    assert "refused the login of 'claire' (HTTP 401)" in said
    assert "Fix: check caldav_username and BOUNDARIES_CALDAV_PASSWORD" in said
    assert "AuthorizationError" not in said


def test_another_accounts_calendar_is_refused_as_such(radicale_with_users):
    said = push_fails(radicale_with_users, password="bob-password", user="bob")
    assert "does not let 'bob' write to /claire/standing-calls/ (HTTP 403)" in said
    assert "a calendar of that account" in said


def test_nothing_is_written_when_the_address_is_not_a_calendar(radicale):
    push_fails(radicale.replace("/standing-calls/", "/"))
    assert not list(server_events(radicale).walk("VEVENT"))


def test_calendar_push_to_a_missing_calendar_exits_1_without_traceback(
    radicale, tmp_path: Path, monkeypatch
):
    path = tmp_path / "b.toml"
    path.write_text(config_for(radicale.replace("/standing-calls/", "/nope/")), encoding="utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    monkeypatch.setenv("BOUNDARIES_CALDAV_PASSWORD", PASSWORD)
    run = CliRunner().invoke(cli, ["calendar", "push", "--config", str(path), "--database", db])
    assert run.exit_code == 1 and "Traceback" not in run.output, run.output
    # the example's consultant is French: the refusal is hers (newcomer58 §4)
    assert "aucun agenda à /claire/nope/ sur le serveur CalDAV" in run.output, run.output
    assert "Solution : créez l'agenda" in run.output and "Fix:" not in run.output
    path.write_text(path.read_text("utf-8").replace('language = "fr"', 'language = "en"'), "utf-8")
    run = CliRunner().invoke(cli, ["calendar", "push", "--config", str(path), "--database", db])
    assert run.exit_code == 1 and "no calendar at /claire/nope/" in run.output, run.output


def test_a_change_made_in_the_caldav_calendar_is_named_in_the_consultants_language(radicale):
    config = parse_config(config_for(radicale))
    assert publish(config, standing_calls_feed(config, NOW), PASSWORD) == (1, 0, 0)
    edit_there(radicale, cancel_there(date(2026, 12, 18)))
    with pytest.raises(CalDAVChangedThere) as kept:
        publish(config, standing_calls_feed(config, NOW), PASSWORD)
    french = kept.value.said("fr")
    assert "1 point fixe modifié dans votre agenda CalDAV" in french
    assert "depuis son écriture par Boundaries, et laissé tel quel : Boundaries le compte" in french
    assert "l'appel du 2026-12-18 y a été annulé. Solution : boundaries skip --client horizon" in (
        french
    )
    assert "Fix" not in french and "cancelled there" in kept.value.said("en")


def test_calendar_push_without_the_password_says_so_not_unauthorized(
    radicale, tmp_path: Path, monkeypatch
):
    """Newcomer 2, L10: with BOUNDARIES_CALDAV_PASSWORD unset the server's "unauthorized"
    came back as an AuthorizationError, naming no cause."""
    path = tmp_path / "b.toml"
    path.write_text(config_for(radicale), encoding="utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    monkeypatch.delenv("BOUNDARIES_CALDAV_PASSWORD", raising=False)
    run = CliRunner().invoke(cli, ["calendar", "push", "--config", str(path), "--database", db])
    assert run.exit_code == 1, run.output
    # said to the example's French consultant in French
    assert "aucun mot de passe" in run.output, run.output
    assert "BOUNDARIES_CALDAV_PASSWORD n'est pas renseigné" in run.output
    assert "Solution : exportez BOUNDARIES_CALDAV_PASSWORD" in run.output
    assert "AuthorizationError" not in run.output


@contextmanager
def plain_web_server() -> Iterator[str]:
    """Python's own http.server: it knows GET and HEAD only and answers PROPFIND with 501 and
    an HTML error page, as a static web server does."""
    from http.server import SimpleHTTPRequestHandler

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return None

    with _served(Quiet) as url:
        yield url


def test_a_plain_web_server_is_not_caldav_and_the_library_prints_nothing(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
):
    """trial37 §7: a static web server's 501 printed the library's CRITICAL log and a
    traceback, then "failed while reading the calendar (HTTP 501). Fix: push again later"."""
    with plain_web_server() as url:
        said = push_fails(url)
    assert "is not a CalDAV server" in said and "HTTP 501" in said, said
    assert "push again later" not in said
    printed = capfd.readouterr()
    assert "Traceback" not in printed.err and "Expected some valid XML" not in printed.err
    assert not any("Expected some valid XML" in r.getMessage() for r in caplog.records)


def test_a_read_that_timed_out_is_said_so_not_a_refusal():
    import requests

    from boundaries.errors import Term
    from boundaries.integrations.calendar.caldav_answers import from_library

    timed_out = requests.exceptions.ReadTimeout("Read timed out. (read timeout=20)")
    said = str(from_library("http://127.0.0.1:2777/c/", timed_out,
                            Term("calendar", "doing.listing"), USER))  # fmt: skip
    assert "did not answer in time" in said and "refused" not in said, said
