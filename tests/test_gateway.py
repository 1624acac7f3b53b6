"""The live call gateway over real HTTP, signed as the provider signs, on SQLite and PostgreSQL."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.integrations.mail.heard import heard_from_store
from boundaries.store import JobQueue, Store, StoredEvent, StoreError
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, Receiver, ServerThread

PARIS = ZoneInfo("Europe/Paris")
GOLDEN = Path(__file__).parent / "golden"
MARC = "+33123456789"  # Association Horizon: standing call Fridays 10:00, 2 ad-hoc calls a week
JEN = "+12125550147"  # Harbor Youth Arts, English
STRANGER = "+33970123456"
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)
API_TOKEN = "api-secret-for-tests"


def sid(prefix: str = "CA") -> str:
    return prefix + secrets.token_hex(16)


@dataclass
class Live:
    provider: Provider
    clock: Clock
    store: Store
    receiver: Receiver
    account: int

    def events(self, kind: str | None = None) -> list[StoredEvent]:
        rows = self.store.events(self.account)
        return [r for r in rows if kind is None or r.kind == kind]

    def call(self, caller: str, call_sid: str | None = None) -> tuple[str, str]:
        call_sid = call_sid or sid()
        r = self.provider.post(
            "/twilio/voice", {"CallSid": call_sid, "From": caller, "To": "+3318"}
        )
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("application/xml")
        return call_sid, r.text

    def missed(self, caller: str) -> str:
        """A call that ends in voicemail: rung and not picked up when the screen lets it ring
        (as the provider's `<Dial action>` callback says), so a message may follow."""
        call_sid, twiml = self.call(caller)
        if "<Dial" in twiml:
            params = {"CallSid": call_sid, "DialCallStatus": "no-answer"}
            r = self.provider.post("/twilio/voice?after=dial", params)
            assert r.status_code == 200 and "<Record" in r.text, r.text
        return call_sid

    def transcript(self, call_sid: str, said: str, status: str = "completed") -> str:
        transcription = sid("TR")
        params = {
            "CallSid": call_sid,
            "TranscriptionSid": transcription,
            "RecordingSid": sid("RE"),
            "TranscriptionText": said,
            "TranscriptionStatus": status,
        }
        r = self.provider.post("/twilio/transcription", params)
        assert r.status_code == 200, r.text
        return transcription


@pytest.fixture
def live(db_url: str) -> Iterator[Live]:
    with Receiver() as receiver:
        text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
        text = text.replace(
            "[service]\n", f'[service]\nnotify = ["{receiver.url}"]\npublic_url = "{PUBLIC}"\n'
        )
        # A mail server to send replies (never reached here): greetings may promise one.
        text += '\n[mail]\nsmtp_url = "smtp://claire@127.0.0.1:9"\n'
        config = parse_config(text)
        store = Store.open(db_url)
        clock = Clock(MONDAY_10)
        app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock, api_token=API_TOKEN)
        with ServerThread(app) as server:
            yield Live(Provider(server.url), clock, store, receiver, store.account_id())
        store.close()


def test_standing_slot_call_rings_the_consultant(live: Live):
    live.clock.now = datetime(2026, 11, 27, 9, 55, tzinfo=PARIS)  # Friday, slot opens 9:50
    call_sid, twiml = live.call(MARC)
    assert "<Dial" in twiml and "<Number>+33612345678</Number>" in twiml
    [call] = live.events("call")
    assert call.sid == call_sid and call.action == "connect" and not call.used_allowance
    assert call.detail["in_standing_slot"] is True


def test_adhoc_calls_ring_within_the_allowance_then_go_to_voicemail(live: Live):
    first = live.call(MARC)[1]
    live.clock.now += timedelta(hours=1)
    second = live.call(MARC)[1]
    live.clock.now += timedelta(hours=1)
    third_sid, third = live.call(MARC)
    assert "<Dial" in first and "<Dial" in second
    assert "<Dial" not in third and "<Record" in third and 'numDigits="1"' in third
    stored = {c.sid: c for c in live.events("call")}
    assert stored[third_sid].detail["reason"].startswith("ad-hoc allowance for Association Horizon")
    assert sum(c.used_allowance for c in stored.values()) == 2


def test_a_missed_connect_falls_back_to_voicemail_and_gives_the_allowance_back(live: Live):
    call_sid, twiml = live.call(MARC)
    assert 'action="https://calls.example.org/twilio/voice?after=dial"' in twiml
    r = live.provider.post(
        "/twilio/voice?after=dial", {"CallSid": call_sid, "DialCallStatus": "no-answer"}
    )
    assert r.status_code == 200 and "<Record" in r.text
    [call] = live.events("call")
    assert call.action == "voicemail" and not call.used_allowance


def test_urgent_press_while_away_notifies_at_once_and_only_once(live: Live):
    live.store.record(
        live.account,
        [
            StoredEvent(
                kind="away",
                at=MONDAY_10 - timedelta(minutes=5),
                action="away",
                sid="away-1",
                detail={"until": (MONDAY_10 + timedelta(hours=2)).isoformat()},
            )
        ],
    )
    call_sid, twiml = live.call(MARC)
    assert "<Dial" not in twiml and "<Gather" in twiml
    r = live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1"})
    assert r.status_code == 200 and "<Record" in r.text and "<Dial" not in r.text
    [notice] = live.receiver.wait(1)
    assert "Association Horizon" in notice["title"] + notice["message"]
    # The same press retried, and a second urgent call in the same burst: no second notice.
    assert live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1"}).text == r.text
    live.clock.now += timedelta(minutes=5)
    again, _ = live.call(MARC)
    live.provider.post("/twilio/gather", {"CallSid": again, "Digits": "1"})
    live.receiver.wait(2, timeout=1.0)
    assert len(live.receiver.received) == 1
    assert [e.action for e in live.events("urgent_press")] == ["notify", "voicemail"]


def test_urgent_press_when_reachable_rings_even_past_the_allowance(live: Live):
    for _ in range(2):
        live.call(MARC)
        live.clock.now += timedelta(minutes=30)
    call_sid, twiml = live.call(MARC)
    assert "<Dial" not in twiml
    r = live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1"})
    assert "<Dial" in r.text
    assert [c.action for c in live.events("call") if c.sid == call_sid] == ["connect"]


def test_a_key_press_for_a_call_that_offered_no_menu_changes_nothing(live: Live):
    """A call that rang through (its answer a <Dial>) or an unknown caller's greeting has no
    menu: a gather for it (forged, replayed, out of order) neither rewrites the stored
    decision nor counts an urgent press (SPEC §7, §8)."""
    rang, twiml = live.call(MARC)
    stranger, neutral = live.call(STRANGER)
    assert "<Gather" not in twiml and "<Gather" not in neutral
    before = {c.sid: (c.action, c.detail, c.used_allowance) for c in live.events("call")}
    for call_sid in (rang, stranger):
        for digits in ("1", "2"):
            r = live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": digits})
            assert r.status_code == 200 and "<Dial" not in r.text
    after = {c.sid: (c.action, c.detail, c.used_allowance) for c in live.events("call")}
    assert after == before
    assert live.events("urgent_press") == [] and live.receiver.received == []


def test_a_press_in_the_greeting_after_a_missed_ring_still_counts(live: Live):
    call_sid, _ = live.call(MARC)
    r = live.provider.post(
        "/twilio/voice?after=dial", {"CallSid": call_sid, "DialCallStatus": "no-answer"}
    )
    assert "<Gather" in r.text
    live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1"})
    [press] = live.events("urgent_press")
    assert press.sid == call_sid


def test_call_test_presses_keys_only_when_the_answer_offers_a_menu(live: Live):
    """`call-test --digits 1` sends what the provider would: nothing after a <Dial>, the
    press (with the call's own fields) to the menu's action after a greeting."""
    from click.testing import CliRunner

    from boundaries.cli.main import cli

    url = live.provider.base_url
    args = ["call-test", "--from", "+33 1 23 45 67 89", "--url", url, "--public-url", PUBLIC]
    args += ["--token", TOKEN, "--digits", "1"]
    runner = CliRunner()
    outputs = []
    for _ in range(3):  # two ad-hoc calls ring through, the third gets the menu
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
        live.clock.now += timedelta(minutes=30)
    assert [o.count("POST /twilio/") for o in outputs] == [1, 1, 2]
    assert "No keys pressed" in outputs[0] and "POST /twilio/gather -> 200" in outputs[2]
    calls = sorted(live.events("call"), key=lambda c: c.at)
    assert [c.action for c in calls[:2]] == ["connect", "connect"]
    assert [c.detail.get("urgent_press", False) for c in calls] == [False, False, True]
    [press] = live.events("urgent_press")
    assert press.sid == calls[2].sid


def test_call_test_with_the_wrong_token_says_which_token_to_pass(live: Live):
    """trial60 §7: a wrong token printed "POST /twilio/voice -> 403" and the refusal, no fix;
    in the terminal's language, as call-test reads no configuration."""
    from click.testing import CliRunner

    from boundaries.cli.main import cli

    url = live.provider.base_url
    args = ["call-test", "--from", "+33 1 23 45 67 89", "--url", url, "--public-url", PUBLIC]
    result = CliRunner().invoke(cli, [*args, "--token", "not-the-token"], env={"LANG": "C"})
    assert result.exit_code == 1 and "-> 403" in result.output, result.output
    assert "Fix: pass the token `serve` checks with as --token" in result.output
    french = CliRunner().invoke(
        cli, [*args, "--token", "not-the-token"], env={"LANG": "fr_FR.UTF-8"}
    )
    assert "Solution : passez en --token" in french.output, french.output
    assert live.events("call") == []


def test_unknown_caller_gets_a_neutral_voicemail_without_urgent_line(live: Live):
    _, twiml = live.call(STRANGER)
    assert "<Gather" not in twiml and "<Record" in twiml and "Laissez votre nom" in twiml
    [call] = live.events("call")
    assert call.client is None and call.action == "voicemail"


def test_withheld_number_is_an_unknown_caller(live: Live):
    _, twiml = live.call("anonymous")
    assert "<Gather" not in twiml and "<Record" in twiml


@pytest.mark.parametrize(
    ("caller", "when", "golden"),
    [
        (MARC, datetime(2026, 11, 30, 13, 0, tzinfo=PARIS), "voicemail_fr.xml"),
        (JEN, datetime(2026, 11, 30, 13, 0, tzinfo=PARIS), "voicemail_en.xml"),
        (STRANGER, MONDAY_10, "voicemail_unknown.xml"),
        (MARC, MONDAY_10, "connect.xml"),
    ],
)
def test_twiml_matches_the_golden_files(live: Live, caller, when, golden):
    live.clock.now = when
    _, twiml = live.call(caller)
    assert twiml == (GOLDEN / golden).read_text(encoding="utf-8").strip()


def test_retried_callbacks_are_stored_once_and_answered_the_same(live: Live):
    call_sid, first = live.call(MARC)
    _, again = live.call(MARC, call_sid)
    assert first == again and len(live.events("call")) == 1
    rec = {
        "CallSid": call_sid,
        "RecordingSid": sid("RE"),
        "RecordingUrl": "https://x/r",
        "RecordingDuration": "12",
    }
    for _ in range(2):
        assert live.provider.post("/twilio/recording", rec).status_code == 200
    assert len(live.events("voicemail")) == 1


def test_status_callbacks_out_of_order_are_all_kept(live: Live):
    call_sid, _ = live.call(MARC)
    for status, seq in [
        ("completed", "3"),
        ("ringing", "1"),
        ("in-progress", "2"),
        ("completed", "3"),
    ]:
        r = live.provider.post(
            "/twilio/status",
            {
                "CallSid": call_sid,
                "CallStatus": status,
                "SequenceNumber": seq,
                "CallDuration": "40",
            },
        )
        assert r.status_code == 200
    assert sorted(e.action for e in live.events("status")) == [
        "completed",
        "in-progress",
        "ringing",
    ]


def test_transcription_triage_owes_one_reply_per_day_and_an_agenda_item(live: Live):
    live.clock.now = datetime(2026, 11, 30, 13, 0, tzinfo=PARIS)
    for said in [
        "salut c'est marc rappelle-moi",
        "c'est marc je voulais savoir où on en est du dossier de subvention",
    ]:
        live.transcript(live.missed(MARC), said)
        live.clock.now += timedelta(minutes=30)
    assert len(live.events("reply_owed")) == 1
    [item] = live.events("agenda_item")
    assert "subvention" in item.detail["topic"]
    assert [t.action for t in live.events("transcription")] == ["unknown", "status_check"]


def test_a_message_for_a_call_that_rang_through_owes_nothing(live: Live, db_url: str):
    """A recording or transcript naming a call whose stored answer was a ring (its `<Dial
    action>` callback lost, or a late, replayed or forged callback) is kept for the record,
    set aside (`unmatched`, with why), but is no voicemail: no deferral reply, no agenda
    item, nothing the mail cycle or the agenda reads back (SPEC §7, as a key press without
    a menu). An urgent one still alerts the consultant. An unknown call's transcript is
    still taken as a voicemail."""
    rang, twiml = live.call(MARC)
    assert "<Dial" in twiml
    r = live.provider.post(
        "/twilio/recording",
        {"CallSid": rang, "RecordingSid": "RE" + rang[2:], "RecordingDuration": "30"},
    )
    assert r.status_code == 200
    for status in ("completed", "failed"):
        live.transcript(rang, "salut c'est marc, on peut parler du budget du festival", status)
    [recording] = live.events("voicemail")
    assert recording.action == "unmatched" and "rang through" in recording.detail["reason"]
    said = live.events("transcription")
    assert [t.action for t in said] == ["unmatched", "unmatched"]
    assert all(t.detail["why"] == "rang_through" for t in said)
    assert live.events("reply_owed") == [] and live.events("agenda_item") == []
    waiting = [j.kind for j in JobQueue(live.store).list(live.account)]
    assert "transcript_due" not in waiting  # nobody waits for a transcript of it
    config = parse_config((EXAMPLES / "boundaries.toml").read_text(encoding="utf-8"))
    assert heard_from_store(config, live.store, live.account, live.clock.now) == []
    assert live.receiver.received == []
    live.transcript(rang, "marc encore : le local est inondé, il y a de l'eau partout")
    [notice] = live.receiver.wait(1)
    assert "inondé" in notice["message"]
    assert live.events("reply_owed") == [] and live.events("agenda_item") == []
    # The same words for a call nobody knows, and for a missed call: a voicemail, as before.
    live.transcript(sid(), "c'est marc, on peut parler du budget du festival")
    live.transcript(live.missed(MARC), "c'est marc, on peut parler du budget du festival")
    assert len(live.events("reply_owed")) == 1 and len(live.events("agenda_item")) == 1


def _callbacks_of_a_call(call_sid: str, caller: str, said: str) -> dict[str, dict[str, str]]:
    """The provider's data callbacks of one voicemail, each carrying the call's `From` and
    `To` as Twilio's recording, transcription and status callbacks do."""
    recording = sid("RE")
    common = {"CallSid": call_sid, "From": caller, "To": "+33180000000"}
    return {
        "status": {**common, "CallStatus": "completed", "CallDuration": "31"},
        "recording": {**common, "RecordingSid": recording, "RecordingDuration": "24"},
        "transcription": {
            **common,
            "RecordingSid": recording,
            "TranscriptionSid": sid("TR"),
            "TranscriptionText": said,
            "TranscriptionStatus": "completed",
        },
    }


@pytest.mark.parametrize(
    "order",
    [
        ["recording", "transcription"],
        ["transcription", "recording"],
        ["status", "recording", "transcription"],
        ["recording-without-from", "transcription", "status"],
        ["transcription-without-from", "recording"],
    ],
)
def test_callbacks_of_a_call_never_stored_belong_to_the_caller_they_name(live: Live, order):
    """A call not stored when it came in (the store failing: `/twilio/voice` answered with the
    plain voicemail and stored nothing; or its webhook lost) is stored from the first of its
    later callbacks that names the caller, whatever their order: the voicemail is the
    client's, a reply and an agenda item are owed, and every row of the call is hers."""
    live.clock.now = datetime(2026, 11, 30, 20, 30, tzinfo=PARIS)  # outside hours
    call_sid = sid()
    said = "bonjour c'est Marc d'Horizon, rappelez-moi pour le budget 2027"
    forms = _callbacks_of_a_call(call_sid, MARC, said)
    for name in order:
        form = dict(forms[name.removesuffix("-without-from")])
        if name.endswith("-without-from"):
            del form["From"]
        path = "/twilio/" + name.removesuffix("-without-from")
        r = live.provider.post(path, form)
        assert r.status_code == 200, (path, r.text)
        live.clock.now += timedelta(seconds=20)
    [call] = live.events("call")
    assert (call.client, call.caller, call.action) == ("horizon", MARC, "voicemail")
    assert call.detail["why"] == "rebuilt" and not call.used_allowance
    rows = [e for e in live.events() if e.kind in ("voicemail", "transcription", "status")]
    assert rows and all(e.client == "horizon" for e in rows), rows
    assert all(e.caller == MARC for e in rows if e.kind != "status")
    [owed] = live.events("reply_owed")
    [item] = live.events("agenda_item")
    assert owed.client == item.client == "horizon" and "budget" in item.detail["topic"]


def test_a_call_stored_late_names_no_number_in_the_log(live: Live, caplog):
    """trial50 §8: the warning that a call was stored from a later callback gave the caller's
    number (README: no number appears in a log line)."""
    live.clock.now = datetime(2026, 11, 30, 20, 30, tzinfo=PARIS)
    forms = _callbacks_of_a_call(sid(), MARC, "c'est Marc, rappelez-moi pour le budget 2027")
    with caplog.at_level("INFO"):
        for name in ("recording", "transcription"):
            assert live.provider.post(f"/twilio/{name}", forms[name]).status_code == 200
    assert "was not stored when it came in" in caplog.text
    digits = MARC.lstrip("+")
    assert digits[-9:] not in caplog.text.replace(" ", ""), caplog.text


@pytest.mark.parametrize(
    "written",
    [
        "tel:+33-1-23-45-67-89;phone-context=+33",
        "tel:%2B33123456789",
        "+33 1 23 45 67 89 x22",
        "+33123456789,,22",  # newcomer 11, L2: dial-string pauses before the extension
        "+33 1 23 45 67 89 p123",
    ],
)
def test_callbacks_of_a_call_never_stored_read_the_caller_however_it_is_written(
    live: Live, written: str
):
    """Newcomer 10, M4: a `From` with a context after a global number, a percent-encoded `+`
    or an extension was taken for a withheld caller, and the voicemail lost its client."""
    live.clock.now = datetime(2026, 11, 30, 20, 30, tzinfo=PARIS)  # outside hours
    forms = _callbacks_of_a_call(sid(), written, "c'est Marc, rappelez-moi pour le budget 2027")
    for name in ("recording", "transcription"):
        assert live.provider.post(f"/twilio/{name}", forms[name]).status_code == 200
    [call] = live.events("call")
    assert (call.client, call.caller) == ("horizon", MARC)
    [owed] = live.events("reply_owed")
    assert owed.client == "horizon"


def test_an_urgent_voicemail_of_a_call_never_stored_alerts_with_the_clients_name(live: Live):
    live.clock.now = datetime(2026, 11, 30, 20, 30, tzinfo=PARIS)
    said = "c'est Marc, le site est en panne depuis ce matin, plus personne ne peut payer"
    forms = _callbacks_of_a_call(sid(), MARC, said)
    for name in ("recording", "transcription"):
        assert live.provider.post(f"/twilio/{name}", forms[name]).status_code == 200
    [notice] = live.receiver.wait(1)
    assert "Horizon" in notice["title"] + notice["message"], notice
    assert "inconnu" not in notice["title"] + notice["message"]
    [stored] = live.events("notification")
    assert stored.client == "horizon" and stored.caller == MARC


def test_a_withheld_callers_callbacks_of_a_call_never_stored_stay_nobodys(live: Live):
    forms = _callbacks_of_a_call(sid(), "anonymous", "bonjour, rappelez-moi pour le budget")
    for name in ("recording", "transcription"):
        assert live.provider.post(f"/twilio/{name}", forms[name]).status_code == 200
    [call] = live.events("call")
    assert call.client is None and call.caller == "anonymous" and call.action == "voicemail"
    assert live.events("reply_owed") == []


@pytest.mark.parametrize("with_from", [True, False])
def test_a_status_ahead_of_its_call_gets_the_callers_client(live: Live, with_from: bool):
    """A status callback that overtakes its call is the client's once the call is stored;
    a caller still on the line is decided by the call's own webhook, not by the status."""
    call_sid = sid()
    form = {"CallSid": call_sid, "CallStatus": "ringing", "SequenceNumber": "0"}
    if with_from:
        form["From"] = MARC
    assert live.provider.post("/twilio/status", form).status_code == 200
    _, twiml = live.call(MARC, call_sid)
    assert "<Dial" in twiml  # Monday 10:00, within Horizon's allowance: it rings
    [status] = live.events("status")
    assert status.client == "horizon"


def test_urgent_voicemail_without_a_key_pressed_notifies(live: Live):
    call_sid, _ = live.call(STRANGER)
    r = live.provider.post(
        "/twilio/transcription",
        {
            "CallSid": call_sid,
            "TranscriptionSid": sid("TR"),
            "TranscriptionText": "bonjour le local est inondé il y a de l'eau partout",
            "TranscriptionStatus": "completed",
        },
    )
    assert r.status_code == 200
    [notice] = live.receiver.wait(1)
    assert "inondé" in notice["message"]


@pytest.mark.parametrize("signature", [None, "", "bm90IGEgc2lnbmF0dXJl", "forged"])
def test_forged_or_missing_signature_is_refused_and_nothing_stored(live: Live, signature):
    r = live.provider.post("/twilio/voice", {"CallSid": sid(), "From": MARC}, signature=signature)
    assert r.status_code == 403
    assert live.events() == []


def test_signature_covers_the_query_string(live: Live):
    call_sid, _ = live.call(MARC)
    params = {"CallSid": call_sid, "DialCallStatus": "no-answer"}
    from tests.gateway_support import twilio_signature

    signed_without_query = twilio_signature(TOKEN, PUBLIC + "/twilio/voice", params)
    r = live.provider.post("/twilio/voice?after=dial", params, signature=signed_without_query)
    assert r.status_code == 403


@pytest.mark.parametrize(
    ("path", "params", "kwargs", "status"),
    [
        ("/twilio/voice", {"CallSid": "CA1", "From": "x" * 70_000}, {}, 413),
        ("/twilio/status", {"CallSid": "CA1"}, {}, 400),
        # a state Twilio never sends would stand as the call's last state (trial43)
        ("/twilio/status", {"CallSid": "CA1", "CallStatus": "exploded"}, {}, 400),
        ("/twilio/recording", {"RecordingDuration": "5"}, {}, 400),
        ("/twilio/transcription", {"TranscriptionText": "hello"}, {}, 400),
    ],
)
def test_malformed_requests_get_a_4xx_and_store_nothing(live: Live, path, params, kwargs, status):
    r = live.provider.post(path, params, **kwargs)
    assert r.status_code == status, r.text
    assert live.events() == []


# A signed voice or key-press webhook always gets TwiML: the caller hears a voicemail, not the
# provider's error (SPEC §7). These were 400 before the newcomer's finding 2.
@pytest.mark.parametrize(
    "path, params",
    [
        ("/twilio/voice", {"From": MARC}),  # no CallSid: nothing to key a decision on
        ("/twilio/gather", {"CallSid": "CAunknown", "Digits": "1"}),  # a call never seen
    ],
)
def test_a_signed_call_without_a_usable_call_gets_a_plain_voicemail(live: Live, path, params):
    r = live.provider.post(path, params)
    assert r.status_code == 200 and "<Record" in r.text, r.text
    assert live.events() == []


def test_wrong_content_type_is_415(live: Live):
    r = live.provider.http.post(
        live.provider.base_url + "/twilio/voice",
        json={"CallSid": "CA1"},
        headers={"X-Twilio-Signature": "x"},
    )
    assert r.status_code == 415


def test_store_failure_still_answers_a_valid_voicemail(live: Live, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(live.store, "record", broken)
    r = live.provider.post("/twilio/voice", {"CallSid": sid(), "From": MARC})
    assert r.status_code == 200 and "<Record" in r.text


def test_while_the_store_fails_the_urgent_line_is_kept_and_alerts_directly(live: Live, monkeypatch):
    """trial48 W3: with the store failing, a client with an urgent line heard a plain
    voicemail (no "press 1"), and a press of 1 alerted nobody. The greeting keeps the urgent
    line; the press alerts through the channel at once (the channel needs no store), once a
    burst; another key goes to the recording."""

    def broken(*args, **kwargs):
        raise StoreError("database is locked", cause="locked")

    for method in ("record", "find", "update", "decision", "kind_between"):
        monkeypatch.setattr(live.store, method, broken)
    call_sid, twiml = live.call(MARC)
    assert "<Gather" in twiml and "<Record" in twiml and "<Dial" not in twiml
    r = live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1", "From": MARC})
    assert r.status_code == 200 and "<Record" in r.text, r.text
    assert "vient d'être signalée" in r.text  # alerted: said only when it holds
    [notice] = live.receiver.wait(1)
    assert "Association Horizon" in notice["title"] + notice["message"]
    live.clock.now += timedelta(minutes=3)
    again = live.provider.post("/twilio/gather", {"CallSid": sid(), "Digits": "1", "From": MARC})
    assert "déjà été signalée" in again.text
    live.receiver.wait(2, timeout=1.0)
    assert len(live.receiver.received) == 1
    other = live.provider.post("/twilio/gather", {"CallSid": sid(), "Digits": "2", "From": MARC})
    assert "<Record" in other.text and "signalée" not in other.text


def _pressed_during_an_outage(live: Live, monkeypatch) -> tuple[str, Callable[[], None]]:
    """A call and its press of 1 while the store's writes and reads fail ("database is
    locked"): the alert goes out through the channel. Returns the call's sid and what puts
    the store back."""
    saved = {m: getattr(live.store, m) for m in ("record", "find", "update", "decision")}

    def broken(*args, **kwargs):
        raise StoreError("database is locked", cause="locked")

    for method in saved:
        monkeypatch.setattr(live.store, method, broken)
    call_sid, _ = live.call(MARC)
    r = live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1", "From": MARC})
    assert "vient d'être signalée" in r.text
    live.receiver.wait(1)

    def back() -> None:
        for method, original in saved.items():
            monkeypatch.setattr(live.store, method, original)

    return call_sid, back


@pytest.mark.parametrize("with_from", [True, False])
def test_a_press_during_a_store_outage_is_stored_and_counted_once_the_store_answers(
    live: Live, db_url: str, monkeypatch, with_from: bool
):
    """trial49 §3: a press of 1 while the store failed alerted the consultant, but neither
    the call nor the press was ever stored: the report's urgent presses (the billable urgent
    line) missed it. The next callback of the call, once the store answers, stores both, and
    nothing is sent twice."""
    call_sid, back = _pressed_during_an_outage(live, monkeypatch)
    failed = live.provider.post(
        "/twilio/status", {"CallSid": call_sid, "CallStatus": "completed", "SequenceNumber": "4"}
    )
    assert failed.status_code == 503  # the provider retries it
    back()
    form = {"CallSid": call_sid, "CallStatus": "completed", "SequenceNumber": "4"}
    if with_from:
        form["From"] = MARC
    assert live.provider.post("/twilio/status", form).status_code == 200
    [call] = live.events("call")
    [press] = live.events("urgent_press")
    assert call.sid == press.sid == call_sid and press.client == call.client == "horizon"
    assert call.detail.get("urgent_press") is True and press.notified
    assert _figures(db_url, live.clock.now + timedelta(hours=1), "horizon")["urgent_presses"] == 1
    # a retry of the same callback stores nothing more, and no second alert goes out
    assert live.provider.post("/twilio/status", form).status_code == 200
    assert len(live.events("urgent_press")) == 1
    live.receiver.wait(2, timeout=1.0)
    assert len(live.receiver.received) == 1


def test_a_press_during_a_store_outage_is_stored_even_if_its_call_sends_nothing_more(
    live: Live, db_url: str, monkeypatch
):
    """trial51 §6: the call's `/twilio/voice` and its press of 1 both fell in the outage and
    no later callback came (the caller hung up after the urgent line's answer): the alert
    went out, but the press was kept only for a callback that never came, so `events`, the
    dashboard and the report never had it. The service stores it, with its call, once the
    store answers."""
    call_sid, back = _pressed_during_an_outage(live, monkeypatch)
    back()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not (
        live.events("urgent_press")
        and any(c.detail.get("urgent_press") for c in live.events("call"))
    ):
        time.sleep(0.2)
    [call] = live.events("call")
    [press] = live.events("urgent_press")
    assert call.sid == press.sid == call_sid and press.client == call.client == "horizon"
    assert call.detail.get("urgent_press") is True and press.notified
    assert _figures(db_url, live.clock.now + timedelta(hours=1), "horizon")["urgent_presses"] == 1
    # its status callback, coming late after all, adds nothing and alerts nobody again
    form = {"CallSid": call_sid, "CallStatus": "completed", "SequenceNumber": "4", "From": MARC}
    assert live.provider.post("/twilio/status", form).status_code == 200
    assert len(live.events("urgent_press")) == 1 and len(live.events("call")) == 1
    live.receiver.wait(2, timeout=1.0)
    assert len(live.receiver.received) == 1


def test_a_press_of_1_for_a_call_never_stored_alerts_through_the_queue(live: Live):
    """The call's decision was not stored (its webhook lost, or answered while the store
    failed), the store answers now: the press is a notice queued like any other."""
    r = live.provider.post("/twilio/gather", {"CallSid": sid(), "Digits": "1", "From": MARC})
    assert r.status_code == 200 and "<Record" in r.text, r.text
    [notice] = live.receiver.wait(1)
    assert "Association Horizon" in notice["title"] + notice["message"]
    [stored] = live.events("notification")
    assert stored.client == "horizon"


def test_healthz_and_openapi(live: Live):
    health = live.provider.http.get(live.provider.base_url + "/healthz").json()
    assert health["status"] == "ok" and health["store"] == {"ok": True}
    assert health["reasons"] == []
    assert health["notifications"] == {"channel": True, "failed_24h": 0, "retrying": 0}
    assert health["outbox"]["failed"] == 0
    spec = live.provider.http.get(live.provider.base_url + "/openapi.json").json()
    assert "/twilio/voice" in spec["paths"] and "/api/events" in spec["paths"]


def test_api_needs_a_bearer_token_and_shows_only_this_account(live: Live):
    base = live.provider.base_url
    assert live.provider.http.get(base + "/api/events").status_code == 401
    wrong = {"Authorization": "Bearer guess"}
    assert live.provider.http.get(base + "/api/events", headers=wrong).status_code == 401
    other = live.store.account_id("someone-else")
    live.store.record(
        other,
        [
            StoredEvent(
                "transcription",
                MONDAY_10,
                "unknown",
                None,
                sid="TRother",
                detail={"text": "private words"},
            )
        ],
    )
    live.call(MARC)
    auth = {"Authorization": f"Bearer {API_TOKEN}"}
    rows = live.provider.http.get(base + "/api/events", headers=auth).json()
    assert [r["kind"] for r in rows] == ["call"]
    assert "private words" not in str(rows)
    bad = live.provider.http.get(base + "/api/events?since=yesterday", headers=auth)
    assert bad.status_code == 400
    clients = live.provider.http.get(base + "/api/clients", headers=auth).json()
    assert {c["id"] for c in clients} == {"horizon", "velo", "harbor"}


def _figures(db_url: str, now: datetime, client: str) -> dict[str, object]:
    """`boundaries report --json` of one client on the live store."""
    import json

    from click.testing import CliRunner

    from boundaries.cli.main import cli

    result = CliRunner().invoke(
        cli,
        ["report", "--config", str(EXAMPLES / "boundaries.toml"), "--database", db_url,
         "--json", "--now", now.isoformat(), "--client", client],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [figures] = json.loads(result.output)["clients"]
    return dict(figures)


@pytest.mark.parametrize("status", ["no-answer", "busy"])
def test_a_ring_nobody_picked_up_counts_as_rung_and_as_an_interruption(
    live: Live, db_url: str, status: str
):
    """Newcomer 13, M1 (README "How each figure is counted": missed or answered, being called
    away is the harm): a call whose `<Dial>` ended unanswered, and an urgent press that rang
    and was not picked up, rang the consultant's phone."""
    missed, twiml = live.call(MARC)
    assert "<Dial" in twiml
    r = live.provider.post(
        "/twilio/voice?after=dial", {"CallSid": missed, "DialCallStatus": status}
    )
    assert "<Record" in r.text
    for _ in range(2):  # the allowance used up: the next call goes to voicemail
        live.clock.now += timedelta(minutes=30)
        live.call(MARC)
    live.clock.now += timedelta(minutes=30)
    pressed, twiml = live.call(MARC)
    assert "<Dial" not in twiml
    r = live.provider.post("/twilio/gather", {"CallSid": pressed, "Digits": "1"})
    assert "<Dial" in r.text  # the urgent press rings the consultant
    live.provider.post("/twilio/voice?after=dial", {"CallSid": pressed, "DialCallStatus": status})
    figures = _figures(db_url, live.clock.now + timedelta(hours=1), "horizon")
    # The missed ring, the two that were (by the test's own answer) never ended, the press.
    assert figures["calls"] == 4 and figures["rung"] == 4, figures
    assert figures["interruptions"] == 4 and float(str(figures["hours_lost"])) > 0, figures


def test_on_a_friday_evening_the_urgent_line_is_for_what_cannot_wait_for_mondays_answer(
    live: Live,
):
    """newcomer51 §13: « Vous recevrez une réponse lundi 7 décembre » then « une urgence qui ne
    peut pas attendre demain »: the offer is for what cannot wait for the answer promised."""
    live.clock.now = datetime(2026, 12, 4, 19, 30, tzinfo=PARIS)  # after hours
    _, twiml = live.call(MARC)
    assert "lundi 7 décembre" in twiml, twiml
    assert "qui ne peut pas attendre cette réponse" in twiml and "demain" not in twiml


def test_a_call_length_that_is_no_number_is_stored_as_unknown_not_as_zero(live: Live):
    """trial38 §7: `CallDuration=abc` was stored as 0 s, a call of no length in the figures;
    it is set aside (logged) and stored as not known, so the call is not timed."""
    call_sid, _ = live.call(MARC)
    r = live.provider.post(
        "/twilio/status",
        {"CallSid": call_sid, "CallStatus": "completed", "SequenceNumber": "3",
         "CallDuration": "abc"},
    )  # fmt: skip
    assert r.status_code == 200
    [done] = [e for e in live.events("status") if e.action == "completed"]
    assert done.detail["duration"] is None


def test_a_press_of_1_after_the_voicemail_was_heard_withdraws_what_it_owed(live: Live):
    """trial44 §16: the key press callback came after the transcript's (late, out of order);
    the day's "reply owed" row stayed though the caller had said it was urgent and the mail
    cycle sends that voicemail no deferral reply. Now the rows it owed are withdrawn, and a
    later voicemail of the same day owes its reply again."""
    live.clock.now = datetime(2026, 11, 30, 13, 0, tzinfo=PARIS)
    call_sid = live.missed(MARC)
    heard = live.transcript(call_sid, "c'est marc je voulais savoir où en est la subvention")
    [owed] = live.events("reply_owed")
    assert owed.action == "owed" and owed.detail["first_voicemail"] == heard
    assert [i.action for i in live.events("agenda_item")] == ["owed"]

    live.clock.now += timedelta(minutes=2)
    r = live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1"})
    assert r.status_code == 200, r.text
    [owed] = live.events("reply_owed")
    assert owed.action == "pressed_urgent"
    assert [i.action for i in live.events("agenda_item")] == ["pressed_urgent"]
    config = parse_config((EXAMPLES / "boundaries.toml").read_text(encoding="utf-8"))
    [pressed] = heard_from_store(config, live.store, live.account, live.clock.now)
    assert pressed.urgent  # and the mail cycle sends it no deferral reply

    # the press retried changes nothing more; a later voicemail that day owes its reply
    live.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1"})
    live.clock.now += timedelta(hours=1)
    later = live.transcript(live.missed(MARC), "c'est marc pour le budget de décembre")
    [owed] = live.events("reply_owed")
    assert owed.action == "owed" and owed.detail["first_voicemail"] == later
    assert sorted(i.action for i in live.events("agenda_item")) == ["owed", "pressed_urgent"]
