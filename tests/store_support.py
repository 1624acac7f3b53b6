"""Test helpers for store faults made for real: files and folders this process cannot write."""

from __future__ import annotations

import os
import secrets
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

HOLD = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN " + (sys.argv[3] if len(sys.argv) > 3 else "IMMEDIATE"))
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("ROLLBACK")
"""
"""A program that holds SQLite's write lock (argv[3] "EXCLUSIVE": also keeps readers out) on
file argv[1] for argv[2] seconds, printing "locked" once it has it (another process's writer,
as a backup tool or a second service)."""


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make `paths` (files or folders) unwritable for this process until the block ends:
    `chattr +i` as root (root ignores modes), else `chmod a-w`; skip when neither takes."""
    if os.geteuid() == 0:
        done: list[Path] = []
        try:
            for path in paths:
                made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
                if made.returncode != 0:
                    pytest.skip(f"chattr +i not supported here: {made.stderr!r}")
                done.append(path)
            yield
        finally:
            for path in done:
                subprocess.run(["chattr", "-i", str(path)], check=False)
        return
    modes = {path: path.stat().st_mode for path in paths}
    try:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def served_database(path: Path) -> str:
    """The URL of a SQLite database at `path` made as `boundaries serve` makes it (tables and
    the `default` account, no events): what the commands that read or add to the service's
    store expect to find."""
    from boundaries.store import Store

    url = f"sqlite:///{path}"
    store = Store.open(url)
    try:
        store.account_id()
    finally:
        store.close()
    return url


def new_sid(prefix: str) -> str:
    """A provider id of its kind ("CA", "RE", "TR"), unique per call of this function."""
    return prefix + secrets.token_hex(16)


def data_callbacks(call_sid: str, caller: str | None = None) -> list[tuple[str, dict[str, str]]]:
    """One provider callback of each kind that carries data, for a call: (path, form); with
    `caller`, each carries it as `From`, as Twilio's recording, transcription and status
    callbacks do."""
    forms = [
        (
            "/twilio/recording",
            {
                "CallSid": call_sid,
                "RecordingSid": new_sid("RE"),
                "RecordingUrl": "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1",
                "RecordingDuration": "12",
            },
        ),
        (
            "/twilio/transcription",
            {
                "CallSid": call_sid,
                "TranscriptionSid": new_sid("TR"),
                "TranscriptionText": "c'est Marc, je voulais parler du budget",
                "TranscriptionStatus": "completed",
            },
        ),
        ("/twilio/status", {"CallSid": call_sid, "CallStatus": "completed", "CallDuration": "9"}),
    ]
    if caller is not None:
        forms = [(path, {**form, "From": caller}) for path, form in forms]
    return forms
