"""The review workflow in the main window: the Review menu, its step dialogs, the review
history and the coordinator overview. The rules are the services' (ReviewService); this
module offers what they allow, takes steps off the UI thread and syncs them at once."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from inclucities_core.review import ReviewAction
from inclucities_desktop.services.errors import NotFoundError, ServiceError
from inclucities_desktop.services.overview import OverviewRow, plan_overview
from inclucities_desktop.services.review import ReviewState, ReviewStep
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.overview_dialog import OverviewDialog
from inclucities_desktop.ui.review_labels import step_command, step_name
from inclucities_desktop.ui.review_step_dialog import ReviewStepDialog
from inclucities_desktop.ui.review_timeline import ReviewTimelineDialog
from inclucities_desktop.ui.sync_controller import SyncPhase
from inclucities_desktop.ui.task_runner import ServiceRunner

if TYPE_CHECKING:
    from inclucities_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SYNC_MENU = "sync_menu"


class ReviewUi(QObject):
    """Everything the review workflow adds to the main window."""

    stateShown = Signal(object)  # the ReviewState of the open plan (None: no plan), shown
    stepTaken = Signal(object)  # the ReviewStep just recorded
    stepRefused = Signal(str)  # the reason, as shown to the user
    historyShown = Signal()
    overviewShown = Signal()

    def __init__(self, window: MainWindow, services: WorkspaceServices,
                 runner: ServiceRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.state: ReviewState | None = None
        self.step_dialog: ReviewStepDialog | None = None
        self.refusal_box: QMessageBox | None = None
        self.history_dialog: ReviewTimelineDialog | None = None
        self.overview_dialog: OverviewDialog | None = None
        # Steps taken here that the server has not answered yet: plan id by step id.
        self._awaited: dict[str, str] = {}

        self.menu = QMenu(self.tr("&Review"), window)
        self.menu.setObjectName("review_menu")
        self.step_actions: dict[ReviewAction, QAction] = {}
        for action in ReviewAction:
            made = QAction(step_command(action), self)
            made.triggered.connect(lambda _checked=False, a=action: self.take_step(a))
            self.step_actions[action] = made
            self.menu.addAction(made)
        # A word on why no step is offered; where the user can do something about it
        # (sign in, sync), choosing it does that.
        self.hint_action = QAction(self)
        self.hint_action.triggered.connect(self._hint_chosen)
        self.menu.addAction(self.hint_action)
        self.menu.addSeparator()
        self.history_action = QAction(self.tr("Review &history…"), self)
        self.history_action.triggered.connect(self.show_history)
        self.overview_action = QAction(self.tr("Coordinator &overview…"), self)
        self.overview_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.overview_action.setToolTip(self.tr(
            "Every plan you can read, where it stands in the review (Ctrl+Shift+O)"))
        self.overview_action.triggered.connect(self.show_overview)
        self.menu.addAction(self.history_action)
        self.menu.addAction(self.overview_action)
        bar = window.menuBar()
        sync_menu = window.findChild(QMenu, SYNC_MENU)
        before = sync_menu.menuAction() if sync_menu is not None else bar.actions()[-1]
        bar.insertMenu(before, self.menu)

        controller = window.sync_ui.controller
        window.planOpened.connect(lambda _plan_id: self.refresh())
        controller.synced.connect(self._after_sync)
        controller.stateChanged.connect(lambda _state: self._show_state(self.state))
        self.menu.aboutToShow.connect(self.refresh)
        self._show_state(None)

    # -- the open plan's state -------------------------------------------------------------

    def _plan_id(self) -> str | None:
        return self._window.plan_page.plan_id

    def refresh(self) -> None:
        """Read the open plan's review state again and show it in the menu and the chip."""
        plan_id = self._plan_id()
        if plan_id is None:
            self._show_state(None)
            return
        self._runner.run(self._services.review.state, plan_id,
                         on_done=self._show_state, on_error=self._state_failed)

    def _state_failed(self, error: BaseException) -> None:
        if not isinstance(error, NotFoundError):  # a plan gone meanwhile: no steps
            log.error("Could not read the review state", exc_info=error)
        self._show_state(None)

    def _signed_in(self) -> bool:
        return self._window.sync_ui.controller.state.phase is not SyncPhase.NOT_SIGNED_IN

    def _show_state(self, state: ReviewState | None) -> None:
        if state is not None and state.plan_id != self._plan_id():
            return  # the answer for a plan no longer shown
        self.state = state
        allowed = state.allowed if state is not None else ()
        for action, menu_action in self.step_actions.items():
            menu_action.setVisible(action in allowed)
            menu_action.setEnabled(action in allowed)
        hint, actionable = self._hint(state)
        self.hint_action.setText(hint)
        self.hint_action.setVisible(bool(hint))
        self.hint_action.setEnabled(actionable)
        self.history_action.setEnabled(state is not None)
        if state is not None and state.pending_step is not None:
            self._awaited[state.pending_step.id] = state.plan_id
        chip = self._window.plan_page.status_chip
        if state is not None:
            chip.set_status(state.status.value)
        chip.set_pending(state is not None and state.pending_step is not None)
        self.stateShown.emit(state)

    def _hint(self, state: ReviewState | None) -> tuple[str, bool]:
        """The hint's text (empty: none) and whether choosing it does something."""
        if state is None:
            return self.tr("&No plan is open"), False
        if state.pending_step is not None:
            name = step_name(state.pending_step.action)
            if not self._signed_in():
                return self.tr("“{0}” waits for sync: sign &in…").format(name), True
            return self.tr("“{0}” waits for sync: &sync now").format(name), True
        if state.role is None or not self._signed_in():
            return self.tr("Review steps go through the server: sign &in…"), True
        if not state.allowed:
            return self.tr("&No review step is yours to take now"), False
        return "", False

    def _hint_chosen(self) -> None:
        if self._signed_in():
            self._window.sync_ui.sync_now()
        else:
            self._window.sync_ui.show_sign_in()

    # -- taking a step -----------------------------------------------------------------------

    def take_step(self, action: ReviewAction) -> None:
        """Ask for the note and a confirmation, then record the step and sync it."""
        plan_id = self._plan_id()
        if plan_id is None or self.state is None:
            return
        dialog = ReviewStepDialog(action, self._window.plan_page.title_edit.text(),
                                  self.state.status.value, self._signed_in(), self._window)
        dialog.accepted.connect(lambda: self._record(plan_id, action, dialog.note()))
        dialog.finished.connect(dialog.deleteLater)
        self.step_dialog = dialog
        dialog.open()

    def _record(self, plan_id: str, action: ReviewAction, note: str) -> None:
        self._window.plan_page.flush()  # the last keystrokes go before the step
        self._runner.run(self._services.review.take_step, plan_id, action, note or None,
                         on_done=self._step_taken, on_error=self._step_failed)

    def _step_taken(self, step: ReviewStep) -> None:
        self._window.statusBar().showMessage(
            self.tr("“{0}” is recorded and goes to the server with the next sync.")
            .format(step_name(step.action)), 8000)
        self._awaited[step.id] = step.plan_id
        self.refresh()
        self._refresh_history()
        self._refresh_overview()
        self.stepTaken.emit(step)
        if self._signed_in():
            self._window.sync_ui.sync_now()

    def _step_failed(self, error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            self._runner.failed.emit(error)  # the window's one error dialog
            return
        self._show_refusal(self.tr("This review step cannot be taken."), str(error))

    def _show_refusal(self, text: str, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Review step not taken"), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setInformativeText(reason)
        box.finished.connect(box.deleteLater)
        self.refusal_box = box
        box.open()
        self.refresh()
        self.stepRefused.emit(reason)

    # -- after a sync --------------------------------------------------------------------------

    def _after_sync(self, _report: Any) -> None:
        self.refresh()
        self._refresh_history()
        self._refresh_overview()
        if self._awaited:
            self._runner.run(answered_steps, self._services, dict(self._awaited),
                             on_done=self._server_answered)

    def _server_answered(self, answered: list[ReviewStep]) -> None:
        """Say so when the server refused a step taken here (the workflow moved on)."""
        for step in answered:
            self._awaited.pop(step.id, None)
            if step.refused:
                self._show_refusal(
                    self.tr("The server refused the step “{0}”.").format(step_name(step.action)),
                    step.refused)

    # -- the review history ----------------------------------------------------------------------

    def show_history(self) -> None:
        if self.history_dialog is None:
            self.history_dialog = ReviewTimelineDialog(self._window)
        self._refresh_history(force=True)
        self.history_dialog.show()
        self.history_dialog.raise_()
        self.history_dialog.activateWindow()

    def _refresh_history(self, force: bool = False) -> None:
        dialog = self.history_dialog
        plan_id = self._plan_id()
        if dialog is None or plan_id is None or not (force or dialog.isVisible()):
            return
        title = self._window.plan_page.title_edit.text()

        def read() -> tuple[ReviewState, list[ReviewStep]]:
            return self._services.review.state(plan_id), self._services.review.timeline(plan_id)

        def show(answer: tuple[ReviewState, list[ReviewStep]]) -> None:
            if dialog is self.history_dialog:
                dialog.show_steps(title, answer[0].status.value, answer[1])
                self.historyShown.emit()

        self._runner.run(read, on_done=show, on_error=self._state_failed)

    # -- the coordinator overview ----------------------------------------------------------------

    def show_overview(self) -> None:
        if self.overview_dialog is None:
            self.overview_dialog = OverviewDialog(self._window)
            self.overview_dialog.planRequested.connect(self._open_from_overview)
        self._refresh_overview(force=True)
        self.overview_dialog.show()
        self.overview_dialog.raise_()
        self.overview_dialog.activateWindow()
        self.overview_dialog.table.setFocus()

    def _refresh_overview(self, force: bool = False) -> None:
        dialog = self.overview_dialog
        if dialog is None or not (force or dialog.isVisible()):
            return

        def show(answer: tuple[list[OverviewRow], str | None]) -> None:
            dialog.set_rows(*answer)
            self.overviewShown.emit()

        self._runner.run(overview_rows, self._services, on_done=show)

    def _open_from_overview(self, plan_id: str) -> None:
        self._window.select_plan(plan_id)
        self._window.raise_()
        self._window.activateWindow()


def answered_steps(services: WorkspaceServices, awaited: dict[str, str]) -> list[ReviewStep]:
    """Of the awaited steps (plan id by step id), those the server took or refused."""
    answered = []
    for plan_id in set(awaited.values()):
        try:
            steps = services.review.timeline(plan_id)
        except NotFoundError:
            continue
        answered += [s for s in steps if s.id in awaited and not s.pending]
    return answered


def overview_rows(services: WorkspaceServices) -> tuple[list[OverviewRow], str | None]:
    """The overview's rows, and the account's role (None: never signed in)."""
    account = services.sync.account()
    return plan_overview(services), account.role if account is not None else None
