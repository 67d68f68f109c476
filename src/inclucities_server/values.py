"""Pushed values: their canonical JSON text, and whether they fit the field they are for."""

from __future__ import annotations

import json
from typing import Any

from inclucities_core.anchors import TextQuote
from inclucities_core.document import DocumentError, check_field_value
from inclucities_core.model import PlanStatus
from inclucities_core.sync_entities import (
    ACTION,
    COMMENT,
    DELETED_AT,
    PLAN,
    SECTION,
    SNAPSHOT,
    TRANSITION,
)
from inclucities_core.template import LANGUAGES, PlanTemplate, available_template_versions


class ValueProblem(Exception):
    """A value the server will not store; the message is the change's ``reason``."""


def canonical(value: Any) -> str:
    """One text per JSON value (sorted keys, no spaces): equal values, equal texts."""
    try:
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False)
        text.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        raise ValueProblem("The value holds a number or a character that cannot be stored "
                           "(NaN, Infinity or a lone surrogate).") from None
    return text


def storable_text(text: str) -> bool:
    """Text PostgreSQL and SQLite both store: valid UTF-8, no NUL character."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueProblem(message)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_value(entity: str, field: str, value: Any, template: PlanTemplate) -> None:
    """Raise ValueProblem unless ``value`` fits the (known) field."""
    if field == DELETED_AT:
        _require(value is None or isinstance(value, str), "deleted_at must be a time or null.")
        return
    if entity == PLAN:
        _check_plan_field(field, value)
    elif entity == SECTION:
        _require(isinstance(value, str), "A section's text must be text.")
    elif entity == ACTION:
        if field == "plan_id":
            _require(isinstance(value, str), "An action's plan_id must be text.")
        elif field == "position":
            _require(_is_number(value), "An action's position must be a number.")
        else:
            try:
                check_field_value(template.action_field(field), value, f"Field {field!r}")
            except DocumentError as problem:
                raise ValueProblem(f"{problem}.") from None
    elif entity in (COMMENT, TRANSITION, SNAPSHOT):
        _check_record_field(entity, field, value)


_ANCHOR_KINDS = ("plan", "section", "action", "quote")


def _check_record_field(entity: str, field: str, value: Any) -> None:
    if field == "plan_id":
        _require(isinstance(value, str), f"A {entity}'s plan_id must be text.")
    elif field == "parent_id":
        _require(value is None or isinstance(value, str),
                 "A comment's parent_id must be a comment's id or null.")
    elif field == "anchor":
        _check_anchor(value)
    elif field in ("body", "name"):
        _require(isinstance(value, str) and value.strip() != "",
                 f"A {entity}'s {field} must be text that is not empty.")
    elif field in ("resolved_at", "note"):
        _require(value is None or isinstance(value, str), f"{field} must be text or null.")
    elif field == "action":
        _require(isinstance(value, str), "A review step's action must be text.")


def _check_anchor(value: Any) -> None:
    _require(isinstance(value, dict) and value.get("kind") in _ANCHOR_KINDS,
             "A comment's anchor must be an object whose kind is one of "
             f"{', '.join(_ANCHOR_KINDS)}.")
    kind = value["kind"]
    if kind in ("section", "quote"):
        _require(isinstance(value.get("section_key"), str),
                 f"A {kind} anchor needs the section_key of its section.")
    if kind == "action":
        _require(isinstance(value.get("action_id"), str), "An action anchor needs its action_id.")
    if kind == "quote":
        quote = TextQuote.from_json(value.get("quote"))
        _require(quote is not None and quote.exact != "",
                 "A quote anchor needs a quote with its exact words (not empty).")


def _check_plan_field(field: str, value: Any) -> None:
    if field == "title":
        _require(isinstance(value, str), "A plan's title must be text.")
    elif field == "language":
        _require(value in LANGUAGES, f"A plan's language must be one of {', '.join(LANGUAGES)}.")
    elif field == "status":
        _require(value in {status.value for status in PlanStatus},
                 "A plan's status must be one of the review workflow's statuses.")
    elif field == "city_id":
        _require(isinstance(value, str), "A plan's city_id must be text.")
    elif field == "template_version":
        _require(isinstance(value, int) and value in available_template_versions(),
                 "This server does not know that template version.")
