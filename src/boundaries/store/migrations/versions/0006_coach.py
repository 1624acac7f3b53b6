"""Conversation steps recorded per client (issue 11).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Reserved so that work on separate issues chains its migrations in one line;
the issue that owns it fills upgrade() and downgrade().
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
