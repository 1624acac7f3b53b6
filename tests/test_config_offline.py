"""Every setting whose value can be checked offline is checked when the file is read: `check`
names it with its key, line and fix, and `serve` does not start with it (SPEC §3, §9; the
newcomer's M9: `check` said OK, and the service broke later)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.config import load_config, parse_config
from boundaries.config.errors import ConfigError
from tests.conftest import BASE_TOML, in_english
from tests.gateway_support import TOKEN, free_port

NOT_ICS = "not-ics.txt"  # a file that exists but is no calendar

# (what is added to BASE_TOML, the key named, words of the message)
BROKEN = [
    ('[service]\npublic_url = "not a url"\n', "service.public_url", "https://host"),
    (
        '[service]\npublic_url = "https://calls.example.org/twilio/voice"\n',
        "service.public_url",
        "webhook path",
    ),
    ('[service]\npublic_url = "https://calls.example.org?x=1"\n', "service.public_url", "query"),
    ('[service]\napi_token = ""\n', "service.api_token", "must not be empty"),
    ('[service]\ntwilio_auth_token = ""\n', "service.twilio_auth_token", "must not be empty"),
    ('[calendar]\nbusy = ["missing.ics"]\n', "calendar.busy[0]", "no such file"),
    (f'[calendar]\nbusy = ["{NOT_ICS}"]\n', "calendar.busy[0]", "not an iCalendar file"),
    (
        '[calendar]\ncaldav_url = "http://dav.example.com/cal/"\n',
        "calendar.caldav_url",
        "plain http",
    ),
    ('[calendar]\ncaldav_url = ""\n', "calendar.caldav_url", "must not be empty"),
    (
        '[speech]\nengine = "faster-whisper"\nmodel_path = "/nope"\n',
        "speech.model_path",
        "not a faster-whisper model folder",
    ),
    ('[speech]\nengine = "faster-whisper"\n', "speech.model_path", "needs a local model folder"),
    ('[mail]\ninbox = ""\n', "mail.inbox", "must not be empty"),
    ('[mail]\nsent_folder = ""\n', "mail.sent_folder", "must not be empty"),
    (
        '[mail]\nsmtp_url = "smtp://claire@127.0.0.1:2525"\nsmtp_password_file = "pw.txt"\n',
        "mail.smtp_password_file",
        "no such file",
    ),
]


def write(folder: Path, text: str) -> Path:
    (folder / NOT_ICS).write_text("hello\n", encoding="utf-8")
    config = folder / "boundaries.toml"
    config.write_text(text, encoding="utf-8")
    return config


def line_of(text: str, key: str) -> int:
    """The line a problem at `key` is reported on: its own, else its table's header."""
    name = key.split(".")[-1].split("[")[0]
    section = "[" + key.split(".")[0] + "]"
    lines = text.splitlines()
    table = next(i for i, row in enumerate(lines, 1) if row == section)
    own = [i for i, row in enumerate(lines, 1) if i > table and row.startswith(name + " =")]
    return own[0] if own else table


@pytest.mark.parametrize(("added", "key", "words"), BROKEN)
def test_check_names_a_setting_that_would_break_the_service_later(
    tmp_path: Path, added: str, key: str, words: str
):
    text = in_english(BASE_TOML) + "\n" + added
    config = write(tmp_path, text)
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code == 1, result.output
    assert "OK" not in result.output and "Traceback" not in result.output
    [problem] = [row.strip() for row in result.output.splitlines() if f": {key}: " in row]
    assert problem.startswith(f"{config}:{line_of(text, key)}: {key}: "), problem
    assert words in problem and "Fix:" in problem, problem


def test_a_currency_that_is_not_iso_4217_is_named():
    text = BASE_TOML.replace('currency = "EUR"', 'currency = "EUU"')
    with pytest.raises(ConfigError) as refused:
        parse_config(text)
    [problem] = refused.value.problems
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("currency"))
    assert problem.key == "client[0].currency" and problem.line == line
    assert "'EUU' is not an ISO 4217" in problem.message and "Fix:" in problem.message


def test_files_named_in_the_configuration_are_found_beside_it_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    here = tmp_path / "conf"
    here.mkdir()
    (here / "mine.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    (here / "smtp.pw").write_text("secret\n", encoding="utf-8")
    config = write(
        here,
        BASE_TOML + '\n[mail]\nsmtp_url = "smtp://claire@127.0.0.1:2525"\n'
        'smtp_password_file = "smtp.pw"\n\n[calendar]\nbusy = ["mine.ics"]\n',
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    loaded = load_config(config)
    assert loaded.calendar.busy == (str(here / "mine.ics"),)
    assert loaded.mail.smtp_password_file == str(here / "smtp.pw")
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code == 0 and "OK" in result.output, result.output


def test_check_shows_the_caldav_address_without_its_login_or_secret(tmp_path: Path):
    # `check` output is pasted into chats and tickets: a password written into the address
    # (or a token in its path) must not be in it, the host and calendar must be.
    config = write(
        tmp_path,
        BASE_TOML + '\n[calendar]\ncaldav_url = "https://claire:hunter2pass@dav.example.org'
        '/cal/claire/private-9f8e7d6c5b4a39281706/"\ncaldav_username = "claire"\n',
    )
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "https://dav.example.org/cal/claire/" in result.output, result.output
    assert "hunter2pass" not in result.output and "9f8e7d6c5b4a" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["serve", "--public-url", "not a url"],
        ["calendar", "url", "--public-url", "calls.example.org"],
        ["call-test", "--from", "+33123456789", "--public-url", "not a url"],
    ],
)
def test_a_public_url_option_the_provider_could_not_call_is_refused(tmp_path: Path, args):
    config = write(tmp_path, BASE_TOML)
    database = tmp_path / "boundaries.sqlite3"
    command = [sys.executable, "-m", "boundaries", *args]
    if args[0] != "call-test":
        command += ["--config", str(config), "--database", f"sqlite:///{database}"]
    if args[0] == "serve":
        command += ["--port", str(free_port())]
    env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN}
    # A service that starts anyway runs until the timeout: a failure, not a hang.
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "--public-url" in done.stderr and "Fix:" in done.stderr
    assert "Traceback" not in done.stderr
    assert not database.exists()


@pytest.mark.parametrize(
    ("added", "key"),
    [
        ('[service]\npublic_url = "not a url"\n', "service.public_url"),
        ('[calendar]\nbusy = ["missing.ics"]\n', "calendar.busy[0]"),
        ('[speech]\nengine = "faster-whisper"\nmodel_path = "/nope"\n', "speech.model_path"),
    ],
)
def test_serve_does_not_start_with_a_setting_check_refuses(tmp_path: Path, added: str, key: str):
    config = write(tmp_path, in_english(BASE_TOML) + "\n" + added)
    database = tmp_path / "boundaries.sqlite3"
    command = [sys.executable, "-m", "boundaries", "serve", "--config", str(config)]
    command += ["--database", f"sqlite:///{database}", "--port", str(free_port())]
    env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1, done.stderr
    assert f": {key}: " in done.stderr and "Fix:" in done.stderr
    assert "Traceback" not in done.stderr and not database.exists()


def test_an_exdate_that_is_not_a_day_of_its_call_is_named_with_a_date_that_is():
    # Fridays; 24 December 2026 is a Thursday: the call the consultant meant to skip would
    # have happened anyway.
    text = BASE_TOML.replace(
        "minutes = 30 }", 'minutes = 30, exdates = ["2027-01-01", "2026-12-24"] }'
    )
    with pytest.raises(ConfigError) as refused:
        parse_config(text)
    [problem] = refused.value.problems
    assert problem.key == "client[0].standing_calls[0].exdates[1]"
    assert problem.line == next(i for i, row in enumerate(text.splitlines(), 1) if "exdates" in row)
    assert "2026-12-24 is not a day this call happens on" in problem.message
    assert "Fix:" in problem.message and "2026-12-25" in problem.message


def test_a_short_api_token_is_refused_from_the_file_and_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
):
    from boundaries.config.service import ApiTokenError, api_token_from_env

    with pytest.raises(ConfigError) as info:
        parse_config(BASE_TOML + '\n[service]\napi_token = "x"\n')
    [problem] = info.value.problems
    assert problem.key == "service.api_token" and "at least 16 characters" in problem.message
    assert "must not be empty" not in problem.message and "Fix:" in problem.message
    monkeypatch.setenv("BOUNDARIES_API_TOKEN", "short")
    with pytest.raises(ApiTokenError, match=r"at least 16 characters.*Fix:"):
        api_token_from_env()
    monkeypatch.setenv("BOUNDARIES_API_TOKEN", "a" * 16)
    assert api_token_from_env() == "a" * 16


def test_a_named_pipe_nobody_writes_to_is_refused_not_waited_on(tmp_path: Path):
    """trial60 §6: `check --config fifo.toml` hung for ever. A named pipe with no writer is
    refused at once, naming it; one a program writes to (`--config <(…)`) is read."""
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "boundaries", "check", "--config", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "C"},
    )
    assert done.returncode == 1, done.stderr
    assert "named pipe (FIFO)" in done.stderr and "Traceback" not in done.stderr
    # a pipe a program writes to, as `--config <(…)` gives: /dev/fd/N, a FIFO with a writer
    read_end, write_end = os.pipe()
    text = (Path(__file__).parent.parent / "examples" / "boundaries.toml").read_bytes()
    writer = threading.Thread(target=lambda: (os.write(write_end, text), os.close(write_end)))
    writer.start()
    try:
        config = load_config(f"/dev/fd/{read_end}")
    finally:
        writer.join(timeout=30)
        os.close(read_end)
    assert [c.id for c in config.clients] == ["horizon", "velo", "harbor"]
