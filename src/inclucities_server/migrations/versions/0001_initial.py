"""The first server schema: accounts, cities and pairs, plans, field values and history.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(200)
Moment = sa.DateTime(timezone=True)
HistoryId = sa.BigInteger().with_variant(sa.Integer, "sqlite")


def upgrade() -> None:
    op.create_table(
        "cities",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.Text, nullable=False, server_default=""),
        sa.Column("association", sa.Text, nullable=False, server_default=""),
        sa.Column("language", sa.String(8), nullable=False, server_default="en"),
    )
    op.create_table(
        "pairs",
        sa.Column("mentor_city_id", ID, sa.ForeignKey("cities.id"), primary_key=True),
        sa.Column("mentee_city_id", ID, sa.ForeignKey("cities.id"), primary_key=True),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("username", sa.String(150), nullable=False, unique=True),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("city_id", ID, sa.ForeignKey("cities.id"), nullable=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", Moment, nullable=False),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", Moment, nullable=False),
        sa.Column("expires_at", Moment, nullable=False),
    )
    op.create_index("ix_tokens_user_id", "tokens", ["user_id"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("failed_at", Moment, nullable=False),
    )
    op.create_index(
        "ix_login_failures_scope_key", "login_failures", ["scope", "key", "failed_at"]
    )
    counter = op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])
    op.create_table(
        "plans",
        sa.Column("id", ID, primary_key=True),
        sa.Column("city_id", ID, sa.ForeignKey("cities.id"), nullable=False),
        sa.Column("template_version", sa.Integer, nullable=False),
        sa.Column("deleted_at", sa.Text, nullable=True),
        sa.Column("created_by", sa.String(150), nullable=False),
        sa.Column("created_at", Moment, nullable=False),
    )
    op.create_index("ix_plans_city_id", "plans", ["city_id"])
    op.create_table(
        "field_values",
        sa.Column("entity", sa.String(16), primary_key=True),
        sa.Column("entity_id", ID, primary_key=True),
        sa.Column("field", sa.String(64), primary_key=True),
        sa.Column("plan_id", ID, sa.ForeignKey("plans.id"), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("revision", sa.BigInteger, nullable=False),
        sa.Column("changed_by", sa.String(150), nullable=False),
        sa.Column("changed_at", sa.Text, nullable=False),
    )
    op.create_index("ix_field_values_plan_id", "field_values", ["plan_id"])
    op.create_index("ix_field_values_revision", "field_values", ["revision"])
    op.create_table(
        "field_history",
        sa.Column("id", HistoryId, primary_key=True),
        sa.Column("revision", sa.BigInteger, nullable=False),
        sa.Column("change_id", ID, nullable=False),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("changed_by", sa.String(150), nullable=False),
        sa.Column("changed_at", sa.Text, nullable=False),
    )
    op.create_index("ix_field_history_change_id", "field_history", ["change_id"])
    op.create_index(
        "ix_field_history_field_revision",
        "field_history",
        ["entity", "entity_id", "field", "revision"],
    )
    op.create_table(
        "applied_changes",
        sa.Column("change_id", ID, primary_key=True),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("created_at", Moment, nullable=False),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("change_id", ID, nullable=False),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("base_value", sa.Text, nullable=False),
        sa.Column("server_value", sa.Text, nullable=False),
        sa.Column("pushed_value", sa.Text, nullable=False),
        sa.Column("server_revision", sa.BigInteger, nullable=False),
        sa.Column("pushed_by_user_id", sa.String(64), nullable=False),
        sa.Column("pushed_by", sa.String(150), nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("resolved_at", sa.Text, nullable=True),
    )
    op.create_index("ix_conflicts_pushed_by_user_id", "conflicts", ["pushed_by_user_id"])
