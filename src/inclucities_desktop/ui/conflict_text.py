"""How a conflict reads to a person: where it is, and each side's value as text."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from inclucities_core.sync_entities import ACTION, PLAN, SECTION, split_section_entity_id
from inclucities_core.template import PlanTemplate, load_template
from inclucities_desktop.ui.i18n import ui_language

# lupdate reads translate("Context", "text") calls; a wrapper would hide the text.
translate = QCoreApplication.translate


def conflict_place(
    entity: str, entity_id: str, field: str, action_code: str = "",
    template: PlanTemplate | None = None,
) -> str:
    """Where in the plan the conflict is, e.g. "Vision and objectives" or "A2.1 · Partners"."""
    template = template or load_template()
    language = ui_language()
    if entity == SECTION:
        key = split_section_entity_id(entity_id)[1]
        try:
            return template.section(key).title(language)
        except KeyError:
            return key
    if entity == ACTION:
        try:
            label = template.action_field(field).label(language)
        except KeyError:
            label = {"position": translate("ConflictText", "Place in the list"),
                     "deleted_at": translate("ConflictText", "Deletion")}.get(field, field)
        code = action_code or translate("ConflictText", "Action")
        return f"{code} · {label}"
    if entity == PLAN:
        return {"title": translate("ConflictText", "Plan title"),
                "status": translate("ConflictText", "Plan status"),
                "language": translate("ConflictText", "Plan language"),
                "deleted_at": translate("ConflictText", "Plan deletion")}.get(field, field)
    return f"{entity} · {field}"


def value_text(value: Any) -> str:
    """A field's value as a person reads it: text as it is, lists one item a line."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n".join(value)
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return "\n".join(
            " · ".join(str(v) for k, v in item.items() if k != "id" and v not in ("", None))
            for item in value
        )
    return json.dumps(value, ensure_ascii=False, indent=2)


def is_text(value: Any) -> bool:
    return isinstance(value, str) or value is None
