"""Sync in the main window: the Sync menu and toolbar button, the status bar, the dialogs."""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

import keyring
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from inclucities_core.sync_entities import ACTION
from inclucities_desktop.services.errors import NotFoundError
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.sync.credentials import TokenStorage, backend_kind
from inclucities_desktop.ui.conflict_text import conflict_place
from inclucities_desktop.ui.conflicts_dialog import ConflictRow, ConflictsDialog
from inclucities_desktop.ui.sign_in_dialog import SignInDialog
from inclucities_desktop.ui.sync_controller import SyncController, SyncPhase, SyncState
from inclucities_desktop.ui.sync_status import SyncStatusWidget
from inclucities_desktop.ui.task_runner import ServiceRunner

if TYPE_CHECKING:
    from inclucities_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SyncUi(QObject):
    """Everything sync adds to the main window, kept out of the window's own module."""

    plansChanged = Signal(object)  # the SyncReport of a sync that changed local plans

    def __init__(self, window: MainWindow, services: WorkspaceServices,
                 runner: ServiceRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.controller = SyncController(services, self)
        self.status_widget = SyncStatusWidget()
        self.conflicts_dialog: ConflictsDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self._account: Any = None

        style = window.style()
        self.sync_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("&Sync now"),
            self)
        self.sync_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh),
                                       QKeySequence("F5")])
        self.sync_action.setToolTip(self.tr("Send your changes and fetch the others' (F5)"))
        self.sign_in_action = QAction(self.tr("Sign &in…"), self)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), self)
        self.sync_action.triggered.connect(self.sync_now)
        self.sign_in_action.triggered.connect(lambda: self.show_sign_in())
        self.sign_out_action.triggered.connect(self.sign_out)
        self.conflicts_action.triggered.connect(self.show_conflicts)

        menu = QMenu(self.tr("S&ync"), window)
        menu.setObjectName("sync_menu")
        for action in (self.sync_action, None, self.conflicts_action, None,
                       self.sign_in_action, self.sign_out_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        # Help stays the last menu, as on every desktop.
        window.menuBar().insertMenu(window.menuBar().actions()[-1], menu)
        toolbar = window.addToolBar(self.tr("Sync"))
        toolbar.setObjectName("sync_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addAction(self.sync_action)
        window.statusBar().addPermanentWidget(self.status_widget)

        self.controller.stateChanged.connect(self._show_state)
        self.controller.signInNeeded.connect(lambda reason: self.show_sign_in(reason))
        self.controller.synced.connect(self._after_sync)
        self.status_widget.conflictsClicked.connect(self.show_conflicts)
        self.status_widget.signInClicked.connect(lambda: self.show_sign_in())
        self._show_state(self.controller.state)

    def start(self) -> None:
        self.controller.call(self._services.sync.account, on_done=self._set_account)
        self.controller.start()

    def _set_account(self, account: Any) -> None:
        self._account = account
        self._update_actions(self.controller.state)

    # -- state -----------------------------------------------------------------------------

    def _show_state(self, state: SyncState) -> None:
        self.status_widget.show_state(state)
        self._update_actions(state)

    def _update_actions(self, state: SyncState) -> None:
        signed_in = self._account is not None
        self.sync_action.setEnabled(signed_in and state.phase is not SyncPhase.SYNCING)
        self.sign_out_action.setEnabled(signed_in)

    def sync_now(self) -> None:
        self._window.plan_page.flush()  # the last keystrokes go with this sync
        self.controller.sync_now()

    def _after_sync(self, report: Any) -> None:
        if report.changed_plan_ids:
            self.plansChanged.emit(report)
        if self.conflicts_dialog is not None and self.conflicts_dialog.isVisible():
            self._refresh_conflicts()

    # -- signing in and out -------------------------------------------------------------------

    def show_sign_in(self, reason: str = "") -> None:
        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            self.sign_in_dialog.raise_()
            if reason:
                self.sign_in_dialog.show_problem(reason)
            return
        self.controller.call(self._services.sync.ca_bundle,
                             on_done=lambda ca_bundle: self._open_sign_in(reason, ca_bundle))

    def _open_sign_in(self, reason: str, ca_bundle: str | None) -> None:
        account = self._account
        dialog = SignInDialog(
            self.controller, self._services.sync,
            url=account.server_url if account else "",
            username=account.username if account else "",
            reason=reason, locked_account=account is not None, ca_bundle=ca_bundle or "",
            offer_plaintext=backend_kind(keyring.get_keyring()) is TokenStorage.PLAINTEXT,
            parent=self._window)
        dialog.signedIn.connect(self._signed_in)
        self.sign_in_dialog = dialog
        dialog.open()

    def _signed_in(self, result: Any) -> None:
        self._set_account(result.account)
        notes = []
        if result.removed_sample_plans:
            notes.append(self.tr("The sample plans were removed from this workspace: they "
                                 "are for a first look and are never uploaded."))
        if result.token_storage is TokenStorage.MEMORY:
            notes.append(self.tr("This computer has no secure password store, so you will "
                                 "be asked to sign in again next time."))
        if notes:
            QMessageBox.information(self._window, self.tr("Signed in"), "\n\n".join(notes))
        if result.removed_sample_plans:
            self._window.reload_plans()
        self.sync_now()

    def sign_out(self) -> None:
        answer = QMessageBox.question(
            self._window, self.tr("Sign out"),
            self.tr("Sign out of the server? Your plans stay on this computer, and changes "
                    "you make are sent when you sign in again."))
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.call(self._services.sync.sign_out, on_done=self._signed_out)

    def _signed_out(self, _none: object) -> None:
        self._set_account(None)
        self.controller.signed_out()

    # -- conflicts -----------------------------------------------------------------------------

    def show_conflicts(self) -> None:
        if self.conflicts_dialog is None:
            dialog = ConflictsDialog(self._window)
            dialog.resolveRequested.connect(self._resolve)
            dialog.restoreRequested.connect(self._restore)
            self.conflicts_dialog = dialog
        self._refresh_conflicts()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()

    def _refresh_conflicts(self) -> None:
        self._runner.run(conflict_rows, self._services, on_done=self._show_conflicts)

    def _show_conflicts(self, rows: list[ConflictRow]) -> None:
        self.controller.set_conflicts(len(rows))
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.set_conflicts(rows)

    def _resolve(self, conflict_id: str, choice: str, merged: object) -> None:
        self._window.plan_page.flush()
        self._runner.run(self._services.sync.resolve_conflict, conflict_id, choice, merged,
                         on_done=self._resolved)

    def _restore(self, conflict_id: str) -> None:
        self._runner.run(self._services.sync.restore_deleted, conflict_id,
                         on_done=self._resolved)

    def _resolved(self, _result: object) -> None:
        self._refresh_conflicts()
        self._window.refresh_open_plan()
        self._window.reload_plans()
        if self._account is not None:
            self.controller.sync_now()  # the resolution is an edit: send it at once

    def shutdown(self) -> None:
        self.controller.shutdown()


def conflict_rows(services: WorkspaceServices) -> list[ConflictRow]:
    """The open conflicts, described for the dialog (runs on the service worker)."""
    rows = []
    for conflict in services.sync.conflicts():
        code = ""
        if conflict.entity == ACTION:
            # An action never seen here is named just "Action".
            with contextlib.suppress(NotFoundError):
                code = services.actions.get(conflict.entity_id).code
        rows.append(ConflictRow(
            id=conflict.id, kind=str(conflict.kind),
            plan_title=conflict.plan_title or conflict.plan_id or "",
            place=conflict_place(conflict.entity, conflict.entity_id, conflict.field, code),
            base=conflict.base_value, mine=conflict.mine, theirs=conflict.theirs,
            reason=conflict.reason or "", created_at=conflict.created_at,
        ))
    return rows
