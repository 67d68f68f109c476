"""Sync: a table of conflicts kept for the person to resolve.

The sync state (the bound account, the pull cursor, the access key, the last sync time)
lives in workspace_settings, which 0001 made.

Revision ID: 0002_sync_conflicts
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_sync_conflicts"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("server_conflict_id", sa.Text, nullable=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("plan_id", sa.Text, nullable=True),
        sa.Column("base_value", sa.JSON, nullable=True),
        sa.Column("mine", sa.JSON, nullable=True),
        sa.Column("theirs", sa.JSON, nullable=True),
        sa.Column("server_revision", sa.Integer, nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("resolved_at", sa.Text, nullable=True),
        sa.Column("resolution", sa.Text, nullable=True),
        sa.Column("server_resolved_at", sa.Text, nullable=True),
    )
    with op.batch_alter_table("conflicts") as batch:
        batch.create_index("ix_conflicts_open", ["resolved_at"])
