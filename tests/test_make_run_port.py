"""`make run` says a port already taken before it sets anything up, with the fix a `make run`
user can apply (trial47 B1: a second `make run` replayed and reported for a minute, printed
the dashboard's address, then failed on `serve --port`, an option `make run` does not pass)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _check(port: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "port-free.py"), str(port)],
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_a_taken_port_is_said_with_make_runs_own_fix():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _check(port)
    assert done.returncode == 2, done
    assert f"port {port} on 127.0.0.1 is already in use" in done.stderr
    assert "Fix: stop it, or run on another port: make run PORT=" in done.stderr
    assert f"PORT={port}\n" not in done.stderr


def test_a_free_port_passes_and_make_run_serves_on_it():
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    done = _check(port)
    assert done.returncode == 0 and done.stderr == ""
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "scripts/port-free.py $(PORT)" in makefile
    assert "--load-history $(EXAMPLE_EVENTS) --port $(PORT)" in makefile
