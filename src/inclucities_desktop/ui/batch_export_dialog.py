"""File → Export several plans…: pick plans by status, a folder, and export them in the
background (two worker processes) with a progress bar and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.model import PlanStatus, PlanSummary
from inclucities_core.template import load_template
from inclucities_desktop.services import export_service
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.export_dialog import TemplateChoice, path_row, reveal
from inclucities_desktop.ui.i18n import ui_language
from inclucities_desktop.ui.task_runner import ServiceRunner

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole


class BatchExportThread(QThread):
    """Runs export_many (which starts the worker processes) off the UI thread."""

    progressed = Signal(int, int, str)
    done = Signal(object)  # a BatchResult, or the exception

    def __init__(self, data_dir: Path, jobs: list[export_service.ExportJob],
                 reference: Path | None) -> None:
        super().__init__()
        self.data_dir, self.jobs, self.reference = data_dir, jobs, reference
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result: object = export_service.export_many(
                self.data_dir, self.jobs, reference=self.reference, cancel=self.cancel,
                on_progress=lambda done, total, job: self.progressed.emit(done, total,
                                                                          job.title))
        except Exception as error:  # shown in the dialog, not lost in a thread
            result = error
        self.done.emit(result)


class BatchExportDialog(QDialog):
    finished_batch = Signal(object)

    def __init__(self, runner: ServiceRunner, services: WorkspaceServices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.services = runner, services
        self.worker: BatchExportThread | None = None
        self.setWindowTitle(self.tr("Export several plans"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        language = ui_language()
        self.status.addItem(self.tr("All statuses"), export_service.ALL_STATUSES)
        template = load_template()
        for status in PlanStatus:
            self.status.addItem(template.choice_label("plan_status", status.value, language),
                                status.value)
        self.status.setCurrentIndex(self.status.findData(PlanStatus.APPROVED.value))
        self.plans = QListWidget()
        self.plans.setAccessibleName(self.tr("Plans to export"))
        self.folder = QLineEdit(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.template = TemplateChoice()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setVisible(False)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Plans:"), self.plans)
        form.addRow(self.tr("&Folder:"), path_row(self.folder, browse))
        form.addRow(self.template)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        self.status.currentIndexChanged.connect(self.reload)

    def reload(self) -> None:
        status = self.status.currentData()
        self.runner.run(export_service.plans_to_export, self.services, status,
                        on_done=self._show_plans)

    def _show_plans(self, rows: list[PlanSummary]) -> None:
        self.plans.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.title} — {row.city_name}")
            item.setData(PLAN_ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.plans.addItem(item)
        self.export_button.setEnabled(bool(rows))
        self.message.setText("" if rows else self.tr("No plans have this status."))

    def checked_plan_ids(self) -> list[str]:
        items = (self.plans.item(i) for i in range(self.plans.count()))
        return [item.data(PLAN_ID_ROLE) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start_export(self) -> None:
        ids = self.checked_plan_ids()
        folder = Path(self.folder.text().strip()).expanduser()
        if not ids:
            self.message.setText(self.tr("Tick at least one plan."))
            return
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Preparing…"))
        self.runner.run(export_service.plan_batch, self.services, ids, folder,
                        on_done=self._run_jobs, on_error=self._show_error)

    def _run_jobs(self, jobs: list[export_service.ExportJob]) -> None:
        self.progress.setRange(0, len(jobs))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.worker = BatchExportThread(self.services.workspace.data_dir, jobs,
                                        self.template.reference())
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.start()

    def _progressed(self, done: int, total: int, title: str) -> None:
        self.progress.setValue(done)
        self.message.setText(self.tr("{0} of {1}: {2}").format(done, total, title))

    def cancel_export(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()
            self.message.setText(self.tr("Stopping after the plans being written now…"))

    def _done(self, result: object) -> None:
        self.cancel_button.setVisible(False)
        self.export_button.setEnabled(True)
        if self.worker is not None:
            self.worker.wait()
            self.worker = None
        if isinstance(result, BaseException):
            self._show_error(result)
        else:
            assert isinstance(result, export_service.BatchResult)
            text = self.tr("%n plan(s) exported.", "", len(result.written))
            if result.cancelled:
                text += " " + self.tr("The rest were cancelled.")
            for job, reason in result.failed:
                text += "\n" + self.tr("Not exported: {0} ({1})").format(job.title, reason)
            self.message.setText(text)
            if result.written:
                show = self.buttons.addButton(self.tr("Show folder"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
                first = result.written[0]
                show.clicked.connect(lambda: reveal(first, folder=True))
        self.finished_batch.emit(result)

    def _show_error(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Export failed: {0}").format(error))

    def reject(self) -> None:
        if self.worker is not None:
            self.cancel_export()
            self.worker.wait()
        super().reject()
