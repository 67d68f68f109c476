"""Tables of the local workspace.

Every syncable value is addressed as (entity, entity id, field): plans, sections and actions
are entities; an action keeps its template fields in one JSON object so that a new field in
the template needs no schema change. Every local edit also lands in ``outbox`` until the
sync server has taken it.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

cities = Table(
    "cities",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", Text, nullable=False, server_default=""),
    Column("association", Text, nullable=False, server_default=""),
    Column("language", Text, nullable=False, server_default="en"),
)

pairs = Table(
    "pairs",
    metadata,
    Column("mentor_city_id", Text, ForeignKey("cities.id"), nullable=False),
    Column("mentee_city_id", Text, ForeignKey("cities.id"), nullable=False),
    PrimaryKeyConstraint("mentor_city_id", "mentee_city_id"),
)

plans = Table(
    "plans",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text, nullable=False),
    Column("city_id", Text, nullable=False, index=True),
    Column("language", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("template_version", Integer, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("deleted_at", Text, nullable=True),
)

sections = Table(
    "sections",
    metadata,
    Column("plan_id", Text, ForeignKey("plans.id"), nullable=False),
    Column("key", Text, nullable=False),
    Column("text", Text, nullable=False, server_default=""),
    Column("updated_at", Text, nullable=False),
    PrimaryKeyConstraint("plan_id", "key"),
)

actions = Table(
    "actions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("plan_id", Text, ForeignKey("plans.id"), nullable=False, index=True),
    Column("position", Float, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("deleted_at", Text, nullable=True),
)

# One pending change per (entity, entity_id, field): a newer edit of the same field
# replaces the value but keeps the base revision it started from (SYNC.md).
outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("change_id", Text, nullable=False, unique=True),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("value", JSON, nullable=True),
    Column("base_revision", Integer, nullable=True),
    Column("created_at", Text, nullable=False),
    UniqueConstraint("entity", "entity_id", "field", name="uq_outbox_field"),
)

# The server revision this workspace last saw of each field: the base of a later edit.
field_revisions = Table(
    "field_revisions",
    metadata,
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    PrimaryKeyConstraint("entity", "entity_id", "field"),
)

workspace_settings = Table(
    "workspace_settings",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", JSON, nullable=True),
)

# Conflicts found by sync: an edit that could not be merged (edit), one of something
# deleted elsewhere (deleted), or one the server refused (rejected). ``mine`` keeps the
# local value so that nothing is lost; the local tables show ``theirs``. A resolution is
# an ordinary edit; ``server_resolved_at`` stays empty until the server has been told.
conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Text, primary_key=True),
    Column("server_conflict_id", Text, nullable=True),
    Column("kind", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("plan_id", Text, nullable=True),
    Column("base_value", JSON, nullable=True),
    Column("mine", JSON, nullable=True),
    Column("theirs", JSON, nullable=True),
    Column("server_revision", Integer, nullable=True),
    Column("reason", Text, nullable=True),
    Column("created_at", Text, nullable=False),
    Column("resolved_at", Text, nullable=True, index=False),
    Column("resolution", Text, nullable=True),
    Column("server_resolved_at", Text, nullable=True),
    Index("ix_conflicts_open", "resolved_at"),
)

# The rowid of each entry's row in the full-text table ``search_index`` (an FTS5 table that
# migration 0001 makes, outside this metadata): entries are replaced by rowid, no scan.
search_keys = Table(
    "search_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("ref", Text, nullable=False),
    UniqueConstraint("plan_id", "kind", "ref", name="uq_search_keys_entry"),
)
