"""Outbox: remember a change that was sent but never answered, when it is edited again.

A push whose answer is lost may still have been applied. If the user then edits the same
field, the outbox row takes a new change id and value but keeps its old base revision, and
the server would take the new value for a concurrent edit of the value it already holds
from this very workspace (a restore after one's own deletion would lose to it). The row
keeps the sent change's id and value, so the next sync sends it again first (harmless:
change ids make it idempotent) and bases the newer edit on its answer.

Revision ID: 0005_outbox_sent
Revises: 0004_mentoring
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_outbox_sent"
down_revision = "0004_mentoring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("sent_change_id", sa.Text, nullable=True))
        batch.add_column(sa.Column("sent_value", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("sent_value")
        batch.drop_column("sent_change_id")
