"""field_history by plan and revision: a plan as it stood at a revision, read quickly.

Revision ID: 0002_history_by_plan
Revises: 0001_initial
"""

from alembic import op

revision = "0002_history_by_plan"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_field_history_plan_revision", "field_history", ["plan_id", "revision"])


def downgrade() -> None:
    op.drop_index("ix_field_history_plan_revision", table_name="field_history")
