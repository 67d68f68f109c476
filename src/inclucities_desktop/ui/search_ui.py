"""Searching all plans from the main window: the Edit menu entry, the dialog, the jump."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from inclucities_core.template import load_template
from inclucities_desktop.services.search_index import SearchHit
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.i18n import ui_language
from inclucities_desktop.ui.search_dialog import SearchDialog
from inclucities_desktop.ui.task_runner import ServiceRunner

if TYPE_CHECKING:
    from inclucities_desktop.ui.main_window import MainWindow


class SearchUi(QObject):
    """Owns the search action and dialog; the window places the action in its Edit menu."""

    def __init__(self, window: MainWindow, services: WorkspaceServices,
                 runner: ServiceRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.dialog: SearchDialog | None = None
        self.search_action = QAction(self.tr("&Search all plans…"), window)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.show_search)

    def show_search(self) -> None:
        if self.dialog is None:
            self.dialog = SearchDialog(self._runner, self._services.search, self._describe_hit,
                                       self._window)
            self.dialog.hitActivated.connect(self.reveal_hit)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.query.setFocus()
        self.dialog.query.selectAll()

    def _describe_hit(self, hit: SearchHit) -> str:
        if hit.kind == "section":
            try:
                return load_template().section(hit.ref).title(ui_language())
            except KeyError:
                return hit.ref
        if hit.kind == "action":
            return self.tr("an action")
        return self.tr("the plan's title")

    def reveal_hit(self, hit: SearchHit) -> None:
        window = self._window
        query = self.dialog.query.text() if self.dialog else ""

        def reveal() -> None:
            window.plan_page.reveal(hit, query)

        if window.plan_page.plan_id == hit.plan_id:
            reveal()
        else:
            # Open first, so that choosing it in the list does not open it a second time.
            window.open_plan(hit.plan_id, then=reveal)
            window.show_in_list(hit.plan_id)
        window.activateWindow()
