"""Outbox and mail messages (issue 9).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Reserved so that work on separate issues chains its migrations in one line;
the issue that owns it fills upgrade() and downgrade().
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
