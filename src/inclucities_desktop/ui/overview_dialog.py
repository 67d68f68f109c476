"""Review → Coordinator overview: every plan at a glance, sortable and filterable.

For a coordinator it is the whole programme; for a city member the plans they may read.
Enter or a double click opens the plan in the main window (``planRequested``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inclucities_desktop.services.overview import OverviewRow
from inclucities_desktop.ui.labels import status_label
from inclucities_desktop.ui.overview_model import (
    COMPLETE_ROLE,
    COMPLETENESS,
    LAST_CHANGE,
    PLAN_ID_ROLE,
    OverviewFilter,
    OverviewModel,
)
from inclucities_desktop.ui.review_labels import STATUS_ORDER

Index = QModelIndex | QPersistentModelIndex


class CompletenessBar(QStyledItemDelegate):
    """Drafted sections as the style's own progress bar, "9/13" written on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        done, total = index.data(COMPLETE_ROLE) or (0, 0)
        # The row's selection and focus first, then the bar inside the cell.
        self._background(painter, option, index)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 4, -4, -4)
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = done
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        # Without State_Horizontal the style draws a vertical bar squeezed into the cell.
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def _background(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: Index) -> None:
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)


class OverviewDialog(QDialog):
    planRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coordinator overview"))
        self.resize(1180, 520)
        self.heading = QLabel()
        self.heading.setWordWrap(True)

        self.model = OverviewModel(self)
        self.proxy = OverviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Plan or city"))
        self.filter_edit.setAccessibleName(self.tr("Filter plans by text"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter plans by status"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in STATUS_ORDER:
            self.status_combo.addItem(status_label(status), status.value)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        status_label_widget = QLabel(self.tr("&Status:"))
        status_label_widget.setBuddy(self.status_combo)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Plans"))
        self.table.setAccessibleDescription(self.tr(
            "One plan a row; a column header sorts, Enter opens the plan in the main window"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(COMPLETENESS, CompletenessBar(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.sortByColumn(LAST_CHANGE, Qt.SortOrder.DescendingOrder)
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(status_label_widget)
        filters.addWidget(self.status_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.filter_edit.textChanged.connect(self._filter_text)
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self._filter_status(self.status_combo.currentData()))
        self.table.activated.connect(self._open)

    def set_rows(self, rows: list[OverviewRow], role: str | None) -> None:
        """``role``: the account's ("coordinator", "member"), None where never signed in."""
        current = self.selected_plan_id()
        if role == "coordinator":
            heading = self.tr("Every plan of the programme, where it stands in the review.")
        elif role is None:
            heading = self.tr("Every plan in this workspace, where it stands in the review.")
        else:
            heading = self.tr("The plans you can read: your city's, and those your city "
                              "mentors.")
        self.heading.setText(heading)
        self.model.set_rows(rows)
        if current is not None:
            self.select_plan(current)
        self._count()

    def selected_plan_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(PLAN_ID_ROLE) if index.isValid() else None

    def select_plan(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)

    def plan_ids_shown(self) -> list[str]:
        """The plans in the order the table shows them (tests, accessibility checks)."""
        return [self.proxy.index(row, 0).data(PLAN_ID_ROLE)
                for row in range(self.proxy.rowCount())]

    def _filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._count()

    def _filter_status(self, status: Any) -> None:
        self.proxy.set_status(str(status or "") or None)
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("%n plan(s) shown", "", self.proxy.rowCount()))

    def _open(self, index: QModelIndex) -> None:
        plan_id = index.siblingAtColumn(0).data(PLAN_ID_ROLE)
        if plan_id:
            self.planRequested.emit(plan_id)
