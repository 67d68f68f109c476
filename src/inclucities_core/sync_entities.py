"""What sync moves: entities, their fields, and how concurrent edits of each field merge.

Every syncable value is addressed as (entity, entity id, field). A plan's own fields, the
Markdown of each section and every field of an action are separate values, so edits of
different ones never meet. The fields of an action come from the plan template, so a new
template field syncs without a change here.
"""

from __future__ import annotations

from enum import StrEnum

from inclucities_core.template import PlanTemplate

PLAN = "plan"
SECTION = "section"
ACTION = "action"
# Mentoring records (issue 4): separate entities, so that text merges never touch them.
COMMENT = "comment"
TRANSITION = "transition"  # one step of the review workflow
SNAPSHOT = "snapshot"  # a named version of a plan
ENTITIES = (PLAN, SECTION, ACTION, COMMENT, TRANSITION, SNAPSHOT)

DELETED_AT = "deleted_at"

# A plan's fields; ``city_id`` and ``template_version`` are set once, when it is created.
PLAN_FIELDS = ("title", "city_id", "language", "status", "template_version", DELETED_AT)
PLAN_CREATION_FIELDS = ("title", "city_id", "language", "status", "template_version")
IMMUTABLE_PLAN_FIELDS = ("city_id", "template_version")
SECTION_FIELDS = ("text",)
# Besides the template's fields, an action knows its plan and its place in the list.
ACTION_OWN_FIELDS = ("plan_id", "position", DELETED_AT)

# What a client pushes of a mentoring record, and what the server adds when it takes one
# (who and when come from the server, never from the client). Each record names its plan
# in ``plan_id``, pushed first, like an action.
COMMENT_FIELDS = ("plan_id", "parent_id", "anchor", "body", "resolved_at", DELETED_AT)
COMMENT_SERVER_FIELDS = ("author_id", "author_name", "created_at", "edited_at")
TRANSITION_FIELDS = ("plan_id", "action", "note")
TRANSITION_SERVER_FIELDS = ("from_status", "to_status", "actor_id", "actor_name", "at")
SNAPSHOT_FIELDS = ("plan_id", "name")
SNAPSHOT_SERVER_FIELDS = ("kind", "revision", "created_by", "created_at")

CLIENT_FIELDS = {COMMENT: COMMENT_FIELDS, TRANSITION: TRANSITION_FIELDS,
                 SNAPSHOT: SNAPSHOT_FIELDS}
SERVER_FIELDS = {COMMENT: COMMENT_SERVER_FIELDS, TRANSITION: TRANSITION_SERVER_FIELDS,
                 SNAPSHOT: SNAPSHOT_SERVER_FIELDS}


class MergePolicy(StrEnum):
    """How a field's concurrent edits are reconciled."""

    TEXT = "text"  # three-way merge of lines; overlapping edits conflict
    ITEMS = "items"  # a list of items with ids: merged item by item
    SET = "set"  # a set of choices: additions and removals of both sides kept
    LAST_WRITER = "last_writer"  # the later push wins (an action's place in the list)
    VALUE = "value"  # one value: different concurrent values conflict


def section_entity_id(plan_id: str, key: str) -> str:
    return f"{plan_id}:{key}"


def split_section_entity_id(entity_id: str) -> tuple[str, str]:
    """The (plan id, section key) of a section's entity id."""
    plan_id, separator, key = entity_id.rpartition(":")
    if not separator or not plan_id or not key:
        raise ValueError(f"Not a section id: {entity_id!r}")
    return plan_id, key


def is_known_field(entity: str, field: str, template: PlanTemplate) -> bool:
    if entity == PLAN:
        return field in PLAN_FIELDS
    if entity == SECTION:
        return field in SECTION_FIELDS
    if entity == ACTION:
        return field in ACTION_OWN_FIELDS or field in template.action_field_keys
    return field in CLIENT_FIELDS.get(entity, ())


def is_record(entity: str) -> bool:
    """A mentoring record (comment, transition, snapshot) rather than plan content."""
    return entity in CLIENT_FIELDS


def merge_policy(entity: str, field: str, template: PlanTemplate) -> MergePolicy:
    if entity == SECTION:
        return MergePolicy.TEXT
    if (entity, field) in ((ACTION, "position"), (COMMENT, "resolved_at")):
        return MergePolicy.LAST_WRITER
    if entity == ACTION and field in template.action_field_keys:
        kind = template.action_field(field).type
        if kind == "longtext":
            return MergePolicy.TEXT
        if kind == "table":
            return MergePolicy.ITEMS
        if kind == "multichoice":
            return MergePolicy.SET
    return MergePolicy.VALUE
