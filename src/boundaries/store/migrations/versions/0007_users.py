"""Dashboard logins, sessions and throttling (issue 12).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

Reserved so that work on separate issues chains its migrations in one line;
the issue that owns it fills upgrade() and downgrade().
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
