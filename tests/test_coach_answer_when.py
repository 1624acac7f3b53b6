"""The coach promises an email answer "the same day" only where the client gets it the same
day of its own calendar (newcomer55 §13: a Sydney client was promised the same day, and the
17:00 Paris replies reach it at 3 a.m. the next day; the greetings and replies said so)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.domain.figures import ClientFigures, Period, WeekFigures
from boundaries.domain.schedule import Calendar
from boundaries.reporting.coaching import answered_same_day, script_values
from boundaries.reporting.wording import script
from tests.conftest import EXAMPLES

SYDNEY = """
[[client]]
id = "koala"
name = "Koala Design"
language = "en"
phones = ["+61 2 9374 4000"]
emails = ["mia@koala.example"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=WE", start = "08:30", minutes = 30 }]
"""


def _config():
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8") + SYDNEY
    return parse_config(text + '\n[mail]\nsmtp_url = "smtp://127.0.0.1:2525"\n')


@pytest.mark.parametrize("script_name", ["talk", "defer", "pushback"])
@pytest.mark.parametrize(
    ("client_id", "lang", "promised", "never"),
    [
        ("koala", "en", "within a day", "the same day"),
        ("harbor", "en", "the same day", "within a day"),
        ("koala", "fr", "sous 24 heures", "le jour même"),
        ("horizon", "fr", None, "sous 24 heures"),
    ],
)
def test_the_email_answer_is_promised_for_when_it_comes(
    client_id: str, lang: str, promised: str | None, never: str, script_name: str
):
    config = _config()
    client = config.client(client_id)
    assert client is not None
    monday = date(2026, 11, 2)
    figures = ClientFigures(
        id=client.id, adhoc_allowance=1, refocus_minutes=20, weeks=1.0,
        by_week={monday: WeekFigures()},
        total=WeekFigures(calls=12, rung=6, interruptions=6, interruption_minutes=50),
    )  # fmt: skip
    now = datetime(2026, 11, 8, 12, tzinfo=ZoneInfo("Europe/Paris"))
    values = script_values(
        lang, config, Calendar(config), client, figures, Period(monday, monday + timedelta(6)),
        [], now, [],
    )  # fmt: skip
    text = " ".join(script(lang, script_name, **values).split())
    if promised is not None and script_name != "pushback":
        assert promised in text, text
    assert never not in text, text


def test_answered_same_day_follows_the_clients_zone():
    config = _config()
    now = datetime(2026, 11, 8, 12, tzinfo=ZoneInfo("Europe/Paris"))
    koala, harbor, horizon = (config.client(c) for c in ("koala", "harbor", "horizon"))
    assert koala is not None and harbor is not None and horizon is not None
    assert not answered_same_day(config, koala, now)
    assert answered_same_day(config, harbor, now) and answered_same_day(config, horizon, now)
