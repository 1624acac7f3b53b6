"""Reading new messages from IMAP folders (RFC 9051) with imapclient, a bounded slice each.

Each folder is read from the UID after the last one seen. When the server's UIDVALIDITY
changes (the folder was rebuilt), reading starts again from the first UID; messages are
stored once per Message-ID, so nothing is stored twice.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from boundaries.errors import reason
from boundaries.integrations.mail.settings import Endpoint

TIMEOUT_SECONDS = 30.0
MAX_MESSAGE_BYTES = 512 * 1024
"""Only the first bytes of a message are fetched: its text comes first, attachments after."""
BATCH = 25
MAX_PER_CYCLE = 500
AGAIN = (
    "Fix: run the cycle again (what was read is kept, nothing is read twice); if it keeps "
    "failing, check the mail server."
)


class ReadError(Exception):
    """The server or a folder cannot be read; the message says which and why."""


@dataclass(frozen=True)
class Fetched:
    """One message as fetched: its UID, its size on the server and its first bytes."""

    uid: int
    size: int
    raw: bytes


class ImapReader:
    """A logged-in session on one IMAP server (use as a context manager)."""

    def __init__(self, server: Endpoint, timeout: float = TIMEOUT_SECONDS) -> None:
        self.server = server
        self.timeout = timeout
        self.client: IMAPClient | None = None

    def __enter__(self) -> ImapReader:
        s = self.server
        try:
            client = IMAPClient(
                s.host,
                port=s.port,
                ssl=s.tls,
                ssl_context=ssl.create_default_context() if s.tls else None,
                timeout=self.timeout,
            )
            if s.password is None:
                raise ReadError(
                    f"{s}: no password. Fix: set BOUNDARIES_IMAP_PASSWORD or imap_password_file."
                )
            client.login(s.user or "", s.password)
        except ReadError:
            raise
        except (TimeoutError, OSError) as exc:
            raise ReadError(
                f"{s}: cannot connect ({exc or type(exc).__name__}). Fix: check the host and "
                "port of [mail] imap_url (imaps:// is TLS, usually port 993) and that the "
                "server can be reached from here; nothing was read, the next cycle reads it."
            ) from None
        except LoginError as exc:  # the server answered the login, and said no
            raise ReadError(
                f"{s}: cannot log in ({exc or type(exc).__name__}). Fix: check the user in "
                "[mail] imap_url and BOUNDARIES_IMAP_PASSWORD (or imap_password_file)."
            ) from None
        except IMAPClientError as exc:  # no answer an IMAP server would give: not a login
            raise ReadError(
                f"{s}: the server there does not answer as an IMAP server ({reason(exc)}). Fix: "
                "check the host and port of [mail] imap_url (IMAP listens on 143, or 993 with "
                "imaps://); nothing was read, the next cycle tries again."
            ) from None
        self.client = client
        return self

    def __exit__(self, *_: object) -> None:
        if self.client is not None:
            with contextlib.suppress(OSError, IMAPClientError):
                self.client.logout()
            self.client = None

    def new_messages(
        self, folder: str, uidvalidity: int | None, last_uid: int
    ) -> tuple[int, Iterator[Fetched]]:
        """The folder's UIDVALIDITY and its messages after `last_uid` (all of them when the
        UIDVALIDITY differs from `uidvalidity`), oldest first, at most `MAX_PER_CYCLE`."""
        assert self.client is not None
        try:
            info = self.client.select_folder(folder, readonly=True)
        except (OSError, IMAPClientError) as exc:
            hint = "Fix: check [mail] inbox and sent_folder against your mail program's folders."
            raise ReadError(f"cannot open folder {folder!r} ({reason(exc)}). {hint}") from None
        validity = int(info.get(b"UIDVALIDITY", 0))
        since = last_uid if validity == uidvalidity else 0
        try:
            uids = sorted(u for u in self.client.search(["UID", f"{since + 1}:*"]) if u > since)
        except (OSError, IMAPClientError) as exc:
            raise ReadError(f"cannot search folder {folder!r} ({reason(exc)}). {AGAIN}") from None
        return validity, self._fetch(uids[:MAX_PER_CYCLE])

    def _fetch(self, uids: list[int]) -> Iterator[Fetched]:
        assert self.client is not None
        part = f"BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>"
        for i in range(0, len(uids), BATCH):
            chunk = uids[i : i + BATCH]
            try:
                found = self.client.fetch(chunk, ["RFC822.SIZE", part])
            except (OSError, IMAPClientError) as exc:
                raise ReadError(f"cannot fetch messages ({reason(exc)}). {AGAIN}") from None
            for uid in chunk:
                data = found.get(uid, {})
                raw = next((v for k, v in data.items() if k.startswith(b"BODY[")), b"")
                yield Fetched(uid, int(data.get(b"RFC822.SIZE", 0)), raw or b"")
