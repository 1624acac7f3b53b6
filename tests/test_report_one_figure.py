"""The report gives the availability a client asked for as one value: its line and the
premium's explanation wrote it rounded twice and once (« 9,4 h » then « 9,3 h »,
newcomer51 §9)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("refocus", [12, 23, 34])
def test_the_demanded_hours_are_the_same_figure_in_the_line_and_the_explanation(
    refocus: int, tmp_path: Path
) -> None:
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    assert "refocus_minutes = 23" in text
    config = tmp_path / "boundaries.toml"
    config.write_text(text.replace("refocus_minutes = 23", f"refocus_minutes = {refocus}"))
    args = ["report", "--config", str(config), "--events", str(EXAMPLES / "events.jsonl")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    [line] = re.findall(r"au-delà des conditions : ([\d,]+) h", out)[:1]
    [explained] = re.findall(r"a demandé ([\d,]+) h", out)[:1]
    assert line == explained, (line, explained)
