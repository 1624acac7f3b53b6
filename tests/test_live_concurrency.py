"""Atomic decisions across processes (SPEC §7): four uvicorn workers on one database, sixteen
simultaneous calls from one client, then sixteen urgent voicemails of one burst."""

from __future__ import annotations

import secrets
import threading
from pathlib import Path

import httpx
import pytest

from boundaries.store import Store
from tests.gateway_support import Provider, Receiver
from tests.live_process import Served

pytestmark = pytest.mark.slow

MARC = "+33123456789"
ALLOWANCE = 2
CONFIG = """\
[consultant]
name = "Claire Martin"
email = "claire@conseil.example"
phone = "+33 6 12 34 56 78"
timezone = "Europe/Paris"
language = "fr"
working_hours = ["mon-sun 00:00-24:00"]  # reachable whenever the test runs

[[client]]
id = "horizon"
name = "Association Horizon"
language = "fr"
phones = ["+33 1 23 45 67 89"]
emails = ["marc@horizon.example"]
standing_calls = []
adhoc_calls_per_week = {allowance}
urgent_line = true

[service]
public_url = "https://calls.example.org"
notify = ["{notify}"]
"""


def _all_at_once(n: int, post: callable) -> list[httpx.Response]:  # type: ignore[valid-type]
    """Fire `n` requests released together by a barrier; their answers in order."""
    barrier = threading.Barrier(n)
    answers: list[httpx.Response | None] = [None] * n

    def one(i: int) -> None:
        barrier.wait()
        answers[i] = post(i)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert all(a is not None for a in answers)
    return [a for a in answers if a is not None]


def test_four_workers_keep_the_allowance_and_notify_once_per_burst(db_url: str, tmp_path: Path):
    with Receiver() as receiver:
        config = tmp_path / "boundaries.toml"
        config.write_text(CONFIG.format(allowance=ALLOWANCE, notify=receiver.url), "utf-8")
        with Served(config, db_url, tmp_path / "serve.log", workers=4) as served:
            sids = ["CA" + secrets.token_hex(16) for _ in range(16)]

            def call(i: int) -> httpx.Response:
                # One client per thread: httpx clients are not shared between threads here.
                provider = Provider(served.url)
                return provider.post("/twilio/voice", {"CallSid": sids[i], "From": MARC})

            answers = _all_at_once(16, call)
            assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
            rang = sum("<Dial" in a.text for a in answers)
            assert rang == ALLOWANCE, served.output()

            def urgent(i: int) -> httpx.Response:
                provider = Provider(served.url)
                return provider.post(
                    "/twilio/transcription",
                    {
                        "CallSid": sids[i],
                        "TranscriptionSid": "TR" + secrets.token_hex(16),
                        "TranscriptionText": "le local est inondé, il y a de l'eau partout",
                        "TranscriptionStatus": "completed",
                    },
                )

            answers = _all_at_once(16, urgent)
            assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
            receiver.wait(2, timeout=6.0)  # time enough for any second notice to arrive
            assert len(receiver.received) == 1, served.output()
    store = Store.open(db_url)
    try:
        events = store.events(store.account_id())
    finally:
        store.close()
    calls = [e for e in events if e.kind == "call"]
    assert len(calls) == 16 and sum(c.used_allowance for c in calls) == ALLOWANCE
    notes = [e for e in events if e.kind == "notification"]
    assert [n.action for n in notes] == ["sent"]
    assert len([e for e in events if e.kind == "transcription"]) == 16
