"""`boundaries serve --workers N` killed with SIGKILL leaves no worker serving its port
(trial50 §7: the workers went on answering webhooks with no parent, and a restart was refused
with "port in use"). Each worker stops once its parent is gone (`factory.follow_supervisor`)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.live_process import Served

pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "boundaries.toml"


def _answers(url: str) -> bool:
    try:
        return httpx.get(url + "/healthz", timeout=1).status_code in (200, 503)
    except httpx.HTTPError:
        return False


def test_workers_stop_when_their_serve_process_is_killed(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    served = Served(EXAMPLE, database, tmp_path / "serve.log", workers=2)
    try:
        assert _answers(served.url)
        os.kill(served.proc.pid, signal.SIGKILL)  # the supervisor only, as the tester did
        served.proc.wait(timeout=20)
        deadline = time.time() + 20
        while _answers(served.url) and time.time() < deadline:
            time.sleep(0.2)
        assert not _answers(served.url), served.output()
        # and the port is free again: a new service starts on it
        with Served(EXAMPLE, database, tmp_path / "again.log", port=served.port) as again:
            assert _answers(again.url)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(served.proc.pid, signal.SIGKILL)  # whatever is left of its group
