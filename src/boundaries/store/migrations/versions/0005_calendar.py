"""Calendar: skipped occurrences, feed token, busy cache (issue 10).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Reserved so that work on separate issues chains its migrations in one line;
the issue that owns it fills upgrade() and downgrade().
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
