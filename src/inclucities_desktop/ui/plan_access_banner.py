"""The notice above a plan the user may read and comment on, but not change.

A mentor reads the paired mentee city's plan, a coordinator reads every plan, and an
approved plan is locked for everyone until a coordinator reopens it. The banner says which,
and the plan page's title, section text and actions become read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from inclucities_core.permissions import Relation, Role
from inclucities_desktop.ui.passage_highlights import mix


@dataclass(frozen=True)
class PlanAccess:
    """What the signed-in account may do with the open plan (ReviewService.state)."""

    plan_id: str
    city_name: str
    can_edit: bool
    can_comment: bool
    locked: bool
    role: Role | None
    relation: Relation
    deleted: bool


class ReadOnlyBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Read-only notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self._tint()
        self.hide()

    def _tint(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, mix(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight),
            0.18))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light or dark now
            self._tint()

    def show_access(self, access: PlanAccess | None) -> None:
        text = self.message(access)
        self.label.setText(text)
        self.setVisible(bool(text))

    def message(self, access: PlanAccess | None) -> str:
        if access is None or access.deleted:
            return ""
        if access.locked:
            return self.tr("This plan is approved and read-only until a coordinator "
                           "reopens it.")
        if access.can_edit:
            return ""
        if access.relation is Relation.PAIRED and access.role is Role.MEMBER:
            return self.tr("You are reading {0}'s plan as its mentor: you can comment but "
                           "not change it.").format(access.city_name)
        if access.role is Role.COORDINATOR:
            return self.tr("You are reading this plan as a coordinator: you can comment "
                           "but not change it.")
        return self.tr("You can read this plan but not change it.")
