"""The plan document: a whole or partial plan as JSON (``inclucities show`` / ``apply``).

See docs/plan-document.md for the format. This module checks a document against the
template before anything is applied, so that a bad document changes nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from inclucities_core.model import Action, Plan, PlanStatus, Section
from inclucities_core.template import LANGUAGES, FieldSpec, PlanTemplate

FORMAT = "inclucities-plan"
FORMAT_VERSION = 1
PLAN_KEYS = ("title", "city", "language", "status")
# Keys of an action object that are not template fields.
ACTION_META_KEYS = ("id", "deleted")


# A code point of half a UTF-16 pair: JSON can spell one ("\ud83d"), SQLite cannot store it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class DocumentError(ValueError):
    """A plan document that cannot be applied; the message names the first problem."""


def plan_document(
    plan: Plan, sections: Sequence[Section], actions: Sequence[Action]
) -> dict[str, Any]:
    """The whole plan as a JSON-ready document."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": plan.id,
        "title": plan.title,
        "city": plan.city_id,
        "language": plan.language,
        "status": plan.status,
        "template_version": plan.template_version,
        "created_at": plan.created_at,
        "updated_at": plan.updated_at,
        "in_trash": plan.deleted_at is not None,
        "sections": {s.key: s.text for s in sections},
        "actions": [{"id": a.id, **a.fields} for a in actions],
    }


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise DocumentError(message)


def _check_value(field_type: str, value: Any, where: str) -> None:
    if field_type in ("text", "longtext", "month", "choice"):
        _require(isinstance(value, str), f"{where} must be text")
    elif field_type == "money":
        _require(
            isinstance(value, int | float | str) and not isinstance(value, bool),
            f"{where} must be an amount",
        )
    elif field_type == "multichoice":
        _require(
            isinstance(value, list) and all(isinstance(v, str) for v in value),
            f"{where} must be a list of text",
        )
    elif field_type == "table":
        _require(
            isinstance(value, list) and all(isinstance(v, dict) for v in value),
            f"{where} must be a list of objects",
        )


def check_field_value(spec: FieldSpec, value: Any, where: str) -> None:
    """Raise DocumentError unless ``value`` has the shape of the action field ``spec``.

    The sync server checks every pushed action field with this, as apply does.
    """
    _check_value(spec.type, value, where)
    if spec.type == "table":
        _check_items(spec, value, where)


def _check_items(spec: FieldSpec, items: list[dict[str, Any]], where: str) -> None:
    """The known fields of each item of a nested table must have their type too."""
    item_specs = {f.key: f for f in spec.item_fields}
    for number, item in enumerate(items, start=1):
        for key, value in item.items():
            if key in item_specs:
                _check_value(item_specs[key].type, value, f"{where}, item {number}, {key!r}")


def _check_storable(document: Any) -> None:
    """Every text must be Unicode that can be stored, every number one JSON can write.

    Python's json reads NaN and Infinity, and lone surrogates from escapes; neither can be
    stored and shown back as JSON, wherever in the document they are.
    """
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            _require(_LONE_SURROGATE.search(value) is None,
                     f"Text at {where or 'the top'} holds half of a UTF-16 surrogate pair, "
                     "which is not Unicode text")
        elif isinstance(value, float):
            _require(math.isfinite(value), f"The number at {where} must be finite")
        elif isinstance(value, Mapping):
            for key, item in value.items():
                # The key is checked first (popped first): the item's place names it.
                stack.append((item, f"{where}.{key}" if where else str(key)))
                stack.append((key, f"{where}.{key!r}" if where else repr(key)))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{number}]") for number, item in enumerate(value))


def validate_document(document: Any, template_for: Any) -> None:
    """Raise DocumentError unless ``document`` can be applied.

    ``template_for(version)`` returns the PlanTemplate of a version (raising KeyError for
    an unknown one).
    """
    _require(isinstance(document, Mapping), "A plan document must be a JSON object")
    _check_storable(document)
    _require(isinstance(document.get("id"), str) and document["id"].strip() != "",
             "A plan document needs an \"id\" (text)")
    if "format" in document:
        _require(document["format"] == FORMAT,
                 f"Not a plan document (format {document['format']!r})")
    for key in PLAN_KEYS:
        if key in document:
            _require(isinstance(document[key], str), f"\"{key}\" must be text")
    if "language" in document:
        _require(document["language"] in LANGUAGES, f"Unknown language {document['language']!r}")
    if "status" in document:
        _require(document["status"] in {s.value for s in PlanStatus},
                 f"Unknown status {document['status']!r}")
    if "in_trash" in document:
        _require(isinstance(document["in_trash"], bool), "\"in_trash\" must be true or false")
    version = document.get("template_version", 1)
    _require(isinstance(version, int) and not isinstance(version, bool),
             "\"template_version\" must be a whole number")
    try:
        template: PlanTemplate = template_for(version)
    except KeyError:
        raise DocumentError(f"Unknown template version {version}") from None
    section_map = document.get("sections", {})
    _require(isinstance(section_map, Mapping), "\"sections\" must be an object")
    known_sections = {s.key for s in template.sections}
    for key, text in section_map.items():
        _require(key in known_sections, f"Unknown section {key!r}")
        _require(isinstance(text, str), f"Section {key!r} must be text")
    action_list = document.get("actions", [])
    _require(isinstance(action_list, list), "\"actions\" must be a list")
    seen: set[str] = set()
    for number, action in enumerate(action_list, start=1):
        _require(isinstance(action, Mapping), f"Action {number} must be an object")
        action_id = action.get("id")
        _require(isinstance(action_id, str) and action_id.strip() != "",
                 f"Action {number} needs an \"id\" (text)")
        _require(action_id not in seen, f"Action id {action_id} appears twice")
        seen.add(action_id)
        for key, value in action.items():
            if key in ACTION_META_KEYS:
                continue
            try:
                spec = template.action_field(key)
            except KeyError:
                raise DocumentError(f"Action {number} has an unknown field {key!r}") from None
            _check_value(spec.type, value, f"Field {key!r} of action {number}")
            if spec.type == "table":
                _check_items(spec, value, f"Field {key!r} of action {number}")
