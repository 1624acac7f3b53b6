"""Where a mail server is and how to log in: the URL from `[mail]`, the password from the
environment or a file (never from the configuration, never logged)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from boundaries.errors import BoundariesError

DEFAULT_PORTS = {"smtp": 25, "smtps": 465, "smtp+starttls": 587, "imap": 143, "imaps": 993}


class MailSettingsError(BoundariesError):
    """A mail server cannot be used as configured; the message says what to fix."""


@dataclass(frozen=True)
class Endpoint:
    """A mail server: scheme (smtp, smtps, smtp+starttls, imap, imaps), host, port, login."""

    scheme: str
    host: str
    port: int
    user: str | None
    password: str | None = field(default=None, repr=False)

    @property
    def tls(self) -> bool:
        """TLS from the first byte (smtps, imaps)."""
        return self.scheme in ("smtps", "imaps")

    @property
    def starttls(self) -> bool:
        return self.scheme == "smtp+starttls"

    def __str__(self) -> str:
        who = f"{self.user}@" if self.user else ""
        return f"{self.scheme}://{who}{self.host}:{self.port}"


def endpoint(url: str, password_env: str, password_file: str | None = None) -> Endpoint:
    """The server of `url`, with its password from `password_env` or else `password_file`.

    Raises `MailSettingsError` when the password file cannot be read.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    password = os.environ.get(password_env)
    if password is None:
        file_env = os.environ.get(password_env + "_FILE")
        path = password_file or file_env
        if path:
            try:
                password = Path(path).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise MailSettingsError(
                    f"cannot read the password file {path!r} ({exc.strerror}). Fix: check the "
                    f"path, or set {password_env} instead."
                ) from None
    return Endpoint(
        scheme=scheme,
        host=parts.hostname or "",
        port=parts.port or DEFAULT_PORTS.get(scheme, 0),
        user=unquote(parts.username) if parts.username else None,
        password=password,
    )
