"""The detail form of one action: every template field, the nested lists as small tables.

The form is built from the plan template, so a new field in the template appears here by
itself. It does not write anything: it emits ``fieldEdited`` and the actions view turns
that into an undo step.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.model import Action
from inclucities_core.template import FieldSpec, PlanTemplate
from inclucities_desktop.ui.action_delegates import (
    ChecklistEdit,
    FieldDelegate,
    FieldEditor,
    LongTextEdit,
    TextEdit,
    create_field_editor,
)
from inclucities_desktop.ui.action_values import normalise_value
from inclucities_desktop.ui.actions_model import NestedItemsModel

Completions = Callable[[str], list[str]]

FORM_COLUMNS = 3
MAX_VISIBLE_ROWS = 8
WIDE_TABLE_COLUMNS = 4  # a nested table with more columns gets the form's full width
TYPING_PAUSE_MS = 700  # a text is written this long after the last keystroke


class NestedTableEditor(QGroupBox):
    """One list of an action (partners, funding lines, ...) as a compact editable table."""

    def __init__(self, template: PlanTemplate, spec: FieldSpec, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(spec.label(language), parent)
        self.spec = spec
        self.model = NestedItemsModel(template, spec, language, self)
        self.delegate = FieldDelegate(self)
        self.delegate.template = template
        self.delegate.language = language

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setAccessibleName(spec.label(language))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.add_action = QAction(self.tr("Add row"), self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_action.triggered.connect(self.add_row)
        self.remove_action = QAction(self.tr("Remove row"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_rows)
        self.view.addAction(self.add_action)
        self.view.addAction(self.remove_action)

        self.add_button = self._button(self.add_action, "+",
                                       self.tr("Add a row to “{0}”").format(spec.label(language)))
        self.remove_button = self._button(
            self.remove_action, "−",
            self.tr("Remove the selected rows of “{0}”").format(spec.label(language)))

        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.view, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)

        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._fit_height)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._read_only = False
        self._fit_height()

    def _button(self, action: QAction, text: str, tip: str) -> QToolButton:
        action.setIconText(text)  # the button shows the sign; the action keeps its words
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolTip(tip)
        button.setAccessibleName(action.text())
        button.setAutoRaise(True)
        return button

    def set_items(self, items: Sequence[Any]) -> None:
        self.model.set_items([i for i in items if isinstance(i, dict)])
        self._fit_columns()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.model.set_read_only(read_only)
        self.add_action.setEnabled(not read_only)
        self._update_buttons()

    def add_row(self) -> None:
        if self._read_only:
            return
        row = self.model.add_item()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_rows(self) -> None:
        if self._read_only:
            return
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        self.model.remove_rows(rows)
        if self.model.rowCount():
            row = min(min(rows, default=0), self.model.rowCount() - 1)
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self) -> None:
        has_rows = bool(self.view.selectionModel().selectedRows())
        self.remove_action.setEnabled(has_rows and not self._read_only)

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            spec = self.spec.item_fields[column]
            self.view.resizeColumnToContents(column)
            floor = 150 if spec.type in ("text", "longtext") else 110
            header.resizeSection(column, max(floor, min(header.sectionSize(column), 260)))

    def _fit_height(self) -> None:
        """Tall enough for every row (up to a few), so the form scrolls, not each table."""
        rows = min(max(self.model.rowCount(), 2), MAX_VISIBLE_ROWS)
        row_height = self.view.verticalHeader().defaultSectionSize()
        height = (self.view.horizontalHeader().sizeHint().height() + rows * row_height
                  + 2 * self.view.frameWidth() + 2)
        self.view.setFixedHeight(height)
        self._update_buttons()


class ActionDetail(QWidget):
    """Every field of the selected action."""

    fieldEdited = Signal(str, str, object, object)  # action_id, key, old value, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template: PlanTemplate | None = None
        self._language = "en"
        self._action: Action | None = None
        self._read_only = False
        self._editors: dict[str, FieldEditor] = {}
        self._tables: dict[str, NestedTableEditor] = {}
        self._pauses: dict[str, QTimer] = {}
        self._completions: Completions | None = None

        self.placeholder = QLabel(self.tr("Select an action to see and edit all its fields."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_area.setAccessibleName(self.tr("Action details"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.form_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- building the form from the template -------------------------------------------------

    def set_template(self, template: PlanTemplate, language: str) -> None:
        if template is self._template and language == self._language:
            return
        self._template = template
        self._language = language
        self._editors.clear()
        self._tables.clear()
        self._pauses.clear()
        old = self.form_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form_area.setWidget(self._build_form(template, language))
        self.set_read_only(self._read_only)
        self.show_action(None)

    def _build_form(self, template: PlanTemplate, language: str) -> QWidget:
        form = QWidget()
        outer = QVBoxLayout(form)
        outer.setContentsMargins(8, 8, 8, 8)

        scalar = [f for f in template.action_fields if f.type not in ("longtext", "table")]
        columns = QHBoxLayout()
        columns.setSpacing(24)
        for chunk in _split_by_height(template, scalar, FORM_COLUMNS):
            column = QFormLayout()
            column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            column.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            column.setVerticalSpacing(6)
            for spec in chunk:
                editor = self._make_editor(template, spec, language)
                label = QLabel(spec.label(language) + ":")
                label.setBuddy(editor)
                column.addRow(label, editor)
            columns.addLayout(column, 1)
        outer.addLayout(columns)

        long_fields = [f for f in template.action_fields if f.type == "longtext"]
        if long_fields:
            texts = QHBoxLayout()
            texts.setSpacing(18)
            for spec in long_fields:
                box = QVBoxLayout()
                editor = self._make_editor(template, spec, language)
                label = QLabel(spec.label(language) + ":")
                label.setBuddy(editor)
                box.addWidget(label)
                box.addWidget(editor)
                texts.addLayout(box, 1)
            outer.addLayout(texts)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        # Two narrow tables side by side; a wide one (many columns) takes a whole row.
        next_row, half_open = 0, None
        top = Qt.AlignmentFlag.AlignTop
        for spec in (f for f in template.action_fields if f.type == "table"):
            table = NestedTableEditor(template, spec, language)
            table.model.itemsEdited.connect(
                lambda items, key=spec.key: self._on_items_edited(key, items))
            self._tables[spec.key] = table
            if len(spec.item_fields) > WIDE_TABLE_COLUMNS:
                grid.addWidget(table, next_row, 0, 1, 2, top)
                next_row += 1
            elif half_open is not None:
                grid.addWidget(table, half_open, 1, top)
                half_open = None
            else:
                grid.addWidget(table, next_row, 0, top)
                half_open, next_row = next_row, next_row + 1
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        return form

    def _make_editor(self, template: PlanTemplate, spec: FieldSpec, language: str) -> QWidget:
        editor = create_field_editor(template, spec, language)
        editor.committed.connect(lambda key=spec.key: self._commit(key))
        if isinstance(editor, (TextEdit, LongTextEdit)):
            # Typing is written after a short pause too, so a crash loses at most that.
            pause = QTimer(editor)
            pause.setSingleShot(True)
            pause.setInterval(TYPING_PAUSE_MS)
            pause.timeout.connect(lambda key=spec.key: self._commit(key))
            typed = editor.textEdited if isinstance(editor, TextEdit) else editor.textChanged
            typed.connect(pause.start)
            self._pauses[spec.key] = pause
        if isinstance(editor, TextEdit):
            editor.setMinimumWidth(160)
        if isinstance(editor, LongTextEdit):
            editor.setMinimumHeight(editor.sizeHint().height())
        if isinstance(editor, ChecklistEdit):
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._editors[spec.key] = editor
        return editor

    # -- showing an action -------------------------------------------------------------------

    @property
    def action_id(self) -> str | None:
        return self._action.id if self._action else None

    def editor(self, key: str) -> FieldEditor:
        return self._editors[key]

    def table(self, key: str) -> NestedTableEditor:
        return self._tables[key]

    def set_completions(self, completions: Completions | None) -> None:
        self._completions = completions

    def show_action(self, action: Action | None) -> None:
        """Show another action (or none); edits not yet written are written first."""
        if action is not None and self._action is not None and action.id == self._action.id:
            self.update_action(action)
            return
        self.commit_pending()
        self._action = action
        if action is None or self._template is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        for key, editor in self._editors.items():
            self._fill(key, editor, action)
        for key, table in self._tables.items():
            table.set_items(action.get(key) or [])
        self.stack.setCurrentWidget(self.form_area)

    def update_action(self, action: Action, *, force: bool = False) -> None:
        """A newer copy of the shown action: change only the fields that changed.

        The field being edited keeps what the user typed (an answer to an earlier write
        may arrive while they type on), unless ``force`` (an undo or redo).
        """
        if self._action is None or action.id != self._action.id:
            self.show_action(action)
            return
        before, self._action = self._action, action
        for key, editor in self._editors.items():
            changed = before.get(key) != action.get(key)
            editing = _has_focus(editor)
            if (changed or force) and (force or not editing):
                self._fill(key, editor, action)
        for key, table in self._tables.items():
            if before.get(key) != action.get(key):
                table.set_items(action.get(key) or [])

    def _fill(self, key: str, editor: FieldEditor, action: Action) -> None:
        assert self._template is not None
        spec = self._template.action_field(key)
        value = action.get(key, spec.empty_value())
        if normalise_value(self._template, spec, editor.value()) == value:
            return  # already shown: keep the cursor where it is
        editor.blockSignals(True)
        try:
            editor.set_value(value)
        finally:
            editor.blockSignals(False)
        if isinstance(editor, TextEdit) and self._completions is not None:
            editor.set_completions(self._completions(key))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self._editors.values():
            editor.set_read_only(read_only)
        for table in self._tables.values():
            table.set_read_only(read_only)

    # -- edits -------------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Write every field whose editor differs from the action (before switching away)."""
        for key in self._editors:
            self._commit(key)

    def _commit(self, key: str) -> None:
        pause = self._pauses.get(key)
        if pause is not None:
            pause.stop()
        if self._action is None or self._template is None or self._read_only:
            return
        spec = self._template.action_field(key)
        old = self._action.get(key, spec.empty_value())
        new = normalise_value(self._template, spec, self._editors[key].value())
        if new != old:
            self.fieldEdited.emit(self._action.id, key, copy.deepcopy(old), new)

    def _on_items_edited(self, key: str, items: list[dict[str, Any]]) -> None:
        if self._action is None or self._read_only:
            return
        old = self._action.get(key) or []
        if items != old:
            self.fieldEdited.emit(self._action.id, key, copy.deepcopy(list(old)), items)


def _has_focus(editor: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is editor or editor.isAncestorOf(focused))


def _split_by_height(template: PlanTemplate, fields: list[FieldSpec],
                     columns: int) -> list[list[FieldSpec]]:
    """Fields in template order, cut into ``columns`` runs of about the same height."""
    def height(spec: FieldSpec) -> float:
        if spec.type == "multichoice":  # a row per choice, each about half a line edit
            return 0.5 + 0.5 * len(template.choices.get(spec.choices or "", ()))
        return 1.0

    total = sum(height(f) for f in fields)
    chunks: list[list[FieldSpec]] = [[]]
    filled = 0.0
    for spec in fields:
        target = total * len(chunks) / columns
        if (chunks[-1] and len(chunks) < columns
                and abs(filled + height(spec) - target) > abs(filled - target)):
            chunks.append([])
        chunks[-1].append(spec)
        filled += height(spec)
    return chunks
