"""The first workspace schema: cities, pairs, plans, sections, actions, outbox, search.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cities",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.Text, nullable=False, server_default=""),
        sa.Column("association", sa.Text, nullable=False, server_default=""),
        sa.Column("language", sa.Text, nullable=False, server_default="en"),
    )
    op.create_table(
        "pairs",
        sa.Column("mentor_city_id", sa.Text, sa.ForeignKey("cities.id"), nullable=False),
        sa.Column("mentee_city_id", sa.Text, sa.ForeignKey("cities.id"), nullable=False),
        sa.PrimaryKeyConstraint("mentor_city_id", "mentee_city_id"),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("city_id", sa.Text, nullable=False, index=True),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("template_version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("deleted_at", sa.Text, nullable=True),
    )
    op.create_table(
        "sections",
        sa.Column("plan_id", sa.Text, sa.ForeignKey("plans.id"), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "key"),
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("plan_id", sa.Text, sa.ForeignKey("plans.id"), nullable=False, index=True),
        sa.Column("position", sa.Float, nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("deleted_at", sa.Text, nullable=True),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("change_id", sa.Text, nullable=False, unique=True),
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("base_revision", sa.Integer, nullable=True),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.UniqueConstraint("entity", "entity_id", "field", name="uq_outbox_field"),
    )
    op.create_table(
        "field_revisions",
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", "field"),
    )
    op.create_table(
        "workspace_settings",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
    )
    # Full-text search over section text and action fields; unicode61 folds case and
    # diacritics, so "citta" finds "città" and Greek matches regardless of accents.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "plan_id UNINDEXED, kind UNINDEXED, ref UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
