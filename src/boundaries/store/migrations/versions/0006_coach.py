"""Conversation steps recorded per client (issue 11).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

One row per step taken with a client (SPEC §8 `coach --record`): which of the
five steps, on which local day. Recording the same step on the same day twice
keeps one row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation_step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "account_id",
            sa.Integer(),
            sa.ForeignKey("account.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column(
            "recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.UniqueConstraint(
            "account_id", "client_id", "step", "on_day", name="uq_step_account_client_step_day"
        ),
    )


def downgrade() -> None:
    op.drop_table("conversation_step")
