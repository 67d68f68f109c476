"""The section navigator's model: the template's sections with a completeness mark each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from inclucities_core.model import Completeness
from inclucities_desktop.ui.labels import completeness_label

SECTION_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_KIND_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SectionRow:
    key: str
    number: str
    title: str
    kind: str
    mark: Completeness


# Marks in green, amber and grey; the shape (empty, half, full) carries the meaning too.
# Each pair is (on a light palette, on a dark palette): dark tones vanish on a dark base.
_MARK_COLOURS = {
    Completeness.COMPLETE: ("#2e7d32", "#81c784"),
    Completeness.STARTED: ("#8a6d00", "#ffd54f"),
    Completeness.EMPTY: ("#757575", "#bdbdbd"),
}


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window's palette is a dark one (light text on a dark base)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def completeness_icon(mark: Completeness, size: int = 16, dark: bool = False) -> QIcon:
    """An empty, half-filled or filled circle: readable without colour, too.

    Drawn at 1x, 2x and 3x so that it stays sharp on high-DPI screens.
    """
    icon = QIcon()
    colour = QColor(_MARK_COLOURS[mark][1 if dark else 0])
    for ratio in (1, 2, 3):
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(2, 2, size - 4, size - 4)
        painter.setPen(QPen(colour, 1.6))
        painter.drawEllipse(box)
        if mark != Completeness.EMPTY:
            path = QPainterPath()
            if mark == Completeness.STARTED:
                path.moveTo(box.center())
                path.arcTo(box, 90, 180)  # the left half
                path.closeSubpath()
            else:
                path.addEllipse(box)
            painter.fillPath(path, colour)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class SectionListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SectionRow] = []
        # (mark, dark palette) -> icon, made on first use so a palette change is followed
        self._icons: dict[tuple[Completeness, bool], QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.number}. {row.title}"
        if role == Qt.ItemDataRole.DecorationRole:
            key = (row.mark, palette_is_dark())
            if key not in self._icons:
                self._icons[key] = completeness_icon(*key[:1], dark=key[1])
            return self._icons[key]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return completeness_label(row.mark)
        if role == SECTION_KEY_ROLE:
            return row.key
        if role == SECTION_KIND_ROLE:
            return row.kind
        return None

    def set_sections(self, rows: list[SectionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_marks(self, marks: dict[str, Completeness]) -> None:
        for number, row in enumerate(self._rows):
            mark = marks.get(row.key, row.mark)
            if mark != row.mark:
                self._rows[number] = SectionRow(row.key, row.number, row.title, row.kind, mark)
                index = self.index(number)
                self.dataChanged.emit(index, index)

    def row_of(self, key: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.key == key), -1)

    def row(self, number: int) -> SectionRow:
        return self._rows[number]
