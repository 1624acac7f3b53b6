"""Amounts as the reader writes them (trial36 §1: "$1,000.00" lost two zeros, the rate letter
to a client read "from $10 to $2,834")."""

from __future__ import annotations

import pytest

from boundaries.reporting.wording import money


@pytest.mark.parametrize(
    ("lang", "value", "currency", "written"),
    [
        ("en", 1000, "USD", "$1,000"),
        ("en", 12000, "JPY", "¥12,000"),
        ("en", 1_000_000, "EUR", "€1,000,000"),
        ("en", 2834, "USD", "$2,834"),
        ("en", 99.5, "USD", "$99.50"),
        ("fr", 1000, "EUR", "1\u202f000\xa0€"),
        ("fr", 12000, "JPY", "12\u202f000\xa0JPY"),
        ("fr", 85, "EUR", "85\xa0€"),
        ("fr", 99.5, "EUR", "99,50\xa0€"),
        # a currency written in letters before the digits is parted from them (CLDR
        # currencySpacing; trial37 §11: "CHF3,019")
        ("en", 3019, "CHF", "CHF\xa03,019"),
        ("en", 1250.5, "CHF", "CHF\xa01,250.50"),
        ("en", 500, "CAD", "CA$500"),
        ("fr", 3019, "CHF", "3\u202f019\xa0CHF"),
    ],
)
def test_whole_amounts_keep_every_digit(lang: str, value: float, currency: str, written: str):
    assert money(lang, value, currency) == written
