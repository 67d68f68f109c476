"""File → Export to Word… and File → Export several plans…, driven in a real window."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_main_window import make_window, open_first_plan

from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.batch_export_dialog import BatchExportDialog
from inclucities_desktop.ui.task_runner import ServiceRunner


def test_export_the_open_plan(qtbot, services: WorkspaceServices, runner: ServiceRunner,
                              tmp_path: Path, request) -> None:
    install_sample(services)
    window = make_window(qtbot, services, runner)
    plan_id = open_first_plan(qtbot, window)
    title = services.plans.get(plan_id).title
    window.export_ui.export_action.trigger()
    flow = window.export_ui.flow
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10000)
    dialog = flow.dialog
    assert Path(dialog.file.text()).name == f"{title}.docx"  # suggested from the title
    shots = request.config.getoption("--screenshots")
    if shots:
        dialog.file.setText(f"/home/ana/Documents/{title}.docx")
        dialog.grab().save(str(Path(shots) / "export-dialog.png"))
    dialog.file.setText(str(tmp_path / "plan.docx"))
    with qtbot.waitSignal(flow.finished, timeout=30000) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == tmp_path / "plan.docx"
    assert docx.Document(str(tmp_path / "plan.docx")).core_properties.title == title
    box = flow.done_box
    assert box is not None and box.isVisible()
    labels = {button.text() for button in box.buttons()}
    assert {"Open", "Show folder"} <= labels
    box.button(QMessageBox.StandardButton.Close).click()
    window.close()


def test_export_several_plans(qtbot, services: WorkspaceServices, runner: ServiceRunner,
                              tmp_path: Path) -> None:
    install_sample(services)
    ids = [row.id for row in services.plans.list_plans()]
    services.plans.set_field(ids[0], "status", "approved")
    dialog = BatchExportDialog(runner, services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.plans.count() == 1, timeout=10000)  # approved only
    dialog.status.setCurrentIndex(dialog.status.findData("all"))
    qtbot.waitUntil(lambda: dialog.plans.count() == 4, timeout=10000)
    dialog.plans.item(3).setCheckState(Qt.CheckState.Unchecked)
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert len(result.written) == 3 and not result.failed
    assert len(list(tmp_path.glob("*.docx"))) == 3
    assert dialog.progress.value() == 3
    assert "3 plan(s) exported" in dialog.message.text() or "3 plans" in dialog.message.text()


def test_export_with_the_comments_and_the_review_log(
        qtbot, services: WorkspaceServices, runner: ServiceRunner, tmp_path: Path) -> None:
    from inclucities_desktop.services.comments import Anchor

    install_sample(services)
    window = make_window(qtbot, services, runner)
    plan_id = open_first_plan(qtbot, window)
    services.comments.add(plan_id, "Quali fonti per questi dati?",
                          Anchor.on_section("context_needs"))
    window.export_ui.export_action.trigger()
    flow = window.export_ui.flow
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10000)
    dialog = flow.dialog
    assert not dialog.comments.isChecked() and not dialog.review_log.isChecked()
    dialog.comments.setChecked(True)
    dialog.review_log.setChecked(True)
    dialog.file.setText(str(tmp_path / "with-comments.docx"))
    request = dialog.request()
    assert (request.comments, request.review_log) == (True, True)
    with qtbot.waitSignal(flow.finished, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    document = docx.Document(str(tmp_path / "with-comments.docx"))
    assert [c.text for c in document.comments] == ["Quali fonti per questi dati?"]
    flow.done_box.button(QMessageBox.StandardButton.Close).click()
    window.close()
