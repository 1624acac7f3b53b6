"""The zone a client is told times in, when its numbers span several countries (trial49 §1:
a client with French and Belgian numbers was told the St John's consultant's 7:45, unnamed,
for a call at 12:15 in Paris)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from boundaries.config import parse_config
from boundaries.config.regions import same_clock
from boundaries.i18n import when
from tests.conftest import BASE_TOML

ST_JOHNS = ZoneInfo("America/St_Johns")
CALL = datetime(2026, 12, 15, 7, 45, tzinfo=ST_JOHNS)  # 12:15 in Paris and Brussels


def _config(phones: str, consultant_zone: str = "America/St_Johns") -> str:
    return BASE_TOML.replace(
        'timezone = "Europe/Paris"', f'timezone = "{consultant_zone}"'
    ).replace('phones = ["+33 1 23 45 67 89"]', f"phones = [{phones}]")


def _told(phones: str, consultant_zone: str = "America/St_Johns") -> str:
    config = parse_config(_config(phones, consultant_zone))
    client = config.client("horizon")
    assert client is not None
    zone = config.client_zone(client)
    return when(CALL, "fr", zone.zone, zone.named(CALL))


def test_numbers_in_two_countries_on_one_clock_are_told_that_clock_named() -> None:
    said = _told('"+33 4 72 00 11 22", "+33 6 11 22 33 44", "+32 2 555 12 34"')
    assert "12 h 15" in said and "heure de Paris" in said, said


def test_numbers_on_two_clocks_get_the_consultants_time_named() -> None:
    said = _told('"+33 4 72 00 11 22", "+1 212 555 0100"')
    assert "7 h 45" in said and "heure" in said, said


def test_one_country_as_before() -> None:
    assert "12 h 15, heure de Paris" in _told('"+33 4 72 00 11 22"')
    # a French client of a Paris consultant is told the time unnamed, as always
    at_home = _told('"+33 4 72 00 11 22", "+33 6 11 22 33 44"', "Europe/Paris")
    assert "heure" not in at_home, at_home


def test_same_clock_compares_every_day_of_two_years() -> None:
    assert same_clock(["Europe/Paris", "Europe/Brussels"])
    assert same_clock(["Europe/London", "Europe/Dublin"])
    assert not same_clock(["Europe/Paris", "Europe/London"])
    assert not same_clock(["Europe/Paris", "America/New_York"])
