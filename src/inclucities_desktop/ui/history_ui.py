"""Version history in the main window: the History menu, the versions window, naming."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.name_version_dialog import NameVersionDialog
from inclucities_desktop.ui.task_runner import ServiceRunner
from inclucities_desktop.ui.versions_window import VersionsWindow

if TYPE_CHECKING:
    from inclucities_desktop.ui.main_window import MainWindow


class HistoryUi(QObject):
    """Everything version history adds to the main window, kept out of its module."""

    def __init__(self, window: MainWindow, services: WorkspaceServices,
                 runner: ServiceRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.versions_window: VersionsWindow | None = None
        self.name_dialog: NameVersionDialog | None = None

        self.versions_action = QAction(self.tr("&Versions…"), self)
        self.versions_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.versions_action.setStatusTip(self.tr("Versions of the plan, and what changed "
                                                  "since each"))
        self.name_action = QAction(self.tr("&Name this version…"), self)
        self.versions_action.triggered.connect(self.show_versions)
        self.name_action.triggered.connect(self.name_version)
        self.menu = QMenu(self.tr("Hi&story"), window)
        self.menu.setObjectName("history_menu")
        self.menu.addAction(self.versions_action)
        self.menu.addAction(self.name_action)
        self.menu.aboutToShow.connect(self._update_actions)
        bar = window.menuBar()
        bar.insertMenu(_sync_menu(window).menuAction(), self.menu)

        window.planOpened.connect(self._plan_opened)
        window.sync_ui.controller.synced.connect(lambda _report: self._reload_versions())

    def _plan(self) -> tuple[str, str] | None:
        page = self._window.plan_page
        return (page.plan_id, page.title_edit.text()) if page.plan_id else None

    def _update_actions(self) -> None:
        for action in (self.versions_action, self.name_action):
            action.setEnabled(self._plan() is not None)

    def _no_plan(self) -> None:
        self._window.statusBar().showMessage(self.tr("Open a plan first."), 5000)

    # -- the versions window -----------------------------------------------------------------

    def show_versions(self) -> None:
        plan = self._plan()
        if plan is None:
            self._no_plan()
            return
        if self.versions_window is None:
            controller = self._window.sync_ui.controller
            made = VersionsWindow(self._runner, self._services.history, controller.call,
                                  self._window.plan_page.flush, self._window)
            made.nameRequested.connect(self.name_version)
            made.restored.connect(self._restored)
            self.versions_window = made
        self.versions_window.show_plan(*plan)
        self.versions_window.show()
        self.versions_window.raise_()
        self.versions_window.activateWindow()

    def _plan_opened(self, _plan_id: str) -> None:
        plan = self._plan()
        if plan is not None and self.versions_window is not None \
                and self.versions_window.isVisible():
            self.versions_window.show_plan(*plan)

    def _reload_versions(self) -> None:
        if self.versions_window is not None and self.versions_window.isVisible():
            self.versions_window.reload()

    def _restored(self, edits: int) -> None:
        self._window.refresh_open_plan()
        self._window.statusBar().showMessage(
            self.tr("%n edit(s) restored; the next sync sends them.", "", edits), 8000)

    # -- naming ------------------------------------------------------------------------------

    def name_version(self) -> None:
        plan = self._plan()
        if plan is None:
            self._no_plan()
            return
        plan_id, title = plan
        parent = self.versions_window if self.versions_window is not None \
            and self.versions_window.isVisible() else self._window
        dialog = NameVersionDialog(title, parent)
        dialog.accepted.connect(lambda: self._name(plan_id, dialog.name()))
        self.name_dialog = dialog
        dialog.open()

    def _name(self, plan_id: str, name: str) -> None:
        self._window.plan_page.flush()  # the version is the plan with the last keystrokes
        self._runner.run(self._services.history.name_version, plan_id, name,
                         on_done=self._named, on_error=self._not_named)

    def _named(self, version: Any) -> None:
        self._window.statusBar().showMessage(
            self.tr("Version “{0}” named; the next sync sends it.").format(version.name), 8000)
        self._reload_versions()

    def _not_named(self, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Name this version"), str(error),
                          QMessageBox.StandardButton.Close, self._window)
        box.open()


def _sync_menu(window: MainWindow) -> QMenu:
    """The Sync menu, found by its object name (or as the menu holding "Sync now")."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == "sync_menu":
            return menu
    return next(m for m in window.sync_ui.sync_action.associatedObjects()
                if isinstance(m, QMenu))
