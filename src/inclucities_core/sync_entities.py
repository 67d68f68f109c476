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
ENTITIES = (PLAN, SECTION, ACTION)

DELETED_AT = "deleted_at"

# A plan's fields; ``city_id`` and ``template_version`` are set once, when it is created.
PLAN_FIELDS = ("title", "city_id", "language", "status", "template_version", DELETED_AT)
PLAN_CREATION_FIELDS = ("title", "city_id", "language", "status", "template_version")
IMMUTABLE_PLAN_FIELDS = ("city_id", "template_version")
SECTION_FIELDS = ("text",)
# Besides the template's fields, an action knows its plan and its place in the list.
ACTION_OWN_FIELDS = ("plan_id", "position", DELETED_AT)


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
    return False


def merge_policy(entity: str, field: str, template: PlanTemplate) -> MergePolicy:
    if entity == SECTION:
        return MergePolicy.TEXT
    if entity == ACTION and field == "position":
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
