"""The editors of action fields: checkable lists, month pickers, money in EUR, choices."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from inclucities_core.template import load_template
from inclucities_desktop.ui.action_delegates import (
    ChecklistEdit,
    ChoiceEdit,
    MoneyEdit,
    MonthEdit,
    TextEdit,
    create_field_editor,
)
from inclucities_desktop.ui.actions_view import ActionsView

TEMPLATE = load_template(1)


@pytest.fixture
def italian_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    yield
    QLocale.setDefault(previous)


def _cell_editor(view: ActionsView, code: str, key: str) -> tuple[Any, Any, str]:
    row = next(r for r in range(view.model.rowCount()) if view.model.action_at(r).code == code)
    index = view.model.index(row, view.model.column_of(key))
    editor = view.delegate.createEditor(view.table.viewport(), QStyleOptionViewItem(), index)
    view.delegate.setEditorData(editor, index)
    return editor, index, view.model.action_at(row).id


def test_the_multichoice_editor_toggles_eu_areas(
    qtbot: Any, actions_view: ActionsView, services: Any
) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    editor, index, action_id = _cell_editor(view, "A1.2", "eu_areas")
    assert isinstance(editor, ChecklistEdit)
    assert editor.value() == ["education_training"]
    labels = [editor.item(n).text() for n in range(editor.count())]
    assert labels == ["Education and training", "Employment and skills", "Health", "Housing"]

    editor.toggle(3)  # Housing on
    editor.toggle(0)  # Education and training off
    editor.show()
    # A click on the label (not only on the box) toggles too.
    health = editor.visualItemRect(editor.item(2)).center()
    health.setX(editor.visualItemRect(editor.item(2)).right() - 4)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=health)
    assert editor.value() == ["health", "housing"]

    view.delegate.setModelData(editor, view.model, index)
    view._runner.wait_idle()
    assert services.actions.get(action_id).get("eu_areas") == ["health", "housing"]
    assert index.data() == "Health, Housing"
    stack.undo()
    view._runner.wait_idle()
    assert services.actions.get(action_id).get("eu_areas") == ["education_training"]
    editor.deleteLater()


def test_the_month_picker_stores_year_and_month(
    qtbot: Any, actions_view: ActionsView, services: Any
) -> None:
    view = actions_view
    editor, index, action_id = _cell_editor(view, "A3.1", "end_month")
    assert isinstance(editor, MonthEdit)
    assert editor.value() == ""  # empty is allowed, and shown as a dash
    assert editor.text() == "—"
    editor.setDate(QDate(2026, 4, 17))
    assert editor.value() == "2026-04"
    view.delegate.setModelData(editor, view.model, index)
    view._runner.wait_idle()
    assert services.actions.get(action_id).get("end_month") == "2026-04"

    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.value() == ""
    view.delegate.setModelData(editor, view.model, index)
    view._runner.wait_idle()
    assert services.actions.get(action_id).get("end_month") == ""


def test_an_empty_month_steps_to_this_month(qapp: Any) -> None:
    editor = MonthEdit()
    editor.stepBy(1)
    today = QDate.currentDate()
    assert editor.value() == f"{today.year():04d}-{today.month():02d}"
    editor.set_value("2024-12")
    editor.setCurrentSection(MonthEdit.Section.MonthSection)
    editor.stepBy(1)
    assert editor.value() == "2025-01"
    editor.stepBy(-2)
    assert editor.value() == "2024-11"


def test_months_and_money_follow_the_locale(qapp: Any, italian_locale: None) -> None:
    month = MonthEdit()
    month.set_value("2025-03")
    assert month.text() == "marzo 2025"
    money = MoneyEdit()
    money.set_value(12345.5)
    assert money.text() == "12.345,50 €"
    assert money.value() == 12345.5
    money.set_value(-10)
    assert money.value() == 0  # never negative
    money.set_value(12.345)
    assert money.text() == "12,35 €"  # two decimals


def test_each_field_type_has_its_editor(qapp: Any) -> None:
    def made(key: str) -> Any:
        return create_field_editor(TEMPLATE, TEMPLATE.action_field(key), "en")

    assert isinstance(made("title"), TextEdit)
    assert isinstance(made("action_type"), ChoiceEdit)
    assert isinstance(made("cross_cutting_areas"), ChecklistEdit)
    assert isinstance(made("start_month"), MonthEdit)
    assert made("lead_organisation").accessibleName() == "Lead organisation"
    priority = made("priority")
    assert [priority.itemText(n) for n in range(priority.count())] == ["High", "Medium", "Low"]
    kind = made("action_type")
    assert kind.itemData(0) == ""  # no default in the template: the field may stay empty
    kind.set_value("retired_type")  # a value the template no longer lists stays visible
    assert kind.value() == "retired_type"


def test_text_cells_offer_values_used_in_other_actions(actions_view: ActionsView) -> None:
    editor, _index, _id = _cell_editor(actions_view, "A1.2", "lead_organisation")
    assert isinstance(editor, TextEdit)
    completer = editor.completer()
    assert completer is not None
    completer.setCompletionPrefix("partinico")
    assert completer.completionCount() >= 4  # the municipality's offices
    editor.deleteLater()
