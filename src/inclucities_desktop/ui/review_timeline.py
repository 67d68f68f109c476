"""Review → Review history: every step of the open plan, oldest first, with who and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inclucities_desktop.services.review import ReviewStep
from inclucities_desktop.ui.labels import status_label
from inclucities_desktop.ui.plan_list_model import format_timestamp
from inclucities_desktop.ui.review_labels import step_name

Index = QModelIndex | QPersistentModelIndex
STEP_ROLE = Qt.ItemDataRole.UserRole + 1

STEP, CHANGE, WHO, WHEN, NOTE = range(5)


class ReviewTimelineModel(QAbstractTableModel):
    """Immutable ReviewStep rows; pending steps say they wait, refused ones say why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[ReviewStep] = []

    def set_steps(self, steps: list[ReviewStep]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def step(self, row: int) -> ReviewStep:
        return self._steps[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Step"), self.tr("Status"), self.tr("By"), self.tr("When"),
                    self.tr("Note"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(step, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STEP:
            return self._icon(step)
        if role == STEP_ROLE:
            return step
        return None

    def _text(self, step: ReviewStep, column: int) -> str:
        if column == STEP:
            return step_name(step.action)
        if column == CHANGE:
            if step.refused:
                return self.tr("Refused by the server: {0}").format(step.refused)
            if step.pending:
                return self.tr("Waits for sync")
            return self.tr("{0} → {1}").format(status_label(step.from_status or ""),
                                               status_label(step.to_status or ""))
        if column == WHO:
            return step.actor_name
        if column == WHEN:
            if step.at:
                return format_timestamp(step.at)
            return self.tr("not taken") if step.refused else self.tr("waits for sync")
        return step.note or ""

    def _icon(self, step: ReviewStep) -> Any:
        owner = self.parent()
        if not isinstance(owner, QWidget):
            return None
        if step.refused:
            return owner.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if step.pending:
            return owner.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        return None


class ReviewTimelineDialog(QDialog):
    """A window beside the plan; ReviewUi refills it when the plan or its steps change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review history"))
        self.resize(1100, 420)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = ReviewTimelineModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Review steps"))
        self.table.setAccessibleDescription(self.tr(
            "The plan's review steps, oldest first: the step, the change of status, who, "
            "when and their note"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Step and status wrap in fixed widths, so the note keeps room to be read.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((STEP, 230), (CHANGE, 280), (WHO, 150), (WHEN, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No review step yet: the plan is a draft that was "
                                    "never submitted."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def show_steps(self, plan_title: str, status: str, steps: list[ReviewStep]) -> None:
        self.heading.setText(self.tr("<b>{0}</b> — now: {1}").format(
            plan_title.replace("&", "&amp;").replace("<", "&lt;"), status_label(status)))
        self.model.set_steps(steps)
        self.empty.setVisible(not steps)
