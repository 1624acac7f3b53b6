"""Standing calls written to a real CalDAV server: Radicale, started on a free loopback port
with a throwaway storage folder, and stopped afterwards."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import icalendar
import pytest
import recurring_ical_events
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import parse_config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.caldav_sync import CalDAVError, publish
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


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    """A Radicale server (any password accepted) with an empty calendar; yields its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(tmp_path / "radicale"),
            "--auth-type",
            "none",
            "--logging-level",
            "warning",
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
    written, removed = publish(config, standing_calls_feed(config, NOW, skips), PASSWORD)
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
    assert publish(config, standing_calls_feed(config, NOW), PASSWORD) == (2, 0)
    one = parse_config(config_for(radicale))
    assert publish(one, standing_calls_feed(one, NOW), PASSWORD) == (1, 1)
    uids = {str(e["UID"]) for e in server_events(radicale).walk("VEVENT")}
    assert uids == {"standing-horizon-0@boundaries"}


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
    assert "1 standing call(s) written" in run.output
    [master] = [e for e in server_events(radicale).walk("VEVENT") if "RRULE" in e]
    exdates = master["EXDATE"] if isinstance(master["EXDATE"], list) else [master["EXDATE"]]
    assert {d.dt.date() for ex in exdates for d in ex.dts} == {skip_day}


def test_unreachable_caldav_server_is_a_clear_error(tmp_path: Path):
    config = parse_config(config_for(f"http://127.0.0.1:{free_port()}/claire/calls/"))
    with pytest.raises(CalDAVError, match="cannot write to the CalDAV calendar"):
        publish(config, standing_calls_feed(config, NOW), PASSWORD)


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
    assert "no password" in run.output and "BOUNDARIES_CALDAV_PASSWORD is not set" in run.output
    assert "Fix: export BOUNDARIES_CALDAV_PASSWORD" in run.output
    assert "AuthorizationError" not in run.output
