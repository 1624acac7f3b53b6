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


RATE_KEY = "hourly_rate"
"""The client key of the rate billed (SPEC §3, §8)."""


def missing_key(client: Client) -> str | None:
    """The config key to add (or to set above 0: see `missing_why`) before a premium can be
    computed, or None when none is missing."""
    if client.billed_hours_per_week is None:
        return BILLED_KEY
    if not client.hourly_rate or client.hourly_rate <= 0:
        return RATE_KEY
    return None


def missing_why(client: Client) -> str | None:
    """Why `missing_key` stops the premium: "absent" (the key is not in the client's config)
    or "zero" (it is, with the value 0: the rate must be set, not added); None when nothing
    is missing."""
    key = missing_key(client)
    if key is None:
        return None
    return "zero" if key == RATE_KEY and client.hourly_rate is not None else "absent"


def also_missing(client: Client) -> tuple[str, str] | None:
    """The rate key, and why ("absent" or "zero", as `missing_why`), when it is missing too
    beside a missing `billed_hours_per_week`: adding the first key alone would still leave
    no premium (trial38 §7: only the first was named); None otherwise."""
    if missing_key(client) != BILLED_KEY:
        return None
    if client.hourly_rate is None:
        return RATE_KEY, "absent"
    return (RATE_KEY, "zero") if client.hourly_rate <= 0 else None


def premium(client: Client, demanded_hours_per_week: float) -> Premium | None:
    """SPEC §8: `suggested_rate = hourly_rate × (billed + demanded) / billed`, rounded up to
    a whole unit; `percent = 100 × demanded / billed` (one decimal), so a client that demands
    nothing beyond its terms has 0 even when its rate is not a whole number. None when
    `billed_hours_per_week` (or a positive `hourly_rate`) is missing: see `missing_key`."""
    if missing_key(client) is not None:
        return None
    billed, rate = client.billed_hours_per_week, client.hourly_rate
    assert billed is not None and rate is not None
    demanded = max(demanded_hours_per_week, 0.0)
    exact = rate * (billed + demanded) / billed
    # Rounding to 1e-9 first keeps float noise (85.00000000001) from adding a whole unit.
    suggested = math.ceil(round(exact, 9))
    return Premium(
        current_rate=rate,
        suggested_rate=suggested,
        percent=round(100 * demanded / billed, 1),
        currency=client.currency,
        billed_hours_per_week=billed,
        demanded_hours_per_week=demanded,
    )
