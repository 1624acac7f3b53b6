"""The consultant's own calendars: expanded as calendar programs do, read from files and from
HTTPS, kept when a feed fails, and making ad-hoc calls go to voicemail as "busy"."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
import trustme
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import ConfigError, parse_config
from boundaries.domain.busy import BusyTimes
from boundaries.domain.decision import Action, IncomingCall, decide
from boundaries.domain.history import MemoryHistory
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.busy import BusyCalendarError, busy_intervals, read_source
from boundaries.integrations.calendar.live import LiveCalendar
from boundaries.store import Store
from boundaries.store.calendar import CalendarStore
from boundaries.web.app import create_app
from tests.conftest import BASE_TOML, EXAMPLES, in_english
from tests.gateway_support import (
    PUBLIC,
    TOKEN,
    Clock,
    Provider,
    ServerThread,
    free_port,
    provider_sid,
)

PARIS = ZoneInfo("Europe/Paris")
MARC = "+33123456789"

# A Google-style export: a weekly workshop in Eastern Time with one cancelled and one moved
# occurrence, a "free" event, a cancelled one, an all-day event and a floating-time meeting.
BUSY_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:workshop@example
SUMMARY:Workshop with Secret Client
DTSTART;TZID=America/New_York:20261102T050000
DTEND;TZID=America/New_York:20261102T060000
RRULE:FREQ=WEEKLY;BYDAY=MO
EXDATE;TZID=America/New_York:20261109T050000
END:VEVENT
BEGIN:VEVENT
UID:workshop@example
RECURRENCE-ID;TZID=America/New_York:20261116T050000
SUMMARY:Workshop with Secret Client (moved)
DTSTART;TZID=America/New_York:20261117T080000
DTEND;TZID=America/New_York:20261117T090000
END:VEVENT
BEGIN:VEVENT
UID:free@example
SUMMARY:Reading time
DTSTART:20261130T090000Z
DTEND:20261130T100000Z
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:cancelled@example
SUMMARY:Cancelled lunch
DTSTART:20261201T110000Z
DTEND:20261201T120000Z
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:holiday@example
SUMMARY:Conference
DTSTART;VALUE=DATE:20261203
DTEND;VALUE=DATE:20261204
END:VEVENT
BEGIN:VEVENT
UID:floating@example
SUMMARY:Dentist
DTSTART:20261204T150000
DURATION:PT45M
END:VEVENT
END:VCALENDAR
"""


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def intervals(lo: datetime, hi: datetime) -> list[tuple[datetime, datetime]]:
    return sorted(busy_intervals(BUSY_ICS, PARIS, lo, hi))


def test_recurring_events_exceptions_and_zones_are_expanded_as_calendars_do():
    got = intervals(paris(2026, 11, 1), paris(2026, 12, 1))
    # 05:00 in New York is 11:00 in Paris; the 9th is cancelled, the 16th moved to the 17th.
    assert got == [
        (paris(2026, 11, 2, 11, 0), paris(2026, 11, 2, 12, 0)),
        (paris(2026, 11, 17, 14, 0), paris(2026, 11, 17, 15, 0)),
        (paris(2026, 11, 23, 11, 0), paris(2026, 11, 23, 12, 0)),
        (paris(2026, 11, 30, 11, 0), paris(2026, 11, 30, 12, 0)),
    ]


def test_free_and_cancelled_events_do_not_make_you_busy_all_day_and_floating_ones_do():
    got = intervals(paris(2026, 12, 1), paris(2026, 12, 6))
    assert (paris(2026, 12, 3), paris(2026, 12, 4)) in got  # all day, in your zone
    assert (paris(2026, 12, 4, 15, 0), paris(2026, 12, 4, 15, 45)) in got  # floating
    assert all(s.astimezone(UTC).hour != 11 or s.day != 1 for s, _ in got)  # cancelled lunch
    nov30 = intervals(paris(2026, 11, 30), paris(2026, 12, 1))
    assert all(s != paris(2026, 11, 30, 10, 0) for s, _ in nov30)  # "free" reading time


def test_something_that_is_not_a_calendar_is_refused_with_a_message():
    with pytest.raises(BusyCalendarError, match=r"not a readable iCalendar.*web page.*Fix:"):
        busy_intervals("<html>Sign in</html>", PARIS, paris(2026, 1, 1), paris(2026, 2, 1))
    # Newcomer 7, L2: the parser's words once (it quoted the line twice), and a fix.
    with pytest.raises(BusyCalendarError) as caught:
        busy_intervals("Sign in to continue", PARIS, paris(2026, 1, 1), paris(2026, 2, 1))
    said = str(caught.value)
    assert said.count("Sign in to continue") <= 1 and "Fix:" in said, said


def test_what_the_server_answered_is_never_repeated_in_the_reason():
    """trial37 §11: `/healthz` (no login) quoted the body a busy-calendar address answered,
    which may name an account or hold a token."""
    with pytest.raises(BusyCalendarError) as caught:
        busy_intervals('{"status":"ok","token":"s3cr3t-abc"}', PARIS, paris(2026, 1, 1),
                       paris(2026, 2, 1))  # fmt: skip
    said = str(caught.value)
    assert "s3cr3t" not in said and "not a readable iCalendar file" in said, said


def test_busy_decision_says_busy_without_the_title_and_rings_after():
    config = parse_config(BASE_TOML)
    busy = BusyTimes(intervals(paris(2026, 11, 1), paris(2026, 12, 1)))
    cal = Calendar(config, busy=busy)
    during = decide(config, MemoryHistory(), paris(2026, 11, 30, 11, 15), IncomingCall(MARC), cal)
    assert during.action is Action.VOICEMAIL and during.reason == "busy"
    after = decide(config, MemoryHistory(), paris(2026, 11, 30, 12, 5), IncomingCall(MARC), cal)
    assert after.action is Action.CONNECT and after.uses_allowance
    urgent = decide(
        config, MemoryHistory(), paris(2026, 11, 30, 11, 15), IncomingCall(MARC, True), cal
    )
    assert urgent.action is Action.NOTIFY and "Secret" not in urgent.reason


def test_standing_call_still_rings_during_a_busy_event():
    config = parse_config(BASE_TOML)
    cal = Calendar(config, busy=BusyTimes([(paris(2026, 12, 4, 9), paris(2026, 12, 4, 12))]))
    d = decide(config, MemoryHistory(), paris(2026, 12, 4, 10, 5), IncomingCall(MARC), cal)
    assert d.action is Action.CONNECT and d.in_standing_slot


def test_plain_http_addresses_are_refused_except_on_loopback():
    err = None
    try:
        parse_config(BASE_TOML + '\n[calendar]\nbusy = ["http://calendar.example/x.ics"]\n')
    except ConfigError as exc:
        err = exc
    assert err is not None and err.problems[0].key == "calendar.busy[0]"
    assert "https://" in err.problems[0].message
    ok = parse_config(
        BASE_TOML + '\n[calendar]\nbusy = ["http://127.0.0.1:8/x.ics", "webcal://c.example/x"]\n'
    )
    assert ok.calendar.busy == ("http://127.0.0.1:8/x.ics", "https://c.example/x")


# -- the live service --------------------------------------------------------------------------


def live_config(tmp_path: Path, busy: str) -> str:
    return BASE_TOML + f'\n[calendar]\nbusy = ["{busy}"]\n'


def test_call_during_an_imported_meeting_goes_to_voicemail_as_busy_then_rings(tmp_path: Path):
    ics = tmp_path / "mine.ics"
    ics.write_text(BUSY_ICS, encoding="utf-8")
    config = parse_config(live_config(tmp_path, str(ics)))
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    clock = Clock(paris(2026, 11, 30, 11, 15))  # Monday: the New York workshop runs
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock)
    app.state.live_calendar.refresh_busy()
    try:
        with ServerThread(app) as server:
            provider = Provider(server.url)
            r = provider.post(
                "/twilio/voice", {"CallSid": provider_sid("CA", "busy1"), "From": MARC}
            )
            assert "<Dial" not in r.text and "<Record" in r.text
            clock.now = paris(2026, 11, 30, 12, 5)
            r = provider.post(
                "/twilio/voice", {"CallSid": provider_sid("CA", "busy2"), "From": MARC}
            )
            assert "<Dial" in r.text
            health = httpx.get(server.url + "/healthz").json()
        calls = {e.sid: e for e in store.events(store.account_id()) if e.kind == "call"}
        assert calls[provider_sid("CA", "busy1")].action == "voicemail"
        assert calls[provider_sid("CA", "busy1")].detail["reason"] == "busy"
        assert (
            calls[provider_sid("CA", "busy2")].action == "connect"
            and calls[provider_sid("CA", "busy2")].used_allowance
        )
        [state] = health["busy_calendars"]
        # /healthz needs no login: a file is named by its key, not its path (newcomer 7, L3).
        assert state["source"] == "calendar.busy[0] file" and state["ok"] and not state["error"]
        assert str(tmp_path) not in json.dumps(health)
    finally:
        store.close()


class _Calendars:
    """A real HTTPS server on loopback with a certificate from a throwaway CA (trustme)."""

    def __init__(self, ca: trustme.CA) -> None:
        self.body: bytes = BUSY_ICS.encode()
        self.status = 200
        self.content_type = "text/calendar; charset=utf-8"
        self.hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.hits += 1
                self.send_response(outer.status)
                self.send_header("Content-Type", outer.content_type)
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args: object) -> None:
                return None

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.url = f"https://localhost:{self.port}/calendar/ical/secret-abc/basic.ics"

    def __enter__(self) -> _Calendars:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def https_calendars() -> Iterator[tuple[_Calendars, ssl.SSLContext]]:
    ca = trustme.CA()
    client = ssl.create_default_context()
    ca.configure_trust(client)
    with _Calendars(ca) as server:
        yield server, client


def test_https_calendar_is_read_and_its_last_good_copy_kept_when_it_fails(
    https_calendars, tmp_path
):
    server, trust = https_calendars
    config = parse_config(BASE_TOML + f'\n[calendar]\nbusy = ["{server.url}"]\n')
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        clock = Clock(paris(2026, 11, 30, 11, 15))
        live = LiveCalendar(config, CalendarStore(store, store.account_id()), clock, verify=trust)
        [state] = live.refresh_busy()
        assert (
            state.ok
            and state.name == f"https://localhost:{server.port}/calendar/ical/…-abc/basic.ics"
        )
        assert "secret" not in state.name
        assert live.current().busy.busy_until(clock.now) == paris(2026, 11, 30, 12, 0)
        server.status, server.body = 500, b"oops"
        [state] = live.refresh_busy()
        assert not state.ok and "HTTP 500" in (state.error or "")
        assert live.current().busy.busy_until(clock.now) == paris(2026, 11, 30, 12, 0)
        # After a restart, the last good copy is there before any fetch.
        again = LiveCalendar(config, CalendarStore(store, store.account_id()), clock, verify=trust)
        again.refresh_busy(fetch=False)
        assert again.current().busy.busy_until(clock.now) is not None
        assert server.hits == 2
    finally:
        store.close()


def test_https_calendar_with_an_untrusted_certificate_is_a_failure_not_a_crash(https_calendars):
    server, _ = https_calendars
    with pytest.raises(BusyCalendarError, match="cannot fetch"):
        read_source(server.url)  # the system's trust store does not know the test CA


# -- the simulator -------------------------------------------------------------------------------


def test_simulate_with_busy_sends_a_call_during_a_meeting_to_voicemail(tmp_path: Path):
    ics = tmp_path / "mine.ics"
    ics.write_text(BUSY_ICS, encoding="utf-8")
    events = tmp_path / "events.jsonl"
    calls = [
        {
            "at": "2026-11-30T11:15:00+01:00",
            "type": "call",
            "from": "+33 1 23 45 67 89",
            "duration_min": 5,
            "voicemail": "About the budget, it can wait.",
        },
        {
            "at": "2026-11-30T12:05:00+01:00",
            "type": "call",
            "from": "+33 1 23 45 67 89",
            "duration_min": 5,
            "voicemail": "",
        },
    ]
    events.write_text("\n".join(json.dumps(c) for c in calls) + "\n", encoding="utf-8")
    config = EXAMPLES / "boundaries.toml"
    trace = tmp_path / "trace.jsonl"
    args = ["simulate", "--config", str(config), "--events", str(events), "--json"]
    result = CliRunner().invoke(cli, [*args, "--busy", str(ics), "--trace", str(trace)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [r["action"] for r in rows] == ["voicemail", "connect"]
    plain = CliRunner().invoke(cli, [*args, "--trace", str(trace)])
    assert plain.exit_code == 0
    rows = [json.loads(line) for line in trace.read_text().splitlines()]
    assert rows[0]["action"] == "connect"


def test_simulate_with_an_unreadable_busy_file_names_it(tmp_path: Path):
    events = tmp_path / "events.jsonl"
    events.write_text(
        json.dumps(
            {
                "at": "2026-11-30T11:15:00+01:00",
                "type": "away",
                "until": "2026-11-30T12:00:00+01:00",
            }
        )
        + "\n"
    )
    bad = tmp_path / "bad.ics"
    bad.write_text("nope", encoding="utf-8")
    config = EXAMPLES / "boundaries.toml"
    result = CliRunner().invoke(
        cli, ["simulate", "--config", str(config), "--events", str(events), "--busy", str(bad)]
    )
    assert result.exit_code == 1 and "bad.ics" in result.output and "Traceback" not in result.output


def test_a_busy_calendar_that_cannot_be_read_is_shown_in_healthz_and_logged(
    https_calendars, tmp_path, caplog
):
    server, _ = https_calendars  # the service does not trust this test CA: every fetch fails
    config = parse_config(BASE_TOML + f'\n[calendar]\nbusy = ["{server.url}"]\n')
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=Clock(paris(2026, 11, 30)))
    try:
        with caplog.at_level("WARNING"):
            app.state.live_calendar.refresh_busy()
        with ServerThread(app) as running:
            health = httpx.get(running.url + "/healthz").json()
        [state] = health["busy_calendars"]
        assert state["ok"] is False and "cannot fetch" in state["error"]
        shown = "calendar.busy[0] localhost"  # public: its key and host (newcomer 7, L3)
        assert state["source"] == shown and state["fetched_at"] is None
        assert "/calendar/ical/" not in json.dumps(health)
        assert state["decided_with"] == "nothing"
        # Calls are decided without it: the operator is told, not only the section.
        assert health["status"] == "degraded"
        [reason] = [r for r in health["reasons"] if r.startswith("busy calendar")]
        assert shown in reason and "cannot fetch" in reason and "Fix:" in reason
        assert "no good copy of it is kept: calls are decided without it" in reason
        assert any("not refreshed" in r.getMessage() for r in caplog.records)
        assert "secret-abc" not in caplog.text
    finally:
        store.close()


# Newcomer 6, L4: /healthz and `check` named busy calendars by host only, so two secret
# addresses of one provider could not be told apart; a failed fetch said calls were decided
# "without what is missing" while its last good copy was still used.
GOOGLE_WORK = (
    "https://calendar.google.com/calendar/ical/claire%40conseil.example/"
    "private-0f1e2d3c4b5a69788796a5b4c3d2e1f0/basic.ics"
)
GOOGLE_CLUB = (
    "https://calendar.google.com/calendar/ical/velo.club%40gmail.com/"
    "private-99aa88bb77cc66dd55ee44ff33aa22bb/basic.ics"
)
OUTLOOK = (
    "https://outlook.office365.com/owa/calendar/4f0c2b9e3a1d4e6f8a7b6c5d4e3f2a1b@conseil.example/"
    "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5/calendar.ics"
)
SECRETS = (
    "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "99aa88bb77cc66dd55ee44ff33aa22bb",
    "4f0c2b9e3a1d4e6f8a7b6c5d4e3f2a1b",
    "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5",
    "hunter2",
    "s3cr3t-t0ken-value",
)


def test_calendars_of_one_host_are_told_apart_by_their_address_less_its_secrets():
    from boundaries.integrations.calendar.busy import source_name

    with_login = "https://claire:hunter2@dav.example.org/claire/busy.ics?token=s3cr3t-t0ken-value"
    names = [source_name(s) for s in (GOOGLE_WORK, GOOGLE_CLUB, OUTLOOK, with_login)]
    assert len(set(names)) == 4
    assert names[0] == (
        "https://calendar.google.com/calendar/ical/claire%40conseil.example/…e1f0/basic.ics"
    )
    assert names[1].endswith("/velo.club%40gmail.com/…22bb/basic.ics")
    assert names[2].startswith("https://outlook.office365.com/owa/calendar/")
    assert names[3] == "https://dav.example.org/claire/busy.ics?token=…alue"
    assert not any(secret in name for secret in SECRETS for name in names)


def test_check_lists_each_busy_calendar_whole_and_without_its_secret(tmp_path: Path):
    path = tmp_path / "b.toml"
    toml = BASE_TOML + f'\n[calendar]\nbusy = ["{GOOGLE_WORK}", "{GOOGLE_CLUB}"]\n'
    path.write_text(toml, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(path)], terminal_width=80)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "claire%40conseil.example/…e1f0/basic.ics" in out
    assert "velo.club%40gmail.com/…22bb/basic.ics" in out
    assert not any(secret in out for secret in SECRETS)


def test_a_failed_fetch_says_calls_are_decided_with_the_last_good_copy(https_calendars, tmp_path):
    server, trust = https_calendars
    config = parse_config(BASE_TOML + f'\n[calendar]\nbusy = ["{server.url}"]\n')
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    clock = Clock(paris(2026, 11, 30, 11, 15))
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock)
    live = app.state.live_calendar
    live.verify = trust
    try:
        [state] = live.refresh_busy()
        assert state.ok and state.decided_with == "everything"
        clock.now = paris(2026, 11, 30, 11, 30)
        server.status, server.body = 503, b"<html>down</html>"
        [state] = live.refresh_busy()
        assert live.current().busy.busy_until(clock.now) == paris(2026, 11, 30, 12, 0)
        with ServerThread(app) as running:
            health = httpx.get(running.url + "/healthz").json()
        [section] = health["busy_calendars"]
        assert section["decided_with"] == "last good copy"
        assert section["fetched_at"] == "2026-11-30T10:15:00+00:00"
        [reason] = [r for r in health["reasons"] if r.startswith("busy calendar")]
        assert "calls are decided with its last good copy, read 2026-11-30 10:15 UTC" in reason
        assert "without" not in reason and "HTTP 503. Fix:" in reason
    finally:
        store.close()


def test_a_busy_calendar_with_unreadable_events_says_the_others_still_count():
    from boundaries.web.health import calendar_reasons

    state = {
        "source": "https://calendar.example/…4f2a/basic.ics",
        "ok": False,
        "fetched_at": "2026-11-30T10:15:00+00:00",
        "error": "1 event whose times cannot be read would not make you busy: line 9",
        "decided_with": "readable events",
    }
    [reason] = calendar_reasons([state])
    assert "was read, but calls are decided without its events that cannot be read" in reason
    assert "line 9. Fix: check [calendar] busy" in reason


GOOGLE_FLOATING = """\
BEGIN:VCALENDAR
VERSION:2.0
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
UID:a@example
DTSTART:20261201T090000
DTEND:20261201T100000
SUMMARY:Board meeting
END:VEVENT
BEGIN:VEVENT
UID:broken@example
DTSTART:20261202T090000
DTEND:20261202T100000
RRULE:FREQ=WEEKLY;BYDAY=XX
END:VEVENT
END:VCALENDAR
"""

OUTLOOK_WINDOWS_ZONE = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:Microsoft Exchange Server 2010
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:b@example
DTSTART;TZID=W. Europe Standard Time:20270325T090000
DTEND;TZID=W. Europe Standard Time:20270325T100000
RRULE:FREQ=DAILY;COUNT=4
END:VEVENT
END:VCALENDAR
"""


def test_google_floating_times_follow_x_wr_timezone_and_a_broken_series_is_left_out():
    got = busy_intervals(GOOGLE_FLOATING, PARIS, paris(2026, 11, 1), paris(2027, 1, 1))
    assert got == [(paris(2026, 12, 1, 15, 0), paris(2026, 12, 1, 16, 0))]


def test_outlook_windows_zone_names_are_read_from_their_vtimezone_across_dst():
    got = sorted(busy_intervals(OUTLOOK_WINDOWS_ZONE, PARIS, paris(2027, 3, 1), paris(2027, 4, 1)))
    assert [s.astimezone(PARIS).hour for s, _ in got] == [9, 9, 9, 9]  # 28 March: CEST
    assert [s.astimezone(UTC).hour for s, _ in got] == [8, 8, 8, 7]


def test_the_refresh_thread_reads_at_once_and_stops_cleanly(https_calendars, tmp_path):
    server, trust = https_calendars
    config = parse_config(BASE_TOML + f'\n[calendar]\nbusy = ["{server.url}"]\n')
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    clock = Clock(paris(2026, 11, 30, 11, 15))
    live = LiveCalendar(config, CalendarStore(store, store.account_id()), clock, verify=trust)
    try:
        live.start()
        deadline = datetime.now() + timedelta(seconds=10)
        while not (live.states() and live.states()[0].ok) and datetime.now() < deadline:
            threading.Event().wait(0.05)
        assert live.current().busy.busy_until(clock.now) == paris(2026, 11, 30, 12, 0)
    finally:
        live.stop()
        store.close()
    assert server.hits == 1 and live._thread is None


# -- events whose times cannot be read are named, never dropped silently (SPEC §9, §11) ----------

OFFSITE = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:x
BEGIN:VEVENT
UID:standup@example
DTSTART:20261130T070000Z
DTEND:20261130T073000Z
END:VEVENT
BEGIN:VEVENT
UID:offsite@example
DTSTAMP:20261101T000000Z
DTSTART;TZID=Europe/Paris:20261012T000000
DTEND;TZID=Europe/Paris:20261207T000000
SUMMARY:Offsite
END:VEVENT
END:VCALENDAR
"""
GOOD_START = "DTSTART;TZID=Europe/Paris:20261012T000000"

UNREADABLE = {
    "garbage": (GOOD_START, "DTSTART:garbage"),
    "iso-dashes": (GOOD_START, "DTSTART;TZID=Europe/Paris:2026-10-12T00:00:00"),
    "bad-end": ("DTEND;TZID=Europe/Paris:20261207T000000", "DTEND:tomorrow"),
    "bad-duration": ("DTEND;TZID=Europe/Paris:20261207T000000", "DURATION:8 weeks"),
    "bad-rule": ("SUMMARY:Offsite", "RRULE:FREQ=FORTNIGHTLY\nSUMMARY:Offsite"),
    "no-start": (GOOD_START + "\n", ""),
}


def _broken(kind: str) -> str:
    old, new = UNREADABLE[kind]
    assert old in OFFSITE
    return OFFSITE.replace(old, new)


def _named(message: str, lang: str = "en") -> None:
    line, fix = {"en": ("line 9", "Fix:"), "fr": ("ligne 9", "Solution :")}[lang]
    assert line in message and "offsite@example" in message and fix in message, message
    assert "standup@example" not in message  # the readable event is not blamed


@pytest.mark.parametrize("kind", UNREADABLE)
def test_check_refuses_a_busy_file_whose_event_times_cannot_be_read(tmp_path: Path, kind: str):
    (tmp_path / "mine.ics").write_text(_broken(kind), encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(live_config(tmp_path, "mine.ics"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code == 1 and "calendar.busy[0]" in result.output, result.output
    # said whole in the consultant's language, French here (trial39 §7)
    _named(" ".join(result.output.split()), "fr")
    assert "cannot be read" not in result.output and "would not make" not in result.output
    (tmp_path / "mine.ics").write_text(OFFSITE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["check", "--config", str(config)]).exit_code == 0


@pytest.mark.parametrize("kind", ["garbage", "iso-dashes", "bad-rule"])
def test_simulate_busy_refuses_events_whose_times_cannot_be_read(tmp_path: Path, kind: str):
    bad = tmp_path / "bad.ics"
    bad.write_text(_broken(kind), encoding="utf-8")
    args = ["simulate", "--config", str(EXAMPLES / "boundaries.toml")]
    args += ["--events", str(EXAMPLES / "events.jsonl"), "--busy", str(bad), "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and "bad.ics" in result.output and "Traceback" not in result.output
    _named(" ".join(result.output.split()))


def test_healthz_names_unreadable_events_and_the_readable_ones_still_count(
    https_calendars, tmp_path
):
    server, trust = https_calendars
    server.body = _broken("iso-dashes").encode()
    config = parse_config(BASE_TOML + f'\n[calendar]\nbusy = ["{server.url}"]\n')
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    clock = Clock(paris(2026, 11, 30, 8, 10))  # the stand-up (07:00-07:30 UTC) runs
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock)
    live = app.state.live_calendar
    live.verify = trust
    try:
        [state] = live.refresh_busy()
        assert state.ok is False and state.error is not None
        _named(state.error)
        assert live.current().busy.busy_until(clock.now) == paris(2026, 11, 30, 8, 30)
        with ServerThread(app) as running:
            health = httpx.get(running.url + "/healthz").json()
        assert health["status"] == "degraded"
        [reason] = [r for r in health["reasons"] if r.startswith("busy calendar")]
        _named(reason)
        # A restart reads the stored copy: the failure is still shown.
        again = LiveCalendar(config, CalendarStore(store, store.account_id()), clock, verify=trust)
        [state] = again.refresh_busy(fetch=False)
        assert state.ok is False and "offsite@example" in (state.error or "")
    finally:
        store.close()


def test_a_broken_series_is_left_out_but_named():
    from boundaries.integrations.calendar.busy import calendar_problem

    problem = calendar_problem(GOOGLE_FLOATING) or ""
    assert "broken@example" in problem and "RRULE 'FREQ=WEEKLY;BYDAY=XX'" in problem
    assert calendar_problem(BUSY_ICS) is None and calendar_problem(OUTLOOK_WINDOWS_ZONE) is None


# Newcomer 7, L2: a calendar address that answers a web page (a login page: the secret address
# was reset, or the calendar is no longer shared) showed the parser's dump twice and a generic
# fix. L3: /healthz needs no login, and showed the calendar's address: the account's e-mail
# address and path segments not recognised as secret.
WEB_PAGES = (
    (b"<html>login</html>", "text/calendar"),
    (b"<!DOCTYPE html>\n<html lang=en><head><title>Sign in</title></head></html>", "text/html"),
    (b"Please sign in", "text/html; charset=utf-8"),
)


@pytest.mark.parametrize(("body", "kind"), WEB_PAGES)
def test_an_address_that_answers_a_web_page_says_so_and_to_copy_the_secret_address_again(
    https_calendars, body, kind
):
    server, trust = https_calendars
    server.body, server.content_type = body, kind
    with pytest.raises(BusyCalendarError) as caught:
        read_source(server.url, trust)
    said = str(caught.value)
    assert "answered with a web page, not a calendar" in said
    assert "Fix: copy the calendar's secret iCal address again" in said
    assert "login" not in said.replace("a login page", ""), said  # no dump of the page


def test_healthz_names_a_busy_calendar_by_key_and_host_only_and_a_web_page_with_its_fix(
    https_calendars, tmp_path
):
    server, trust = https_calendars
    good = server.url
    personal = (
        f"https://localhost:{server.port}/calendar/ical/claire.martin%40gmail.com/"
        "private/abc123def456/basic.ics"
    )
    config = parse_config(BASE_TOML + f'\n[calendar]\nbusy = ["{good}", "{personal}"]\n')
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=Clock(paris(2026, 11, 30)))
    live = app.state.live_calendar
    live.verify = trust
    try:
        live.refresh_busy()
        server.body = b"<html>login</html>"
        states = live.refresh_busy()
        # The operator's own view (`check`, the logs) keeps the address less its secrets.
        assert "abc123def456" not in states[1].name and "gmail.com" in states[1].name
        with ServerThread(app) as running:
            answer = httpx.get(running.url + "/healthz")
        text = answer.text
        for private in ("gmail", "claire.martin", "abc123def456", "private", "/calendar/ical"):
            assert private not in text, (private, text)
        health = answer.json()
        sources = [s["source"] for s in health["busy_calendars"]]
        assert sources == ["calendar.busy[0] localhost", "calendar.busy[1] localhost"]
        reasons = [r for r in health["reasons"] if r.startswith("busy calendar")]
        assert len(reasons) == 2 and all("calendar.busy[" in r for r in reasons)
        for reason in reasons:
            assert "answered with a web page, not a calendar" in reason
            assert "Fix: copy the calendar's secret iCal address again" in reason
            assert reason.count("Fix:") == 1 and "Content line" not in reason
    finally:
        store.close()


def test_check_and_the_reader_name_a_busy_file_that_is_a_saved_web_page(tmp_path: Path):
    page = tmp_path / "mine.ics"
    page.write_text("<!DOCTYPE html>\n<html><body>Sign in</body></html>\n", encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(in_english(BASE_TOML) + '\n[calendar]\nbusy = ["mine.ics"]\n', "utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(config)], terminal_width=200)
    said = " ".join(result.output.split())
    assert result.exit_code == 1 and "it is a web page" in said and "Fix:" in said, said
    with pytest.raises(BusyCalendarError, match="web page, not a calendar"):
        busy_intervals(page.read_text(), PARIS, paris(2026, 1, 1), paris(2026, 2, 1))


def _meeting_and_after(tmp_path: Path) -> tuple[Path, Path]:
    """A config (the example's) whose [calendar] busy names `mine.ics` relative to its own
    folder, as `serve` reads it, and two calls: during Monday's 11:00 meeting, then after."""
    folder = tmp_path / "conf"
    folder.mkdir()
    (folder / "mine.ics").write_text(BUSY_ICS, encoding="utf-8")
    config = folder / "boundaries.toml"
    config.write_text(
        (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
        + '\n[calendar]\nbusy = ["mine.ics"]\n',
        encoding="utf-8",
    )
    events = tmp_path / "events.jsonl"
    calls = [
        {"at": f"2026-11-30T{hm}:00+01:00", "type": "call", "from": "+33 1 23 45 67 89",
         "duration_min": 5, "voicemail": "About the budget, it can wait."}
        for hm in ("11:15", "12:05")
    ]  # fmt: skip
    events.write_text("\n".join(json.dumps(c) for c in calls) + "\n", encoding="utf-8")
    return config, events


def test_a_replay_uses_the_configured_busy_calendars_unless_told_otherwise(tmp_path: Path):
    """newcomer12 M5: `simulate`, `report --events` and `coach --events` replay with the files of
    [calendar] busy (relative to the config file); --busy FILE instead, --no-busy without."""
    config, events = _meeting_and_after(tmp_path)
    base = ["--config", str(config), "--events", str(events)]
    trace = tmp_path / "trace.jsonl"

    def actions(*extra: str) -> list[str]:
        result = CliRunner().invoke(cli, ["simulate", *base, "--trace", str(trace), *extra])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["action"] for line in trace.read_text().splitlines()]

    assert actions() == ["voicemail", "connect"]  # busy in the configured meeting
    assert actions("--no-busy") == ["connect", "connect"]
    empty = tmp_path / "empty.ics"
    empty.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    assert actions("--busy", str(empty)) == ["connect", "connect"]  # instead, not as well

    def rung(command: str, *extra: str) -> int:
        result = CliRunner().invoke(cli, [command, *base, "--json", *extra])
        assert result.exit_code == 0, result.output
        horizon = next(c for c in json.loads(result.output)["clients"] if c["id"] == "horizon")
        return int(horizon["rung"])

    assert (rung("report"), rung("report", "--no-busy")) == (1, 2)
    assert rung("report", "--busy", str(empty)) == 2
    coached = CliRunner().invoke(
        cli, ["coach", *base, "--client", "horizon", "--busy", str(config.parent / "mine.ics")]
    )
    assert coached.exit_code == 0, coached.output
    both = CliRunner().invoke(cli, ["report", *base, "--busy", str(empty), "--no-busy"])
    assert both.exit_code == 2 and "contradict" in both.output
    database = f"sqlite:///{tmp_path}/x.db"
    stored = CliRunner().invoke(
        cli, ["report", "--config", str(config), "--database", database, "--no-busy"]
    )
    assert stored.exit_code == 2 and "Fix: add --events FILE" in stored.output


def test_a_configured_busy_address_is_left_out_of_a_replay_saying_so(tmp_path: Path):
    config, events = _meeting_and_after(tmp_path)
    text = config.read_text(encoding="utf-8").replace(
        'busy = ["mine.ics"]', 'busy = ["https://calendar.example/claire/basic.ics"]'
    )
    config.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["simulate", "--config", str(config), "--events", str(events), "--json"]
    )
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    # in the consultant's language, French here (trial39 §7)
    assert "calendar.example" in said and "laissés de côté" in said and "--busy" in said
    assert "left out" not in said
