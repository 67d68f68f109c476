"""The coordinator overview's table: one immutable OverviewRow per plan, and its filter.

Sorting reads SORT_ROLE, so numbers sort as numbers, completeness by its share of the
template, statuses in workflow order and the last change as a moment in time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPainter, QPixmap

from inclucities_desktop.services.overview import OverviewRow
from inclucities_desktop.ui.labels import status_label
from inclucities_desktop.ui.plan_list_model import format_timestamp
from inclucities_desktop.ui.review_labels import status_colour, status_rank

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 4  # (complete, total) for the bar

PLAN, CITY, MENTOR, STATUS, COMPLETENESS, OPEN, UNREAD, LAST_CHANGE = range(8)
_NUMBERS = (OPEN, UNREAD)


def status_swatch(status: str) -> QPixmap:
    """A round mark in the status chip's colour, so the column reads at a glance."""
    size = 12
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    palette = QGuiApplication.palette()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(status_colour(status, palette, 0.9))
    painter.setBrush(status_colour(status, palette, 0.6))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


def _moment(value: str) -> QDateTime:
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
    return moment if moment.isValid() else QDateTime.fromString(value, Qt.DateFormat.ISODate)


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OverviewRow] = []

    def set_rows(self, rows: list[OverviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, plan_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.plan_id == plan_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Plan"), self.tr("City"), self.tr("Mentor city"),
                    self.tr("Status"), self.tr("Drafted sections"), self.tr("Open comments"),
                    self.tr("Unread"), self.tr("Last change"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COMPLETENESS:
            return self.tr("Sections drafted out of the template's sections")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COMPLETENESS:
                return self.tr("{0} of {1} sections drafted, {2} started").format(
                    row.sections_complete, row.sections_total, row.sections_started)
            if column == STATUS and row.step_pending:
                return self.tr("A review step of this plan waits for the next sync")
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_swatch(row.status)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (*_NUMBERS, COMPLETENESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PLAN_ID_ROLE:
            return row.plan_id
        if role == STATUS_ROLE:
            return row.status
        if role == COMPLETE_ROLE:
            return (row.sections_complete, row.sections_total)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        return None

    def _text(self, row: OverviewRow, column: int) -> str:
        if column == PLAN:
            return row.title
        if column == CITY:
            return row.city_name
        if column == MENTOR:
            return row.mentor_city_name or ""
        if column == STATUS:
            label = status_label(row.status)
            return self.tr("{0} (step waits for sync)").format(label) if row.step_pending \
                else label
        if column == COMPLETENESS:
            return self.tr("{0}/{1}").format(row.sections_complete, row.sections_total)
        if column == OPEN:
            return str(row.open_comments)
        if column == UNREAD:
            return str(row.unread_comments)
        return format_timestamp(row.last_change)

    def _sort_key(self, row: OverviewRow, column: int) -> Any:
        if column == STATUS:
            return status_rank(row.status)
        if column == COMPLETENESS:
            share = row.sections_complete / row.sections_total if row.sections_total else 0.0
            return share + row.sections_started / 1000  # ties: the more started, the further
        if column == OPEN:
            return row.open_comments
        if column == UNREAD:
            return row.unread_comments
        if column == LAST_CHANGE:
            return _moment(row.last_change)
        return self._text(row, column).casefold()


class OverviewFilter(QSortFilterProxyModel):
    """Rows whose plan, city or mentor city hold the text, in the chosen status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._status is not None:
            status = model.index(source_row, STATUS, source_parent).data(STATUS_ROLE)
            if status != self._status:
                return False
        text = self.filterRegularExpression().pattern()
        if not text:
            return True
        needle = self.filterRegularExpression()
        return any(needle.match(str(model.index(source_row, column, source_parent).data()))
                   .hasMatch() for column in (PLAN, CITY, MENTOR))
