"""Files people hand us (config, events, updates, labelled sets) as Windows editors and
PowerShell save them: a byte-order mark says the encoding and is honoured; text in another
encoding without one is refused naming its line, the likely encoding and the right converter
(newcomer L3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from tests.conftest import BASE_TOML, EXAMPLES, english_example

CONFIG = str(EXAMPLES / "boundaries.toml")
EVENTS = (EXAMPLES / "events.jsonl").read_text(encoding="utf-8")
ENGLISH = "<the example configuration, its consultant speaking English>"
"""In a command, stands for `english_example` (`in_english`): the refusals asserted here are
the English ones, and a consultant's file is refused in the consultant's language."""


def english(command: list[str], folder: Path) -> list[str]:
    """`command` with `ENGLISH` written in `folder` and named by its path."""
    return [str(english_example(folder)) if arg == ENGLISH else arg for arg in command]


MARKED = {
    "utf-8 with a mark": lambda t: t.encode("utf-8-sig"),
    "utf-16 little-endian": lambda t: t.encode("utf-16"),  # the mark comes first
    "utf-16 big-endian": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-32": lambda t: t.encode("utf-32"),
}


def run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.output


@pytest.mark.parametrize("encode", MARKED.values(), ids=MARKED.keys())
def test_a_config_saved_with_a_byte_order_mark_is_read(tmp_path: Path, encode):
    path = tmp_path / "boundaries.toml"
    path.write_bytes(encode(BASE_TOML.replace("\n", "\r\n")))
    code, out = run(["check", "--config", str(path)])
    assert code == 0, out
    assert "Traceback" not in out


@pytest.mark.parametrize("encode", MARKED.values(), ids=MARKED.keys())
def test_an_events_file_saved_with_a_byte_order_mark_replays_like_the_utf8_one(
    tmp_path: Path, encode
):
    plain = tmp_path / "plain.jsonl"
    plain.write_text(EVENTS, encoding="utf-8")
    marked = tmp_path / "marked.jsonl"
    marked.write_bytes(encode(EVENTS))
    outs = [
        run(["simulate", "--config", CONFIG, "--events", str(p), "--json"]) for p in (plain, marked)
    ]
    assert outs[0][0] == 0 and outs[1] == outs[0]


@pytest.mark.parametrize("mark", [b"\xff\xfe", b"\xfe\xff"])
def test_a_config_in_utf8_behind_a_stray_utf16_mark_is_read_as_utf8(tmp_path: Path, mark):
    """A UTF-16 mark before 8-bit text (no NUL byte follows) is a tool's stray mark: the
    file is the UTF-8 it looks like (trial32 §9), not refused or misread as UTF-16."""
    path = tmp_path / "boundaries.toml"
    path.write_bytes(mark + BASE_TOML.encode("utf-8"))
    code, out = run(["check", "--config", str(path)])
    assert code == 0, out


def test_a_config_in_utf16_without_a_mark_is_named_utf16_with_its_converter(tmp_path: Path):
    path = tmp_path / "boundaries.toml"
    path.write_bytes(BASE_TOML.encode("utf-16-le"))  # valid UTF-8 byte by byte, NUL after each
    code, out = run(["check", "--config", str(path)])
    assert code == 1 and "Traceback" not in out
    assert f"{path}:1:" in out and "UTF-16" in out
    assert f"iconv -f utf-16le -t utf-8 {path}" in out
    assert "windows-1252" not in out


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["simulate", "--config", ENGLISH], "--events"),
        (["triage"], "--eval"),
        (["triage"], "--updates"),
    ],
)
def test_a_latin1_line_file_is_refused_with_its_line_the_encoding_and_the_converter(
    tmp_path: Path, command: list[str], option: str
):
    path = tmp_path / "file.jsonl"
    good = '{"id": "a", "text": "ok"}\n'
    path.write_bytes(good.encode() * 2 + '{"id": "b", "text": "reçu"}\n'.encode("latin-1"))
    code, out = run([*english(command, tmp_path), option, str(path)])
    assert code != 0 and "Traceback" not in out
    assert f"{path}: line 3:" in out and "column 24" in out
    assert "Windows-1252 or Latin-1" in out
    assert f"iconv -f windows-1252 -t utf-8 {path}" in out


FILE_OPTIONS = [
    (["check"], "--config"),
    (["simulate", "--config", ENGLISH], "--events"),
    (["triage"], "--eval"),
    (["triage"], "--updates"),
]
"""Every command option that reads a file people hand us."""

# The start of an ELF program and of a spreadsheet (a zip archive): NUL bytes, but not on
# every other byte as ASCII saved in UTF-16 has them.
BINARIES = {
    "a program": b"\x7fELF\x02\x01\x01\x00"
    + bytes(8)
    + b"\x03\x00>\x00\x01\x00\x00\x00"
    + b"\xd0f\x00\x00" * 40,
    "a spreadsheet": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01"
    + b"\x00\x00\x90\x04\x00\x00\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02"
    + bytes(60),
}


@pytest.mark.parametrize("binary", BINARIES.values(), ids=BINARIES.keys())
@pytest.mark.parametrize(("command", "option"), FILE_OPTIONS)
def test_a_binary_file_is_named_binary_not_text_to_convert(
    tmp_path: Path, command: list[str], option: str, binary: bytes
):
    path = tmp_path / "given.jsonl"
    path.write_bytes(binary)
    code, out = run([*english(command, tmp_path), option, str(path)])
    assert code != 0 and "Traceback" not in out
    assert "binary data" in out and f"file {path}" in out
    assert "iconv" not in out and "UTF-16" not in out


def test_a_binary_file_is_named_at_its_nul_not_at_an_accent_before_it(tmp_path: Path):
    """newcomer44 §9: a Latin-1 « é » on line 1 and a NUL on line 2 was named binary at the
    « é », which is no sign of a binary file; the NUL is."""
    path = tmp_path / "given.jsonl"
    path.write_bytes(
        b'{"id":"1","channel":"sms","text":"caf\xe9"}\n{"id":"2","channel":"sms","text":"a\x00b"}\n'
    )
    code, out = run(["triage", "--eval", str(path)])
    assert code != 0 and "Traceback" not in out
    assert "binary data (byte 0x00 at column 36)" in out and "line 2" in out


def test_utf16_text_with_accents_is_still_named_utf16(tmp_path: Path):
    path = tmp_path / "labelled.jsonl"
    text = '{"id": "a", "text": "Le déménagement est reporté à jeudi, ça vous va ?"}\n' * 3
    path.write_bytes(text.encode("utf-16-be"))
    code, out = run(["triage", "--eval", str(path)])
    assert code != 0 and "iconv -f utf-16be -t utf-8" in out and "binary" not in out


@pytest.mark.parametrize(("command", "option"), FILE_OPTIONS)
def test_a_folder_given_for_a_file_is_refused_with_the_fix(
    tmp_path: Path, command: list[str], option: str
):
    code, out = run([*command, option, str(tmp_path)])
    assert code != 0 and "Traceback" not in out
    assert "is a directory" in out.lower()
    assert "Fix:" in out or "Invalid value for" in out  # click names the option to change


def test_a_line_separator_inside_a_json_string_does_not_split_an_update(tmp_path: Path):
    path = tmp_path / "updates.jsonl"
    path.write_text(
        '{"id": "u1", "to": "a@example.org", "subject": "Site", "text": "Done.\u2028Bye",'
        ' "at": "2026-11-02T10:00:00+01:00"}\n',
        encoding="utf-8",
    )
    code, out = run(["triage", "--updates", str(path)])
    assert code == 0, out
