"""Durable jobs (downloads, transcriptions, notifications) and stricter columns (issue 7).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Reserved so that work on separate issues chains its migrations in one line;
the issue that owns it fills upgrade() and downgrade().
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
