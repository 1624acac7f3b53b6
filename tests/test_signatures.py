"""Request signatures: the vectors published in twilio-python's RequestValidator tests, and an
independent HMAC-SHA1 written from the protocol, against the service's validator."""

from __future__ import annotations

from starlette.datastructures import ImmutableMultiDict

from boundaries.integrations.twilio.signature import Signatures, TokenError, auth_token
from tests.gateway_support import twilio_signature

TOKEN = "12345"
URI = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
    "Caller": "+14158675309",
}


def test_vector_plain_form():
    assert Signatures(TOKEN).valid(URI, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert twilio_signature(TOKEN, URI, PARAMS) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="


def test_vector_url_signed_with_port_443():
    assert Signatures(TOKEN).valid(URI, PARAMS, "kvajT1Ptam85bY51eRf/AJRuM3w=")


def test_vector_repeated_keys():
    form = ImmutableMultiDict(
        [("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234")]
    )
    assert Signatures(TOKEN).valid(URI, form, "IK+Dwps556ElfBT0I3Rgjkr1wJU=")


def test_vector_json_body_with_body_sha256():
    body = '{"property": "value", "boolean": true}'
    uri = URI + "&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
    assert Signatures(TOKEN).valid(uri, body, "a9nBmqA0ju/hNViExpshrM61xv4=")
    assert not Signatures(TOKEN).valid(uri, body + " ", "a9nBmqA0ju/hNViExpshrM61xv4=")


def test_wrong_token_or_changed_parameter_fails():
    assert not Signatures("other").valid(URI, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    changed = dict(PARAMS, Digits="9")
    assert not Signatures(TOKEN).valid(URI, changed, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert not Signatures(TOKEN).valid(URI, PARAMS, None)


def test_token_from_environment_file_or_config(tmp_path, monkeypatch):
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN_FILE", raising=False)
    assert auth_token("from-config") == "from-config"
    secret = tmp_path / "token"
    secret.write_text("from-file\n")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN_FILE", str(secret))
    assert auth_token("from-config") == "from-file"
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "from-env")
    assert auth_token(None) == "from-env"
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    monkeypatch.delenv("TWILIO_AUTH_TOKEN_FILE")
    try:
        auth_token(None)
    except TokenError as exc:
        assert "TWILIO_AUTH_TOKEN" in str(exc)
    else:
        raise AssertionError("no token must be an error")


def test_signatures_never_show_the_token():
    assert "12345" not in repr(Signatures(TOKEN))
