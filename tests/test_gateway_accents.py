"""The voice a caller hears speaks with the accent of the caller's country where the provider
has one (TwiML `<Say language>`), over real HTTP against the app (trial45 B8: a London client
was greeted in American English)."""

from __future__ import annotations

import re
import secrets

import pytest

from boundaries.config import parse_config
from boundaries.i18n import voice_language
from boundaries.store import Store
from boundaries.web.app import create_app
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, ServerThread
from tests.test_notifications import JEN, MARC, MONDAY_10, with_notify

LONDON = "+442079460958"
MONTREAL = "+15145550123"
SYDNEY = "+61291234567"
UNKNOWN = "+33655501234"

MORE_CLIENTS = """
[[client]]
id = "thames"
name = "Thames Trust"
language = "en"
phones = ["+44 20 7946 0958"]
urgent_line = true

[[client]]
id = "erable"
name = "Coop Érable"
language = "fr"
phones = ["+1 514 555 0123"]
urgent_line = true

[[client]]
id = "harbour"
name = "Harbour Café"
language = "en"
phones = ["+61 2 9123 4567"]
urgent_line = false
"""


def languages(twiml: str) -> set[str]:
    return set(re.findall(r'<Say language="([^"]+)"', twiml))


@pytest.mark.parametrize(
    ("lang", "country", "spoken"),
    [("en", "GB", "en-GB"), ("en", "gb", "en-GB"), ("en", "US", "en-US"), ("en", None, "en-US"),
     ("fr", "CA", "fr-CA"), ("fr", "BE", "fr-FR"), ("fr", "FR", "fr-FR"), ("en", "CA", "en-CA"),
     ("en", "AU", "en-AU"), ("en", "FR", "en-US")],
)  # fmt: skip
def test_the_voice_takes_the_accent_of_the_callers_country_where_there_is_one(
    lang: str, country: str | None, spoken: str
):
    assert voice_language(lang, country) == spoken


def test_each_client_is_greeted_and_thanked_in_its_own_countrys_accent(db_url: str):
    config = parse_config(with_notify([]) + MORE_CLIENTS)
    store = Store.open(db_url)
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=Clock(MONDAY_10))
    try:
        with ServerThread(app) as server:
            provider = Provider(server.url)
            for caller, spoken in (
                (LONDON, "en-GB"),
                (MONTREAL, "fr-CA"),
                (SYDNEY, "en-AU"),
                (JEN, "en-US"),
                (MARC, "fr-FR"),
                (UNKNOWN, "fr-FR"),  # the neutral greeting, in the consultant's own
            ):
                call_sid = "CA" + secrets.token_hex(16)
                answer = provider.post("/twilio/voice", {"CallSid": call_sid, "From": caller})
                assert answer.status_code == 200, answer.text
                if "<Dial" in answer.text:  # the week's ad-hoc call rang: nobody picked up
                    answer = provider.post(
                        "/twilio/voice?after=dial",
                        {"CallSid": call_sid, "DialCallStatus": "no-answer"},
                    )
                assert languages(answer.text) == {spoken}, (caller, answer.text)
                done = provider.post(
                    "/twilio/recording",
                    {
                        "CallSid": call_sid,
                        "RecordingSid": "RE" + secrets.token_hex(16),
                        "RecordingUrl": "https://api.twilio.com/rec",
                        "RecordingDuration": "12",
                    },
                )
                assert done.status_code == 200, done.text
                assert languages(done.text) == {spoken}, (caller, done.text)
                if caller in (LONDON, MONTREAL):  # a key other than 1: straight to recording
                    other = provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "5"})
                    assert languages(other.text) == {spoken}, (caller, other.text)
    finally:
        store.close()
