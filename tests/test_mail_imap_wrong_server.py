"""A server that is not an IMAP server (a wrong port, another service) is named as such, not
blamed on the login or the password (SPEC §9)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from boundaries.integrations.mail.imap import ImapReader, ReadError
from boundaries.integrations.mail.settings import Endpoint
from tests.mail_servers import answering

ANSWERS = {
    "garbage-after-greeting": [b"* OK ready\r\n", b"\x00\x01 nonsense\r\n"],
    "smtp-banner": [b"220 mail.example ESMTP Postfix\r\n"],
    "http": [b"HTTP/1.1 400 Bad Request\r\n\r\n"],
}


@pytest.fixture(params=list(ANSWERS))
def wrong_server(request: pytest.FixtureRequest) -> Iterator[int]:
    """A loopback server that answers each connection with the lines of `ANSWERS`."""
    with answering(ANSWERS[request.param]) as port:
        yield port


def test_a_server_that_does_not_speak_imap_is_named_not_the_password(wrong_server: int):
    server = Endpoint("imap", "127.0.0.1", wrong_server, "claire", "secret-password")
    with pytest.raises(ReadError) as info, ImapReader(server, timeout=5):
        pass
    message = str(info.value)
    assert "does not answer as an IMAP server" in message and "Fix:" in message, message
    assert "port" in message and "PASSWORD" not in message and "cannot log in" not in message
    assert "secret-password" not in message
