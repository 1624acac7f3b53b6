"""Tables. Every row belongs to an account; provider ids are unique per account and kind."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
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
