"""The availability premium of SPEC §8: what the rate would need to be for the availability used."""

from __future__ import annotations

import math
from dataclasses import dataclass

from boundaries.domain.model import Client

BILLED_KEY = "billed_hours_per_week"
"""The client key the premium needs (SPEC §3, §8)."""


@dataclass(frozen=True)
class Premium:
    """A suggested rate: `current_rate` and `suggested_rate` per hour in `currency`;
    `percent` is the demanded availability as a share of the billed hours."""

    current_rate: float
    suggested_rate: int
    percent: float
    currency: str
    billed_hours_per_week: float
    demanded_hours_per_week: float


def missing_key(client: Client) -> str | None:
    """The config key to add before a premium can be computed, or None when none is missing."""
    if client.billed_hours_per_week is None:
        return BILLED_KEY
    if client.hourly_rate <= 0:
        return "hourly_rate"
    return None


def premium(client: Client, demanded_hours_per_week: float) -> Premium | None:
    """SPEC §8: `suggested_rate = hourly_rate × (billed + demanded) / billed`, rounded up to
    a whole unit; `percent = 100 × demanded / billed` (one decimal), so a client that demands
    nothing beyond its terms has 0 even when its rate is not a whole number. None when
    `billed_hours_per_week` (or a positive `hourly_rate`) is missing: see `missing_key`."""
    if missing_key(client) is not None:
        return None
    billed = client.billed_hours_per_week
    assert billed is not None
    demanded = max(demanded_hours_per_week, 0.0)
    exact = client.hourly_rate * (billed + demanded) / billed
    # Rounding to 1e-9 first keeps float noise (85.00000000001) from adding a whole unit.
    suggested = math.ceil(round(exact, 9))
    return Premium(
        current_rate=client.hourly_rate,
        suggested_rate=suggested,
        percent=round(100 * demanded / billed, 1),
        currency=client.currency,
        billed_hours_per_week=billed,
        demanded_hours_per_week=demanded,
    )
