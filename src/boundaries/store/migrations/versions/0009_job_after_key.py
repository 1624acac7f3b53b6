"""A job that waits for another of its kind (session 18's notice-order note).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

`job.after_key` names a job of the same kind that must be over (done or failed) before this
one is claimed. A call's content notice waits for the alert of the same call, so the
consultant never reads the message before the alert, even while the alert is being retried.
Empty for the jobs stored before: they are claimed as they were.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job") as batch:
        batch.add_column(sa.Column("after_key", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("job") as batch:
        batch.drop_column("after_key")
