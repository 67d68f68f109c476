"""The plan list: a Qt model over immutable PlanSummary rows, refreshed through the runner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from inclucities_core.model import PlanSummary
from inclucities_desktop.ui.action_values import display_locale
from inclucities_desktop.ui.labels import language_name, status_label


def format_timestamp(value: str) -> str:
    """A stored ISO 8601 time as the user's locale writes date and time, in local time."""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value
    return display_locale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class PlanListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanSummary] = []
        self._unread: dict[str, int] = {}  # plan id -> comments not read here yet

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{row.city_name} · {status_label(row.status)}" + self._news(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PlanListModel", "{0}\nCity: {1}\nLanguage: {2}\nStatus: {3}\nLast changed: {4}"
            ).format(row.title, row.city_name, language_name(row.language),
                     status_label(row.status), format_timestamp(row.updated_at))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}, {row.city_name}, {status_label(row.status)}" + self._news(row)
        if role == PLAN_ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row
        return None

    def set_plans(self, rows: list[PlanSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_unread_comments(self, counts: dict[str, int]) -> None:
        if counts != self._unread:
            self._unread = dict(counts)
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _news(self, row: PlanSummary) -> str:
        count = self._unread.get(row.id, 0)
        if not count:
            return ""
        # tr(), not QCoreApplication.translate: lupdate sees plurals only in tr() calls.
        return " · " + self.tr("%n new comment(s)", "", count)

    def row_of(self, plan_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == plan_id:
                return number
        return -1

    def summary(self, plan_id: str) -> PlanSummary | None:
        row = self.row_of(plan_id)
        return self._rows[row] if row >= 0 else None
