"""Columns the call decision reads: caller, allowance use, notification.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("caller", sa.String(64), nullable=True))
        batch.add_column(
            sa.Column("used_allowance", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("notified", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_index(
        "ix_event_account_kind_client_at", "event", ["account_id", "kind", "client_id", "at"]
    )
    op.create_index(
        "ix_event_account_kind_caller_at", "event", ["account_id", "kind", "caller", "at"]
    )


def downgrade() -> None:
    op.drop_index("ix_event_account_kind_caller_at", table_name="event")
    op.drop_index("ix_event_account_kind_client_at", table_name="event")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("notified")
        batch.drop_column("used_allowance")
        batch.drop_column("caller")
