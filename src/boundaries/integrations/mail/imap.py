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

from boundaries.errors import SaidError, catalogued, reason
from boundaries.integrations.mail.settings import Endpoint

TIMEOUT_SECONDS = 30.0
MAX_MESSAGE_BYTES = 512 * 1024
"""Only the first bytes of a message are fetched: its text comes first, attachments after."""
BATCH = 25
MAX_PER_CYCLE = 500


class ReadError(SaidError):
    """The server or a folder cannot be read; the message (`read.<key>` of
    locales/<lang>/sync.toml) says which and why."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(catalogued("sync", "read." + key, **values))


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
                raise ReadError("no_password", server=s)
            client.login(s.user or "", s.password)
        except ReadError:
            raise
        except (TimeoutError, OSError) as exc:
            raise ReadError("cannot_connect", server=s, why=exc or type(exc).__name__) from None
        except LoginError as exc:  # the server answered the login, and said no
            raise ReadError("cannot_log_in", server=s, why=reason(exc)) from None
        except IMAPClientError as exc:  # no answer an IMAP server would give: not a login
            raise ReadError("not_imap", server=s, why=reason(exc)) from None
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
            raise ReadError("cannot_open_folder", folder=folder, why=reason(exc)) from None
        validity = int(info.get(b"UIDVALIDITY", 0))
        since = last_uid if validity == uidvalidity else 0
        try:
            uids = sorted(u for u in self.client.search(["UID", f"{since + 1}:*"]) if u > since)
        except (OSError, IMAPClientError) as exc:
            raise ReadError("cannot_search_folder", folder=folder, why=reason(exc)) from None
        return validity, self._fetch(uids[:MAX_PER_CYCLE])

    def _fetch(self, uids: list[int]) -> Iterator[Fetched]:
        assert self.client is not None
        part = f"BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>"
        for i in range(0, len(uids), BATCH):
            chunk = uids[i : i + BATCH]
            try:
                found = self.client.fetch(chunk, ["RFC822.SIZE", part])
            except (OSError, IMAPClientError) as exc:
                raise ReadError("cannot_fetch", why=reason(exc)) from None
            for uid in chunk:
                data = found.get(uid, {})
                raw = next((v for k, v in data.items() if k.startswith(b"BODY[")), b"")
                yield Fetched(uid, int(data.get(b"RFC822.SIZE", 0)), raw or b"")
