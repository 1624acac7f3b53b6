"""A server that is not an SMTP server (an IMAP port named in smtp_url) is named as such, not
read as a temporary refusal to wait out (trial37 §7: "the server answered -1 [CAPABILITY
IMAP4rev1 …] (a temporary refusal)"); what is queued stays queued."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from boundaries.integrations.mail.settings import Endpoint
from boundaries.integrations.mail.smtp import SendError, SmtpSender
from tests.mail_servers import answering


@pytest.fixture
def imap_port() -> Iterator[int]:
    """A loopback server that greets as Dovecot's IMAP does."""
    with answering([b"* OK [CAPABILITY IMAP4rev1 LITERAL+ STARTTLS] Dovecot ready.\r\n"]) as port:
        yield port


def test_an_imap_server_in_smtp_url_is_named_and_the_message_waits(imap_port: int):
    sender = SmtpSender(Endpoint("smtp", "127.0.0.1", imap_port, None, None), timeout=5)
    message = EmailMessage()
    message["Subject"] = "x"
    message.set_content("x")
    with pytest.raises(SendError) as failed:
        sender.send(message, "claire@conseil.example", ["marc@horizon.example"])
    said = failed.value.said("en")
    assert "not an SMTP server" in said and "Dovecot ready" in said and "smtp_url" in said, said
    assert "temporary refusal" not in said
    assert not failed.value.permanent  # nothing is marked failed: it goes once corrected
