"""The trash: plans moved there can be put back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.model import PlanSummary
from inclucities_desktop.ui.plan_list_model import PLAN_ID_ROLE, PlanListModel


class TrashDialog(QDialog):
    restoreRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.model = PlanListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Plans in the trash"))
        self.empty_note = QLabel(self.tr("The trash is empty."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("Plans moved to the trash stay here until you restore them.")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.restore_button.clicked.connect(self._restore)
        self.view.doubleClicked.connect(self._restore)
        self.resize(480, 360)

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self.model.set_plans(plans)
        self.empty_note.setVisible(not plans)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.view.selectionModel().hasSelection())

    def _restore(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.restoreRequested.emit(index.data(PLAN_ID_ROLE))
