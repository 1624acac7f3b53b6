"""A failed or missing transcript is a third state, "listen to the recording": never content-free,
in the client's language, owing a reply that does not ask the caller to say what it was about."""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.integrations.speech import Transcript
from boundaries.store import JobQueue, Store, StoredEvent
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, ServerThread

MARC = "+33123456789"  # Association Horizon, French
MONDAY_13 = datetime(2026, 11, 30, 13, 0, tzinfo=ZoneInfo("Europe/Paris"))


def _sid(prefix: str) -> str:
    return prefix + secrets.token_hex(16)


class SilentEngine:
    """A speech engine that is never reached in these tests (the job is only stored)."""

    name = "silent"
    languages = ("fr", "en")

    def transcribe(self, audio: object, language: str = "en") -> Transcript:
        return Transcript("", language, self.name)


@contextmanager
def served(
    db_url: str, speech: object | None = None, grace: timedelta | None = None
) -> Iterator[tuple[Provider, Store]]:
    store = Store.open(db_url)
    app = create_app(
        parse_config((EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")),
        store,
        TOKEN,
        public_url=PUBLIC,
        clock=Clock(MONDAY_13),
        speech=speech,  # type: ignore[arg-type]
    )
    if grace is not None:
        app.state.gateway.followup.transcript_grace = grace
    try:
        with ServerThread(app) as server:
            yield Provider(server.url), store
    finally:
        store.close()


def _events(store: Store, kind: str) -> list[StoredEvent]:
    return [e for e in store.events(store.account_id()) if e.kind == kind]


@pytest.mark.parametrize("status", ["failed", "absent"])
def test_a_failed_transcript_is_listen_to_the_recording_never_content_free(db_url, status):
    with served(db_url) as (provider, store):
        call_sid = _sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).is_success
        params = {"CallSid": call_sid, "TranscriptionSid": _sid("TR")}
        if status == "failed":
            params["TranscriptionStatus"] = "failed"
        r = provider.post("/twilio/transcription", params)
        assert r.status_code == 200
        [heard] = _events(store, "transcription")
        assert heard.action == "listen" and heard.detail["transcript"] == "unknown"
        assert heard.detail["lang"] == "fr"  # the client's language, not a guess from silence
        assert "triage" not in heard.detail  # nothing was classified, so nothing content-free
        [owed] = _events(store, "reply_owed")
        assert owed.detail["content_free"] is False
        assert owed.detail["ask_topic"] is False  # the reply must not ask "say in one line…"
        assert _events(store, "agenda_item") == []


def test_a_content_free_transcript_still_asks_for_the_topic(db_url):
    with served(db_url) as (provider, store):
        call_sid = _sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).is_success
        provider.post(
            "/twilio/transcription",
            {
                "CallSid": call_sid,
                "TranscriptionSid": _sid("TR"),
                "TranscriptionText": "salut c'est Marc rappelle-moi",
                "TranscriptionStatus": "completed",
            },
        )
        [owed] = _events(store, "reply_owed")
        assert owed.detail["content_free"] is True and owed.detail["ask_topic"] is True


def _max_length(twiml: str) -> int:
    found = re.search(r'maxLength="(\d+)"', twiml)
    assert found, twiml
    return int(found.group(1))


def test_recordings_stop_at_120_s_when_the_provider_transcribes(db_url):
    with served(db_url) as (provider, _):
        r = provider.post("/twilio/voice", {"CallSid": _sid("CA"), "From": MARC})
        assert _max_length(r.text) == 120  # the provider transcribes 2 to 120 s only


def test_with_a_local_engine_a_long_recording_is_stored_as_a_transcription_job(db_url):
    with served(db_url, SilentEngine()) as (provider, store):
        call_sid = _sid("CA")
        r = provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
        assert _max_length(r.text) == 180
        recording = _sid("RE")
        params = {
            "CallSid": call_sid,
            "RecordingSid": recording,
            "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/{recording}",
            "RecordingDuration": "150",
        }
        assert provider.post("/twilio/recording", params).status_code == 200
        assert provider.post("/twilio/recording", params).status_code == 200  # a retry
        jobs = JobQueue(store).list(store.account_id())
        assert sorted((j.kind, j.key) for j in jobs) == [
            ("transcribe", recording),
            ("transcript_due", recording),  # in case no transcript ever comes
        ]


def _recording(call_sid: str, seconds: int = 30) -> dict[str, str]:
    recording = _sid("RE")
    return {
        "CallSid": call_sid,
        "RecordingSid": recording,
        "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/{recording}",
        "RecordingDuration": str(seconds),
    }


def _wait_for(store: Store, kind: str, timeout: float = 10.0) -> list[StoredEvent]:
    deadline = time.time() + timeout
    while time.time() < deadline and not _events(store, kind):
        time.sleep(0.1)
    return _events(store, kind)


def test_a_transcript_that_never_comes_is_listen_to_the_recording(db_url):
    with served(db_url, grace=timedelta(0)) as (provider, store):
        call_sid = _sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).is_success
        assert provider.post("/twilio/recording", _recording(call_sid)).status_code == 200
        [heard] = _wait_for(store, "transcription")
        assert heard.action == "listen" and heard.detail["lang"] == "fr"
        assert heard.detail["status"] == "no transcript from the provider"
        [owed] = _events(store, "reply_owed")
        assert owed.detail["ask_topic"] is False and owed.detail["content_free"] is False


def test_a_transcript_that_came_first_is_not_overridden(db_url):
    with served(db_url, grace=timedelta(0)) as (provider, store):
        call_sid = _sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).is_success
        said = "c'est Marc, je voulais savoir où on en est du dossier de subvention"
        r = provider.post(
            "/twilio/transcription",
            {
                "CallSid": call_sid,
                "TranscriptionSid": _sid("TR"),
                "TranscriptionText": said,
                "TranscriptionStatus": "completed",
            },
        )
        assert r.status_code == 200
        assert provider.post("/twilio/recording", _recording(call_sid)).status_code == 200
        queue = JobQueue(store)
        deadline = time.time() + 10
        while time.time() < deadline and queue.list(store.account_id())[0].state != "done":
            time.sleep(0.1)
        assert [j.state for j in queue.list(store.account_id())] == ["done"]
        assert [t.action for t in _events(store, "transcription")] == ["status_check"]


LATE = (
    "Bonjour Claire, c'est Marc. Pour vendredi il faudrait parler du budget de la fête de "
    "quartier, le devis du traiteur a augmenté."
)


def _one_voicemail_read(store: Store) -> None:
    """What every reader makes of the store: one voicemail, heard, with its topic; the
    earlier transcript kept (SPEC §9), marked superseded by the one read."""
    from boundaries.integrations.mail.cycle import MailCycle
    from boundaries.integrations.mail.heard import heard_from_store
    from boundaries.reporting.gathered import from_store
    from tests.mail_support import example_with_mail

    _, config = example_with_mail('smtp_url = "smtp://claire@127.0.0.1:2525"')
    rows = _events(store, "transcription")
    [old] = [r for r in rows if r.action == "superseded"]
    [read] = [r for r in rows if r.action != "superseded"]
    assert old.detail["was"] == "listen" and old.detail["superseded_by"] == read.sid
    evening = MONDAY_13 + timedelta(hours=4)
    [heard] = heard_from_store(config, store, store.account_id(), evening)
    assert heard.words == LATE and heard.topic
    contacts = from_store(config, store, "default", None, evening).contacts
    voicemails = [c for c in contacts if c.channel == "call" and c.voicemail]
    assert len(voicemails) == 1 and not voicemails[0].content_free
    [reply] = [m for m in MailCycle(config, store).compose(evening) if m.kind == "reply"]
    assert "vos messages" not in reply.text and "votre message" in reply.text, reply.text
    assert "écrire une ligne" not in reply.text and "pas encore pu écouter" not in reply.text
    assert "budget de la fête de quartier" in reply.text, reply.text


def test_a_transcript_after_the_listen_placeholder_replaces_it(db_url):
    """Newcomer 13, H3: the provider's transcript comes after the 10-minute grace."""
    with served(db_url, grace=timedelta(0)) as (provider, store):
        call_sid = _sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).is_success
        recording = _recording(call_sid)
        assert provider.post("/twilio/recording", recording).status_code == 200
        [placeholder] = _wait_for(store, "transcription")
        assert placeholder.action == "listen"
        late = {
            "CallSid": call_sid,
            "From": MARC,
            "RecordingSid": recording["RecordingSid"],
            "TranscriptionSid": _sid("TR"),
            "TranscriptionText": LATE,
            "TranscriptionStatus": "completed",
        }
        assert provider.post("/twilio/transcription", late).status_code == 200
        assert provider.post("/twilio/transcription", late).status_code == 200  # a retry
        _one_voicemail_read(store)


@pytest.mark.parametrize("with_recording_sid", [True, False])
def test_a_completed_transcript_after_a_failed_one_replaces_it(db_url, with_recording_sid):
    """Newcomer 13, H3: `failed` then `completed` for the same recording (or, when the
    callbacks carry no RecordingSid, the same call); and a failed one that comes last is
    kept but read as nothing."""
    from boundaries.integrations.mail.heard import heard_from_store
    from tests.mail_support import example_with_mail

    with served(db_url) as (provider, store):
        call_sid = _sid("CA")
        assert provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).is_success
        same = {"CallSid": call_sid, "From": MARC}
        if with_recording_sid:
            same["RecordingSid"] = _sid("RE")
        failed = {**same, "TranscriptionSid": _sid("TR"), "TranscriptionStatus": "failed"}
        done = {
            **same,
            "TranscriptionSid": _sid("TR"),
            "TranscriptionText": LATE,
            "TranscriptionStatus": "completed",
        }
        assert provider.post("/twilio/transcription", failed).status_code == 200
        assert provider.post("/twilio/transcription", done).status_code == 200
        _one_voicemail_read(store)
        again = {**failed, "TranscriptionSid": _sid("TR")}  # a failed one after the text
        assert provider.post("/twilio/transcription", again).status_code == 200
        actions = [r.action for r in _events(store, "transcription")]
        assert actions.count("superseded") == 2 and len(actions) == 3, actions
        _, config = example_with_mail('smtp_url = "smtp://claire@127.0.0.1:2525"')
        [heard] = heard_from_store(config, store, store.account_id(), MONDAY_13)
        assert heard.words == LATE
