"""A client's time named as people of its region name it (newcomer55 §10): North America's
by its region (CLDR metazone: « heure de l'Est », "Eastern Time"), never by the city CLDR
files an alias or a Québec number's zone under (Toronto); elsewhere by its city."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.i18n import in_zone
from tests.conftest import EXAMPLES

MOMENT = {"fr": "lundi 7 décembre à 10 h", "en": "Monday, December 7 at 10 AM"}


@pytest.mark.parametrize(
    ("zone", "fr", "en"),
    [
        ("America/Montreal", "heure de l'Est", "Eastern Time"),  # an alias of America/Toronto
        ("America/Toronto", "heure de l'Est", "Eastern Time"),
        ("America/Vancouver", "heure du Pacifique", "Pacific Time"),
        ("America/Halifax", "heure de l'Atlantique", "Atlantic Time"),
        ("America/Winnipeg", "heure du Centre", "Central Time"),
        ("Europe/Paris", "heure de Paris", "Paris time"),
        ("Africa/Abidjan", "heure d'Abidjan", "Abidjan time"),
        ("Australia/Sydney", "heure de Sydney", "Sydney time"),
    ],
)
def test_a_zone_is_named_as_people_there_name_it(zone: str, fr: str, en: str):
    assert in_zone(MOMENT["fr"], "fr", ZoneInfo(zone)) == f"{MOMENT['fr']}, {fr}"
    assert in_zone(MOMENT["en"], "en", ZoneInfo(zone)).endswith(f"10 AM {en}")
    assert "Toronto" not in in_zone(MOMENT["fr"], "fr", ZoneInfo(zone))


@pytest.mark.parametrize("timezone", [None, "America/Montreal"])
def test_a_montreal_client_is_never_told_toronto(timezone: str | None):
    """A +1 514 number's zone (phonenumbers) is America/Toronto; an explicit
    `timezone = "America/Montreal"` is its alias: « heure de l'Est » both ways."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    own = f'timezone = "{timezone}"\n' if timezone else ""
    text += (
        '\n[[client]]\nid = "erable"\nname = "Érable Conseil"\nlanguage = "fr"\n'
        f'phones = ["+1 514 555 0123"]\n{own}'
        'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=MO", start = "16:00", minutes = 30 }]\n'
    )
    config = parse_config(text)
    client = config.client("erable")
    assert client is not None
    told = in_zone(MOMENT["fr"], "fr", config.client_zone(client).zone)
    assert told.endswith("heure de l'Est") and "Toronto" not in told
