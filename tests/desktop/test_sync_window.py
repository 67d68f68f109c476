"""Sync in the real window, against a real server process: sign in, status, conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.desktop.workspace_window import workspace_window
from tests.support.server_fixtures import DEMO_PASSWORD
from tests.sync.conftest import memory_keyring, server  # noqa: F401
from tests.sync.helpers import signed_in

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.conflicts_dialog import KEEP_THEIRS
from inclucities_desktop.ui.sync_controller import SyncPhase, SyncState

MEMBER = "member-partinico"
SECTION = "vision_objectives"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, runner: Any) -> Iterator[Any]:
    with workspace_window(qtbot, tmp_path / "window-workspace", runner, "sync-test") as made:
        yield made


def sign_in_through_dialog(qtbot: Any, window: Any, url: str, password: str) -> Any:
    window.sync_ui.show_sign_in()
    qtbot.waitUntil(lambda: window.sync_ui.sign_in_dialog is not None, timeout=20000)
    dialog = window.sync_ui.sign_in_dialog
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(MEMBER)
    qtbot.keyClicks(dialog.password_edit, password)
    return dialog


def wait_for_phase(qtbot: Any, window: Any, phase: SyncPhase) -> SyncState:
    controller = window.sync_ui.controller
    qtbot.waitUntil(lambda: controller.state.phase is phase, timeout=20000)
    return controller.state


def test_signing_in_syncs_and_the_status_bar_says_when(
        qtbot: Any, window: Any, server: Any, memory_keyring: Any,  # noqa: F811
        tmp_path: Path, folder: Path) -> None:
    # A plan drafted before signing in is uploaded by the first sync.
    plan = window.services.plans.create(city_id="partinico", title="Piano offline",
                                        language="it")
    status = window.sync_ui.status_widget
    assert status.label.text() == "Not signed in"
    assert status.sign_in_button.isVisible()
    dialog = sign_in_through_dialog(qtbot, window, server.url, DEMO_PASSWORD)
    dialog.grab().save(str(folder / "sync-sign-in.png"))
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    state = wait_for_phase(qtbot, window, SyncPhase.SYNCED)
    assert status.label.text().startswith("Synced at ")
    assert state.conflicts == 0
    assert not status.sign_in_button.isVisible()
    assert memory_keyring.secrets, "the token went to the keyring"
    assert window.services.sync.status().pending_changes == 0
    assert window.sync_ui.sync_action.isEnabled()
    # Another workspace of the same account receives the plan.
    other = WorkspaceServices.open(tmp_path / "other-workspace")
    try:
        signed_in(other, server, MEMBER).sync.sync()
        assert other.plans.get(plan.id).title == "Piano offline"
    finally:
        other.close()


def test_a_wrong_password_is_said_in_the_dialog(
        qtbot: Any, window: Any, server: Any, memory_keyring: Any) -> None:  # noqa: F811
    dialog = sign_in_through_dialog(qtbot, window, server.url, "not-the-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=20000)
    assert "password" in dialog.message.text().lower()
    assert dialog.isVisible()
    assert window.sync_ui.controller.state.phase is SyncPhase.NOT_SIGNED_IN


def test_an_unreachable_server_is_said_in_the_dialog(
        qtbot: Any, window: Any, memory_keyring: Any) -> None:  # noqa: F811
    from tests.support.live_server import free_port

    dialog = sign_in_through_dialog(qtbot, window, f"http://127.0.0.1:{free_port()}",
                                    DEMO_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=20000)
    assert dialog.message.text()
    assert dialog.url_edit.isEnabled()


def test_a_conflict_is_shown_side_by_side_and_resolved(
        qtbot: Any, window: Any, server: Any, memory_keyring: Any,  # noqa: F811
        tmp_path: Path, folder: Path) -> None:
    services = signed_in(window.services, server, MEMBER)
    plan = services.plans.create(city_id="partinico", title="Piano condiviso", language="it")
    services.plans.set_section_text(plan.id, SECTION, "Una città aperta.\n")
    services.sync.sync()
    other = signed_in(WorkspaceServices.open(tmp_path / "colleague"), server, MEMBER)
    try:
        other.sync.sync()
        other.plans.set_section_text(plan.id, SECTION, "Una città aperta a tutti.\n")
        other.sync.sync()
    finally:
        other.close()
    services.plans.set_section_text(plan.id, SECTION, "Una città che accoglie.\n")

    window.sync_ui.start()
    state = wait_for_phase(qtbot, window, SyncPhase.SYNCED)
    assert state.conflicts == 1
    status = window.sync_ui.status_widget
    assert status.conflicts_button.isVisible()
    assert status.conflicts_button.text() == "1 conflict(s)"
    window.grab().save(str(folder / "sync-status-conflict.png"))

    qtbot.mouseClick(status.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = window.sync_ui.conflicts_dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20000)
    assert dialog.base_view.toPlainText() == "Una città aperta.\n"
    assert dialog.mine_view.toPlainText() == "Una città che accoglie.\n"
    assert dialog.theirs_view.toPlainText() == "Una città aperta a tutti.\n"
    assert "Piano condiviso" in dialog.header.text()
    assert dialog.mine_view.extraSelections(), "changed lines are shaded"
    dialog.grab().save(str(folder / "sync-conflicts.png"))

    with qtbot.waitSignal(dialog.resolveRequested, timeout=5000) as signal:
        qtbot.mouseClick(dialog.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert signal.args[1] == KEEP_THEIRS
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20000)
    wait_for_phase(qtbot, window, SyncPhase.SYNCED)
    assert window.sync_ui.controller.state.conflicts == 0
    assert services.plans.section(plan.id, SECTION).text == "Una città aperta a tutti.\n"


def test_the_open_plan_shows_what_a_sync_brought(
        qtbot: Any, window: Any, server: Any, memory_keyring: Any,  # noqa: F811
        tmp_path: Path) -> None:
    services = signed_in(window.services, server, MEMBER)
    plan = services.plans.create(city_id="partinico", title="Piano vivo", language="it")
    services.plans.set_section_text(plan.id, SECTION, "Prima versione.\n")
    services.sync.sync()
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        window.reload_plans(select=plan.id)
    window.plan_page.show_section(SECTION)
    assert "Prima versione." in window.plan_page.editor.text_edit.toPlainText()

    other = signed_in(WorkspaceServices.open(tmp_path / "colleague"), server, MEMBER)
    try:
        other.sync.sync()
        other.plans.set_section_text(plan.id, SECTION, "Seconda versione, dal collega.\n")
        other.plans.set_field(plan.id, "title", "Piano vivo e condiviso")
        other.sync.sync()
    finally:
        other.close()
    window.sync_ui.start()
    qtbot.waitUntil(lambda: "Seconda versione" in
                    window.plan_page.editor.text_edit.toPlainText(), timeout=20000)
    qtbot.waitUntil(lambda: window.plan_page.title_edit.text() == "Piano vivo e condiviso",
                    timeout=20000)
    # Nobody's edit here: there is nothing to undo that would take the colleague's text away.
    assert not window.undo_stack.canUndo()


def test_status_bar_while_syncing(qtbot: Any, window: Any, folder: Path) -> None:
    status = window.sync_ui.status_widget
    status.show_state(SyncState(SyncPhase.SYNCING, done=120, total=480))
    assert status.label.text() == "Syncing… 120 of 480"
    assert status.progress.isVisible()
    assert (status.progress.value(), status.progress.maximum()) == (120, 480)
    window.statusBar().grab().save(str(folder / "sync-status-syncing.png"))
    status.show_state(SyncState(SyncPhase.OFFLINE, message="The server cannot be reached."))
    assert status.label.text() == "Offline"
    assert status.label.toolTip() == "The server cannot be reached."
    assert not status.progress.isVisible()


def test_signing_out_keeps_the_plans(
        qtbot: Any, window: Any, server: Any, memory_keyring: Any,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = signed_in(window.services, server, MEMBER)
    plan = services.plans.create(city_id="partinico", title="Resta qui", language="it")
    window.sync_ui.start()
    wait_for_phase(qtbot, window, SyncPhase.SYNCED)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    window.sync_ui.sign_out_action.trigger()
    wait_for_phase(qtbot, window, SyncPhase.NOT_SIGNED_IN)
    assert not memory_keyring.secrets
    assert not window.sync_ui.sync_action.isEnabled()
    assert services.plans.get(plan.id).title == "Resta qui"
    QApplication.processEvents()


def test_a_certificate_bundle_that_cannot_be_read_is_said_in_the_dialog(
        qtbot: Any, window: Any, server: Any, memory_keyring: Any,  # noqa: F811
        tmp_path: Path, folder: Path) -> None:
    dialog = sign_in_through_dialog(qtbot, window, server.url, DEMO_PASSWORD)
    qtbot.mouseClick(dialog.advanced_toggle, Qt.MouseButton.LeftButton)
    assert dialog.advanced.isVisible()
    dialog.ca_edit.setText(str(tmp_path / "missing.pem"))
    dialog.grab().save(str(folder / "sync-sign-in-advanced.png"))
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=20000)
    assert "CA bundle" in dialog.message.text()
    assert window.services.sync.account() is None
