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

from boundaries.errors import SaidError, Term, catalogued
from boundaries.i18n import said
from boundaries.integrations.mail.settings import Endpoint

TIMEOUT_SECONDS = 30.0
CONNECTING = Term("sync", "send.connecting")
"""The step a refusal before any message came at, said in the consultant's language."""


class SendError(SaidError):
    """Sending failed; `permanent` and `uncertain` say what may be done next. The message is
    `send.<key>` of locales/<lang>/sync.toml; an uncertain sending also says what to do."""

    def __init__(
        self, key: str, permanent: bool = False, uncertain: bool = False, **values: object
    ) -> None:
        words = catalogued("sync", "send." + key, **values)
        if uncertain:
            plain = words

            def words(lang: str) -> str:
                return said("sync", lang, "send.uncertain", error=plain(lang))

        super().__init__(words)
        self.permanent = permanent
        self.uncertain = uncertain


def _why(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _reply_error(server: Endpoint, stage: str, code: int, reply: bytes | str) -> SendError:
    """The error for an SMTP reply other than the expected one at `stage`: the server, what it
    answered, and what to do — wait for a temporary refusal (4xx: the message stays queued
    and is tried again), correct what a permanent one (5xx) names and send again."""
    permanent = 500 <= code < 600
    return SendError(
        "refused_for_good" if permanent else "refused_for_now",
        permanent=permanent,
        server=server,
        stage=stage,
        code=code,
        answer=_words(reply),
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
                raise SendError("no_password", server=s)
        except smtplib.SMTPNotSupportedError:
            # Connected, but no login offered on this connection (many servers offer AUTH only
            # after STARTTLS): the host and port are right, the way in is not (newcomer58 §5).
            raise SendError("no_login_offered", server=s) from None
        except smtplib.SMTPAuthenticationError as exc:
            # The login is wrong, not the message: keep it queued until the password is fixed.
            raise SendError(
                "login_refused", server=s, code=exc.smtp_code, answer=_words(exc.smtp_error)
            ) from None
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code < 0:
                # no SMTP reply at all: another kind of server greeted (an IMAP port, "* OK
                # [CAPABILITY IMAP4rev1 …]", trial37 §7), not a refusal to wait out; nothing
                # is marked failed: what is queued goes once smtp_url is corrected
                raise SendError("not_smtp", server=s, answer=_words(exc.smtp_error)[:120]) from None
            raise _reply_error(s, CONNECTING, exc.smtp_code, exc.smtp_error) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError("cannot_connect", server=s, why=_why(exc)) from None
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
            raise SendError("lost_while_sending", server=self.server, why=_why(exc)) from None
        try:
            code, reply = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError(
                "lost_after_sending", uncertain=True, server=self.server, why=_why(exc)
            ) from None
        if code != 250:
            raise _reply_error(self.server, "end of DATA", code, reply)


def _words(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())
