"""The default phone region of a time zone, from the IANA `zone.tab` shipped with tzdata."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers.timezone import time_zones_for_number


@cache
def _zone_regions() -> dict[str, str]:
    try:
        text = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                table[parts[2]] = parts[0]
    return table


def region_of_zone(zone: str) -> str | None:
    """ISO 3166 country of an IANA zone ("Europe/Paris" -> "FR"), or None (e.g. "UTC"). A
    zone `zone.tab` does not list, an old name kept as a link ("US/Eastern", "Japan"), is the
    country of the listed zones whose rules it holds byte for byte, when they are one
    country's (trial35 §10: "US/Eastern" was said to name no country). None too for a
    country without phone numbers of its own."""
    region = _zone_regions().get(zone) or _linked_regions().get(zone)
    # a country with no numbering plan of its own ("Antarctica/Troll" is AQ) reads no number
    return region if region and phonenumbers.country_code_for_region(region) else None


@cache
def _linked_regions() -> dict[str, str]:
    """Zones not in `zone.tab` → the one country of the listed zones with the same data."""
    try:
        root = resources.files("tzdata").joinpath("zoneinfo")
    except ModuleNotFoundError:
        return {}
    listed = _zone_regions()
    out: dict[str, str] = {}
    # tzdata's own links first ("L America/Toronto America/Montreal" in `tzdata.zi`): a link
    # is its target's country, even where the target's data is shared with another country's
    # zone (America/Nassau is Toronto's too, trial51 §9: "America/Montreal" named no country)
    try:
        compiled = root.joinpath("tzdata.zi").read_text(encoding="utf-8")
    except OSError:
        compiled = ""
    for line in compiled.splitlines():
        parts = line.split()
        # (an area's name only: "CET", "EST" name a rule of time, not a place)
        named = len(parts) == 3 and "/" in parts[2] and not parts[2].startswith("Etc/")
        if named and parts[0] == "L" and parts[2] not in listed:
            target = parts[1]
            if target in listed:
                out[parts[2]] = listed[target]
    by_data: dict[bytes, set[str]] = {}
    for name, region in listed.items():
        try:
            by_data.setdefault(root.joinpath(name).read_bytes(), set()).add(region)
        except (FileNotFoundError, IsADirectoryError, OSError):
            continue
    for name in _zone_names(root):
        if name in listed or name in out:
            continue
        try:
            regions = by_data.get(root.joinpath(name).read_bytes(), set())
        except OSError:
            continue
        if len(regions) == 1:
            out[name] = next(iter(regions))
    return out


def _zone_names(root: Any) -> list[str]:
    """Every zone name under tzdata's `zoneinfo` folder ("US/Eastern", "Japan")."""
    names: list[str] = []
    for entry in root.iterdir():
        if entry.is_dir():
            names.extend(f"{entry.name}/{sub.name}" for sub in entry.iterdir() if sub.is_file())
        elif entry.is_file() and entry.name[0].isupper():
            names.append(entry.name)
    return names


def zones_of_region(region: str) -> tuple[str, ...]:
    """The IANA zones of an ISO 3166 country ("FR" -> ("Europe/Paris",); "US" -> many)."""
    wanted = region.upper()
    return tuple(sorted(z for z, r in _zone_regions().items() if r == wanted))


def client_whereabouts(
    numbers: list[str], region: str | None, timezone: str | None
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(IANA zone, ISO 3166 country, every country) of a client; the zone and the country
    None when they cannot be told.

    `numbers` are its phone numbers in E.164, `region` its own `region` key, `timezone` its
    own `timezone` key (already checked). The zone is `timezone`, else the one zone all its
    numbers share (phonenumbers' time-zone data: "+1 212…" is America/New_York, a US
    toll-free number could be anywhere) or, for numbers in zones that keep the same clock
    all year ("+33 …" Paris and "+32 …" Brussels, trial49 §1), the first number's, else the
    only zone of `region`. The country is `region`, else the one country all its numbers
    share; every country is `region` and those of all its numbers (a client with French
    and Belgian numbers may be in either, neither is the consultant's St John's)."""
    parsed = [phonenumbers.parse(n) for n in numbers]
    countries: set[str] = {
        code for n in parsed if (code := phonenumbers.region_code_for_number(n)) not in (None, "ZZ")
    }
    every = tuple(sorted(countries | ({region.upper()} if region else set())))
    country = region.upper() if region else (next(iter(countries)) if len(countries) == 1 else None)
    if timezone:
        return timezone, country, every
    zones: list[str] = []
    for number in parsed:
        found = set(time_zones_for_number(number)) - {"Etc/Unknown"}
        if len(found) != 1:
            zones = []
            break
        zones.extend(found - set(zones))
    if zones and same_clock(zones):
        return zones[0], country, every
    if region and len(by_region := zones_of_region(region)) == 1:
        return by_region[0], country, every
    return None, country, every


def same_clock(zones: list[str], year: int = 2026) -> bool:
    """Whether the IANA `zones` show the same UTC offset on every day of `year` and the next
    (their summer time begins and ends on the same days): "Europe/Paris" and
    "Europe/Brussels" do, "Europe/London" and "Europe/Dublin" do, "Europe/Paris" and
    "America/New_York" do not."""
    if len(zones) <= 1:
        return bool(zones)
    infos = [ZoneInfo(z) for z in zones]
    start = datetime(year, 1, 1, 12, tzinfo=UTC)
    for day in range(0, 731):
        at = start + timedelta(days=day)
        if len({at.astimezone(z).utcoffset() for z in infos}) > 1:
            return False
    return True
