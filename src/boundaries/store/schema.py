"""Tables. Every row belongs to an account; provider ids are unique per account and kind."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class AccountRow(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # The consultant the account is served for (`Store.serve_account`); None until then.
    consultant_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    consultant_email: Mapped[str | None] = mapped_column(String(320), nullable=True)


class EventRow(Base):
    __tablename__ = "event"
    __table_args__ = (
        UniqueConstraint("account_id", "kind", "sid", name="uq_event_account_kind_sid"),
        Index("ix_event_account_at", "account_id", "at"),
        Index("ix_event_account_kind_client_at", "account_id", "kind", "client_id", "at"),
        Index("ix_event_account_kind_caller_at", "account_id", "kind", "caller", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    client_id: Mapped[str | None] = mapped_column(String(64))
    sid: Mapped[str | None] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    caller: Mapped[str | None] = mapped_column(String(64))
    used_allowance: Mapped[bool] = mapped_column(Boolean, server_default=false(), default=False)
    notified: Mapped[bool] = mapped_column(Boolean, server_default=false(), default=False)
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class JobRow(Base):
    """Work done after a webhook has answered (notify, download and transcribe…), stored first.

    `key` is the work's natural key (a provider id), unique per account and kind, so a
    retried callback adds nothing. `state` is pending, running (leased until `lease_until`),
    done or failed (gave up after its attempts). `after_key`, when set, is the key of a job of
    the same kind that must be over (done or failed) before this one is claimed: a call's
    second notice never overtakes its first."""

    __tablename__ = "job"
    __table_args__ = (
        UniqueConstraint("account_id", "kind", "key", name="uq_job_account_kind_key"),
        Index("ix_job_state_next", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    last_error: Mapped[str | None] = mapped_column(Text)
    after_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class OutboxRow(Base):
    """Every outgoing email, stored under its natural key before any attempt (SPEC §10)."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("account_id", "key", name="uq_outbox_account_key"),
        UniqueConstraint("message_id", name="uq_outbox_message_id"),
        Index("ix_outbox_account_state_next", "account_id", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[str | None] = mapped_column(String(64))
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(500))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    claim_token: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class MailFolderRow(Base):
    """How far each IMAP folder has been read: its UIDVALIDITY and the last UID seen."""

    __tablename__ = "mail_folder"
    __table_args__ = (UniqueConstraint("account_id", "folder", name="uq_mail_folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)


class SkippedCallRow(Base):
    """One cancelled standing-call occurrence (`boundaries skip`): client + local date."""

    __tablename__ = "skipped_call"
    __table_args__ = (
        UniqueConstraint("account_id", "client_id", "day", name="uq_skipped_call_account_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    client_id: Mapped[str] = mapped_column(String(64))
    day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CalendarFeedRow(Base):
    """The secret of an account's calendar feed, kept as a SHA-256 hash (never the token)."""

    __tablename__ = "calendar_feed"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BusySourceRow(Base):
    """The last good copy of one busy calendar, and the last failure to read it."""

    __tablename__ = "busy_source"
    __table_args__ = (UniqueConstraint("account_id", "source_key", name="uq_busy_source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    source_key: Mapped[str] = mapped_column(String(64))
    body: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(Text)


class ConversationStepRow(Base):
    """A conversation step taken with a client (SPEC §8 `coach --record`), migration 0006."""

    __tablename__ = "conversation_step"
    __table_args__ = (
        UniqueConstraint(
            "account_id", "client_id", "step", "on_day", name="uq_step_account_client_step_day"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    client_id: Mapped[str] = mapped_column(String(64))
    step: Mapped[str] = mapped_column(String(16))
    on_day: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class UserRow(Base):
    """A dashboard login (SPEC §12). A user belongs to one account and sees only its rows."""

    __tablename__ = "dashboard_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class SessionRow(Base):
    """A logged-in browser. Only a SHA-256 of the cookie's secret is stored."""

    __tablename__ = "dashboard_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("dashboard_user.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginFailureRow(Base):
    """A failed login, keyed by a hash of the account name or of the address (throttling)."""

    __tablename__ = "login_failure"
    __table_args__ = (Index("ix_login_failure_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
