"""The report gives the availability a client asked for as one value: its line and the
premium's explanation wrote it rounded twice and once (« 9,4 h » then « 9,3 h »,
newcomer51 §9)."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("refocus", [7, 23, 34])
def test_the_hours_lost_in_the_report_are_the_figure_the_dashboard_and_json_give(
    refocus: int, tmp_path: Path
) -> None:
    # trial33 §8: the report wrote hours lost to one decimal, the dashboard and the JSON to two
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    config = tmp_path / "boundaries.toml"
    config.write_text(text.replace("refocus_minutes = 23", f"refocus_minutes = {refocus}"))
    args = ["report", "--config", str(config), "--events", str(EXAMPLES / "events.jsonl")]
    shown = CliRunner().invoke(cli, args)
    given = CliRunner().invoke(cli, [*args, "--json"])
    assert shown.exit_code == 0 and given.exit_code == 0, shown.output + given.output
    out = " ".join(shown.output.split())
    written = re.findall(r"heures perdues en interruptions : ([\d,]+)", out)
    hours = [c["hours_lost"] for c in json.loads(given.output)["clients"]]
    assert [float(h.replace(",", ".")) for h in written] == hours
    assert any(round(h, 1) != h for h in hours)  # a figure that one decimal would change
