"""Finding 1 of the newcomer's tour: events answered 200 must reach the SQLite file after the
dashboard was read and CLI commands ran on the same database (SPEC §7 "An event is durably
stored before the webhook is answered", §9 "nothing already stored is lost").

Real processes throughout: `boundaries serve` under uvicorn, CLI commands in their own
processes, signed webhooks, and the count taken by a fresh process after the server stopped.
Opening and closing the database file outside SQLite inside the service drops SQLite's POSIX
locks (https://www.sqlite.org/howtocorrupt.html §2.2): the next CLI process could then take
the file from under the service (in WAL mode it deleted the WAL the service still wrote to).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import EXAMPLES
from tests.dashboard_support import CLAIRE, csrf_of, example_store
from tests.gateway_support import Provider, provider_sid
from tests.live_process import Served

pytestmark = pytest.mark.slow

MARC = "+33123456789"
PAGES = ("/", "/?weeks=4", "/clients/horizon", "/outbox", "/calendar", "/settings")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`boundaries ARGS` in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "boundaries", *args], capture_output=True, text=True, timeout=120
    )


def _count_in_fresh_process(database: Path, sids: list[str]) -> int:
    """How many of `sids` a new process finds in the file (plain sqlite3, nothing shared)."""
    marks = ",".join("?" * len(sids))
    code = (
        "import sqlite3, sys, json; c = sqlite3.connect(sys.argv[1]); "
        f"print(c.execute('select count(distinct sid) from event where sid in ({marks})', "
        "json.loads(sys.argv[2])).fetchone()[0])"
    )
    import json

    out = subprocess.run(
        [sys.executable, "-c", code, str(database), json.dumps(sids)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip())


def _read_every_page(base: str) -> None:
    with httpx.Client(base_url=base, timeout=60) as client:
        login = client.get("/login")
        signed = client.post(
            "/login", data={"csrf": csrf_of(login.text), "email": CLAIRE[0], "password": CLAIRE[1]}
        )
        assert signed.status_code == 303, signed.text
        for page in PAGES:
            answer = client.get(page)
            assert answer.status_code == 200, (page, answer.status_code)


def test_webhooks_after_dashboard_reads_and_cli_commands_all_reach_the_file(tmp_path: Path):
    database = tmp_path / "live.sqlite3"
    url = f"sqlite:///{database}"
    store, _config = example_store(url)
    store.close()
    with Served(EXAMPLES / "boundaries.toml", url, tmp_path / "serve.log") as served:
        _read_every_page(served.url)
        for command in (
            ("events", "--database", url),
            ("report", "--config", str(EXAMPLES / "boundaries.toml"), "--database", url),
            ("outbox", "--database", url),
        ):
            done = _cli(*command)
            assert done.returncode == 0, (command, done.stderr)
        _read_every_page(served.url)  # and once more after a CLI process came and went
        done = _cli("jobs", "--database", url)
        assert done.returncode == 0, done.stderr
        provider = Provider(served.url, public=served.url)  # no public_url: the URL as received
        sids = [provider_sid("CA", f"durable-{i}") for i in range(5)]
        for sid in sids:
            voice = provider.post("/twilio/voice", {"CallSid": sid, "From": MARC})
            assert voice.status_code == 200, voice.text
            status = provider.post(
                "/twilio/status", {"CallSid": sid, "CallStatus": "completed", "CallDuration": "30"}
            )
            assert status.status_code == 200, status.text
        health = httpx.get(served.url + "/healthz", timeout=10)
        assert health.status_code == 200, health.text
        assert _count_in_fresh_process(database, sids) == len(sids), served.output()
    assert _count_in_fresh_process(database, sids) == len(sids)
