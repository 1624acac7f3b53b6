"""An SMTP server that offers no login on the connection is named as such, not as one that
cannot be reached (newcomer58 §5: "cannot connect … check the host and port" for a server
that answered but offers no AUTH without TLS)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from boundaries.integrations.mail.settings import Endpoint
from boundaries.integrations.mail.smtp import SendError, SmtpSender
from tests.mail_servers import SmtpServer


def test_a_server_without_login_is_named_with_the_fix(smtp: SmtpServer):
    server = Endpoint("smtp", "127.0.0.1", smtp.port, "claire", "secret-password")
    message = EmailMessage()
    message["Subject"] = "x"
    message.set_content("x")
    with pytest.raises(SendError) as info:
        SmtpSender(server, timeout=5).send(message, "claire@conseil.example", ["a@b.example"])
    said = str(info.value)
    assert "offers no login" in said and "smtp+starttls://" in said and "Fix:" in said, said
    assert "cannot connect" not in said and "host and port" not in said
    assert "secret-password" not in said
    assert smtp.received() == []
