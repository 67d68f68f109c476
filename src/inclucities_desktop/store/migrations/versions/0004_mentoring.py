"""Mentoring (issue 4): comments, review steps, versions, and the versions' fetched content.

Comments, transitions (review steps) and snapshots (versions) are synced records, filled by
pull and by local writes; ``read_at`` (comments) and ``refused`` (transitions) are this
workspace's own. ``version_contents`` caches a plan as the server held it at one revision,
so a version fetched once opens offline afterwards.

Revision ID: 0004_mentoring
Revises: 0003_search_keys
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_mentoring"
down_revision = "0003_search_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "comments",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("plan_id", sa.Text, nullable=False),
        sa.Column("parent_id", sa.Text, nullable=True),
        sa.Column("anchor", sa.JSON, nullable=True),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("resolved_at", sa.Text, nullable=True),
        sa.Column("deleted_at", sa.Text, nullable=True),
        sa.Column("author_id", sa.Text, nullable=True),
        sa.Column("author_name", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=True),
        sa.Column("edited_at", sa.Text, nullable=True),
        sa.Column("read_at", sa.Text, nullable=True),
    )
    op.create_index("ix_comments_plan_id", "comments", ["plan_id"])
    op.create_table(
        "transitions",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("plan_id", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("from_status", sa.Text, nullable=True),
        sa.Column("to_status", sa.Text, nullable=True),
        sa.Column("actor_id", sa.Text, nullable=True),
        sa.Column("actor_name", sa.Text, nullable=False, server_default=""),
        sa.Column("at", sa.Text, nullable=True),
        sa.Column("refused", sa.Text, nullable=True),
    )
    op.create_index("ix_transitions_plan_id", "transitions", ["plan_id"])
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("plan_id", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("kind", sa.Text, nullable=True),
        sa.Column("revision", sa.Integer, nullable=True),
        sa.Column("created_by", sa.Text, nullable=True),
        sa.Column("created_at", sa.Text, nullable=True),
    )
    op.create_index("ix_snapshots_plan_id", "snapshots", ["plan_id"])
    op.create_table(
        "version_contents",
        sa.Column("plan_id", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("fetched_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "revision"),
    )


def downgrade() -> None:
    op.drop_table("version_contents")
    op.drop_index("ix_snapshots_plan_id", "snapshots")
    op.drop_table("snapshots")
    op.drop_index("ix_transitions_plan_id", "transitions")
    op.drop_table("transitions")
    op.drop_index("ix_comments_plan_id", "comments")
    op.drop_table("comments")
