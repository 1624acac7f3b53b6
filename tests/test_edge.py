"""The webhook edge over real HTTP: odd provider values, shapes and sizes, cheap refusals,
withheld callers and replayed answers, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode
from zoneinfo import ZoneInfo

import httpx
import pytest

from boundaries.config import parse_config
from boundaries.store import Store, StoredEvent
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, ServerThread, twilio_signature

PARIS = ZoneInfo("Europe/Paris")
MARC = "+33123456789"  # Association Horizon: standing call Fridays 10:00, 2 ad-hoc calls a week
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)
API_TOKEN = "api-secret-for-edge-tests"


def sid(prefix: str = "CA") -> str:
    return prefix + secrets.token_hex(16)


@dataclass
class Edge:
    provider: Provider
    clock: Clock
    store: Store
    account: int

    def events(self, kind: str | None = None) -> list[StoredEvent]:
        return [r for r in self.store.events(self.account) if kind is None or r.kind == kind]

    def raw(self, path: str, body: bytes, sign: bool = True) -> httpx.Response:
        """Post a raw form body (repeated keys and all), signed over every value."""
        pairs = parse_qsl(body.decode(), keep_blank_values=True)
        headers = {"content-type": "application/x-www-form-urlencoded"}
        if sign:
            data = PUBLIC + path + "".join(k + v for k, v in sorted(pairs))
            digest = hmac.new(TOKEN.encode(), data.encode(), hashlib.sha1).digest()
            headers["X-Twilio-Signature"] = base64.b64encode(digest).decode()
        return self.provider.http.post(self.provider.base_url + path, content=body, headers=headers)


@pytest.fixture
def edge(db_url: str) -> Iterator[Edge]:
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text = text.replace("[service]\n", f'[service]\npublic_url = "{PUBLIC}"\n')
    store = Store.open(db_url)
    clock = Clock(MONDAY_10)
    app = create_app(
        parse_config(text), store, TOKEN, public_url=PUBLIC, clock=clock, api_token=API_TOKEN
    )
    with ServerThread(app) as server:
        yield Edge(Provider(server.url), clock, store, store.account_id())
    store.close()


WITHHELD = [
    "anonymous",
    "Anonymous",
    "Restricted",
    "BLOCKED",
    "WITHHELD",
    "Unknown Caller",
    "unavailable",
    "+266696687",  # ANONYMOUS on a keypad, not a number anywhere
    "+7378742833",  # RESTRICTED on a keypad
    "sip:someone@pbx.example.com",
    "client:alice",
    "",
    "   ",
    "<script>",
    "+",
    "0",
    "+999 123",
]


@pytest.mark.parametrize("caller", WITHHELD)
def test_a_from_that_is_not_a_number_is_a_withheld_caller_with_a_neutral_voicemail(
    edge: Edge, caller: str
):
    r = edge.provider.post("/twilio/voice", {"CallSid": sid(), "From": caller, "To": "+3318"})
    assert r.status_code == 200, r.text
    assert "<Record" in r.text and "<Gather" not in r.text and "<Dial" not in r.text
    [call] = edge.events("call")
    assert call.caller == "anonymous" and call.client is None and call.action == "voicemail"


def test_withheld_callers_are_counted_together(edge: Edge):
    for caller in ["BLOCKED", "+266696687", "sip:x@y.example", "Restricted"]:
        edge.provider.post("/twilio/voice", {"CallSid": sid(), "From": caller})
    calls = edge.events("call")
    assert len(calls) == 4 and {c.caller for c in calls} == {"anonymous"}
    # Within 20 minutes: the same caller calling again and again, one run of calls.
    assert [c.detail.get("repeat") for c in calls] == [1, 2, 3, 4]


def test_a_number_written_locally_is_stored_in_e164(edge: Edge):
    edge.provider.post("/twilio/voice", {"CallSid": sid(), "From": "01 23 45 67 89"})
    [call] = edge.events("call")
    assert call.caller == MARC and call.client == "horizon"


# Values that cannot be what their name says, on the value a data callback is keyed on.
BAD_SHAPES = [
    ("/twilio/status", {"CallSid": sid(), "CallStatus": "c" * 500}),
    ("/twilio/status", {"CallSid": "CA" + "0" * 7998, "CallStatus": "completed"}),
    ("/twilio/status", {"CallSid": "CA\x01" + "0" * 32, "CallStatus": "completed"}),
    ("/twilio/recording", {"CallSid": sid(), "RecordingSid": "RE 1", "RecordingDuration": "5"}),
    ("/twilio/recording", {"CallSid": sid(), "RecordingSid": "", "RecordingDuration": "5"}),
    ("/twilio/transcription", {"CallSid": sid(), "TranscriptionSid": "<TR>"}),
]


@pytest.mark.parametrize(("path", "params"), BAD_SHAPES)
def test_values_of_the_wrong_shape_or_size_are_400_and_nothing_is_stored(
    edge: Edge, path: str, params: dict[str, str]
):
    r = edge.provider.post(path, params)
    assert r.status_code == 400, r.text
    assert edge.events() == []


# These were refused with 400 until the newcomer's finding 2: a signed request from a provider
# compatible with Twilio's webhooks is handled, not refused (SPEC §2, §7). Ids of other shapes
# are kept; a value that cannot be used is set aside as if absent; display values are cut.
HANDLED_NOW = [
    ("/twilio/voice", {"CallSid": "CA1", "From": MARC}, "call"),  # another provider's id
    ("/twilio/voice", {"CallSid": "RE" + "a" * 32, "From": MARC}, "call"),
    ("/twilio/voice", {"CallSid": "CA" + "g" * 32, "From": MARC}, "call"),
    ("/twilio/voice", {"CallSid": sid(), "From": MARC, "AccountSid": "AC123"}, "call"),
    ("/twilio/voice", {"CallSid": sid(), "From": MARC, "To": "x" * 5000}, "call"),  # cut
    ("/twilio/voice", {"CallSid": "CA" + "0" * 7998, "From": MARC}, None),  # plain voicemail
    ("/twilio/gather", {"CallSid": sid(), "Digits": "1" * 40}, None),  # unknown call: voicemail
    (
        "/twilio/status",
        {"CallSid": sid(), "CallStatus": "completed", "SequenceNumber": "1e9"},
        "status",
    ),
    (
        "/twilio/status",
        {"CallSid": sid(), "CallStatus": "completed", "CallDuration": "-3"},
        "status",
    ),
    (
        "/twilio/status",
        {"CallSid": sid(), "CallStatus": "completed", "CallDuration": "9" * 9000},
        "status",
    ),
    (
        "/twilio/recording",
        {"CallSid": sid(), "RecordingSid": "RE1", "RecordingDuration": "5"},
        "voicemail",
    ),
    (
        "/twilio/recording",
        {"CallSid": sid(), "RecordingSid": sid("RE"), "RecordingDuration": "-5"},
        "voicemail",
    ),
    (
        "/twilio/recording",
        {"CallSid": sid(), "RecordingSid": sid("RE"), "RecordingDuration": "1.5"},
        "voicemail",
    ),
    (
        "/twilio/recording",
        {"CallSid": sid(), "RecordingSid": sid("RE"), "RecordingDuration": "9e99"},
        "voicemail",
    ),
    (
        "/twilio/recording",
        {"CallSid": sid(), "RecordingSid": sid("RE"), "RecordingDuration": "99999"},
        "voicemail",
    ),
    (
        "/twilio/recording",
        {"CallSid": sid(), "RecordingSid": sid("RE"), "RecordingUrl": "h" * 3000},
        "voicemail",
    ),
    (
        "/twilio/transcription",
        {"CallSid": sid(), "TranscriptionSid": "TR" + "0" * 31},
        "transcription",
    ),
    (
        "/twilio/transcription",
        {"CallSid": sid(), "TranscriptionSid": sid("TR"), "RecordingSid": "x"},
        "transcription",
    ),
]


@pytest.mark.parametrize(("path", "params", "kind"), HANDLED_NOW)
def test_odd_values_from_a_signed_provider_are_handled_not_refused(
    edge: Edge, path: str, params: dict[str, str], kind: str | None
):
    r = edge.provider.post(path, params)
    assert r.status_code == 200, r.text
    assert r.text.lstrip().startswith(("<?xml", "<Response"))
    assert {e.kind for e in edge.events()} == ({kind} if kind else set())


@pytest.mark.parametrize("field", ["From", "CallStatus", "To", "CallSid", "Caller"])
def test_a_null_byte_in_a_signed_call_is_dropped_and_the_caller_gets_a_voicemail(
    edge: Edge, field: str
):
    """SPEC §7: a signed /twilio/voice always answers TwiML that records a voicemail (it was
    a 400: the provider played its error and hung up, trial60 §1); the null byte, which no
    text column holds, is dropped."""
    params = {"CallSid": sid(), "From": MARC, "CallStatus": "ringing", "To": "+3318"}
    params.setdefault(field, "Marc Dupont")
    params[field] = params[field][:5] + "\x00" + params[field][5:]
    r = edge.provider.post("/twilio/voice", params)
    assert r.status_code == 200 and ("<Record" in r.text or "<Dial" in r.text), r.text
    assert edge.events("call") and all("\x00" not in str(e.detail) for e in edge.events())


def test_an_unsigned_null_byte_is_still_refused_storing_nothing(edge: Edge):
    body = urlencode([("CallSid", sid()), ("From", "+3312\x0034")]).encode()
    r = edge.raw("/twilio/voice", body, sign=False)
    assert r.status_code == 403 and edge.events() == []


def test_a_sane_recording_duration_is_stored_as_given(edge: Edge):
    call_sid, rec = sid(), sid("RE")
    edge.provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
    r = edge.provider.post(
        "/twilio/recording",
        {"CallSid": call_sid, "RecordingSid": rec, "RecordingDuration": "42"},
    )
    assert r.status_code == 200
    [vm] = edge.events("voicemail")
    assert vm.detail["duration"] == 42


def test_a_transcript_longer_than_its_field_is_kept_cut_with_a_note_not_refused(
    edge: Edge, caplog: pytest.LogCaptureFixture
):
    """Newcomer 2, L2: 16,500 characters were answered 413, which tells the provider not to
    retry: the transcript was lost. It is cut at 16,384 (README, the request edge) and the
    stored transcription says so; the same for a display value over its 1,024."""
    call_sid = sid()
    voice = edge.provider.post(
        "/twilio/voice", {"CallSid": call_sid, "From": MARC, "CallerName": "M" * 20_000}
    )
    assert voice.status_code == 200, voice.text
    said = "c'est Marc pour le budget 2027, " * 600  # 19,200 characters, a 19 KB body
    assert len(said) > 16_384 and len(said.encode()) < 32 * 1024
    with caplog.at_level(logging.WARNING):
        r = edge.provider.post(
            "/twilio/transcription",
            {
                "CallSid": call_sid,
                "TranscriptionSid": sid("TR"),
                "TranscriptionText": said,
                "TranscriptionStatus": "completed",
            },
        )
    assert r.status_code == 200, r.text
    [stored] = edge.events("transcription")
    assert stored.detail["text"] == said[:16_384]
    assert stored.detail["text_cut"] == {"kept": 16_384, "sent": len(said)}
    assert "'TranscriptionText' 16,384 of 19,200 characters" in caplog.text
    assert "'CallerName' 1,024 of 20,000 characters" in caplog.text


def test_a_signed_repeated_key_is_read_as_its_first_value_and_the_call_answered(edge: Edge):
    """The signature covers both values (none was slipped in): the call gets its greeting
    and voicemail, read with the first (trial60 §1; it was a 400, and no voicemail)."""
    call_sid = sid()
    body = urlencode([("CallSid", call_sid), ("From", MARC), ("From", "+12125550147")])
    r = edge.raw("/twilio/voice", body.encode())
    assert r.status_code == 200 and ("<Record" in r.text or "<Dial" in r.text), r.text
    [call] = edge.events("call")
    assert call.client == "horizon", call  # MARC's, the first value


def test_a_signed_call_in_latin1_and_an_empty_signed_call_still_get_a_voicemail(edge: Edge):
    """A gateway's percent-encoded Latin-1 caller name (%E9 for é) and a signed POST with no
    body and no content type: voicemail TwiML, not 400 or 415 (trial60 §1)."""
    body = f"CallSid={sid()}&From=%2B33123456789&CallerName=%E9t%E9".encode()
    pairs = parse_qsl(body.decode(), keep_blank_values=True)  # as the gateway read it
    data = PUBLIC + "/twilio/voice" + "".join(k + v for k, v in sorted(pairs))
    digest = hmac.new(TOKEN.encode(), data.encode(), hashlib.sha1).digest()
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": base64.b64encode(digest).decode(),
    }
    r = edge.provider.http.post(
        edge.provider.base_url + "/twilio/voice", content=body, headers=headers
    )
    assert r.status_code == 200 and ("<Record" in r.text or "<Dial" in r.text), r.text
    empty = base64.b64encode(
        hmac.new(TOKEN.encode(), (PUBLIC + "/twilio/voice").encode(), hashlib.sha1).digest()
    ).decode()
    r = edge.provider.http.post(
        edge.provider.base_url + "/twilio/voice", headers={"X-Twilio-Signature": empty}
    )
    assert r.status_code == 200 and "<Record" in r.text, r.text
    unsigned = edge.provider.http.post(edge.provider.base_url + "/twilio/voice")
    assert unsigned.status_code == 403


def _signed_latin1(path: str, body: bytes, values: list[tuple[str, str]]) -> dict[str, str]:
    """Headers for `body` signed as its sender read its own `values`."""
    data = PUBLIC + path + "".join(k + v for k, v in sorted(values))
    digest = hmac.new(TOKEN.encode(), data.encode(), hashlib.sha1).digest()
    return {
        "content-type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": base64.b64encode(digest).decode(),
    }


def test_a_transcript_in_percent_encoded_latin1_is_read_with_its_accents(edge: Edge):
    """trial48 W2: « le d%E9p%F4t … bloqu%E9 » was stored with U+FFFD and read as not
    urgent; read as Windows-1252 it is « le dépôt … bloqué », whichever reading the sender
    signed."""
    call_sid = sid()
    edge.provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
    for reading in ("latin-1", "replace"):
        tr = sid("TR")
        body = (
            f"CallSid={call_sid}&TranscriptionSid={tr}&TranscriptionStatus=completed&"
            "TranscriptionText=le+d%E9p%F4t+de+la+subvention+est+bloqu%E9+la+pr%E9fecture+"
            "ferme+ce+soir"
        ).encode()
        if reading == "latin-1":
            values = parse_qsl(body.decode(), keep_blank_values=True, encoding="latin-1")
        else:
            values = parse_qsl(body.decode(), keep_blank_values=True, errors="replace")
        r = edge.provider.http.post(
            edge.provider.base_url + "/twilio/transcription",
            content=body,
            headers=_signed_latin1("/twilio/transcription", body, values),
        )
        assert r.status_code == 200, (reading, r.text)
    stored = edge.events("transcription")
    assert [t.detail["text"] for t in stored] == [
        "le dépôt de la subvention est bloqué la préfecture ferme ce soir"
    ] * 2


def test_ten_thousand_parameters_are_refused_before_the_signature(edge: Edge, caplog):
    body = "&".join(f"{i}=" for i in range(10_000)).encode()
    assert 50_000 < len(body) < 64 * 1024  # the reported body: refused by its size alone
    with caplog.at_level(logging.WARNING, logger="boundaries.web"):
        unsigned = edge.raw("/twilio/voice", body, sign=False)
        signed = edge.raw("/twilio/voice", body)
    assert unsigned.status_code == 413 and signed.status_code == 413
    assert "signature" not in caplog.text  # refused before the signature was even looked at
    assert edge.events() == []


def test_a_bad_signature_logs_the_checked_url_and_the_fix_never_the_token(edge: Edge, caplog):
    params = {"CallSid": sid(), "From": MARC, "Secret": "body-words-xyz"}
    wrong = twilio_signature(TOKEN, "http://127.0.0.1:8000/twilio/voice", params)
    with caplog.at_level(logging.WARNING, logger="boundaries.web"):
        r = edge.provider.post("/twilio/voice", params, signature=wrong)
    assert r.status_code == 403
    assert PUBLIC + "/twilio/voice" in caplog.text and "public_url" in caplog.text
    assert TOKEN not in caplog.text and "body-words-xyz" not in caplog.text
    assert wrong not in caplog.text
    assert edge.events() == []


@pytest.mark.parametrize(
    "since",
    [
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
        "0001-01-01",
        "yesterday",
        "2026-13-01",
        "2026-11-30T25:00",
    ],
)
def test_api_events_refuses_a_since_it_cannot_use_with_a_message(edge: Edge, since: str):
    auth = {"Authorization": f"Bearer {API_TOKEN}"}
    r = edge.provider.http.get(
        edge.provider.base_url + "/api/events", params={"since": since}, headers=auth
    )
    assert r.status_code == 400
    assert "since" in r.json()["error"] and "2026-11-03" in r.json()["error"]


def test_api_events_since_in_range_works(edge: Edge):
    edge.provider.post("/twilio/voice", {"CallSid": sid(), "From": MARC})
    auth = {"Authorization": f"Bearer {API_TOKEN}"}
    base = edge.provider.base_url + "/api/events"
    early = edge.provider.http.get(base, params={"since": "2026-11-30"}, headers=auth).json()
    late = edge.provider.http.get(base, params={"since": "2026-12-01"}, headers=auth).json()
    assert len(early) == 1 and late == []


def _away(edge: Edge) -> None:
    edge.store.record(
        edge.account,
        [
            StoredEvent(
                kind="away",
                at=MONDAY_10 - timedelta(minutes=5),
                action="away",
                sid="away-edge",
                detail={"until": (MONDAY_10 + timedelta(hours=2)).isoformat()},
            )
        ],
    )


def test_a_retried_voice_call_names_the_same_next_standing_call(edge: Edge):
    _away(edge)
    call_sid = sid()
    first = edge.provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).text
    assert "<Gather" in first
    edge.clock.now = datetime(2026, 12, 4, 11, 0, tzinfo=PARIS)  # after Friday's call
    again = edge.provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC}).text
    assert again == first


def test_a_retried_urgent_press_answers_exactly_as_the_first_time(edge: Edge):
    _away(edge)
    answers = []
    for minute in (0, 5):  # the second press of the burst: already notified, so a voicemail
        edge.clock.now = MONDAY_10 + timedelta(minutes=minute)
        call_sid = sid()
        edge.provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
        params = {"CallSid": call_sid, "Digits": "1"}
        first = edge.provider.post("/twilio/gather", params)
        edge.clock.now += timedelta(minutes=1)
        again = edge.provider.post("/twilio/gather", params)
        assert first.status_code == again.status_code == 200
        assert again.text == first.text
        answers.append(first.text)
    assert "<Gather" not in answers[1] and "<Record" in answers[1]
