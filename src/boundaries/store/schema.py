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
