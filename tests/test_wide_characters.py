"""Names in a script whose characters take two columns (trial35 §12: a client named
株式会社さくら pushed `check`'s rows past the header, and the report's underline was short)."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from boundaries.cli.columns import fitted, shorten
from boundaries.reporting.text import WIDTH, rule


def test_a_table_with_wide_characters_lines_up_as_the_terminal_shows_it():
    lines = fitted(
        ["client", "name", "lang"],
        [["sakura", "株式会社さくら", "en"], ["velo", "Atelier Vélo", "fr"]],
        80,
    )
    rows = zip(lines[2:], ("en", "fr"), strict=True)
    columns = {cell_len(line[: line.rindex(lang)]) for line, lang in rows}
    assert len(columns) == 1, lines  # the language column starts at one column on every row
    assert all(cell_len(line) <= 80 for line in lines)


def test_shortening_counts_columns_not_characters():
    short = shorten("株式会社さくら東京本社営業部", 11)
    assert cell_len(short) <= 11 and short.startswith("株式") and "…" in short


def test_the_reports_underline_is_as_wide_as_its_wide_title():
    title = "株式会社さくら (sakura)"
    assert cell_len(title) == 23 < WIDTH
    assert rule(title) == "─" * 23


def test_long_wide_names_wrap_within_the_columns_of_check_and_report(tmp_path, monkeypatch):
    """trial36 §9: a 30-character Japanese name made `check` rows 103 columns wide and the
    report's paragraphs 105."""
    import json

    from click.testing import CliRunner

    from boundaries.cli.main import cli
    from tests.conftest import EXAMPLES

    name = "株式会社さくらインターナショナルホールディングス東京本社"
    toml = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    # a relative path: a file's path is never cut, and pytest's own can pass 80 columns
    monkeypatch.chdir(tmp_path)
    config = Path("boundaries.toml")
    config.write_text(toml.replace('name = "Atelier Vélo Solidaire"', f'name = "{name}"'))
    events = str(EXAMPLES / "events.jsonl")
    for args in (["check", "--config", str(config)],
                 ["report", "--config", str(config), "--events", events]):  # fmt: skip
        result = CliRunner().invoke(cli, args, env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        assert all(cell_len(line) <= 80 for line in result.output.splitlines()), args
    assert json.loads(
        CliRunner()
        .invoke(cli, ["report", "--config", str(config), "--events", events, "--json"])
        .output
    )["clients"]
