"""The server's tables (SQLAlchemy Core). The migrations in ``migrations/`` create them.

Values are stored as canonical JSON text (sorted keys, no spaces), so two values are equal
exactly when their texts are, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

Moment = sa.DateTime(timezone=True)

cities = sa.Table(
    "cities",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.Text, nullable=False, server_default=""),
    sa.Column("association", sa.Text, nullable=False, server_default=""),
    sa.Column("language", sa.String(8), nullable=False, server_default="en"),
)

pairs = sa.Table(
    "pairs",
    metadata,
    sa.Column("mentor_city_id", sa.String(200), sa.ForeignKey("cities.id"), primary_key=True),
    sa.Column("mentee_city_id", sa.String(200), sa.ForeignKey("cities.id"), primary_key=True),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("username", sa.String(150), nullable=False, unique=True),
    sa.Column("display_name", sa.Text, nullable=False),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("city_id", sa.String(200), sa.ForeignKey("cities.id"), nullable=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", Moment, nullable=False),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),  # SHA-256 of the token
    sa.Column("user_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("created_at", Moment, nullable=False),
    sa.Column("expires_at", Moment, nullable=False),
)

login_failures = sa.Table(
    "login_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("scope", sa.String(16), nullable=False),  # "account" or "address"
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("failed_at", Moment, nullable=False),
    sa.Index("ix_login_failures_scope_key", "scope", "key", "failed_at"),
)

# One row: the number of the last revision handed out. Updating it inside the pushing
# transaction serialises pushers until commit, so revisions follow commit order.
change_counter = sa.Table(
    "change_counter",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

plans = sa.Table(
    "plans",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("city_id", sa.String(200), sa.ForeignKey("cities.id"), nullable=False, index=True),
    sa.Column("template_version", sa.Integer, nullable=False),
    sa.Column("deleted_at", sa.Text, nullable=True),
    sa.Column("created_by", sa.String(150), nullable=False),
    sa.Column("created_at", Moment, nullable=False),
)

field_values = sa.Table(
    "field_values",
    metadata,
    sa.Column("entity", sa.String(16), primary_key=True),
    sa.Column("entity_id", sa.String(200), primary_key=True),
    sa.Column("field", sa.String(64), primary_key=True),
    sa.Column("plan_id", sa.String(200), sa.ForeignKey("plans.id"), nullable=False, index=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("revision", sa.BigInteger, nullable=False, index=True),
    sa.Column("changed_by", sa.String(150), nullable=False),
    sa.Column("changed_at", sa.Text, nullable=False),
)

field_history = sa.Table(
    "field_history",
    metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("revision", sa.BigInteger, nullable=False),
    sa.Column("change_id", sa.String(200), nullable=False, index=True),
    sa.Column("entity", sa.String(16), nullable=False),
    sa.Column("entity_id", sa.String(200), nullable=False),
    sa.Column("field", sa.String(64), nullable=False),
    sa.Column("plan_id", sa.String(200), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("changed_by", sa.String(150), nullable=False),
    sa.Column("changed_at", sa.Text, nullable=False),
    sa.Index("ix_field_history_field_revision", "entity", "entity_id", "field", "revision"),
    # A plan at a revision (version history): migration 0002.
    sa.Index("ix_field_history_plan_revision", "plan_id", "revision"),
)

applied_changes = sa.Table(
    "applied_changes",
    metadata,
    sa.Column("change_id", sa.String(200), primary_key=True),
    sa.Column("user_id", sa.String(64), nullable=False),
    sa.Column("result", sa.Text, nullable=False),  # the ChangeResult answered, as JSON
    sa.Column("created_at", Moment, nullable=False),
)

conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("change_id", sa.String(200), nullable=False),
    sa.Column("entity", sa.String(16), nullable=False),
    sa.Column("entity_id", sa.String(200), nullable=False),
    sa.Column("field", sa.String(64), nullable=False),
    sa.Column("plan_id", sa.String(200), nullable=False),
    sa.Column("base_value", sa.Text, nullable=False),
    sa.Column("server_value", sa.Text, nullable=False),
    sa.Column("pushed_value", sa.Text, nullable=False),
    sa.Column("server_revision", sa.BigInteger, nullable=False),
    sa.Column("pushed_by_user_id", sa.String(64), nullable=False, index=True),
    sa.Column("pushed_by", sa.String(150), nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("resolved_at", sa.Text, nullable=True),
)
