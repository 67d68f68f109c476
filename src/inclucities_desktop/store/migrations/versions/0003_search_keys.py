"""Search: a key table that names each full-text row, so one row is replaced without a scan.

The FTS5 table's plan_id, kind and ref columns are UNINDEXED: a DELETE by them reads the
whole index, once per autosave and once per pulled action. ``search_keys`` gives every
(plan, kind, ref) the rowid of its full-text row.

Revision ID: 0003_search_keys
Revises: 0002_sync_conflicts
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_search_keys"
down_revision = "0002_sync_conflicts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_keys",
        sa.Column("id", sa.Integer, primary_key=True),  # the rowid of the full-text row
        sa.Column("plan_id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("ref", sa.Text, nullable=False),
        sa.UniqueConstraint("plan_id", "kind", "ref", name="uq_search_keys_entry"),
    )
    op.execute("INSERT OR IGNORE INTO search_keys (id, plan_id, kind, ref) "
               "SELECT rowid, plan_id, kind, ref FROM search_index")
    # Older duplicates of one entry, if any, would never be replaced again: drop them.
    op.execute("DELETE FROM search_index WHERE rowid NOT IN (SELECT id FROM search_keys)")


def downgrade() -> None:
    op.drop_table("search_keys")
