"""The actions of a plan: a toolbar, the table of actions, and the detail form of one.

Reads and writes go through the ServiceRunner; every write is an undo command on the
window's shared undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.model import Action
from inclucities_core.template import PlanTemplate, load_template
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.action_commands import (
    ActionCommandContext,
    AddActionCommand,
    DeleteActionCommand,
    DuplicateActionCommand,
    MoveActionCommand,
    SetActionFieldCommand,
)
from inclucities_desktop.ui.action_delegates import FieldDelegate
from inclucities_desktop.ui.action_detail import ActionDetail
from inclucities_desktop.ui.actions_model import ActionsTableModel
from inclucities_desktop.ui.i18n import ui_language
from inclucities_desktop.ui.task_runner import ServiceRunner

# Widest a column grows when fitted to its contents, by field type (in pixels).
_MAX_WIDTH = {"title": 340, "text": 260, "choice": 170, "multichoice": 260, "month": 100,
              "money": 130}
_MIN_SHRUNK = 120  # narrowest a text column gets before the table scrolls sideways


class ActionsView(QWidget):
    changed = Signal(str)  # plan_id: an action was added, changed, moved or deleted
    loaded = Signal(str)  # plan_id: the table holds the plan's actions
    actionRevealed = Signal(str, str)  # plan_id, action_id: undo/redo showed this action

    def __init__(self, runner: ServiceRunner, services: WorkspaceServices,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services = services
        self._undo_stack = undo_stack
        self._plan_id: str | None = None
        self._template: PlanTemplate | None = None
        self._read_only = False
        self._to_select: str | None = None
        self._fitted: list[int] = []
        self._splitter_placed = False
        self._edit_when_added: str | None = None
        self._loading = 0  # bumps with each show_plan, so a late answer is ignored
        self._context = ActionCommandContext(
            runner=runner, service=services.actions, applied=self._on_applied,
            removed=self._on_removed, failed=self._on_failed,
        )

        self.model = ActionsTableModel(self)
        self.model.edit_handler = self._edit
        self.delegate = FieldDelegate(self)
        self.delegate.completions = self.model.distinct_values

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setAccessibleName(self.tr("Actions of the plan"))
        self.table.setAccessibleDescription(self.tr(
            "One row per action; Alt+Up and Alt+Down move the selected action, Ctrl+Tab goes "
            "on to its details"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()  # the code column names the rows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)

        self.detail = ActionDetail()
        self.detail.set_completions(self.model.distinct_values)
        self.detail.fieldEdited.connect(self._on_detail_edited)

        self._make_actions()
        self.toolbar = QToolBar(self.tr("Actions"))
        self.toolbar.setAccessibleName(self.tr("Action tools"))
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.add_action, self.duplicate_action, None, self.move_up_action,
                       self.move_down_action, None, self.delete_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.dataChanged.connect(self._on_model_data_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.rowsMoved, self.model.modelReset):
            signal.connect(self._update_actions)
        self._update_actions()

    def _make_actions(self) -> None:
        style = self.style()

        def make(text: str, tip: str, shortcut: QKeySequence, icon: QStyle.StandardPixmap,
                 slot: Any, table_only: bool = False) -> QAction:
            action = QAction(style.standardIcon(icon), text, self)
            action.setShortcut(shortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})")
            # Moves and Delete act on the table only, so editors keep their own keys.
            if table_only:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.table.addAction(action)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(slot)
            return action

        pixmap = QStyle.StandardPixmap
        self.add_action = make(self.tr("Add"), self.tr("Add an action after the selected one"),
                               QKeySequence("Ctrl+Shift+N"), pixmap.SP_FileDialogNewFolder,
                               self.add_new)
        self.duplicate_action = make(self.tr("Duplicate"), self.tr("Duplicate the selected action"),
                                     QKeySequence("Ctrl+D"), pixmap.SP_FileDialogContentsView,
                                     self.duplicate_selected)
        self.move_up_action = make(self.tr("Move up"), self.tr("Move the selected action up"),
                                   QKeySequence("Alt+Up"), pixmap.SP_ArrowUp,
                                   lambda: self.move_selected(-1), table_only=True)
        self.move_down_action = make(self.tr("Move down"),
                                     self.tr("Move the selected action down"),
                                     QKeySequence("Alt+Down"), pixmap.SP_ArrowDown,
                                     lambda: self.move_selected(1), table_only=True)
        self.delete_action = make(self.tr("Delete"),
                                  self.tr("Delete the selected action (can be undone)"),
                                  QKeySequence(QKeySequence.StandardKey.Delete),
                                  pixmap.SP_TrashIcon, self.delete_selected, table_only=True)
        for action in (self.add_action, self.duplicate_action, self.move_up_action,
                       self.move_down_action, self.delete_action):
            action.setStatusTip(action.toolTip())

    # -- the interface the window uses --------------------------------------------------------

    @property
    def plan_id(self) -> str | None:
        return self._plan_id

    def show_plan(self, plan_id: str) -> None:
        """Show the plan's actions (read on the worker; the table fills when they arrive)."""
        self.detail.commit_pending()
        if plan_id != self._plan_id:
            self._to_select = None
            self.detail.show_action(None)
            self.model.clear()
        self._plan_id = plan_id
        self._loading += 1
        ticket = self._loading
        plans, actions = self._services.plans, self._services.actions

        def read() -> tuple[PlanTemplate, list[Action]]:
            plan = plans.get(plan_id)
            return load_template(plan.template_version), actions.list(plan_id)

        self._runner.run(read, on_done=lambda result: self._on_loaded(ticket, plan_id, *result))

    def select_action(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row < 0:
            self._to_select = action_id  # not loaded yet: select it when it arrives
            return
        self._select_row(row)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.model.set_read_only(read_only)
        self.detail.set_read_only(read_only)
        self._update_actions()

    def flush(self) -> None:
        """Write what the detail form holds but has not written yet (before closing)."""
        self.detail.commit_pending()

    def selected_action_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.action_at(index.row()).id if index.isValid() else None

    # -- loading -----------------------------------------------------------------------------

    def _on_loaded(self, ticket: int, plan_id: str, template: PlanTemplate,
                   actions: list[Action]) -> None:
        if ticket != self._loading:
            return
        language = ui_language()
        keep = self._to_select or self.selected_action_id()
        if template is not self._template:
            self._template = template
            self.model.set_template(template, language)
            self.delegate.template = template
            self.delegate.language = language
            self.detail.set_template(template, language)
        self.model.set_actions(actions)
        self._fit_columns()
        self._place_splitter()
        self._to_select = None
        row = self.model.row_of(keep) if keep else -1
        if row >= 0 or self.model.rowCount():
            self._select_row(max(row, 0))
        else:
            self.detail.show_action(None)
        self._update_actions()
        self.loaded.emit(plan_id)

    def _fit_columns(self) -> None:
        """Fit each column to its contents, within a limit that depends on its field type."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self._fitted = [
            min(max(header.sectionSize(c), header.sectionSizeHint(c)),
                _MAX_WIDTH.get(spec.type if spec.key != "title" else "title", 200))
            for c, spec in enumerate(self.model.columns)
        ]
        self._share_width()

    def _share_width(self) -> None:
        """Give spare room to the title; when short of room, narrow the wide text columns."""
        widths = list(self._fitted)
        if not widths:
            return
        title = self.model.column_of("title")
        room = self.table.viewport().width()
        spare = room - sum(widths)
        if spare > 0 and title >= 0:
            widths[title] += spare
        elif spare < 0:
            wide = [c for c, spec in enumerate(self.model.columns)
                    if spec.type in ("text", "multichoice") and c != title
                    and widths[c] > _MIN_SHRUNK]
            slack = sum(widths[c] - _MIN_SHRUNK for c in wide)
            cut = min(-spare, slack)
            shares = {c: cut * (widths[c] - _MIN_SHRUNK) // slack for c in wide} if slack else {}
            if shares:  # what rounding left over comes off the widest column
                shares[max(wide, key=lambda c: widths[c])] += cut - sum(shares.values())
            for c, share in shares.items():
                widths[c] -= share
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _place_splitter(self) -> None:
        """The first time a plan shows: the table as tall as its rows (a few), the form below."""
        if self._splitter_placed or self.height() <= 0:
            return
        self._splitter_placed = True
        rows = min(max(self.model.rowCount(), 3), 10) + 1  # and room for a scroll bar
        table = (self.table.horizontalHeader().sizeHint().height()
                 + rows * self.table.verticalHeader().defaultSectionSize()
                 + 2 * self.table.frameWidth() + 4)
        total = sum(self.splitter.sizes()) or self.height()
        self.splitter.setSizes([table, max(total - table, 200)])

    # -- selection ---------------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and current.row() == row:
            self._show_detail(row)
            return
        column = current.column() if current.isValid() else 0
        index = self.model.index(row, max(column, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current.row() if current.isValid() else -1)
        self._update_actions()

    def _show_detail(self, row: int) -> None:
        self.detail.show_action(self.model.action_at(row) if 0 <= row < self.model.rowCount()
                                else None)

    def _on_model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                               _roles: Any = None) -> None:
        current = self.table.currentIndex()
        if current.isValid() and top_left.row() <= current.row() <= bottom_right.row():
            self.detail.update_action(self.model.action_at(current.row()))

    def _update_actions(self, *_args: Any) -> None:
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        editable = self._plan_id is not None and not self._read_only
        self.add_action.setEnabled(editable and self._template is not None)
        self.duplicate_action.setEnabled(editable and row >= 0)
        self.delete_action.setEnabled(editable and row >= 0)
        self.move_up_action.setEnabled(editable and row > 0)
        self.move_down_action.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    # -- commands ----------------------------------------------------------------------------

    def add_new(self) -> None:
        if self._plan_id is None or self._read_only or self._template is None:
            return
        self.detail.commit_pending()
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        index = row + 1 if row >= 0 else None
        command = AddActionCommand(self._context, self._plan_id, index=index)
        self._edit_when_added = command.action_id  # then type its code straight away
        self._undo_stack.push(command)

    def duplicate_selected(self) -> None:
        action_id = self.selected_action_id()
        if self._plan_id is None or self._read_only or action_id is None:
            return
        self.detail.commit_pending()
        self._undo_stack.push(DuplicateActionCommand(self._context, self._plan_id, action_id))

    def move_selected(self, step: int) -> None:
        action_id = self.selected_action_id()
        if self._plan_id is None or self._read_only or action_id is None:
            return
        old = self.model.row_of(action_id)
        new = old + step
        if not 0 <= new < self.model.rowCount():
            return
        self.detail.commit_pending()
        self._undo_stack.push(MoveActionCommand(self._context, self._plan_id, action_id, old, new))

    def delete_selected(self) -> None:
        action_id = self.selected_action_id()
        if self._plan_id is None or self._read_only or action_id is None:
            return
        self.detail.commit_pending()
        self._undo_stack.push(DeleteActionCommand(self._context, self._plan_id, action_id))

    def _edit(self, action_id: str, key: str, old: Any, new: Any) -> None:
        """An edit from a table cell (the model already shows it): make it an undo step."""
        if self._plan_id is None or self._template is None:
            return
        spec = self._template.action_field(key)
        self._undo_stack.push(SetActionFieldCommand(
            self._context, self._plan_id, action_id, key, old, new, spec.label(ui_language()),
            merge_typing=spec.type in ("text", "longtext")))

    def _on_detail_edited(self, action_id: str, key: str, old: Any, new: Any) -> None:
        if self._read_only:
            return
        self.model.apply_locally(action_id, key, new)
        self._edit(action_id, key, old, new)

    # -- answers from the workspace -------------------------------------------------------------

    def _on_applied(self, action: Action, reveal: bool) -> None:
        if action.plan_id != self._plan_id:
            self.changed.emit(action.plan_id)
            return
        if reveal and self.detail.action_id == action.id:
            # Undo and redo win over what the form shows, even in the field being edited.
            self.detail.update_action(action, force=True)
        row = self.model.upsert(action)
        if reveal and row >= 0:
            self._select_row(row)
            self.actionRevealed.emit(action.plan_id, action.id)
        if action.id == self._edit_when_added:
            self._edit_when_added = None
            first = self.model.index(row, 0)
            self.table.setCurrentIndex(first)
            self.table.setFocus()
            self.table.edit(first)
        self._update_actions()
        self.changed.emit(action.plan_id)

    def _on_removed(self, plan_id: str, action_id: str) -> None:
        if plan_id == self._plan_id:
            row = self.model.row_of(action_id)
            was_current = row >= 0 and row == self.table.currentIndex().row()
            self.model.remove(action_id)
            if was_current and self.model.rowCount():
                self._select_row(min(row, self.model.rowCount() - 1))
            elif not self.model.rowCount():
                self.detail.show_action(None)
            self._update_actions()
        self.changed.emit(plan_id)

    def _on_failed(self, action_id: str, error: BaseException) -> None:
        # What the view shows may be ahead of the workspace now: read the truth again.
        if self._plan_id is not None:
            self.show_plan(self._plan_id)
        self._runner.failed.emit(error)
