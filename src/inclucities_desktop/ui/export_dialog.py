"""File → Export to Word…: choose the file (and a style template), export, then offer to open it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from inclucities_desktop.services import export_service
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.task_runner import ServiceRunner


@dataclass(frozen=True)
class ExportRequest:
    target: Path
    reference: Path | None
    overwrite: bool
    comments: bool = False  # the comment threads as Word comments
    review_log: bool = False  # the appendix of review steps


def path_row(edit: QLineEdit, browse: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return row


class TemplateChoice(QWidget):
    """"Use my own style template" and the .docx it names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Use a custom style template (.docx)"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Style template"))
        self.path.setEnabled(False)
        browse = QPushButton(self.tr("Choose…"))
        browse.setEnabled(False)
        self.enabled.toggled.connect(self.path.setEnabled)
        self.enabled.toggled.connect(browse.setEnabled)
        browse.clicked.connect(self._browse)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.enabled)
        layout.addRow(path_row(self.path, browse))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Style template"), self.path.text(),
                                              self.tr("Word documents (*.docx)"))
        if name:
            self.path.setText(name)

    def reference(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if self.enabled.isChecked() and text else None


class ExportDialog(QDialog):
    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Word"))
        self.file = QLineEdit(str(suggested))
        self.file.setAccessibleName(self.tr("File"))
        self.file.setMinimumWidth(420)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.template = TemplateChoice()
        self.comments = QCheckBox(self.tr("Include mentors' &comments as Word comments"))
        self.comments.setToolTip(self.tr("Each comment thread of the plan, replies included, "
                                         "beside the passage or heading it is about"))
        self.review_log = QCheckBox(self.tr("Add the review &log as an appendix"))
        self.review_log.setToolTip(self.tr("Every review step of the plan: who, when, and "
                                           "the note they wrote"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), path_row(self.file, browse))
        form.addRow(self.template)
        form.addRow(self.comments)
        form.addRow(self.review_log)
        form.addRow(self.buttons)
        self.overwrite = False

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Word"), self.file.text(),
                                              self.tr("Word documents (*.docx)"))
        if name:
            self.file.setText(name if name.lower().endswith(".docx") else name + ".docx")

    def accept(self) -> None:
        target = self.target()
        if target is None:
            QMessageBox.warning(self, self.tr("Export to Word"),
                                self.tr("Please give a file name ending in .docx."))
            return
        if target.exists():
            answer = QMessageBox.question(
                self, self.tr("Export to Word"),
                self.tr("{0} exists already. Replace it?").format(target.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.overwrite = True
        super().accept()

    def target(self) -> Path | None:
        text = self.file.text().strip()
        if not text:
            return None
        if not text.lower().endswith(".docx"):
            text += ".docx"
        return Path(text).expanduser()

    def request(self) -> ExportRequest:
        target = self.target()
        assert target is not None
        return ExportRequest(target, self.template.reference(), self.overwrite,
                             comments=self.comments.isChecked(),
                             review_log=self.review_log.isChecked())


def reveal(path: Path, *, folder: bool = False) -> None:
    """Open the file (or its folder) with the system's own application."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if folder else path)))


class PlanExportFlow(QObject):
    """Ask, export off the UI thread with a progress note, then offer to open the result."""

    finished = Signal(object)  # the written Path, or the error

    def __init__(self, window: QWidget, runner: ServiceRunner, services: WorkspaceServices,
                 folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.services = services
        self.folder = folder
        self.dialog: ExportDialog | None = None
        self.progress: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None

    def start(self, plan_id: str) -> None:
        self.runner.run(export_service.suggested_name, self.services, plan_id,
                        on_done=lambda name: self._ask(plan_id, name))

    def _ask(self, plan_id: str, name: str) -> None:
        self.dialog = ExportDialog(self.folder / name, self.window)
        self.dialog.accepted.connect(lambda: self._export(plan_id, self.dialog.request()))
        self.dialog.open()

    def _export(self, plan_id: str, request: ExportRequest) -> None:
        self.progress = QProgressDialog(self.tr("Writing {0}…").format(request.target.name),
                                        "", 0, 0, self.window)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("Export to Word"))
        self.progress.setMinimumDuration(300)
        write = partial(export_service.write_plan, reference=request.reference,
                        overwrite=request.overwrite, comments=request.comments,
                        review_log=request.review_log)
        self.runner.run(write, self.services, plan_id, request.target,
                        on_done=self._written, on_error=self._failed)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _written(self, path: Path) -> None:
        self._close_progress()
        self.folder = path.parent
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Word"),
                          self.tr("The plan was exported to {0}.").format(path.name),
                          QMessageBox.StandardButton.Close, self.window)
        box.setInformativeText(str(path.parent))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: reveal(path))
        folder_button.clicked.connect(lambda: reveal(path, folder=True))
        self.done_box = box
        box.open()
        self.finished.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export to Word"),
                          self.tr("The plan could not be exported: {0}").format(error),
                          QMessageBox.StandardButton.Close, self.window)
        self.done_box = box
        box.open()
        self.finished.emit(error)
