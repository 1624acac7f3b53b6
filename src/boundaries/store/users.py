"""Dashboard logins: users, their sessions and the failed-login log (SPEC §12).

Secrets are never stored: sessions by a SHA-256 of the cookie's value, failed logins by a
SHA-256 of the e-mail address or of the network address they came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from boundaries.errors import SaidError
from boundaries.i18n import said
from boundaries.store.database import Store
from boundaries.store.schema import AccountRow, LoginFailureRow, SessionRow, UserRow


class UserError(SaidError):
    """A login cannot be created or changed; the message says why and what to do."""


@dataclass(frozen=True)
class User:
    """A dashboard login and the account whose rows it may see."""

    id: int
    account_id: int
    account: str
    email: str
    password_hash: str
    language: str | None


@dataclass(frozen=True)
class Session:
    """A logged-in browser: its user, its CSRF token and its chosen language."""

    id: int
    user: User
    csrf: str
    language: str | None
    expires_at: datetime


def digest(value: str) -> str:
    """Hex SHA-256 of `value`: what is stored in place of a token, e-mail or address."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def normal_email(email: str) -> str:
    """An e-mail address as logins compare it: trimmed, lower case."""
    return email.strip().lower()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class Logins:
    """Users, sessions and failed logins in the store; safe to share between threads."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _user(self, row: UserRow, account: str) -> User:
        return User(row.id, row.account_id, account, row.email, row.password_hash, row.language)

    def add_user(
        self, account_id: int, email: str, password_hash: str, language: str | None = None
    ) -> User:
        """Create a login; raise `UserError` when the address already has one."""
        try:
            with self.store.session() as s:
                row = UserRow(
                    account_id=account_id,
                    email=normal_email(email),
                    password_hash=password_hash,
                    language=language,
                )
                s.add(row)
                s.flush()
                account = s.scalar(select(AccountRow.name).where(AccountRow.id == account_id))
                return self._user(row, account or "")
        except IntegrityError:
            address = normal_email(email)
            raise UserError(
                lambda lang: said("accounts", lang, "user.exists", email=address)
            ) from None

    def set_password(self, email: str, password_hash: str) -> bool:
        """Replace a user's password hash and end all its sessions; False when unknown."""
        with self.store.session() as s:
            user_id = s.scalar(select(UserRow.id).where(UserRow.email == normal_email(email)))
            if user_id is None:
                return False
            s.execute(
                update(UserRow).where(UserRow.id == user_id).values(password_hash=password_hash)
            )
            s.execute(delete(SessionRow).where(SessionRow.user_id == user_id))
            return True

    def user(self, email: str) -> User | None:
        """The login for this address, if any."""
        with self.store.session() as s:
            found = s.execute(
                select(UserRow, AccountRow.name)
                .join(AccountRow, AccountRow.id == UserRow.account_id)
                .where(UserRow.email == normal_email(email))
            ).first()
            return self._user(found[0], found[1]) if found else None

    def users(self) -> list[User]:
        """Every login, by account then address."""
        with self.store.session() as s:
            rows = s.execute(
                select(UserRow, AccountRow.name)
                .join(AccountRow, AccountRow.id == UserRow.account_id)
                .order_by(AccountRow.name, UserRow.email)
            ).all()
            return [self._user(row, account) for row, account in rows]

    def remove(self, email: str) -> bool:
        """Delete a login and its sessions (the account's data stays); False when unknown."""
        with self.store.session() as s:
            user_id = s.scalar(select(UserRow.id).where(UserRow.email == normal_email(email)))
            if user_id is None:
                return False
            s.execute(delete(SessionRow).where(SessionRow.user_id == user_id))
            s.execute(delete(UserRow).where(UserRow.id == user_id))
            return True

    def open_session(
        self, user: User, token: str, csrf: str, now: datetime, expires_at: datetime
    ) -> None:
        """Store a new session for `user`, known by the SHA-256 of `token`."""
        with self.store.session() as s:
            s.add(
                SessionRow(
                    token_hash=digest(token),
                    user_id=user.id,
                    csrf=csrf,
                    language=user.language,
                    created_at=now.astimezone(UTC),
                    expires_at=expires_at.astimezone(UTC),
                )
            )

    def session(self, token: str, now: datetime) -> Session | None:
        """The unexpired session whose cookie value is `token`, else None."""
        try:
            with self.store.session() as s:
                found = s.execute(
                    select(SessionRow, UserRow, AccountRow.name)
                    .join(UserRow, UserRow.id == SessionRow.user_id)
                    .join(AccountRow, AccountRow.id == UserRow.account_id)
                    .where(SessionRow.token_hash == digest(token))
                ).first()
                if found is None:
                    return None
                row, user, account = found
                if _aware(row.expires_at) <= now:
                    s.delete(row)
                    return None
                return Session(
                    row.id, self._user(user, account), row.csrf, row.language, row.expires_at
                )
        except SQLAlchemyError as exc:
            raise self.store.fault(exc) from None  # the cause named, with the fix

    def set_language(self, session_id: int, language: str) -> None:
        """Remember the language chosen in this browser."""
        with self.store.session() as s:
            s.execute(
                update(SessionRow).where(SessionRow.id == session_id).values(language=language)
            )

    def close_session(self, token: str) -> None:
        """Forget a session (logout); unknown tokens are ignored."""
        with self.store.session() as s:
            s.execute(delete(SessionRow).where(SessionRow.token_hash == digest(token)))

    def record_failure(self, keys: list[str], now: datetime) -> None:
        """Note one failed login under each throttling key (already hashed)."""
        with self.store.session() as s:
            s.add_all(LoginFailureRow(key=k, at=now.astimezone(UTC)) for k in keys)

    def failures_since(self, key: str, since: datetime) -> int:
        """Failed logins noted under `key` at or after `since`."""
        with self.store.session() as s:
            query = select(func.count()).where(
                LoginFailureRow.key == key, LoginFailureRow.at >= since.astimezone(UTC)
            )
            return int(s.scalar(query) or 0)

    def forget_failures(self, before: datetime) -> None:
        """Drop failed logins older than `before` (they no longer throttle anyone)."""
        with self.store.session() as s:
            s.execute(delete(LoginFailureRow).where(LoginFailureRow.at < before.astimezone(UTC)))
