"""Word export in the main window: the two File menu entries and the flows behind them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.batch_export_dialog import BatchExportDialog
from inclucities_desktop.ui.export_dialog import PlanExportFlow
from inclucities_desktop.ui.task_runner import ServiceRunner

if TYPE_CHECKING:
    from inclucities_desktop.ui.main_window import MainWindow


class ExportUi(QObject):
    """Owns the export actions; the window places them in its File menu."""

    def __init__(self, window: MainWindow, services: WorkspaceServices,
                 runner: ServiceRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.flow: PlanExportFlow | None = None
        self.batch_dialog: BatchExportDialog | None = None
        self.export_action = QAction(self.tr("&Export to Word…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_current_plan)
        self.batch_export_action = QAction(self.tr("Export se&veral plans…"), window)
        self.batch_export_action.triggered.connect(self.export_several_plans)

    def export_current_plan(self) -> None:
        page = self._window.plan_page
        if page.plan_id is None:
            return
        page.flush()  # the document holds what is on screen
        if self.flow is None:
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            self.flow = PlanExportFlow(self._window, self._runner, self._services,
                                       Path(documents))
        self.flow.start(page.plan_id)

    def export_several_plans(self) -> None:
        self._window.plan_page.flush()
        if self.batch_dialog is None:
            self.batch_dialog = BatchExportDialog(self._runner, self._services, self._window)
        self.batch_dialog.reload()
        self.batch_dialog.show()
        self.batch_dialog.raise_()
