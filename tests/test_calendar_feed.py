"""The standing-calls feed seen with a calendar program's eye: it parses, expands to exactly
the decision's slots over a year (both DST changes, Paris and New York), is stable, and is
served behind its secret with ETag/Last-Modified."""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest
import recurring_ical_events
from click.testing import CliRunner
from dateutil.rrule import rrulestr

from boundaries.cli.main import cli
from boundaries.config import parse_config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.feed import standing_calls_feed
from boundaries.store import Store, StoredEvent
from boundaries.store.calendar import CalendarStore
from boundaries.web.app import create_app
from tests.gateway_support import PUBLIC, TOKEN, Clock, ServerThread
from tests.store_support import served_database

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
GOLDEN = Path(__file__).parent / "golden" / "calendar"
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

FEED_TOML = """\
[consultant]
name = "Claire Martin"
email = "claire@conseil.example"
phone = "+33 6 12 34 56 78"
timezone = "Europe/Paris"
language = "en"

[[client]]
id = "horizon"
name = "Association Horizon"
phones = ["+33 1 23 45 67 89"]
standing_calls = [
  { rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30, exdates = ["2027-01-01"] },
]

[[client]]
id = "harbor"
name = "Harbor Youth Arts"
region = "US"
phones = ["(212) 555-0147"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=WE", start = "16:00", minutes = 45 }]

[[client]]
id = "nuit"
name = "Radio de Nuit"
phones = ["+33 4 72 00 11 22"]
standing_calls = [
  { rrule = "FREQ=WEEKLY;BYDAY=SU", start = "02:30", minutes = 60 },
  { rrule = "LAST_WEEKDAY", start = "17:00", minutes = 30 },
]

[[client]]
id = "velo"
name = "Atelier Vélo"
phones = ["+33 4 78 00 11 22"]
standing_calls = [
  { rrule = "FORTNIGHTLY_10", start = "11:00", minutes = 30, since = 2026-12-01 },
]
"""
FEED_TOML = FEED_TOML.replace(
    "LAST_WEEKDAY", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20270630T150000Z"
).replace("FORTNIGHTLY_10", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10")
SKIPS = {("horizon", date(2026, 12, 11))}
TOPICS = {"horizon": ["Budget 2027", "General assembly date"]}


def agenda(client_id: str, previous: datetime | None, start: datetime) -> list[str]:
    return TOPICS.get(client_id, [])


def feed_bytes(now: datetime = NOW) -> bytes:
    return standing_calls_feed(parse_config(FEED_TOML), now, SKIPS, agenda)


def expanded(body: bytes, lo: datetime, hi: datetime) -> set[tuple[str, datetime, datetime]]:
    """What a calendar program shows: (client id, start, end) in UTC."""
    cal = icalendar.Calendar.from_ical(body)
    out = set()
    for event in recurring_ical_events.of(cal).between(lo, hi):
        client = str(event["UID"]).split("-")[1]
        start = event["DTSTART"].dt.astimezone(UTC)
        end = (
            event["DTEND"].dt.astimezone(UTC) if "DTEND" in event else start + event["DURATION"].dt
        )
        out.add((client, start, end))
    return out


def decided(lo: datetime, hi: datetime) -> set[tuple[str, datetime, datetime]]:
    config = parse_config(FEED_TOML)
    cal = Calendar(config, SKIPS)
    return {
        (s.client_id, s.start, s.end) for c in config.clients for s in cal.between(c.id, lo, hi)
    }


def test_feed_expands_to_exactly_the_decisions_slots_over_a_year():
    lo, hi = NOW, NOW + timedelta(days=366)
    shown = expanded(feed_bytes(), lo, hi)
    assert shown == decided(lo, hi)
    clients = {c for c, _, _ in shown}
    assert clients == {"horizon", "harbor", "nuit", "velo"}
    assert len([1 for c, _, _ in shown if c == "velo"]) == 10  # COUNT from since


def test_feed_keeps_the_local_time_across_both_dst_changes_in_paris_and_new_york():
    shown = expanded(feed_bytes(), NOW, NOW + timedelta(days=366))
    harbor = sorted(s for c, s, _ in shown if c == "harbor")
    assert {s.astimezone(PARIS).hour for s in harbor} == {16}
    # Between the US change (8 March 2027... 14 March) and the EU one (28 March) New York is
    # only five hours behind: the call is at 11:00 there, else at 10:00.
    ny = {s.astimezone(NEW_YORK).date(): s.astimezone(NEW_YORK).hour for s in harbor}
    assert ny[date(2027, 3, 17)] == 11 and ny[date(2027, 3, 10)] == 10
    assert ny[date(2027, 4, 7)] == 10 and ny[date(2026, 12, 2)] == 10
    night = {s.astimezone(PARIS).date(): (s, e) for c, s, e in shown if c == "nuit"}
    start, end = night[date(2027, 3, 28)]  # 02:30 does not exist: 03:30, as RFC 5545 says
    assert start.astimezone(PARIS).hour == 3 and end - start == timedelta(minutes=60)
    start, end = night[date(2027, 10, 31)]  # 02:30 happens twice: the first, CEST
    assert start == datetime(2027, 10, 31, 0, 30, tzinfo=UTC) and end - start == timedelta(hours=1)


def test_feed_has_vtimezone_stable_uids_exdates_and_the_agenda():
    body = feed_bytes()
    cal = icalendar.Calendar.from_ical(body)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    events = cal.walk("VEVENT")
    uids = {str(e["UID"]) for e in events}
    assert uids == {
        "standing-horizon-0@boundaries",
        "standing-harbor-0@boundaries",
        "standing-nuit-0@boundaries",
        "standing-nuit-1@boundaries",
        "standing-velo-0@boundaries",
    }
    horizon = next(
        e for e in events if str(e["UID"]).startswith("standing-horizon") and "RRULE" in e
    )
    exdates = [
        d.dt
        for x in [horizon["EXDATE"]]
        for ex in (x if isinstance(x, list) else [x])
        for d in ex.dts
    ]
    assert {d.date() for d in exdates} == {date(2026, 12, 11), date(2027, 1, 1)}
    override = next(e for e in events if "RECURRENCE-ID" in e)
    assert override["RECURRENCE-ID"].dt == datetime(2026, 12, 4, 10, 0, tzinfo=PARIS)
    assert "Budget 2027" in str(override["DESCRIPTION"])
    nuit = next(e for e in events if str(e["UID"]) == "standing-nuit-1@boundaries")
    assert nuit["RRULE"]["UNTIL"][0] == datetime(2027, 6, 30, 15, 0, tzinfo=UTC)
    # The same content an hour later: byte for byte the same feed.
    assert feed_bytes(NOW + timedelta(hours=1)) == body


def embedded_changes(zone: icalendar.Timezone, until: datetime) -> list[tuple[datetime, Any]]:
    """(UTC instant, offset from then on) of every observance of a VTIMEZONE up to `until`,
    as a calendar program that reads the embedded zone (not its own copy) gets them: each
    DTSTART, RDATE and RRULE occurrence, a local time in the offset before (RFC 5545 §3.6.5)."""
    out = []
    for observance in zone.subcomponents:
        start = observance["DTSTART"].dt
        before, after = observance["TZOFFSETFROM"].td, observance["TZOFFSETTO"].td
        local = [start]
        rdates = observance.get("RDATE", [])
        for group in rdates if isinstance(rdates, list) else [rdates]:
            local += [d.dt for d in group.dts]
        if "RRULE" in observance:
            rule = rrulestr(observance["RRULE"].to_ical().decode(), dtstart=start)
            local += rule.between(start, until.replace(tzinfo=None), inc=True)
        out += [((t - before).replace(tzinfo=UTC), after) for t in local]
    return sorted(out)


@pytest.mark.parametrize(
    "tzid",
    ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Jerusalem", "Asia/Tokyo"],
)
def test_feed_vtimezone_holds_for_every_occurrence_of_a_series_without_end(tzid: str):
    """Newcomer 6, L5: the VTIMEZONE listed the changes of 2025-2036 only ("This timezone only
    works from …"), while the weekly series runs for ever: a program reading it would show
    the calls an hour off in summer from 2036. Read as such a program does, the embedded zone
    must give the offset of the zone itself at every instant, far past any list's end."""
    zone = ZoneInfo(tzid)
    config = parse_config(FEED_TOML.replace('timezone = "Europe/Paris"', f'timezone = "{tzid}"'))
    cal = icalendar.Calendar.from_ical(standing_calls_feed(config, NOW))
    [vtimezone] = cal.walk("VTIMEZONE")
    assert vtimezone["TZID"] == tzid and "only works" not in str(vtimezone.get("COMMENT", ""))
    first = min(e["DTSTART"].dt for e in cal.walk("VEVENT") if "RRULE" in e)
    until = datetime(2130, 1, 1, tzinfo=UTC)
    changes = embedded_changes(vtimezone, until)
    instants = [at for at, _ in changes]

    def embedded_offset(at: datetime) -> Any:
        return changes[bisect_right(instants, at) - 1][1]

    assert instants[0] <= first.astimezone(UTC)
    for at in instants:  # each change, to the second
        for moment in (at - timedelta(seconds=1), at):
            assert embedded_offset(moment) == moment.astimezone(zone).utcoffset(), moment
    at = first.astimezone(UTC)
    while at < until:  # and between them, twice a week for a century
        assert embedded_offset(at) == at.astimezone(zone).utcoffset(), at
        at += timedelta(days=3, hours=13, minutes=7)


def test_feed_matches_the_golden_file():
    golden = GOLDEN / "standing-calls.ics"
    body = feed_bytes()
    if os.environ.get("BOUNDARIES_WRITE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(body)
    assert body == golden.read_bytes()


def test_skipping_a_call_puts_an_exdate_and_moves_the_next_call():
    config = parse_config(FEED_TOML)
    before = Calendar(config).next_call("horizon", NOW)
    after = Calendar(config, {("horizon", date(2026, 12, 4))}).next_call("horizon", NOW)
    assert before is not None and after is not None
    assert before.day == date(2026, 12, 4) and after.day == date(2026, 12, 11)


# -- served over HTTP ----------------------------------------------------------------------------


@pytest.fixture
def served(db_url: str) -> Iterator[tuple[str, Store, Clock, Any]]:
    config = parse_config(FEED_TOML)
    store = Store.open(db_url)
    clock = Clock(NOW)
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock)
    with ServerThread(app) as server:
        yield server.url, store, clock, app
    store.close()


def test_feed_needs_its_token_and_a_new_token_retires_the_old(served):
    url, store, _, _ = served
    cal_store = CalendarStore(store, store.account_id())
    assert httpx.get(f"{url}/calendar/anything.ics").status_code == 404  # no token yet
    token = cal_store.rotate_token()
    r = httpx.get(f"{url}/calendar/{token}.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    icalendar.Calendar.from_ical(r.content)
    assert httpx.get(f"{url}/calendar/{token[:-1]}x.ics").status_code == 404
    assert httpx.get(f"{url}/calendar/{token}").status_code == 404
    newer = cal_store.rotate_token()
    assert httpx.get(f"{url}/calendar/{token}.ics").status_code == 404
    assert httpx.get(f"{url}/calendar/{newer}.ics").status_code == 200


def test_feed_answers_304_to_a_poll_with_its_etag_or_date(served):
    url, store, clock, _ = served
    token = CalendarStore(store, store.account_id()).rotate_token()
    first = httpx.get(f"{url}/calendar/{token}.ics")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    again = httpx.get(f"{url}/calendar/{token}.ics", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    since = httpx.get(f"{url}/calendar/{token}.ics", headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    clock.now = NOW + timedelta(hours=2)
    assert (
        httpx.get(f"{url}/calendar/{token}.ics", headers={"If-None-Match": etag}).status_code == 304
    )
    old = format_datetime(NOW - timedelta(days=1), usegmt=True)
    assert (
        httpx.get(f"{url}/calendar/{token}.ics", headers={"If-Modified-Since": old}).status_code
        == 200
    )


def test_feed_changes_when_a_call_is_skipped_and_shows_stored_topics(served):
    url, store, clock, app = served
    account = store.account_id()
    cal_store = CalendarStore(store, account)
    token = cal_store.rotate_token()
    etag = httpx.get(f"{url}/calendar/{token}.ics").headers["etag"]
    store.record(  # a voicemail's transcript, as the gateway stores it
        account,
        [
            StoredEvent(
                kind="transcription",
                at=NOW - timedelta(days=1),
                action="request",
                client="horizon",
                sid="TRtopic1",
                detail={
                    "status": "completed",
                    "text": "it's marc, about the volunteer insurance",
                    "triage": {"intent": "request", "topic": "volunteer insurance"},
                },
            )
        ],
    )
    cal_store.skip("horizon", date(2026, 12, 4))
    clock.now = NOW + timedelta(minutes=1)
    app.state.live_calendar.reload_skips()  # a running service does it within 30 s
    r = httpx.get(f"{url}/calendar/{token}.ics", headers={"If-None-Match": etag})
    assert r.status_code == 200 and r.headers["etag"] != etag
    cal = icalendar.Calendar.from_ical(r.content)
    override = next(e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e)
    assert override["RECURRENCE-ID"].dt.date() == date(2026, 12, 11)  # the next real call
    assert "volunteer insurance" in str(override["DESCRIPTION"])


def test_calendar_url_command_prints_a_working_address_and_rotates(tmp_path: Path):
    config = tmp_path / "b.toml"
    config.write_text(FEED_TOML + f'\n[service]\npublic_url = "{PUBLIC}"\n', encoding="utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    run = CliRunner().invoke(cli, ["calendar", "url", "--config", str(config), "--database", db])
    assert run.exit_code == 0, run.output
    first = run.stdout.strip()
    assert first.startswith(f"{PUBLIC}/calendar/") and first.endswith(".ics")
    again = CliRunner().invoke(cli, ["calendar", "url", "--config", str(config), "--database", db])
    second = again.stdout.strip()
    assert second != first
    store = Store.open(db)
    try:
        cal_store = CalendarStore(store, store.account_id())
        token = second.rsplit("/", 1)[1].removesuffix(".ics")
        assert cal_store.token_matches(token)
        assert not cal_store.token_matches(first.rsplit("/", 1)[1].removesuffix(".ics"))
    finally:
        store.close()


def test_calendar_url_tells_a_french_consultant_in_french(tmp_path: Path):
    """newcomer58 §4: the note on a feed path without an address, and its fix, follow
    consultant.language as the rest of the command does."""
    config = tmp_path / "b.toml"
    config.write_text(FEED_TOML.replace('language = "en"', 'language = "fr"', 1), "utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    run = CliRunner().invoke(cli, ["calendar", "url", "--config", str(config), "--database", db])
    assert run.exit_code == 0, run.output
    said = " ".join(run.stderr.split())
    assert "Remarque : ce n'est que le chemin du flux" in said and "Solution : écrivez" in said
    assert str(config) in said and "--public-url" in said
    assert "L'adresse précédente, s'il y en avait une, ne fonctionne plus." in said
    assert "Note:" not in said and "Fix:" not in said


def test_calendar_url_without_a_public_url_says_what_to_set(tmp_path: Path):
    config = tmp_path / "b.toml"
    config.write_text(FEED_TOML, encoding="utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    run = CliRunner().invoke(cli, ["calendar", "url", "--config", str(config), "--database", db])
    assert run.exit_code == 0, run.output
    path = run.stdout.strip()
    assert path.startswith("/calendar/") and path.endswith(".ics")
    assert "public_url" in run.stderr and "[service]" in run.stderr and str(config) in run.stderr
    assert f"http://127.0.0.1:8000{path}" in run.stderr and "--public-url" in run.stderr
