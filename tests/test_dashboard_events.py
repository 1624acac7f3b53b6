"""The client page's recent events after real calls: what the consultant is told about an alert
is the alert's own outcome, and every stored kind, action and reason reads in the page's
language (SPEC §2, §7, §12)."""

from __future__ import annotations

import html
import re
import secrets
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import httpx
import pytest

from boundaries.config import parse_config
from boundaries.store import Store, StoredEvent
from boundaries.store.users import Logins
from boundaries.web.app import create_app
from boundaries.web.auth import hash_password
from boundaries.web.dashboard.words import LOCALE_DIR
from tests.conftest import EXAMPLES
from tests.dashboard_support import CLAIRE, csrf_of, running_site
from tests.dashboard_support import signed_in as dashboard_signed_in
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, ServerThread
from tests.test_notifications import MARC, MONDAY_10, Service


def _catalogue(lang: str) -> dict[str, dict[str, str]]:
    return tomllib.loads((LOCALE_DIR / lang / "dashboard.toml").read_text("utf-8"))


@contextmanager
def service(db_url: str) -> Iterator[Service]:
    """The example configuration with no notification channel, served over plain HTTP on
    loopback (cookies without `Secure`, as `serve` does there)."""
    store = Store.open(db_url)
    config = parse_config((EXAMPLES / "boundaries.toml").read_text(encoding="utf-8"))
    clock = Clock(MONDAY_10)
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock, secure_cookies=False)
    try:
        with ServerThread(app) as server:
            yield Service(Provider(server.url), store, clock, store.account_id())
    finally:
        store.close()


@contextmanager
def signed_in(live: Service) -> Iterator[httpx.Client]:
    Logins(live.store).add_user(live.account, CLAIRE[0], hash_password(CLAIRE[1]))
    base = live.provider.base_url
    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as client:
        page = client.get("/login")
        answer = client.post(
            "/login", data={"csrf": csrf_of(page.text), "email": CLAIRE[0], "password": CLAIRE[1]}
        )
        assert answer.status_code == 303, answer.text
        yield client


def _events_table(page: str) -> str:
    found = re.search(r'<table class="events">(.*?)</table>', page, re.S)
    assert found, "the page lists recent events"
    return html.unescape(re.sub(r"<[^>]+>", " ", found.group(1)))


def _calls(live: Service) -> None:
    """The README's `call-test --digits 1` with no channel, then an ordinary voicemail with its
    transcription and status callbacks, outside working hours."""
    live.urgent_press(MARC)
    live.wait_for("failed")
    live.clock.now += timedelta(minutes=40)
    call = "CA" + secrets.token_hex(16)
    assert live.provider.post("/twilio/voice", {"CallSid": call, "From": MARC}).status_code == 200
    said = "c'est marc je voulais savoir où on en est du dossier de subvention"
    for path, params in [
        (
            "/twilio/recording",
            {
                "CallSid": call,
                "RecordingSid": "RE" + secrets.token_hex(16),
                "RecordingUrl": "https://x/r",
                "RecordingDuration": "12",
            },
        ),
        (
            "/twilio/transcription",
            {
                "CallSid": call,
                "TranscriptionSid": "TR" + secrets.token_hex(16),
                "TranscriptionText": said,
                "TranscriptionStatus": "completed",
            },
        ),
        ("/twilio/status", {"CallSid": call, "CallStatus": "no-answer", "SequenceNumber": "1"}),
    ]:
        assert live.provider.post(path, params).status_code == 200, path


def test_a_failed_alert_is_shown_as_failed_never_as_you_were_alerted(db_url):
    with service(db_url) as live:
        live.away()
        _calls(live)
        with signed_in(live) as client:
            fr = _events_table(client.get("/clients/horizon").text)
            assert "l'alerte a échoué" in fr
            assert "vous avez été alerté" not in fr and "notified at once" not in fr
            # its reason says why it was asked for, not that it went (trial35 §11)
            assert "alerte déclenchée" not in fr
            client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": "en"})
            en = _events_table(client.get("/clients/horizon").text)
            assert "the alert failed" in en and "you were alerted" not in en
            assert "alert raised" not in en


def test_every_event_on_the_french_page_reads_in_french(db_url):
    with service(db_url) as live:
        live.away()
        _calls(live)
        stored = live.store.events(live.account)
        with signed_in(live) as client:
            fr = _events_table(client.get("/clients/horizon").text)
    for english in (
        "outside working hours",
        "urgent press",
        "agenda item",
        "reply owed",
        "status",
        "notification",
        "urgent line",
        "no answer",
    ):
        assert english not in fr, english
    assert "hors de vos heures de travail" in fr or "absent jusqu'à" in fr
    for lang in ("fr", "en"):
        words = _catalogue(lang)
        for e in stored:
            assert e.kind in words["kinds"], (lang, e.kind)
            assert e.action.replace("-", "_") in words["actions"], (lang, e.action)
            why = e.detail.get("why")
            if why:
                assert why in words["reasons"], (lang, why)


def _rows(page: str) -> list[str]:
    found = re.search(r'<table class="events">(.*?)</table>', page, re.S)
    assert found, "the page lists recent events"
    rows = re.findall(r"<tr>(.*?)</tr>", found.group(1), re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", r)).split()) for r in rows]


def test_an_agenda_item_reads_as_on_the_agenda_not_as_a_reply_owed(db_url):
    """Newcomer5 L3: the agenda item and the reply owed are both stored "owed"; each row
    names what it is (« à l'ordre du jour » / « réponse due »), in both languages."""
    with service(db_url) as live:
        live.away()
        _calls(live)
        with signed_in(live) as client:
            pages = {"fr": client.get("/clients/horizon").text}
            client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": "en"})
            pages["en"] = client.get("/clients/horizon").text
    for lang, page in pages.items():
        words = _catalogue(lang)
        rows = _rows(page)
        [agenda] = [r for r in rows if words["kinds"]["agenda_item"] in r]
        [reply] = [r for r in rows if words["kinds"]["reply_owed"] in r]
        assert words["actions"]["agenda"] in agenda and words["actions"]["owed"] not in agenda
        assert words["actions"]["owed"] in reply, (lang, reply)


@pytest.mark.parametrize(
    ("lang", "hours", "shown"),
    [
        ("fr", 2, "absent jusqu'à lun. 12 h"),
        ("fr", 24 * 6 + 9, "absent jusqu'à dim. 6 déc. à 19 h"),
        ("en", 24 * 6 + 9, "away until Sun, Dec 6, 7:00 PM"),
    ],
)
def test_an_absence_that_ends_another_day_shows_its_date(db_url, lang, hours, shown):
    """Newcomer5 L4: a call during a week off reads "away until <day, date, time>", not a
    bare time that reads as "back tonight"; an absence ending the same day keeps its time."""
    with service(db_url) as live:
        live.store.record(
            live.account,
            [
                StoredEvent(
                    kind="away",
                    at=live.clock.now - timedelta(minutes=5),
                    action="away",
                    sid="away-long",
                    detail={"until": (live.clock.now + timedelta(hours=hours)).isoformat()},
                )
            ],
        )
        r = live.provider.post("/twilio/voice", {"CallSid": "CA" + "1" * 32, "From": MARC})
        assert r.status_code == 200 and "<Dial" not in r.text
        with signed_in(live) as client:
            client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": lang})
            rows = _rows(client.get("/clients/horizon").text)
    assert any(shown in r for r in rows), rows


def test_the_client_page_agrees_with_itself_right_after_a_voicemail(db_url):
    """Newcomer5 L1: the page's figures and agenda come from the store as it is when the page
    is asked, as its event list does, never from a report made seconds before the
    voicemail (SPEC §8: the dashboard shows what the report shows)."""
    with service(db_url) as live:
        live.away()
        with signed_in(live) as client:
            before = client.get("/clients/horizon").text
            assert 'data-figure="voicemails">0<' in before
            _calls(live)  # an urgent press, then a voicemail about the grant application
            after = client.get("/clients/horizon").text
    assert 'data-figure="voicemails">2<' in after
    agenda = re.search(r'<ol class="agenda">(.*?)</ol>', after, re.S)
    assert agenda and "subvention" in agenda.group(1)
    assert any("subvention" in r for r in _rows(after))


PREMIUM = {"en": ("Beyond", "asks for nothing"), "fr": ("Au-delà", "ne demande rien")}


@pytest.mark.parametrize(("lang", "other"), [("en", "fr"), ("fr", "en")])
def test_the_premium_explanation_follows_the_page_language(db_url, lang, other):
    with service(db_url) as live:
        live.away()
        _calls(live)
        with signed_in(live) as client:
            client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": lang})
            page = client.get("/clients/harbor").text + client.get("/clients/horizon").text
    explained = re.findall(r'<p class="muted">([^<]*)</p>', page)
    assert any(w in p for p in explained for w in PREMIUM[lang]), explained
    assert not any(w in p for p in explained for w in PREMIUM[other]), explained


def test_the_unknown_callers_card_shows_no_allowance(db_url):
    """README: unknown callers have no terms; their card has no "ad-hoc calls in the busiest
    week / allowed" and no deferral replies (they never get one)."""
    with running_site(db_url) as site, dashboard_signed_in(site) as client:
        page = client.get("/").text
    cards = page.split("<article")
    [unknown] = [c for c in cards if "Appelants inconnus" in c]
    assert "appels ponctuels" not in unknown and 'data-figure="adhoc_allowance"' not in unknown
    assert 'data-figure="replies_sent"' not in unknown
    assert sum("appels ponctuels" in c for c in cards) == 3  # each client still has its own
    # the figure is the busiest week's, and says so (trial34 §11: read as this week's)
    assert sum("semaine la plus chargée" in c for c in cards) == 3


def test_the_week_page_says_one_call_in_the_singular(db_url):
    """Newcomer5 L2: after one call the week's summary reads « 1 appel », "1 call", never
    « 1 appels » or "1 calls" (CLDR plural forms, both languages)."""
    with service(db_url) as live:
        r = live.provider.post("/twilio/voice", {"CallSid": "CA" + "2" * 32, "From": MARC})
        assert r.status_code == 200
        with signed_in(live) as client:
            pages = {"fr": client.get("/").text}
            client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": "en"})
            pages["en"] = client.get("/").text
    for lang, page in pages.items():
        summary = re.search(r'<section class="summary"(.*?)</section>', page, re.S)
        assert summary, lang
        said = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", summary.group(1))).split())
        one, wrong = ("1 appel", "1 appels") if lang == "fr" else ("1 call", "1 calls")
        assert one in said and wrong not in said, said
        assert ("0 message vocal" if lang == "fr" else "0 voicemails") in said, said
