"""What the dashboard's catalogue says is read in a browser, as text: no Markdown marks a
page would show as typed (trial37 §11: "Lisez ces messages urgents maintenant (page du client,
ou \\`boundaries events\\`)")."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import ROOT

LOCALES = ROOT / "src" / "boundaries" / "locales"


def _texts(table: dict[str, object], path: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, value in table.items():
        if isinstance(value, dict):
            out += _texts(value, f"{path}{key}.")
        elif isinstance(value, str):
            out.append((f"{path}{key}", value))
    return out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_dashboard_text_carries_markdown_marks(lang: str):
    table = tomllib.loads((LOCALES / lang / "dashboard.toml").read_text(encoding="utf-8"))
    marked = [(key, text) for key, text in _texts(table) if "`" in text or "**" in text]
    assert marked == []
