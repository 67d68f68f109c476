"""Action field values in the window: their stored shape, and how they are shown.

Months are stored as "YYYY-MM", money as a number of EUR (an int for whole euros), choice
fields as the template's values; shown, they use the locale and the template's labels.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject

from inclucities_core.budget import to_amount
from inclucities_core.template import FieldSpec, PlanTemplate
from inclucities_desktop.ui.i18n import ui_language


def month_to_date(value: Any) -> QDate | None:
    """The first day of a stored "YYYY-MM" month, or None when empty or unreadable."""
    text = str(value or "").strip()
    date = QDate.fromString(text[:7], "yyyy-MM")
    return date if date.isValid() else None


def date_to_month(date: QDate | None) -> str:
    return date.toString("yyyy-MM") if date is not None and date.isValid() else ""


def display_locale() -> QLocale:
    """The locale numbers and months are written in: the system's, or the interface
    language's where the system gives only the bare "C" locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(ui_language())
    return locale


def format_month(value: Any, locale: QLocale | None = None) -> str:
    date = month_to_date(value)
    if date is None:
        return str(value or "")
    return (locale or display_locale()).toString(date, "MMM yyyy")


def format_money(value: Any, locale: QLocale | None = None) -> str:
    """An amount in EUR as the locale writes money, e.g. "1.250,00 €" in Italian."""
    return (locale or display_locale()).toCurrencyString(float(to_amount(value)), "€", 2)


def money_value(amount: float) -> int | float:
    """An amount as stored: cents kept, whole euros as an int (so 1200 stays 1200)."""
    rounded = round(max(float(amount), 0.0), 2)
    return int(rounded) if rounded.is_integer() else rounded


def choice_values(template: PlanTemplate, spec: FieldSpec) -> list[str]:
    return [c.value for c in template.choices.get(spec.choices or "", ())]


def normalise_value(template: PlanTemplate, spec: FieldSpec, value: Any) -> Any:
    """A value in the stored shape of its field, whatever an editor handed over."""
    if spec.type == "multichoice":
        chosen = {str(v) for v in (value or ())}
        known = choice_values(template, spec)
        return [v for v in known if v in chosen] + sorted(chosen - set(known))
    if spec.type == "money":
        return money_value(float(to_amount(value)))
    if spec.type == "month":
        if isinstance(value, QDate):
            return date_to_month(value)
        return date_to_month(month_to_date(value))
    if spec.type == "table":
        return [dict(item) for item in (value or ()) if isinstance(item, Mapping)]
    return "" if value is None else str(value)


def display_text(template: PlanTemplate, spec: FieldSpec, value: Any, language: str) -> str:
    """A field's value as the table shows it, labels in ``language``."""
    if spec.type == "choice":
        return template.choice_label(spec.choices or "", str(value), language) if value else ""
    if spec.type == "multichoice":
        return ", ".join(template.choice_label(spec.choices or "", str(v), language)
                         for v in (value or ()))
    if spec.type == "month":
        return format_month(value)
    if spec.type == "money":
        return format_money(value)
    if spec.type == "table":
        count = len(value or ())
        return ActionValues().items(count) if count else ""
    text = "" if value is None else str(value)
    if spec.type == "longtext" and "\n" in text:
        return text.split("\n", 1)[0] + " …"
    return text


def new_item(spec: FieldSpec) -> dict[str, Any]:
    """An empty row of a nested table, with a fresh id."""
    item: dict[str, Any] = {"id": str(uuid.uuid4())}
    item.update({f.key: f.empty_value() for f in spec.item_fields})
    return item


class ActionValues(QObject):
    """Words with a plural. pyside6-lupdate makes a plural (numerus) entry of a tr() call
    with a count, but not of QCoreApplication.translate with one, so they live here."""

    def items(self, count: int) -> str:
        return self.tr("%n item(s)", "", count)
