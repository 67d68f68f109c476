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
    # The change last pushed without an answer yet, and its value once the row is edited
    # again: the next sync sends it again first (migration 0005_outbox_sent says why).
    Column("sent_change_id", Text, nullable=True),
    Column("sent_value", JSON, nullable=True),
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

# Mentoring records (docs/sync-protocol.md, "Mentoring records"), synced like plan content.
# Who and when (author, actor, created_at, at...) are the server's; a record written here
# shows the signed-in account until the server's values arrive by pull. ``read_at`` is this
# workspace's own: when the user saw the comment (unread markers).
comments = Table(
    "comments",
    metadata,
    Column("id", Text, primary_key=True),
    Column("plan_id", Text, nullable=False, index=True),
    Column("parent_id", Text, nullable=True),
    Column("anchor", JSON, nullable=True),
    Column("body", Text, nullable=False, server_default=""),
    Column("resolved_at", Text, nullable=True),
    Column("deleted_at", Text, nullable=True),
    Column("author_id", Text, nullable=True),
    Column("author_name", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=True),
    Column("edited_at", Text, nullable=True),
    Column("read_at", Text, nullable=True),
)

# Review steps; ``refused`` (local) holds the server's reason when it refused the step.
transitions = Table(
    "transitions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("plan_id", Text, nullable=False, index=True),
    Column("action", Text, nullable=True),
    Column("note", Text, nullable=True),
    Column("from_status", Text, nullable=True),
    Column("to_status", Text, nullable=True),
    Column("actor_id", Text, nullable=True),
    Column("actor_name", Text, nullable=False, server_default=""),
    Column("at", Text, nullable=True),
    Column("refused", Text, nullable=True),
)

# Versions of a plan: status snapshots (the server's, at each review step) and named ones.
snapshots = Table(
    "snapshots",
    metadata,
    Column("id", Text, primary_key=True),
    Column("plan_id", Text, nullable=False, index=True),
    Column("name", Text, nullable=False, server_default=""),
    Column("kind", Text, nullable=True),
    Column("revision", Integer, nullable=True),
    Column("created_by", Text, nullable=True),
    Column("created_at", Text, nullable=True),
)

# A plan as the server held it at one revision (GET /plans/{id}/at/{revision}), kept so a
# version fetched once can be compared and restored offline.
version_contents = Table(
    "version_contents",
    metadata,
    Column("plan_id", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("changes", JSON, nullable=False),
    Column("fetched_at", Text, nullable=False),
    PrimaryKeyConstraint("plan_id", "revision"),
)
