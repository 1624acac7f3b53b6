"""Dashboard login: Argon2 passwords, session cookies, CSRF tokens, throttling, headers.

The rules are OWASP ASVS 4.0 level 1 for the pages of SPEC §12: passwords of at least 12
characters hashed with Argon2id (V2.1.1, V2.4.1), a new random session on login and none
after logout (V3.2.1, V3.3.1), cookies `HttpOnly`, `SameSite=Lax` and `Secure` (V3.4),
an anti-CSRF token on every form (V4.2.2), throttled failed logins (V2.2.1), and a
Content-Security-Policy without inline script, `nosniff` and no framing (V14.4).
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from boundaries.errors import SaidError
from boundaries.i18n import said
from boundaries.store.users import Logins, Session, User, digest, normal_email

MIN_PASSWORD = 12
MAX_PASSWORD = 256
SESSION_LIFETIME = timedelta(days=14)
# Ten wrong passwords a minute are a person mistyping; the eleventh is throttled.
MAX_FAILURES = 10
FAILURE_WINDOW = timedelta(minutes=1)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Chart images are SVG documents drawn by matplotlib with their own inline styles; shown
# through <img>, they run no script.
IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

log = logging.getLogger("boundaries.web.auth")
# Argon2id with OWASP's Password Storage Cheat Sheet minimum (19 MiB, 2 passes, 1 lane):
# slow enough for stolen hashes, quick enough for a small server's two cores.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Checked against when the address is unknown, so that a miss costs as much as a hit.
_DUMMY_HASH = _hasher.hash("boundaries-no-such-user")


class PasswordError(SaidError):
    """A password that cannot be accepted; the message says what is wrong."""


def hash_password(password: str) -> str:
    """An Argon2id hash of `password` (m=19 MiB, t=2, p=1: OWASP's minimum for Argon2id).

    Raises `PasswordError` when the password is shorter than 12 or longer than 256
    characters (ASVS V2.1.1, V2.1.2)."""
    length = len(password)
    if length < MIN_PASSWORD:
        raise PasswordError(
            lambda lang: said(
                "accounts", lang, "user.password_short", length=length, least=MIN_PASSWORD
            )
        )
    if length > MAX_PASSWORD:
        raise PasswordError(
            lambda lang: said("accounts", lang, "user.password_long", most=MAX_PASSWORD)
        )
    return _hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches the stored hash (None: an unknown user, always False)."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password[:MAX_PASSWORD]) and bool(
            password_hash
        )
    except (VerificationError, InvalidHashError):
        return False


def same_token(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of two tokens; a missing one never matches."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def new_token() -> str:
    """A fresh 256-bit random token, URL-safe."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class LoginResult:
    """What a login attempt gave: a user (and its session token), or why not."""

    user: User | None
    token: str | None = None
    throttled: bool = False


class Gate:
    """Checks logins against the store and throttles failures per account and address."""

    def __init__(self, logins: Logins, clock: Callable[[], datetime]) -> None:
        self.logins = logins
        self.clock = clock

    @staticmethod
    def keys(email: str, address: str) -> list[str]:
        """The throttling keys of an attempt: its account and its network address (hashed)."""
        return ["user:" + digest(normal_email(email)), "addr:" + digest(address)]

    def throttled(self, email: str, address: str, now: datetime) -> bool:
        """Whether either key already has `MAX_FAILURES` failures within the last minute."""
        since = now - FAILURE_WINDOW
        return any(
            self.logins.failures_since(k, since) >= MAX_FAILURES for k in self.keys(email, address)
        )

    def log_in(self, email: str, password: str, address: str) -> LoginResult:
        """Check a password; on success open a new session. A throttled attempt is not
        checked at all and counts as another failure."""
        now = self.clock()
        if self.throttled(email, address, now):
            self.logins.record_failure(self.keys(email, address), now)
            log.warning("failed dashboard login: throttled (too many failures in a minute)")
            return LoginResult(None, throttled=True)
        user = self.logins.user(email) if email.strip() else None
        if not password_matches(user.password_hash if user else None, password) or user is None:
            self.logins.record_failure(self.keys(email, address), now)
            self.logins.forget_failures(now - FAILURE_WINDOW * 60)
            # Never the address tried, the password or where from (ASVS V7.1.1).
            log.warning("failed dashboard login: %s", "wrong password" if user else "no such login")
            return LoginResult(None)
        token = new_token()
        self.logins.open_session(user, token, new_token(), now, now + SESSION_LIFETIME)
        return LoginResult(user, token)

    def session(self, token: str | None) -> Session | None:
        """The session a cookie names, if it is still valid."""
        if not token or len(token) > 128:
            return None
        return self.logins.session(token, self.clock())

    def log_out(self, token: str | None) -> None:
        if token:
            self.logins.close_session(token)


class SecurityHeaders:
    """ASGI middleware: CSP, nosniff, no framing, no referrer, no caching of pages."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        image = path.startswith("/charts/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                extra = {
                    b"content-security-policy": (IMAGE_CSP if image else CSP).encode(),
                    b"x-content-type-options": b"nosniff",
                    b"x-frame-options": b"DENY",
                    b"referrer-policy": b"same-origin",
                }
                if not path.startswith("/static/"):
                    extra[b"cache-control"] = b"no-store"
                headers += [(k, v) for k, v in extra.items() if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
