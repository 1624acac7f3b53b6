"""Sending one email over SMTP (RFC 5321), telling temporary failures from permanent ones.

A failure is *temporary* (4xx reply, connection refused or timed out, server gone before the
message was handed over: send it again later), *permanent* (5xx reply: the server's words are
kept and shown), or *uncertain* (the connection broke after the whole message was sent but
before the server's answer: it may have been accepted, so it is never sent again by itself).
"""

from __future__ import annotations

import re
import smtplib
import ssl
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY

from boundaries.integrations.mail.settings import Endpoint

TIMEOUT_SECONDS = 30.0


class SendError(Exception):
    """Sending failed; `permanent` and `uncertain` say what may be done next."""

    def __init__(self, message: str, permanent: bool = False, uncertain: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.uncertain = uncertain


def _reply_error(server: Endpoint, stage: str, code: int, reply: bytes | str) -> SendError:
    """The error for an SMTP reply other than the expected one at `stage`: the server, what it
    answered, and what to do — wait for a temporary refusal (4xx: the message stays queued
    and is tried again), correct what a permanent one (5xx) names and send again."""
    said = f"{server}: {stage}: the server answered {code} {_words(reply)}"
    if 500 <= code < 600:
        return SendError(
            f"{said} (refused for good). Fix: correct what the answer names (the address, a "
            "sender this account may use, the message's size), then `boundaries outbox "
            "approve KEY` sends it again.",
            permanent=True,
        )
    return SendError(
        f"{said} (a temporary refusal). Fix: nothing if it passes: the message stays in the "
        "outbox and is sent again at a later cycle; if it keeps coming back, ask the mail "
        f"provider what {code} means for this account."
    )


class SmtpSender:
    """Sends messages through one SMTP server; a new connection per call of `send`."""

    def __init__(self, server: Endpoint, timeout: float = TIMEOUT_SECONDS) -> None:
        self.server = server
        self.timeout = timeout

    def _connect(self) -> smtplib.SMTP:
        s = self.server
        context = ssl.create_default_context()
        try:
            conn: smtplib.SMTP
            if s.tls:
                conn = smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout, context=context)
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
            conn.ehlo_or_helo_if_needed()
            if s.starttls:
                conn.starttls(context=context)
                conn.ehlo()
            if s.user and s.password is not None:
                conn.login(s.user, s.password)
            elif s.user and s.password is None and conn.has_extn("auth"):
                raise SendError(
                    f"{s}: no password. Fix: set BOUNDARIES_SMTP_PASSWORD or smtp_password_file."
                )
        except smtplib.SMTPNotSupportedError:
            # Connected, but no login offered on this connection (many servers offer AUTH only
            # after STARTTLS): the host and port are right, the way in is not (newcomer58 §5).
            raise SendError(
                f"{s}: the server offers no login (SMTP AUTH) on this connection, and smtp_url "
                "names a user. Fix: use smtp+starttls:// or smtps:// if it offers login over "
                "TLS only, or remove the user from [mail] smtp_url if it needs none; what is "
                "queued stays in the outbox."
            ) from None
        except smtplib.SMTPAuthenticationError as exc:
            # The login is wrong, not the message: keep it queued until the password is fixed.
            raise SendError(
                f"{s}: login refused ({exc.smtp_code} {_words(exc.smtp_error)}). "
                "Fix: check the user and BOUNDARIES_SMTP_PASSWORD."
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise _reply_error(s, "connecting", exc.smtp_code, exc.smtp_error) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError(
                f"{s}: cannot connect ({exc or type(exc).__name__}). Fix: check the host and "
                "port of [mail] smtp_url and that the server can be reached from here; what "
                "is queued stays in the outbox and is sent once it can be."
            ) from None
        return conn

    def send(self, message: EmailMessage, sender: str, recipients: list[str]) -> None:
        """Hand `message` to the server for `recipients`; raise `SendError` on failure."""
        conn = self._connect()
        try:
            self._transaction(conn, message, sender, recipients)
        finally:
            try:
                conn.quit()
            except (OSError, smtplib.SMTPException):
                conn.close()

    def _transaction(
        self, conn: smtplib.SMTP, message: EmailMessage, sender: str, recipients: list[str]
    ) -> None:
        payload = message.as_bytes(policy=SMTP_POLICY)
        try:
            code, reply = conn.mail(sender)
            if code != 250:
                raise _reply_error(self.server, "MAIL FROM", code, reply)
            for rcpt in recipients:
                code, reply = conn.rcpt(rcpt)
                if code not in (250, 251):
                    raise _reply_error(self.server, f"RCPT TO {rcpt}", code, reply)
            code, reply = conn.docmd("data")
            if code != 354:
                raise _reply_error(self.server, "DATA", code, reply)
            # Dot-stuffing (RFC 5321 §4.5.2) and the end-of-data line.
            body = re.sub(rb"(?m)^\.", b"..", payload)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            conn.send(body + b".\r\n")
        except SendError:
            raise
        except (OSError, smtplib.SMTPException) as exc:
            # The server never had the whole message: it will not deliver a part of it.
            raise SendError(
                f"{self.server}: connection lost while sending "
                f"({exc or type(exc).__name__}). Fix: nothing if it passes: the server never "
                "had the whole message, which stays in the outbox and is sent again at a later "
                "cycle; if it keeps happening, check the network and the server."
            ) from None
        try:
            code, reply = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError(
                f"{self.server}: connection lost waiting for the server's answer after the "
                f"message was sent ({exc or type(exc).__name__}); it may have been delivered",
                uncertain=True,
            ) from None
        if code != 250:
            raise _reply_error(self.server, "end of DATA", code, reply)


def _words(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())
