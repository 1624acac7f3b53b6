"""Settings that are valid but leave part of the product doing nothing are named by `check`
with their fix (and logged by `serve`): an empty `working_hours`, no clients, a client that
cannot be recognised, a CalDAV calendar without a login, a model folder no engine reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import parse_config
from boundaries.config.advice import warnings
from tests.conftest import BASE_TOML, EXAMPLES

CLIENT = BASE_TOML[BASE_TOML.index("[[client]]") :]


def check(tmp_path: Path, text: str) -> tuple[int, str]:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(path)])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        (
            BASE_TOML.replace(
                'working_hours = ["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]',
                "working_hours = []",
            ),
            "consultant.working_hours",
            "never within working hours",
        ),
        (BASE_TOML.replace(CLIENT, ""), "[[client]]", "unknown caller"),
        (BASE_TOML.replace('phones = ["+33 1 23 45 67 89"]\n', ""), "horizon", "no phones"),
        (
            BASE_TOML.replace('phones = ["+33 1 23 45 67 89"]\n', "").replace(
                'emails = ["marc@horizon.example"]\n', ""
            ),
            "horizon",
            "no phones and no emails",
        ),
        (
            BASE_TOML + '\n[calendar]\ncaldav_url = "https://dav.example/cal"\n',
            "caldav_username",
            "fail at the login",
        ),
        (
            BASE_TOML + '\n[speech]\nengine = "pocketsphinx"\nmodel_path = "nope"\n',
            "model_path",
            "not used",
        ),
    ],
    ids=["no-hours", "no-client", "no-phones", "unrecognisable", "caldav-login", "model-path"],
)
def test_a_setting_that_makes_a_part_useless_is_warned_about_with_its_fix(
    tmp_path: Path, text: str, key: str, words: str
):
    found = warnings(parse_config(text))
    assert len(found) == 1 and key in found[0] and words in found[0] and "Fix:" in found[0]
    code, output = check(tmp_path, text)
    assert code == 0, output  # a warning, not a refusal: the file is valid
    flat = " ".join(output.split())
    assert "Warning: " + " ".join(found[0].split()) in flat


def test_empty_working_hours_read_none_in_the_summary(tmp_path: Path):
    text = BASE_TOML.replace(
        'working_hours = ["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]', "working_hours = []"
    )
    assert "Working hours: none" in check(tmp_path, text)[1]


def test_the_example_and_a_plain_file_get_no_warning(example_config):
    assert warnings(example_config) == [] and warnings(parse_config(BASE_TOML)) == []


def test_check_says_standing_calls_will_be_written_to_caldav_it_writes_nothing(tmp_path: Path):
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text += '\n[calendar]\ncaldav_url = "https://dav.example/cal"\ncaldav_username = "claire"\n'
    code, output = check(tmp_path, text)
    assert code == 0 and "will be written to CalDAV: https://dav.example/cal" in output
    assert "caldav_username" not in output
