"""The default phone region of a time zone, from the IANA `zone.tab` shipped with tzdata."""

from __future__ import annotations

from functools import cache
from importlib import resources


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
    """ISO 3166 country of an IANA zone ("Europe/Paris" -> "FR"), or None (e.g. "UTC")."""
    return _zone_regions().get(zone)
