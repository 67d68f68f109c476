"""The plan's review status as a small coloured chip beside its title."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from inclucities_desktop.ui.labels import status_label
from inclucities_desktop.ui.review_labels import status_colour


class StatusChip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._pending = False
        self.setAccessibleName(self.tr("Review status"))
        self.setAccessibleDescription(self.tr(
            "Where the plan stands in the review; the Review menu holds the next steps"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    @property
    def status(self) -> str:
        return self._status

    def set_status(self, status: str) -> None:
        self._status = status
        self._show()

    def set_pending(self, pending: bool) -> None:
        """A review step of this plan waits for the next sync."""
        self._pending = pending
        self._show()

    def _show(self) -> None:
        text = status_label(self._status) if self._status else ""
        if self._pending:
            text = self.tr("{0} · a step waits for sync").format(text)
        self.setText(text)
        self.setVisible(bool(self._status))
        self._paint()

    def _paint(self) -> None:
        # The application's palette: the widget's own carries the sheet's colours.
        palette = QApplication.palette()
        background = status_colour(self._status, palette)
        border = status_colour(self._status, palette, 0.7)
        text = palette.color(QPalette.ColorRole.WindowText)
        # Only the chip's own colours, all derived from the palette: dark mode follows.
        sheet = (f"QLabel {{ background: {background.name()}; color: {text.name()};"
                 f" border: 1px solid {border.name()}; border-radius: 9px; padding: 2px 9px; }}")
        if sheet != self.styleSheet():  # a new sheet changes the palette: no loop
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint()
