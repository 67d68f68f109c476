"""An action's field values as the text a reader sees, in the plan's language."""

from __future__ import annotations

from typing import Any

from inclucities_core.budget import to_amount
from inclucities_core.template import FieldSpec, PlanTemplate
from inclucities_desktop.export.clean import clean_text
from inclucities_desktop.export.labels import format_amount, format_month


def shown_value(template: PlanTemplate, spec: FieldSpec, value: Any, language: str) -> str:
    """``value`` of field ``spec`` as text: choice labels, MM/YYYY months, formatted EUR."""
    if value is None:
        return ""
    if spec.type == "choice":
        return template.choice_label(spec.choices or "", str(value), language) if value else ""
    if spec.type == "multichoice":
        values = value if isinstance(value, list | tuple) else [value]
        return "; ".join(template.choice_label(spec.choices or "", str(v), language)
                         for v in values if v)
    if spec.type == "month":
        return format_month(value)
    if spec.type == "money":
        return format_amount(to_amount(value), language)
    if spec.type == "table":
        return ""
    if isinstance(value, list | dict):
        return clean_text(", ".join(str(v) for v in value))
    return clean_text(value)


def table_items(value: Any) -> list[dict[str, Any]]:
    """The rows of a table field, leaving out anything that is not a row."""
    if not isinstance(value, list | tuple):
        return []
    return [item for item in value if isinstance(item, dict)]
