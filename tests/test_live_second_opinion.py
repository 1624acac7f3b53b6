"""The learned second opinion in the live service (SPEC §5, tier `possible`): voicemail
transcripts over the real app under uvicorn, client emails read from a real IMAP server
(Dovecot). The model is the shipped one; only its loading is replaced where a test needs it
to fail or to hang."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.integrations.twilio import followup
from boundaries.store import Store, StoredEvent
from boundaries.triage import second_opinion
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, Receiver, ServerThread
from tests.mail_servers import Dovecot
from tests.mail_support import example_with_mail

PARIS = ZoneInfo("Europe/Paris")
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)
JEN = "+12125550147"  # Harbor Youth Arts, English, urgent line
MARC = "+33123456789"  # Association Horizon, French
POSSIBLY = {"fr": "Peut-être urgent — à vérifier", "en": "Possibly urgent — worth a glance"}

# What the rules miss (no cue of theirs) and the shipped model flags.
MISSED_VOICEMAIL = (
    "hi it's jen, the website checkout just spins forever since this morning and customers "
    "are emailing us, call me back"
)
RULES_URGENT_VOICEMAIL = "bonjour c'est marc le local est inondé il y a de l'eau partout"
FINE_VOICEMAIL = "c'est marc je voulais savoir où on en est du dossier de subvention"


def _sid(prefix: str) -> str:
    return prefix + secrets.token_hex(16)


@dataclass
class Live:
    provider: Provider
    store: Store
    receiver: Receiver
    account: int

    def events(self, kind: str) -> list[StoredEvent]:
        return [e for e in self.store.events(self.account) if e.kind == kind]

    def voicemail(self, caller: str, said: str) -> StoredEvent:
        call_sid = _sid("CA")
        r = self.provider.post("/twilio/voice", {"CallSid": call_sid, "From": caller})
        assert r.status_code == 200, r.text
        if "<Dial" in r.text:  # it rang: nobody picked up, so the caller left a message
            params = {"CallSid": call_sid, "DialCallStatus": "no-answer"}
            r = self.provider.post("/twilio/voice?after=dial", params)
            assert r.status_code == 200 and "<Record" in r.text, r.text
        sid = _sid("TR")
        r = self.provider.post(
            "/twilio/transcription",
            {
                "CallSid": call_sid,
                "TranscriptionSid": sid,
                "TranscriptionText": said,
                "TranscriptionStatus": "completed",
            },
        )
        assert r.status_code == 200, r.text
        [event] = [e for e in self.events("transcription") if e.sid == sid]
        return event


@pytest.fixture(params=["fr", "en"])
def consultant_lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def live(db_url: str, consultant_lang: str) -> Iterator[Live]:
    with Receiver() as receiver:
        text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
        text = text.replace('language = "fr"', f'language = "{consultant_lang}"', 1)
        text = text.replace("[service]\n", f'[service]\nnotify = ["{receiver.url}"]\n')
        store = Store.open(db_url)
        app = create_app(
            parse_config(text), store, TOKEN, public_url=PUBLIC, clock=Clock(MONDAY_10)
        )
        try:
            with ServerThread(app) as server:
                yield Live(Provider(server.url), store, receiver, store.account_id())
        finally:
            store.close()


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Each batch of texts the encoder is asked to embed (the real encoder still does it)."""
    seen: list[list[str]] = []
    real = second_opinion.Encoder.embed

    def counting(self: second_opinion.Encoder, texts: Sequence[str]) -> Any:
        seen.append(list(texts))
        return real(self, texts)

    monkeypatch.setattr(second_opinion.Encoder, "embed", counting)
    return seen


def _failing_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise RuntimeError("urgency weights damaged")

    monkeypatch.setattr(second_opinion, "LOADER", second_opinion.Loader(broken))


def test_a_voicemail_the_rules_miss_but_the_model_flags_notifies_as_possibly_urgent(
    live: Live, consultant_lang: str
) -> None:
    event = live.voicemail(JEN, MISSED_VOICEMAIL)
    assert event.action == "urgent"
    assert event.detail["triage"]["urgent"] is True
    assert event.detail["triage"]["urgency"] == "possible"
    [notice] = live.receiver.wait(1)
    assert notice["message"].startswith(POSSIBLY[consultant_lang])
    assert (
        "Harbor Youth Arts" in notice["title"] and "customers are emailing us" in notice["message"]
    )
    [note] = live.events("notification")
    assert note.detail["notice"] == "possible_voicemail"
    assert not live.events("reply_owed")  # notified at once, as an urgent voicemail is


def test_the_model_is_not_consulted_when_the_rules_already_decide(
    live: Live, consultant_lang: str, embedded: list[list[str]]
) -> None:
    urgent = live.voicemail(MARC, RULES_URGENT_VOICEMAIL)
    assert urgent.detail["triage"]["urgency"] == "urgent"
    [notice] = live.receiver.wait(1)
    assert not notice["message"].startswith(POSSIBLY[consultant_lang])
    assert embedded == []  # urgent by the rules: nothing for the model to change
    live.voicemail(JEN, "hi it's jen, this is not urgent, just call me when you can")
    assert embedded == []  # the sender says it is not urgent
    live.voicemail(MARC, FINE_VOICEMAIL)
    # the rules say no: the model is asked, once, on the transcript and its stretches
    assert len(embedded) == 1 and embedded[0][0] in FINE_VOICEMAIL.lower()


def test_a_model_that_fails_to_load_leaves_the_rules_to_decide(
    monkeypatch: pytest.MonkeyPatch, db_url: str
) -> None:
    _failing_loader(monkeypatch)
    with Receiver() as receiver:
        text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
        text = text.replace("[service]\n", f'[service]\nnotify = ["{receiver.url}"]\n')
        store = Store.open(db_url)
        app = create_app(
            parse_config(text), store, TOKEN, public_url=PUBLIC, clock=Clock(MONDAY_10)
        )
        try:
            with ServerThread(app) as server:
                live = Live(Provider(server.url), store, receiver, store.account_id())
                missed = live.voicemail(JEN, MISSED_VOICEMAIL)
                assert missed.detail["triage"]["urgency"] == "none"
                assert [e.client for e in live.events("reply_owed")] == ["harbor"]
                urgent = live.voicemail(MARC, RULES_URGENT_VOICEMAIL)
                assert urgent.detail["triage"]["urgency"] == "urgent"
                [notice] = receiver.wait(1)
                assert "inondé" in notice["message"]
                assert live.provider.http.get(server.url + "/healthz").status_code == 200
        finally:
            store.close()
    assert second_opinion.LOADER.error == "RuntimeError: urgency weights damaged"


def test_a_webhook_waits_for_a_slow_model_only_a_bounded_time(
    monkeypatch: pytest.MonkeyPatch, live: Live, consultant_lang: str
) -> None:
    release = threading.Event()
    monkeypatch.setattr(second_opinion, "LOADER", second_opinion.Loader(release.wait))
    monkeypatch.setattr(followup, "MODEL_WAIT_SECONDS", 0.3)
    try:
        missed = live.voicemail(JEN, MISSED_VOICEMAIL)  # answered while the model still loads
        assert missed.detail["triage"]["urgency"] == "none"
        assert [e.client for e in live.events("reply_owed")] == ["harbor"]
    finally:
        release.set()


# -- email read over IMAP -------------------------------------------------------------------


def _email(sender: str, subject: str, body: str, message_id: str) -> bytes:
    text = (
        f"From: {sender}\nTo: claire@conseil.example\nSubject: {subject}\n"
        f"Date: Tue, 1 Dec 2026 10:03:00 +0100\nMessage-ID: {message_id}\nMIME-Version: 1.0\n"
        f'Content-Type: text/plain; charset="utf-8"\n\n{body}'
    )
    return text.replace("\n", "\r\n").encode("utf-8") + b"\r\n"


MISSED_EMAIL = _email(
    "Jen Park <jen@harboryoutharts.example>",
    "Server",
    "Hi Claire,\nsomething is wrong with the server, nobody in the office can do anything "
    "this morning.\nJen",
    "<server-1@harboryoutharts.example>",
)
ROUTINE_EMAIL = _email(
    "Marc Dubois <marc@horizon.example>",
    "Compte rendu",
    "Bonjour Claire,\nje vous envoie le compte rendu de l'assemblée générale pour relecture.\nMarc",
    "<cr-1@horizon.example>",
)
TUESDAY_10_05 = datetime(2026, 12, 1, 10, 5, tzinfo=PARIS)


@pytest.fixture
def imap(monkeypatch: pytest.MonkeyPatch) -> Iterator[Dovecot]:
    monkeypatch.setenv("BOUNDARIES_IMAP_PASSWORD", Dovecot.password)
    server = Dovecot()
    server.start()
    yield server
    server.remove()


def _read_inbox(
    db_url: str, imap: Dovecot, receiver: Receiver, emails: int = 1
) -> tuple[Store, int]:
    _, config = example_with_mail(f'imap_url = "{imap.url}"', f'notify = ["{receiver.url}"]')
    store = Store.open(db_url)
    report = MailCycle(config, store).run(TUESDAY_10_05)
    assert report.emails_read == emails, report
    return store, report.urgent_notified


def test_an_email_the_rules_miss_but_the_model_flags_notifies_as_possibly_urgent(
    db_url: str, imap: Dovecot, embedded: list[list[str]]
) -> None:
    imap.append("INBOX", MISSED_EMAIL)
    imap.append("INBOX", ROUTINE_EMAIL)
    with Receiver() as receiver:
        store, notified = _read_inbox(db_url, imap, receiver, emails=2)
        assert notified == 1
        [notice] = receiver.wait(1)
    assert [len(batch) for batch in embedded] == [2]  # the inbox's emails in one batch
    assert notice["message"].startswith(POSSIBLY["fr"])  # the consultant reads French
    assert "Harbor Youth Arts" in notice["title"] and "nobody in the office" in notice["message"]
    routine, email = sorted(  # by Message-ID: <cr-1@…> then <server-1@…>
        (e for e in store.events(store.account_id()) if e.kind == "email"), key=lambda e: e.sid
    )
    assert email.action == "notify" and email.detail["triage"]["urgency"] == "possible"
    assert routine.action == "agenda" and routine.detail["triage"]["urgency"] == "none"
    [note] = [e for e in store.events(store.account_id()) if e.kind == "notification"]
    assert note.detail["notice"] == "possible_email"
    store.close()


def test_an_email_is_judged_by_the_rules_when_the_model_fails_to_load(
    monkeypatch: pytest.MonkeyPatch, db_url: str, imap: Dovecot
) -> None:
    _failing_loader(monkeypatch)
    imap.append("INBOX", MISSED_EMAIL)
    with Receiver() as receiver:
        store, notified = _read_inbox(db_url, imap, receiver)
        assert notified == 0 and receiver.received == []
    [email] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert email.action == "agenda" and email.detail["triage"]["urgency"] == "none"
    store.close()
