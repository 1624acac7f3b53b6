"""The consultant an account is served for (newcomer6 H1).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

`serve` and `simulate --save` write the name and address of the configuration's consultant
on the account the first time, and refuse to write an account kept for another consultant
(a second service started without its own `--account` would otherwise store its calls in
the first one's account, SPEC §2). Empty for accounts made before: the next writer claims
them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("consultant_name", sa.String(200), nullable=True))
        batch.add_column(sa.Column("consultant_email", sa.String(320), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_column("consultant_email")
        batch.drop_column("consultant_name")
