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
    """`check` of `text` with an English-speaking consultant: `check` speaks the consultant's
    language (tests/test_messages_language.py), and these read its English words."""
    path = tmp_path / "c.toml"
    path.write_text(text.replace('language = "fr"', 'language = "en"', 1), encoding="utf-8")
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
        (BASE_TOML.replace("hourly_rate = 85.0", "hourly_rate = 0"), "hourly_rate", "premium"),
    ],
    ids=[
        "no-hours",
        "no-client",
        "no-phones",
        "unrecognisable",
        "caldav-login",
        "model-path",
        "zero-rate",  # trial45 B11
    ],
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


def test_check_says_standing_calls_will_be_written_to_caldav_it_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("BOUNDARIES_CALDAV_PASSWORD", "s3cret")
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text += '\n[calendar]\ncaldav_url = "https://dav.example/cal"\ncaldav_username = "claire"\n'
    code, output = check(tmp_path, text)
    assert code == 0 and "will be written to CalDAV: https://dav.example/cal" in output
    assert "caldav_username" not in output


PASSWORDS = (
    "BOUNDARIES_SMTP_PASSWORD",
    "BOUNDARIES_SMTP_PASSWORD_FILE",
    "BOUNDARIES_IMAP_PASSWORD",
    "BOUNDARIES_IMAP_PASSWORD_FILE",
    "BOUNDARIES_CALDAV_PASSWORD",
)


@pytest.mark.parametrize(
    ("section", "key", "env", "file_key"),
    [
        (
            '[mail]\nsmtp_url = "smtp://julie@127.0.0.1:2525"\n',
            "smtp_url",
            "BOUNDARIES_SMTP_PASSWORD",
            "smtp_password_file",
        ),
        (
            '[mail]\nimap_url = "imaps://julie@imap.example"\n',
            "imap_url",
            "BOUNDARIES_IMAP_PASSWORD",
            "imap_password_file",
        ),
        (
            '[calendar]\ncaldav_url = "https://dav.example/cal"\ncaldav_username = "julie"\n',
            "caldav_username",
            "BOUNDARIES_CALDAV_PASSWORD",
            None,
        ),
    ],
    ids=["smtp", "imap", "caldav"],
)
def test_a_login_whose_password_can_come_from_nowhere_is_warned_about(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    section: str,
    key: str,
    env: str,
    file_key: str | None,
):
    """newcomer8 L2: `check` said OK for smtp://julie@... with no password anywhere; the
    first send then failed with "no password"."""
    for name in PASSWORDS:
        monkeypatch.delenv(name, raising=False)
    text = BASE_TOML + "\n" + section
    code, output = check(tmp_path, text)
    flat = " ".join(output.split())
    assert code == 0, output
    assert f"Warning: [{section[1 : section.index(']')]}] {key}" in flat, output
    assert "'julie'" in flat and env in flat and "Fix:" in flat
    # Any one source of the password silences it: the variable, its _FILE form, the file key.
    monkeypatch.setenv(env, "x")
    assert warnings(parse_config(text)) == []
    monkeypatch.delenv(env)
    if file_key is not None:
        monkeypatch.setenv(env + "_FILE", str(tmp_path / "pw"))
        assert warnings(parse_config(text)) == []
        monkeypatch.delenv(env + "_FILE")
        (tmp_path / "pw").write_text("x\n", encoding="utf-8")
        with_file = section + f'{file_key} = "pw"\n'
        code, output = check(tmp_path, BASE_TOML + "\n" + with_file)
        assert code == 0 and "no password" not in output, output


def test_a_server_without_a_login_needs_no_password(monkeypatch: pytest.MonkeyPatch):
    for name in PASSWORDS:
        monkeypatch.delenv(name, raising=False)
    text = BASE_TOML + '\n[mail]\nsmtp_url = "smtp://127.0.0.1:2525"\n'
    assert warnings(parse_config(text)) == []


@pytest.mark.parametrize(
    ("start", "outside"), [("18:30", True), ("12:45", True), ("10:00", False), ("17:30", False)]
)
def test_a_standing_call_outside_working_hours_is_warned_about(start: str, outside: bool):
    # trial34 §6: a Thursday 17:30 call with hours ending at 17:00 was accepted without a
    # word, and the replay then counted every occurrence as a missed call (here the hours
    # are 09:00-12:30 and 14:00-18:00)
    text = BASE_TOML.replace('start = "10:00"', f'start = "{start}"', 1)
    assert f'start = "{start}"' in text
    found = [w for w in warnings(parse_config(text)) if "outside your working hours" in w]
    assert bool(found) is outside, found
    if outside:
        assert "standing_calls[0]" in found[0] and f"at {start}" in found[0], found
        fr = [w for w in warnings(parse_config(text), lang="fr") if "heures de travail" in w]
        assert fr and "Solution" in fr[0], fr


def test_a_client_listing_the_consultants_own_number_is_warned_about():
    # trial36 §10: passed `check` without a word
    toml = BASE_TOML.replace('phones = ["+33 1 23 45 67 89"]', 'phones = ["+33 6 12 34 56 78"]')
    found = warnings(parse_config(toml), lang="en")
    assert any("lists your own number +33612345678" in w for w in found), found
    assert not any("your own number" in w for w in warnings(parse_config(BASE_TOML)))


def test_check_shows_hours_to_midnight_as_written(tmp_path: Path):
    # trial36 §10: "fri 22:00-24:00" was shown as "Fri 22:00-23:59"
    path = tmp_path / "boundaries.toml"
    path.write_text(
        BASE_TOML.replace(
            'working_hours = ["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]',
            'working_hours = ["mon-fri 09:00-12:30", "fri 22:00-24:00"]',
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert "22:00-24:00" in result.output and "23:59" not in result.output
