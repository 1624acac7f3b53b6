"""Dates and notices read as a careful writer writes them (newcomer2 L1): French writes the
first of the month « 1er » on every screen, letter, greeting and notification (one mechanism,
`i18n.written`); a notification says « le mardi 1er décembre à 6 h 30 », « d'un appelant
inconnu », and why the message is urgent in the consultant's language; the French greeting
offers the urgent line for what cannot wait (for the answer promised, where one is), as the
English one does."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.config import parse_config
from boundaries.i18n import day, phone_written, when, written
from boundaries.reporting import wording
from boundaries.store import Store
from boundaries.web.app import create_app
from boundaries.web.dashboard.words import Words
from tests.conftest import EXAMPLES
from tests.dashboard_support import running_site, signed_in
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, Receiver, ServerThread

PARIS = ZoneInfo("Europe/Paris")
TUESDAY_0630 = datetime(2026, 12, 1, 6, 30, tzinfo=PARIS)  # outside working hours
KARIM = "+33472001122"  # Atelier Vélo Solidaire: standing calls Tuesday and Thursday 16:00
STRANGER = "+33299001122"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (written(date(2026, 12, 1), "d MMM", "fr"), "1er déc."),
        (written(date(2026, 12, 11), "d MMM", "fr"), "11 déc."),
        (written(date(2026, 12, 1), "'le' d", "fr"), "le 1er"),  # quoted text left alone
        (when(datetime(2026, 12, 1, 16, tzinfo=PARIS), "fr", PARIS), "mardi 1er décembre à 16 h"),
        (day(date(2027, 1, 1), "fr"), "vendredi 1er janvier"),
        (wording.day("fr", date(2027, 1, 1)), "1er janvier 2027"),
        (wording.short_day("fr", date(2026, 12, 1)), "1er déc."),
        (
            Words("fr", PARIS).moment(datetime(2026, 12, 1, 16, tzinfo=PARIS)),
            "mar. 1er déc. à 16 h",
        ),
        (Words("fr", PARIS).day(date(2026, 12, 1)), "1er déc."),
        (when(datetime(2026, 12, 1, 16, tzinfo=PARIS), "en", PARIS), "Tuesday, December 1 at 4 PM"),
    ],
)
def test_the_first_of_the_month_is_written_as_french_writes_it(said: str, expected: str):
    assert said == expected


@dataclass
class Live:
    provider: Provider
    receiver: Receiver
    clock: Clock


@contextmanager
def live(db_url: str) -> Iterator[Live]:
    """The example configuration with a notification channel, at 06:30 on Tuesday 1 December."""
    with Receiver() as receiver:
        text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
        text = text.replace("[service]\n", f'[service]\nnotify = ["{receiver.url}"]\n')
        store = Store.open(db_url)
        clock = Clock(TUESDAY_0630)
        app = create_app(parse_config(text), store, TOKEN, public_url=PUBLIC, clock=clock)
        try:
            with ServerThread(app) as server:
                yield Live(Provider(server.url), receiver, clock)
        finally:
            store.close()


def test_the_greeting_names_the_first_of_the_month_and_offers_the_line_before_the_answer(db_url):
    with live(db_url) as site:
        said = site.provider.post("/twilio/voice", {"CallSid": "CA" + "1" * 32, "From": KARIM})
    assert "mardi 1er décembre à 16 h" in said.text
    # no [mail] here: no answer is promised, so the line is for what cannot wait at all
    assert "qui ne peut pas attendre, appuyez sur 1" in said.text and "aujourd'hui" not in said.text
    assert "attendre demain" not in said.text


def test_an_urgent_press_is_notified_with_its_day_in_french(db_url):
    with live(db_url) as site:
        call = "CA" + secrets.token_hex(16)
        site.provider.post("/twilio/voice", {"CallSid": call, "From": KARIM})
        site.provider.post("/twilio/gather", {"CallSid": call, "Digits": "1"})
        [notice] = site.receiver.wait(1, timeout=15)
    body = notice["message"]
    assert "a appuyé sur 1 (ligne urgente) le mardi 1er décembre à 6 h 30" in body
    assert "à mardi" not in body


def test_an_urgent_voicemail_of_an_unknown_caller_is_notified_in_french_throughout(db_url):
    with live(db_url) as site:
        call = "CA" + secrets.token_hex(16)
        site.provider.post("/twilio/voice", {"CallSid": call, "From": STRANGER})
        site.clock.now += timedelta(minutes=2)
        r = site.provider.post(
            "/twilio/transcription",
            {
                "CallSid": call,
                "TranscriptionSid": "TR" + secrets.token_hex(16),
                "TranscriptionText": "urgent the server is down",
                "TranscriptionStatus": "completed",
            },
        )
        assert r.status_code == 200
        [notice] = site.receiver.wait(1, timeout=15)
    body = notice["message"]
    # newcomer55 §3: the number is all the consultant has to call an unknown caller back on
    shown = phone_written(STRANGER)
    assert body.startswith(
        f"Message d'un appelant inconnu ({shown}) le mardi 1er décembre à 6 h 32 :"
    )
    assert notice["title"] == f"Message urgent : Appelant inconnu, {shown}", notice
    assert "« urgent the server is down »" in body
    assert "(jugé urgent : dommage en cours, d'après « server is down »)" in body
    for english in ("harm happening now", "urgent:", "Appelant inconnu à", "Message de Appelant"):
        assert english not in body


def test_the_report_names_the_next_call_on_the_first_of_the_month():
    result = CliRunner().invoke(
        cli,
        [
            "report",
            "--config",
            str(EXAMPLES / "boundaries.toml"),
            "--events",
            str(EXAMPLES / "events.jsonl"),
            "--client",
            "velo",
            "--now",
            "2026-11-30T18:00:00+01:00",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Prochain point : mardi 1er décembre à 16 h" in result.output


def test_the_dashboard_names_the_next_call_on_the_first_of_the_month(tmp_path):
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as site:
        site.clock.now = datetime(2026, 11, 30, 18, tzinfo=PARIS)
        with signed_in(site) as client:
            page = client.get("/clients/velo").text
    assert "mar. 1er déc. à 16 h" in page


@pytest.mark.parametrize(
    ("said", "lang", "shown", "not_shown"),
    [
        # newcomer13 L2: when the trouble began is no deadline
        (
            "les vélos de location ne se déverrouillent plus depuis ce matin, plus personne "
            "ne peut louer",
            "fr",
            "en cours « depuis ce matin »",
            "échéance",
        ),
        (
            "les vélos de location ne se déverrouillent plus depuis ce matin, plus personne "
            "ne peut louer",
            "en",
            "going on “depuis ce matin”",
            "due",
        ),
    ],
)
def test_an_alert_says_a_trouble_going_on_since_a_moment_not_a_deadline(
    said: str, lang: str, shown: str, not_shown: str
):
    from boundaries.integrations.notify.wording import why
    from boundaries.triage import Message, classify

    verdict = classify(Message("x", "voicemail", said))
    assert verdict.urgent, verdict.reasons
    worded = "".join(why(r, lang) for r in verdict.reasons if r.startswith("urgent"))
    assert shown in worded and not_shown not in worded, worded


def test_a_notice_quotes_the_client_as_written_not_as_the_rules_read():
    """trial50: « les pompiers sont là » was quoted « les pompiers sont la »."""
    from boundaries.integrations.notify.wording import why

    said = "Allô, les pompiers sont là, ça brûle au sous-sol"
    note = why("urgent: harm happening now ('les pompiers sont la')", "fr", said)
    assert "« les pompiers sont là »" in note, note
    assert "sont la »" not in why("urgent: harm happening now ('les pompiers sont la')", "fr", said)
