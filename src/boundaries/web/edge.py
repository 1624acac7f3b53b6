"""The request edge of the webhooks: cheap refusals first, then the signature, then shapes.

Order matters (SPEC §7, "refused (413/400) before any costly work"): the declared and actual
body size, the number of parameters (counted on the raw bytes), then parsing, one value per
key, sizes and null bytes, and only then the HMAC signature, computed in linear time and,
for larger bodies, on a worker thread so the event loop keeps serving genuine calls.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from boundaries.integrations.twilio import params as provider
from boundaries.integrations.twilio.signature import Signatures

log = logging.getLogger("boundaries.web")

FORM = "application/x-www-form-urlencoded"
MAX_BODY = 32 * 1024  # bytes; the provider's largest callback (a transcript) is a few KB
MAX_PARAMS = 100  # the provider sends about 40 on a call
MAX_KEY = 64  # characters of a parameter name
# No limit of a value's own: MAX_BODY bounds them all, and each field is cut or set aside
# after the signature (`provider.check`, which covers the values as sent); a refusal here
# would be a 4xx, which tells the provider not to retry: a long transcript would be lost.
INLINE_BODY = 8 * 1024  # bytes: smaller bodies are checked on the event loop (faster)
LOG_EVERY = 60.0  # seconds between two warnings about rejected signatures


class Refused(Exception):
    """The request is refused with `status` and a one-line `message` for the sender."""

    def __init__(self, status: int, message: str, close: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.close = close

    def response(self) -> Response:
        """The refusal; with `close`, the connection is closed after it (RFC 9110 §15.5.14:
        a server refusing a body too large may close the connection) instead of reading
        the rest of a body it will not use."""
        headers = {"Connection": "close"} if self.close else None
        return PlainTextResponse(self.message + "\n", status_code=self.status, headers=headers)


@dataclass
class _RejectLog:
    """Warn about rejected signatures at most once a minute (a flood must not fill the log)."""

    last: float = -LOG_EVERY
    quiet: int = 0

    def warn(self, url: str, why: str, public_url: str | None) -> None:
        now = time.monotonic()
        if now - self.last < LOG_EVERY:
            self.quiet += 1
            return
        hushed = f" ({self.quiet} more since the last warning)" if self.quiet else ""
        self.last, self.quiet = now, 0
        if public_url:
            fix = (
                f"public_url is {public_url!r}; if the provider calls another address (a proxy "
                "that rewrites the host, http vs https, a path prefix), set [service] public_url "
                "or --public-url to exactly the base URL configured at the provider"
            )
        else:
            fix = (
                "no public_url is set, so the URL as received was checked; behind a reverse "
                "proxy set [service] public_url or --public-url to the public base URL "
                "configured at the provider (e.g. https://calls.example.org)"
            )
        log.warning("webhook refused (403): %s for %s%s. Fix: %s.", why, url, hushed, fix)


class Edge:
    """Reads and checks one webhook request; `form()` returns its parameters or raises."""

    def __init__(self, signatures: Signatures, public_url: str | None) -> None:
        self.signatures = signatures
        self.public_url = public_url.rstrip("/") if public_url else None
        self._rejects = _RejectLog()

    def signed_url(self, request: Request) -> str:
        """The URL the provider signed: the public URL when configured, with the query."""
        if self.public_url is None:
            return str(request.url)
        query = request.url.query
        return self.public_url + request.url.path + (f"?{query}" if query else "")

    async def form(self, request: Request) -> dict[str, str]:
        """The signed form of a webhook, one value per key; raises `Refused` (400, 403, 413,
        415) for anything else, cheapest checks first."""
        body = await _body(request)
        _count(body)  # on the loop: cheaper than the hop to a worker thread
        url = self.signed_url(request)
        signature = request.headers.get("x-twilio-signature")
        if len(body) <= INLINE_BODY:
            return self._checked(body, url, signature)
        return await run_in_threadpool(self._checked, body, url, signature)

    def _checked(self, body: bytes, url: str, signature: str | None) -> dict[str, str]:
        pairs = parse_form(body)
        if not signature:
            self._rejects.warn(url, "no X-Twilio-Signature header", self.public_url)
            raise Refused(403, "missing or invalid X-Twilio-Signature")
        if not self.signatures.valid(url, pairs, signature) and not (
            # a sender that read its own Latin-1 as U+FFFD signed that reading
            (replaced := parse_form_replaced(body)) != pairs
            and self.signatures.valid(url, replaced, signature)
        ):
            self._rejects.warn(url, "the signature does not match", self.public_url)
            raise Refused(403, "missing or invalid X-Twilio-Signature")
        # Signed: what the provider sends is handled, not refused (SPEC §7: a voice call gets
        # its voicemail), unusable values set aside by `provider.check`.
        return provider.check(signed_fields(pairs))


async def _body(request: Request) -> bytes:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    declared = request.headers.get("content-length")
    if ctype != FORM and not (ctype == "" and declared in (None, "0")):
        # an empty body without a content type is an empty form (a signed call whose
        # gateway sent no parameters still gets its voicemail, trial60 §1)
        raise Refused(415, f"expected {FORM}, got {ctype or 'no content type'}")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise Refused(413, f"request body larger than {MAX_BODY} bytes", close=True)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise Refused(413, f"request body larger than {MAX_BODY} bytes", close=True)
        chunks.append(chunk)
    body = b"".join(chunks)
    if ctype != FORM and body:
        raise Refused(415, f"expected {FORM}, got no content type")
    return body


def _count(body: bytes) -> None:
    """Refuse more than `MAX_PARAMS` parameters, counted on the raw bytes (413)."""
    if body.count(b"&") + 1 > MAX_PARAMS:
        raise Refused(413, f"more than {MAX_PARAMS} form parameters")


def parse_form(body: bytes) -> list[tuple[str, str]]:
    """The (name, value) pairs of a form body, in order, repeated names and all: at most
    `MAX_PARAMS` parameters (counted before parsing) and names of at most `MAX_KEY`
    characters (413). Each name and value is UTF-8 (as Twilio sends it); one whose bytes
    are not is read as Windows-1252, the Latin-1 a gateway may percent-encode
    (« d%E9p%F4t » is « dépôt »): a voicemail's words reach triage as they were said."""
    return _parsed(body, _utf8_or_cp1252)


def parse_form_replaced(body: bytes) -> list[tuple[str, str]]:
    """`parse_form` with bytes that are not UTF-8 read as U+FFFD: the reading a signature
    may have been computed on by a sender that does the same (tried after `parse_form`)."""
    return _parsed(body, lambda raw: raw.decode("utf-8", errors="replace"))


def _parsed(body: bytes, decode: Callable[[bytes], str]) -> list[tuple[str, str]]:
    _count(body)
    # percent-decoded to bytes (each as the Latin-1 character of the same number), then read
    pairs = [
        (decode(key.encode("latin-1")), decode(value.encode("latin-1")))
        for key, value in parse_qsl(
            body.decode("latin-1"), keep_blank_values=True, encoding="latin-1"
        )
    ]
    for key, _ in pairs:
        if len(key) > MAX_KEY:
            raise Refused(413, f"form parameter name {key[:40]!r}… is longer than {MAX_KEY}")
    return pairs


def _utf8_or_cp1252(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def signed_fields(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """One value per name of a signed form: the first of a repeated name (the signature
    covered every value, so none was slipped in), without null bytes (no text column can
    hold one, and no display or id needs it)."""
    fields: dict[str, str] = {}
    for key, value in pairs:
        fields.setdefault(key.replace("\x00", ""), value.replace("\x00", ""))
    return fields
