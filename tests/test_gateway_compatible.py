"""Providers compatible with Twilio's webhooks, over real HTTP: other id shapes, long display
values and odd values are handled, not refused (SPEC §2, §7; newcomer finding 2).

The caller always gets TwiML (a voicemail at worst) from a signed voice webhook; a data
callback refuses (400, naming the field) only when the value it is keyed on cannot be an id;
ids stay unique in the store, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.integrations.twilio import params as provider
from boundaries.store import Store, StoredEvent
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, ServerThread

PARIS = ZoneInfo("Europe/Paris")
MARC = "+33123456789"  # Association Horizon: 2 ad-hoc calls a week, so a first call rings
STRANGER = "+33970123456"
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)


@dataclass
class Gateway:
    provider: Provider
    store: Store
    account: int

    def post(self, path: str, params: dict[str, str]) -> tuple[int, str]:
        r = self.provider.post(path, params)
        return r.status_code, r.text

    def events(self, kind: str | None = None) -> list[StoredEvent]:
        return [r for r in self.store.events(self.account) if kind is None or r.kind == kind]


@pytest.fixture
def gw(db_url: str) -> Iterator[Gateway]:
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text = text.replace("[service]\n", f'[service]\npublic_url = "{PUBLIC}"\n')
    store = Store.open(db_url)
    app = create_app(parse_config(text), store, TOKEN, public_url=PUBLIC, clock=Clock(MONDAY_10))
    with ServerThread(app) as server:
        yield Gateway(Provider(server.url), store, store.account_id())
    store.close()


def uid() -> str:
    return str(uuid.uuid4())


COMPATIBLE_CALL_IDS = [
    "b3877c40-da60-4998-90ad-b792e98472ca",  # the newcomer's: a UUID (SignalWire, Plivo-style)
    "B3877C40-DA60-4998-90AD-B792E98472CA",
    "v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg",  # a Telnyx call control id
    "a84b4c76e66710@pc33.atlanta.example.com",  # a SIP Call-ID
    "c3VwZXIrc2VjcmV0L2lkPQ==",  # base64
    "CA0123456789abcdef0123456789abcdef",  # Twilio's own
    "CA1",
    "12345",
]


@pytest.mark.parametrize("call_id", COMPATIBLE_CALL_IDS)
def test_a_call_id_of_another_providers_shape_gets_its_decision_and_is_stored_once(
    gw: Gateway, call_id: str
):
    params = {"CallSid": call_id, "From": MARC, "To": "+33184000000"}
    status, first = gw.post("/twilio/voice", params)
    assert status == 200, first
    assert "<Dial" in first  # Marc's ad-hoc call rings through, as with a Twilio id
    status, again = gw.post("/twilio/voice", params)  # the provider retries
    assert status == 200 and again == first
    [call] = gw.events("call")
    assert call.sid == call_id and call.client == "horizon" and call.action == "connect"


def test_a_whole_call_from_a_uuid_provider_keeps_its_voicemail_transcript_and_status(gw: Gateway):
    call, recording, transcript, project = uid(), uid(), uid(), uid()
    account = {"AccountSid": project}  # SignalWire's project id is a UUID too
    assert gw.post("/twilio/voice", {"CallSid": call, "From": MARC, **account})[0] == 200
    status, twiml = gw.post(
        "/twilio/voice?after=dial", {"CallSid": call, "DialCallStatus": "no-answer", **account}
    )
    assert status == 200 and "<Record" in twiml
    rec = {
        "CallSid": call,
        "RecordingSid": recording,
        "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{project}/Recordings/x",
        "RecordingDuration": "14",
        **account,
    }
    assert gw.post("/twilio/recording", rec)[0] == 200
    said = "Bonjour, c'est Marc, pouvez-vous me rappeler pour le budget du festival ?"
    text = {
        "CallSid": call,
        "RecordingSid": recording,
        "TranscriptionSid": transcript,
        "TranscriptionText": said,
        "TranscriptionStatus": "completed",
        **account,
    }
    assert gw.post("/twilio/transcription", text)[0] == 200
    progress = {"CallSid": call, "CallStatus": "completed", "CallDuration": "52"}
    assert gw.post("/twilio/status", {**progress, "SequenceNumber": "3"})[0] == 200
    [voicemail] = gw.events("voicemail")
    assert voicemail.sid == recording and voicemail.client == "horizon"
    assert voicemail.detail["call_sid"] == call and voicemail.detail["duration"] == 14
    [heard] = gw.events("transcription")
    assert heard.sid == transcript and heard.client == "horizon"
    [done] = gw.events("status")
    assert done.sid == f"{call}:completed:3" and done.detail["duration"] == 52


LONG_VALUES = {
    "CallerName": "Association Horizon — " + "N" * 5000,
    "To": "+33184000000" + " " * 2000,
    "CallerCity": "Paris" * 400,
    "ForwardedFrom": "9" * 2000,
    "Direction": "inbound" * 300,
}


@pytest.mark.parametrize("field", sorted(LONG_VALUES))
def test_an_over_long_display_value_is_cut_not_refused(gw: Gateway, field: str):
    call_id = uid()
    status, twiml = gw.post(
        "/twilio/voice", {"CallSid": call_id, "From": MARC, field: LONG_VALUES[field]}
    )
    assert status == 200 and "<Dial" in twiml, twiml
    assert [c.sid for c in gw.events("call")] == [call_id]


def test_long_display_values_are_cut_for_use_at_the_documented_limit():
    values = provider.check({"CallerName": "N" * 5000, "TranscriptionText": "t" * 20_000})
    assert values["CallerName"] == "N" * provider.MAX_OTHER
    assert values["TranscriptionText"] == "t" * provider.MAX_TRANSCRIPT
    assert values.unusable == {}


ODD_VALUES_THE_CALL_DOES_NOT_NEED = [
    {"CallStatus": "c" * 500},
    {"CallStatus": "ringing\x07"},
    {"AccountSid": "AC 123"},
    {"ParentCallSid": "p" * 400},
    {"Digits": "not keys"},
    {"SequenceNumber": "1e9"},
    {"CallDuration": "-3"},
    {"RecordingUrl": "h" * 3000},
]


@pytest.mark.parametrize("odd", ODD_VALUES_THE_CALL_DOES_NOT_NEED)
def test_an_odd_value_the_voice_webhook_does_not_need_never_costs_the_caller_the_decision(
    gw: Gateway, odd: dict[str, str]
):
    call_id = uid()
    status, twiml = gw.post("/twilio/voice", {"CallSid": call_id, "From": MARC, **odd})
    assert status == 200 and "<Dial" in twiml, twiml
    assert [c.sid for c in gw.events("call")] == [call_id]


UNUSABLE_CALL_IDS = [
    None,  # absent
    "",
    "   ",
    "CA\x01abc",
    "id\r\nX-Forged: header",
    "call id with spaces",
    "<script>alert(1)</script>",
    "x" * 300,
    "appel-numéro-1",
]


@pytest.mark.parametrize("bad", UNUSABLE_CALL_IDS)
def test_a_call_id_that_cannot_be_an_id_still_gets_a_voicemail_and_the_recording_is_kept(
    gw: Gateway, bad: str | None
):
    call = {"From": MARC} if bad is None else {"CallSid": bad, "From": MARC}
    status, twiml = gw.post("/twilio/voice", call)
    assert status == 200, twiml
    assert twiml.lstrip().startswith("<?xml") and "<Record" in twiml
    assert gw.events() == []  # nothing to key a decision on: no call is stored
    recording = uid()
    rec = {"RecordingSid": recording, "RecordingDuration": "9"}
    status, thanks = gw.post("/twilio/recording", rec if bad is None else {**rec, "CallSid": bad})
    assert status == 200, thanks
    [voicemail] = gw.events("voicemail")  # what the caller said is not lost
    assert voicemail.sid == recording and voicemail.detail["call_sid"] == ""


@pytest.mark.parametrize(
    "params",
    [
        {"CallSid": "CAunknown0000", "Digits": "1"},  # a call this store never saw
        {"CallSid": "bad id", "Digits": "1"},
        {"Digits": "1"},
        {"CallSid": uid(), "Digits": "#" * 100},
    ],
)
def test_a_key_press_always_gets_twiml(gw: Gateway, params: dict[str, str]):
    status, twiml = gw.post("/twilio/gather", params)
    assert status == 200 and "<Record" in twiml, twiml
    assert gw.events() == []


def test_a_key_press_in_dtmf_letters_or_odd_keys_goes_to_the_recording(gw: Gateway):
    call_id = uid()
    gw.post("/twilio/voice", {"CallSid": call_id, "From": STRANGER})
    for digits in ("A", "#", "9" * 40, "zz"):
        status, twiml = gw.post("/twilio/gather", {"CallSid": call_id, "Digits": digits})
        assert status == 200 and "<Record" in twiml and "<Dial" not in twiml


def test_an_id_too_long_for_the_store_is_shortened_uniquely_and_stably(gw: Gateway):
    first = "v3:" + "A" * 150
    second = "v3:" + "A" * 149 + "B"  # the same first 80 characters
    answer = gw.post("/twilio/voice", {"CallSid": first, "From": STRANGER})
    gw.post("/twilio/voice", {"CallSid": second, "From": STRANGER})
    assert answer[0] == 200
    assert gw.post("/twilio/voice", {"CallSid": first, "From": STRANGER}) == answer  # a retry
    calls = gw.events("call")
    assert len(calls) == 2 and len({c.sid for c in calls}) == 2
    assert all(c.sid and len(c.sid) <= provider.MAX_ID for c in calls)
    # The status key (id:status:sequence) still fits the sid column, on PostgreSQL too.
    progress = {"CallSid": first, "CallStatus": "no-answer", "SequenceNumber": "9999999999"}
    assert gw.post("/twilio/status", progress)[0] == 200
    assert gw.post("/twilio/status", progress)[0] == 200
    [done] = gw.events("status")
    assert done.client is None and done.detail["call_sid"] == calls[0].sid


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("42", 42),
        (" 42 ", 42),
        ("12.6", 13),  # a provider counting tenths
        ("-1", 0),  # a provider's "unknown"
        ("", 0),
        ("abc", 0),  # not a duration: set aside, the voicemail kept
        ("9e99", 0),
        ("99999", 0),
    ],
)
def test_a_recording_with_an_odd_duration_is_kept(gw: Gateway, given: str, stored: int):
    recording = uid()
    rec = {"CallSid": uid(), "RecordingSid": recording, "RecordingDuration": given}
    status, twiml = gw.post("/twilio/recording", rec)
    assert status == 200, twiml
    [voicemail] = gw.events("voicemail")
    assert voicemail.sid == recording and voicemail.detail["duration"] == stored


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/twilio/recording", {"CallSid": "c1", "RecordingSid": "RE 1"}, "RecordingSid"),
        ("/twilio/recording", {"RecordingSid": "r" * 300}, "RecordingSid"),
        ("/twilio/recording", {"RecordingSid": "", "RecordingDuration": "5"}, "RecordingSid"),
        (
            "/twilio/transcription",
            {"TranscriptionSid": "TR\x07", "TranscriptionText": "hi"},
            "TranscriptionSid",
        ),
        ("/twilio/status", {"CallSid": "id\nforged", "CallStatus": "completed"}, "CallSid"),
        ("/twilio/status", {"CallSid": "c1", "CallStatus": "c" * 500}, "CallStatus"),
        ("/twilio/status", {"CallSid": "c1", "CallStatus": " "}, "CallStatus"),
    ],
)
def test_a_data_callback_keyed_on_a_value_that_cannot_be_used_is_400_naming_it(
    gw: Gateway, path: str, params: dict[str, str], field: str
):
    status, text = gw.post(path, params)
    assert status == 400 and f"'{field}" in text, text
    assert gw.events() == []


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("b3877c40-da60-4998-90ad-b792e98472ca", "b3877c40-da60-4998-90ad-b792e98472ca"),
        ("  CA0123456789abcdef0123456789abcdef ", "CA0123456789abcdef0123456789abcdef"),
        ("sip:call@pbx.example.com", "sip:call@pbx.example.com"),
        ("a.b_c:d-e+f/g=h@i", "a.b_c:d-e+f/g=h@i"),
    ],
)
def test_provider_ids_of_any_reasonable_shape_are_kept_as_given(value: str, kept: str):
    for name in provider.IDS:
        values = provider.check({name: value})
        assert values[name] == kept and values.unusable == {}


@pytest.mark.parametrize(
    "value", ["", " ", "a b", "a\tb", "ab\x7f", "naïve", "id;drop", "<x>", "x" * 257]
)
def test_a_value_that_cannot_be_an_id_is_set_aside_with_the_reason(value: str):
    values = provider.check({"RecordingSid": value, "From": MARC})
    assert "RecordingSid" not in values and values["From"] == MARC
    assert values.unusable["RecordingSid"].startswith(("is empty", "is not a provider id"))
    assert provider.unusable(values, "RecordingSid") == values.unusable["RecordingSid"]


def test_a_value_set_aside_is_never_silent_the_log_names_the_field_and_why(caplog):
    with caplog.at_level(logging.WARNING, logger=provider.__name__):
        values = provider.check({"RecordingDuration": "-1", "CallSid": "a b", "Digits": "1"})
    assert values == {"Digits": "1"}
    assert "'RecordingDuration' is negative" in caplog.text
    assert "'CallSid' is not a provider id" in caplog.text


def test_a_rounded_duration_is_logged_as_rounded_and_nothing_is_called_cut(caplog):
    """A decimal duration is kept as whole seconds and said so; a status sent with spaces is
    trimmed, not "cut". Only a value shortened to its field's length is logged as cut."""
    with caplog.at_level(logging.INFO, logger=provider.__name__):
        values = provider.check(
            {"CallDuration": "12.7", "CallStatus": " completed ", "SequenceNumber": " 3"}
        )
    assert values == {"CallDuration": "13", "CallStatus": "completed", "SequenceNumber": "3"}
    assert values.cut == {} and values.rounded == {"CallDuration": "12.7"}
    assert "cut" not in caplog.text
    assert "'CallDuration' '12.7' to 13 s" in caplog.text and "rounded" in caplog.text


@pytest.mark.parametrize(
    "given",
    [
        "tel:+33123456789",
        "TEL:+33-1-23-45-67-89",
        "tel:+33123456789;cpc=ordinary",
        "tel:01-23-45-67-89;phone-context=+33",
        "+33 1 23 45 67 89",
        "+33\u00a01\u00a023\u00a045\u00a067\u00a089",  # no-break spaces
        "+33\u20111\u201123\u201145\u201167\u201189",  # non-breaking hyphens
        "+33 1–23–45–67–89",  # en dashes
        "＋３３１２３４５６７８９",  # fullwidth
        # Newcomer 10, M4: a context after a global number, a percent-encoded `+` or
        # space, an extension in any of its spellings: still that number, not withheld
        "tel:+33-1-23-45-67-89;phone-context=+33",
        "tel:+33123456789;phone-context=+1",
        "tel:%2B33123456789",
        "tel:+33%201%2023%2045%2067%2089",
        "%2B33123456789",
        "+33 (0)1 23 45 67 89 ext. 5",
        "+33 1 23 45 67 89 x22",
        "+33123456789;ext=22",
        "tel:+33123456789;ext=22",
        "tel:%2B33-1-23-45-67-89;ext=5;phone-context=+33",
        "+33 1 23 45 67 89 extension 5",
        "01 23 45 67 89 poste 12",
        "+33 1 23 45 67 89 #5",
        # Newcomer 11, L2: digits dialled after a pause or a wait mark of a dial string
        "+33123456789,,22",
        "+33 1 23 45 67 89 p123",
        "+33 1 23 45 67 89,5",
        "+33123456789;5",
        "+33123456789w22",
        "+33 1 23 45 67 89 P,1#",
        # newcomer 14, M4: several pause groups, or a pause alone at the end
        "+33123456789,,22,,5",
        "+33123456789p123w45",
        "+33123456789,,",
        "+33 1 23 45 67 89 w",
        # newcomer 15, M5: whatever is dialled after the answer, by its kind: a key that is
        # no digit (`*`) and RFC 3966 parameters written outside a URI (`;postd=`, `;isub=`)
        "+33123456789;postd=pp22",
        "+33123456789*22",
        "+33 1 23 45 67 89 *22#",
        "+33123456789;isub=1234",
        "+33123456789;postd=pp22;ext=5",
        "tel:+33123456789;postd=pp22",
        # an extension in libphonenumber's own words, in any of its languages
        "+33 1 23 45 67 89 extn 22",
        "+33 1 23 45 67 89 anexo 22",
    ],
)
def test_a_caller_id_written_as_a_uri_or_with_separators_is_that_number(given: str):
    assert provider.caller_number(given, "FR") == MARC


@pytest.mark.parametrize(
    "given",
    [
        "sip:alice@pbx.example.com",
        "sip:1001@pbx.example.com",
        # SPEC §7 lists `sip:…` among the callers that are not a phone number, whatever
        # its user part: a SIP endpoint is not a number the consultant can call back
        "sip:+33123456789@trunk.example.com",
        "sip:+33123456789@trunk.example.com;user=phone",
        "sips:%2B33123456789@trunk.example.com:5061",
        "sip:pbx.example.com",
        "tel:",
        "tel:x",
        "tel:x22",
        "ext. 5",
        ",,22",
        "p123",
        "*22",
        ";postd=pp22",
        "CALL +33123456789",  # a number with words around it is not read as the caller
        "+33123456789 foo",
        "sip:%2B33123456789@trunk.example.com",
        "sip:+33123456789;phone-context=+33@trunk.example.com",
    ],
)
def test_a_uri_that_names_no_number_is_a_withheld_caller(given: str):
    assert provider.caller_number(given, "FR") == provider.WITHHELD_CALLER


@pytest.mark.parametrize(
    "given",
    [
        "tel:+33123456789",
        "tel:01-23-45-67-89;phone-context=+33",
        "tel:+33-1-23-45-67-89;phone-context=+33",  # newcomer 10, M4
        "tel:%2B33123456789",
        "+33 (0)1 23 45 67 89 ext. 5",
    ],
)
def test_a_client_calling_with_a_uri_caller_id_is_the_client(gw: Gateway, given: str):
    status, twiml = gw.post("/twilio/voice", {"CallSid": uid(), "From": given})
    assert status == 200 and "<Dial" in twiml  # Monday 10:00: Horizon's ad-hoc call rings
    [call] = gw.events("call")
    assert call.client == "horizon" and call.caller == MARC


@pytest.mark.parametrize(
    ("given", "region", "number"),
    [
        # E.164 without its "+", as Plivo and some SIP trunks send `From` (trial51 §2)
        ("12125550147", "FR", "+12125550147"),
        ("61293744000", "CA", "+61293744000"),
        ("912222022202", "CA", "+912222022202"),
        ("3225123456", "CA", "+3225123456"),
        # the ITU's "00" whatever the consultant's country dials abroad with
        ("0033143742408", "CA", "+33143742408"),
        ("0032 2 512 34 56", "CA", "+3225123456"),
        ("+0033143742408", "CA", "+33143742408"),
        # national numbers keep their reading in the consultant's plan
        ("4185550123", "CA", "+14185550123"),
        ("01 23 45 67 89", "FR", "+33123456789"),
        ("011 32 2 512 34 56", "CA", "+3225123456"),
    ],
)
def test_a_caller_id_without_plus_or_with_00_is_read_as_international(
    given: str, region: str, number: str
):
    assert provider.caller_number(given, region) == number


def test_a_foreign_client_calling_through_a_gateway_without_plus_is_the_client(gw: Gateway):
    # trial51 §2: the US client of a French consultant, `From` as Plivo sends it
    status, _ = gw.post("/twilio/voice", {"CallSid": uid(), "From": "12125550147"})
    assert status == 200
    [call] = gw.events("call")
    assert call.client == "harbor" and call.caller == "+12125550147"
