"""Editors for action fields, by template field type, and the delegate that uses them in tables.

One editor class per field type: the table cells and the detail form use the same ones.
Every editor has ``value()``, ``set_value(v)``, ``set_read_only(b)`` and a ``committed``
signal for "the user finished an edit" (the form writes the field then).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from inclucities_core.template import FieldSpec, PlanTemplate
from inclucities_desktop.ui.action_values import (
    date_to_month,
    display_locale,
    money_value,
    month_to_date,
)
from inclucities_desktop.ui.actions_model import FIELD_ROLE

Index = QModelIndex | QPersistentModelIndex
Completions = Callable[[str], list[str]]

EMPTY_MONTH = QDate(1900, 1, 1)  # the minimum date of a MonthEdit stands for "no month"
LAST_MONTH = QDate(2100, 12, 1)
MAX_AMOUNT = 999_999_999.99


class TextEdit(QLineEdit):
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.committed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def set_completions(self, values: list[str]) -> None:
        if not values:
            self.setCompleter(None)  # type: ignore[arg-type]
            return
        completer = QCompleter(values, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)


class LongTextEdit(QPlainTextEdit):
    """Plain multi-line text; the edit counts as finished when the focus leaves."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def sizeHint(self) -> QSize:
        return QSize(320, self.fontMetrics().lineSpacing() * 5 + 12)


class ChoiceEdit(QComboBox):
    """One value of a choice list, shown by its label in the interface language."""

    committed = Signal()

    def __init__(self, template: PlanTemplate, spec: FieldSpec, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if spec.default is None:
            self.addItem("—", "")  # the field may stay empty
        for choice in template.choices.get(spec.choices or "", ()):
            self.addItem(choice.label(language), choice.value)
        self.activated.connect(lambda _i: self.committed.emit())

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        index = self.findData(text)
        if index < 0 and text:  # a value the template no longer lists: keep it visible
            self.addItem(text, text)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ChecklistEdit(QListWidget):
    """Several values of a choice list, each a checkable row (a click anywhere toggles)."""

    committed = Signal()

    def __init__(self, template: PlanTemplate, spec: FieldSpec, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for choice in template.choices.get(spec.choices or "", ()):
            self._add(choice.label(language), choice.value)
        self.itemChanged.connect(self._on_item_changed)

    def _add(self, label: str, value: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(n) for n in range(self.count())]

    def value(self) -> list[str]:
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        chosen = [str(v) for v in (value or ())]
        self._filling = True
        try:
            known = {str(i.data(Qt.ItemDataRole.UserRole)) for i in self._items()}
            for extra in chosen:
                if extra not in known:
                    self._add(extra, extra)
            for item in self._items():
                checked = str(item.data(Qt.ItemDataRole.UserRole)) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def toggle(self, row: int) -> None:
        item = self.item(row)
        if item is not None and self.isEnabled():
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.committed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        before = item.checkState() if item is not None else None
        super().mouseReleaseEvent(event)
        # A click on the label, not only on the box, toggles the row.
        if (item is not None and event.button() == Qt.MouseButton.LeftButton
                and item.checkState() == before):
            self.toggle(self.row(item))

    def sizeHint(self) -> QSize:
        rows = max(self.count(), 1)
        height = self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2
        width = max((self.sizeHintForColumn(0), 120)) + 2 * self.frameWidth() + 4
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class MonthEdit(QDateEdit):
    """A month and year ("YYYY-MM"); shows "—" when empty, and Delete empties it."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, display_format: str = "MMMM yyyy") -> None:
        super().__init__(parent)
        self.setLocale(display_locale())
        self.setDisplayFormat(display_format)
        self.setDateRange(EMPTY_MONTH, LAST_MONTH)
        self.setSpecialValueText("—")
        self.setCalendarPopup(True)
        self.setDate(EMPTY_MONTH)
        self.setToolTip(self.tr("Month and year; Delete empties the field"))
        self.editingFinished.connect(self.committed)
        self.calendarWidget().clicked.connect(lambda _date: self.committed.emit())

    def value(self) -> str:
        date = self.date()
        return "" if date == EMPTY_MONTH else date_to_month(date)

    def set_value(self, value: Any) -> None:
        self.setDate(month_to_date(value) or EMPTY_MONTH)

    def clear_month(self) -> None:
        self.setDate(EMPTY_MONTH)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def stepBy(self, steps: int) -> None:
        if self.date() == EMPTY_MONTH:  # stepping out of "empty" starts from this month
            today = QDate.currentDate()
            self.setDate(QDate(today.year(), today.month(), 1))
            return
        if self.currentSection() == QDateEdit.Section.MonthSection:
            # December + 1 is January of the next year, not December again.
            stepped = self.date().addMonths(steps)
            if EMPTY_MONTH < stepped <= LAST_MONTH:
                self.setDate(stepped)
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.date() == EMPTY_MONTH and not self.isReadOnly():
            return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                    | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)
        return super().stepEnabled()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not self.isReadOnly():
            self.clear_month()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The calendar of an empty field opens on this month, not on January 1900.
        if self.date() == EMPTY_MONTH and not self.isReadOnly():
            self.calendarWidget().setCurrentPage(QDate.currentDate().year(),
                                                 QDate.currentDate().month())
        super().mousePressEvent(event)


class MoneyEdit(QDoubleSpinBox):
    """An amount in EUR: two decimals, never negative, written as the locale writes numbers."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(display_locale())
        self.setDecimals(2)
        self.setRange(0.0, MAX_AMOUNT)
        self.setSingleStep(100.0)
        self.setGroupSeparatorShown(True)
        self.setSuffix(" €")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccelerated(True)
        self.editingFinished.connect(self.committed)

    def value(self) -> int | float:
        return money_value(super().value())

    def set_value(self, value: Any) -> None:
        try:
            self.setValue(float(value or 0))
        except (TypeError, ValueError):
            self.setValue(0.0)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


FieldEditor = TextEdit | LongTextEdit | ChoiceEdit | ChecklistEdit | MonthEdit | MoneyEdit


def create_field_editor(template: PlanTemplate, spec: FieldSpec, language: str,
                        parent: QWidget | None = None, *, compact: bool = False) -> FieldEditor:
    """The editor for a field of ``spec.type``; ``compact`` for a table cell."""
    editor: FieldEditor
    if spec.type == "choice":
        editor = ChoiceEdit(template, spec, language, parent)
    elif spec.type == "multichoice":
        editor = ChecklistEdit(template, spec, language, parent)
    elif spec.type == "month":
        editor = MonthEdit(parent, "MMM yyyy" if compact else "MMMM yyyy")
    elif spec.type == "money":
        editor = MoneyEdit(parent)
    elif spec.type == "longtext":
        editor = LongTextEdit(parent)
    else:
        editor = TextEdit(parent)
    editor.setAccessibleName(spec.label(language))
    return editor


class FieldDelegate(QStyledItemDelegate):
    """Edits a table cell with the editor of its column's field type (via FIELD_ROLE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: PlanTemplate | None = None
        self.language = "en"
        self.completions: Completions | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        spec = index.data(FIELD_ROLE)
        if self.template is None or not isinstance(spec, FieldSpec):
            return super().createEditor(parent, option, index)
        editor = create_field_editor(self.template, spec, self.language, parent, compact=True)
        if isinstance(editor, TextEdit) and self.completions is not None:
            editor.set_completions(self.completions(spec.key))
        if isinstance(editor, ChoiceEdit):
            editor.committed.connect(lambda: self._commit_and_close(editor))
        if isinstance(editor, (ChecklistEdit, LongTextEdit)):
            editor.setAutoFillBackground(True)  # it stands over the rows below the cell
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, FieldEditor):
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        if isinstance(editor, FieldEditor):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, (ChecklistEdit, LongTextEdit)):
            # Taller than the row: open downwards, or upwards when the view ends first.
            hint = editor.sizeHint()
            rect.setWidth(max(rect.width(), hint.width()))
            rect.setHeight(max(rect.height(), hint.height()))
            holder = editor.parentWidget()
            area = holder.rect() if holder is not None else rect
            if rect.bottom() > area.bottom():
                rect.moveBottom(max(area.bottom(), rect.height() - 1))
            if rect.right() > area.right():
                rect.moveRight(max(area.right(), rect.width() - 1))
        else:
            rect.setWidth(max(rect.width(), editor.minimumSizeHint().width()))
        editor.setGeometry(rect)
