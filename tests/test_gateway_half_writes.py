"""Newcomer 13, H1: a write that fails part-way through a callback leaves nothing half done.

A callback's rows and what they owe (a transcript and its alert, its reply and agenda item; a
call rebuilt from a callback and the client it gives the rows stored before it) are stored
together, or a retry of the callback finishes what a stored row still owes. Each scenario is
run once per write the callback makes, with the store failing on that write (as a full disk
or a lock held past its timeout would, SPEC §7): the callback answers 503, the provider
retries, and what is stored in the end is what a run without the fault stores, with one alert
at most."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import load_config
from boundaries.store import Store, StoreError
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, ServerThread
from tests.store_support import new_sid

PARIS = ZoneInfo("Europe/Paris")
AFTER_HOURS = datetime(2026, 11, 30, 20, 0, tzinfo=PARIS)  # Monday evening: voicemail
MARC = "+33123456789"  # Association Horizon
URGENT = (
    "Claire c'est Marc, le serveur est en panne, plus personne ne peut se connecter, c'est urgent"
)
ROUTINE = "Bonjour Claire, c'est Marc, je voulais parler du budget de la fête de quartier."


def _in_job_runner() -> bool:
    """Whether the write under way is made by the job runner (`JobRunner.run_one`)."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name == "run_one" and "jobs" in frame.f_code.co_filename:
            return True
        frame = frame.f_back
    return False


class FailingWrite:
    """Makes the store's `n`-th write (`record` or `update`) of the armed callback raise."""

    def __init__(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        self.store = store
        self.armed_at: int | None = None
        self.writes = 0
        self.fired = False
        for name in ("record", "update"):
            monkeypatch.setattr(store, name, self._flaky(getattr(store, name)))

    def _flaky(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def write(*args: Any, **kwargs: Any) -> Any:
            # Only the callback's own writes count: the job runner, which tries the alert at
            # once in the same thread pool, writes its delivery at a moment the load decides
            # (a loaded machine made it the n-th write, and the callback answered 200).
            if self.armed_at is not None and not _in_job_runner():
                self.writes += 1
                if self.writes == self.armed_at:
                    self.fired = True
                    raise StoreError("database or disk is full (injected)")
            return real(*args, **kwargs)

        return write

    @contextlib.contextmanager
    def on(self, n: int) -> Iterator[None]:
        self.armed_at, self.writes, self.fired = n, 0, False
        try:
            yield
        finally:
            self.armed_at = None


@contextlib.contextmanager
def _service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Provider, Store, FailingWrite]]:
    store = Store.open(f"sqlite:///{tmp_path / 'half.sqlite3'}")
    faults = FailingWrite(store, monkeypatch)
    config = load_config(EXAMPLES / "boundaries.toml")
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=Clock(AFTER_HOURS))
    try:
        with ServerThread(app) as server:
            yield Provider(server.url), store, faults
    finally:
        monkeypatch.undo()
        store.close()


def _rows(store: Store) -> list[tuple[str, str, str | None, str]]:
    """What the store holds, without its ids and times: (kind, action, client, sid shape); a
    notification's action is "alert" whatever its delivery has come to (the job runner tries
    it at once, and this service has no channel: pending, then failed)."""
    rows = store.events(store.account_id("default"))
    return sorted(
        (r.kind, "alert" if r.kind == "notification" else r.action, r.client, (r.sid or "")[:2])
        for r in rows
    )


def _run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    before: list[tuple[str, dict[str, str]]],
    faulted: tuple[str, dict[str, str]],
    fail_on: int | None,
) -> tuple[list[tuple[str, str, str | None, str]], bool]:
    """The callbacks `before`, then `faulted` with its `fail_on`-th write failing (answered
    503) and retried as the provider does. Returns the stored rows and whether it fired."""
    folder = tmp_path / f"run{fail_on}"
    folder.mkdir()
    with monkeypatch.context() as patch, _service(folder, patch) as (provider, store, faults):
        for path, form in before:
            assert provider.post(path, form).status_code == 200, path
        path, form = faulted
        with faults.on(fail_on or 0):
            first = provider.post(path, form)
        if faults.fired and path == "/twilio/gather":
            # The caller is on the line: the plain voicemail, and nothing half stored; the
            # caller's next press is the retry.
            assert first.status_code == 200 and "<Record" in first.text, first.text
        elif faults.fired:
            assert first.status_code == 503, (fail_on, first.text)
            assert "retry" in first.text
        retry = provider.post(path, form)
        assert retry.status_code == 200, (fail_on, retry.text)
        return _rows(store), faults.fired


def _every_fault_ends_as_no_fault(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    before: list[tuple[str, dict[str, str]]],
    faulted: tuple[str, dict[str, str]],
) -> list[tuple[str, str, str | None, str]]:
    expected, _ = _run(tmp_path, monkeypatch, before, faulted, None)
    n = 1
    while True:
        got, fired = _run(tmp_path, monkeypatch, before, faulted, n)
        if not fired:
            break
        assert got == expected, f"the store failing on write {n}: {got} != {expected}"
        n += 1
    assert n > 1, "the callback wrote nothing"
    return expected


def _voicemail(call: str, rec: str) -> list[tuple[str, dict[str, str]]]:
    recording = {
        "CallSid": call,
        "From": MARC,
        "RecordingSid": rec,
        "RecordingUrl": "https://api.twilio.com/x",
        "RecordingDuration": "20",
    }
    return [("/twilio/voice", {"CallSid": call, "From": MARC}), ("/twilio/recording", recording)]


def _transcript(call: str, rec: str, said: str) -> tuple[str, dict[str, str]]:
    form = {
        "CallSid": call,
        "From": MARC,
        "RecordingSid": rec,
        "TranscriptionSid": new_sid("TR"),
        "TranscriptionText": said,
        "TranscriptionStatus": "completed",
    }
    return ("/twilio/transcription", form)


def test_an_urgent_transcript_keeps_its_alert_whichever_write_fails(tmp_path, monkeypatch):
    call, rec = new_sid("CA"), new_sid("RE")
    rows = _every_fault_ends_as_no_fault(
        tmp_path, monkeypatch, _voicemail(call, rec), _transcript(call, rec, URGENT)
    )
    assert ("transcription", "urgent", "horizon", "TR") in rows
    assert [r for r in rows if r[0] == "notification"] == [
        ("notification", "alert", "horizon", "TR")
    ]


def test_a_routine_transcript_keeps_its_reply_and_agenda_item_whichever_write_fails(
    tmp_path, monkeypatch
):
    call, rec = new_sid("CA"), new_sid("RE")
    rows = _every_fault_ends_as_no_fault(
        tmp_path, monkeypatch, _voicemail(call, rec), _transcript(call, rec, ROUTINE)
    )
    kinds = [r[0] for r in rows]
    assert kinds.count("reply_owed") == 1 and kinds.count("agenda_item") == 1, rows


def test_a_call_rebuilt_from_its_recording_gives_its_transcript_a_client_whichever_write_fails(
    tmp_path, monkeypatch
):
    """The transcript came first, with no caller (the call was never stored); the recording
    callback names the caller: the call is stored from it and the transcript becomes Marc's,
    owing its reply and agenda item, even when a write fails between the two."""
    call, rec = new_sid("CA"), new_sid("RE")
    path, form = _transcript(call, rec, ROUTINE)
    form = {k: v for k, v in form.items() if k != "From"}
    recording = dict(_voicemail(call, rec)[1][1])
    rows = _every_fault_ends_as_no_fault(
        tmp_path, monkeypatch, [(path, form)], ("/twilio/recording", recording)
    )
    assert ("transcription", "unknown", "horizon", "TR") in rows or any(
        r[0] == "transcription" and r[2] == "horizon" for r in rows
    ), rows
    kinds = [r[0] for r in rows]
    assert kinds.count("reply_owed") == 1 and kinds.count("agenda_item") == 1, rows


def test_a_recording_and_its_transcript_watch_survive_any_failing_write(tmp_path, monkeypatch):
    call, rec = new_sid("CA"), new_sid("RE")
    voice, recording = _voicemail(call, rec)
    rows = _every_fault_ends_as_no_fault(tmp_path, monkeypatch, [voice], recording)
    assert ("voicemail", "recorded", "horizon", "RE") in rows


def test_an_urgent_press_keeps_its_alert_whichever_write_fails(tmp_path, monkeypatch):
    call = new_sid("CA")
    voice = ("/twilio/voice", {"CallSid": call, "From": MARC})
    press = ("/twilio/gather", {"CallSid": call, "From": MARC, "Digits": "1"})
    rows = _every_fault_ends_as_no_fault(tmp_path, monkeypatch, [voice], press)
    assert [r for r in rows if r[0] == "notification"] == [
        ("notification", "alert", "horizon", "CA")
    ]
    assert [r[0] for r in rows].count("urgent_press") == 1


def test_rows_left_without_their_client_by_a_failed_write_get_it_at_the_next_callback(
    tmp_path, monkeypatch
):
    """The call's status came before its call; storing the call answers the caller even when
    giving the status its client fails (logged): the next callback of the call does it."""
    call = new_sid("CA")
    status = {"CallSid": call, "CallStatus": "ringing", "SequenceNumber": "0"}
    voice = ("/twilio/voice", {"CallSid": call, "From": MARC})
    with monkeypatch.context() as patch, _service(tmp_path, patch) as (provider, store, faults):
        assert provider.post("/twilio/status", status).status_code == 200
        with faults.on(2):  # the call is stored; giving its status the client fails
            assert provider.post(*voice).status_code == 200
        assert faults.fired
        assert [r[2] for r in _rows(store) if r[0] == "status"] == [None]
        ended = {**status, "CallStatus": "completed", "SequenceNumber": "3", "From": MARC}
        assert provider.post("/twilio/status", ended).status_code == 200
        assert [r[2] for r in _rows(store) if r[0] == "status"] == ["horizon", "horizon"]
