"""The main window: the plan list, the welcome screen or the open plan, menus and status."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.model import PlanSummary
from inclucities_desktop.services.plan_opening import OpenedPlan, open_plan
from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.about_dialog import AboutDialog
from inclucities_desktop.ui.comments_ui import CommentsUi
from inclucities_desktop.ui.error_dialog import show_error
from inclucities_desktop.ui.export_ui import ExportUi
from inclucities_desktop.ui.focus import TablesLeaveOnCtrlTab, install_visible_focus_style
from inclucities_desktop.ui.history_ui import HistoryUi
from inclucities_desktop.ui.i18n import ui_language
from inclucities_desktop.ui.main_window_descriptions import describe_main_window
from inclucities_desktop.ui.new_plan_dialog import NewPlanDialog, NewPlanRequest
from inclucities_desktop.ui.plan_list_model import PLAN_ID_ROLE, PlanListModel
from inclucities_desktop.ui.plan_page import PlanPage
from inclucities_desktop.ui.restart import offer_restart
from inclucities_desktop.ui.review_ui import ReviewUi
from inclucities_desktop.ui.search_ui import SearchUi
from inclucities_desktop.ui.settings import WindowSettings
from inclucities_desktop.ui.settings_dialog import SettingsDialog
from inclucities_desktop.ui.shortcuts_dialog import ShortcutsDialog
from inclucities_desktop.ui.sync_ui import SyncUi
from inclucities_desktop.ui.task_runner import ServiceRunner
from inclucities_desktop.ui.trash_dialog import TrashDialog
from inclucities_desktop.ui.welcome_page import WelcomePage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    plansLoaded = Signal()  # the plan list holds the workspace's plans (start-up, tests)
    planOpened = Signal(str)

    def __init__(
        self,
        services: WorkspaceServices,
        runner: ServiceRunner,
        settings: WindowSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("IncluCities"))
        self._trash_dialog: TrashDialog | None = None
        self._restoring_last_plan = True
        self._opening: str | None = None  # the plan being read for display

        self.plan_model = PlanListModel(self)
        self.plan_filter = QSortFilterProxyModel(self)
        self.plan_filter.setSourceModel(self.plan_model)
        self.plan_filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.plan_list = QListView()
        self.plan_list.setModel(self.plan_filter)
        self.plan_list.setAccessibleName(self.tr("Plans"))
        self.plan_list.setSpacing(2)
        self.plan_list.setWordWrap(True)
        self.plan_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter plans"))
        self.filter_edit.setAccessibleName(self.tr("Filter plans"))
        self.filter_edit.setClearButtonEnabled(True)
        self.new_plan_button = QPushButton(self.tr("New plan…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        plans_label = QLabel(self.tr("&Plans"))
        plans_label.setBuddy(self.plan_list)
        left_layout.addWidget(plans_label)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.plan_list, 1)
        left_layout.addWidget(self.new_plan_button)

        self.welcome = WelcomePage()
        self.plan_page = PlanPage(runner, services, self.undo_stack)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.plan_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1040])
        self.setCentralWidget(self.splitter)

        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_state)
        self.export_ui = ExportUi(self, services, runner)
        self.search_ui = SearchUi(self, services, runner)
        self._build_menus()
        self.sync_ui = SyncUi(self, services, runner)
        self.comments_ui = CommentsUi(self, services, runner)
        self.review_ui = ReviewUi(self, services, runner)
        self.history_ui = HistoryUi(self, services, runner)
        install_visible_focus_style()
        describe_main_window(self)
        self._tables_leave_on_ctrl_tab = TablesLeaveOnCtrlTab(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._tables_leave_on_ctrl_tab)
        self._connect()
        self._restore_layout()
        self._show_saved(False)

    # -- construction -------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: object) -> QAction:
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.new_plan_action = action(self.tr("&New plan…"), QKeySequence.StandardKey.New,
                                      self.new_plan)
        self.sample_action = action(self.tr("Add the &sample plans"), None, self.add_sample)
        self.trash_plan_action = action(self.tr("Move plan to &trash"), "Ctrl+Shift+Delete",
                                        self.move_current_plan_to_trash)
        self.show_trash_action = action(self.tr("T&rash…"), None, self.show_trash)
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for item in (self.new_plan_action, self.sample_action, None,
                     self.export_ui.export_action, self.export_ui.batch_export_action, None,
                     self.trash_plan_action,
                     self.show_trash_action, None, self.quit_action):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Y")])
        self.preferences_action = action(self.tr("&Preferences…"), "Ctrl+,",
                                         self.show_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for item in (self.undo_action, self.redo_action, None, self.search_ui.search_action, None,
                     self.preferences_action):
            edit_menu.addSeparator() if item is None else edit_menu.addAction(item)

        self.next_section_action = action(self.tr("&Next section"), "Ctrl+PgDown",
                                          lambda: self._step_section(1))
        self.previous_section_action = action(self.tr("&Previous section"), "Ctrl+PgUp",
                                              lambda: self._step_section(-1))
        self.focus_plans_action = action(self.tr("Go to the plan &list"), "Ctrl+L",
                                         self.plan_list.setFocus)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for item in (self.next_section_action, self.previous_section_action,
                     self.focus_plans_action):
            go_menu.addAction(item)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = action(self.tr("&Keyboard shortcuts"), None,
                                       self.show_shortcuts)
        self.about_action = action(self.tr("&About IncluCities"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.plan_filter.setFilterFixedString)
        self.plan_list.selectionModel().currentChanged.connect(self._on_plan_chosen)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.welcome.newPlanRequested.connect(self.new_plan)
        self.welcome.sampleRequested.connect(self.add_sample)
        self.runner.busyChanged.connect(self._show_saved)
        self.runner.failed.connect(lambda error: show_error(error, self))
        self.plan_page.planRenamed.connect(lambda _plan, _title: self.reload_plans())
        self.sync_ui.plansChanged.connect(self._after_sync_changes)

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        for name, splitter in self._splitters().items():
            state = self.settings.splitter(name)
            if state is not None:
                splitter.restoreState(state)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.splitter, "plan": self.plan_page.splitter}

    # -- the plan list ------------------------------------------------------------------

    def reload_plans(self, select: str | None = None) -> None:
        self.runner.run(self.services.plans.list_plans,
                        on_done=lambda rows: self._show_plans(rows, select))

    def _show_plans(self, rows: list[PlanSummary], select: str | None) -> None:
        current = select or self.plan_page.plan_id
        if self._restoring_last_plan:
            self._restoring_last_plan = False
            current = current or self.settings.last_plan()
        self.plan_model.set_plans(rows)
        self.plansLoaded.emit()
        if not rows:
            self._show_welcome()
            return
        if not current or self.plan_model.row_of(current) < 0:
            current = rows[0].id  # the most recently changed plan
        self.select_plan(current)

    def _show_welcome(self) -> None:
        self.plan_page.close_plan()
        self.undo_stack.clear()
        self.pages.setCurrentWidget(self.welcome)
        self.trash_plan_action.setEnabled(False)
        self.export_ui.export_action.setEnabled(False)

    def select_plan(self, plan_id: str) -> None:
        if self.plan_model.row_of(plan_id) < 0:
            return
        self.show_in_list(plan_id)  # opens it, through _on_plan_chosen
        if self.plan_page.plan_id != plan_id and self._opening != plan_id:
            self.open_plan(plan_id)

    def show_in_list(self, plan_id: str) -> None:
        row = self.plan_model.row_of(plan_id)
        index = self.plan_filter.mapFromSource(self.plan_model.index(row))
        if row >= 0 and index.isValid():
            self.plan_list.setCurrentIndex(index)

    def _on_plan_chosen(self, current: object, _previous: object) -> None:
        index = self.plan_list.currentIndex()
        if index.isValid():
            plan_id = index.data(PLAN_ID_ROLE)
            if plan_id not in (self.plan_page.plan_id, self._opening):
                self.open_plan(plan_id)

    def open_plan(self, plan_id: str, section_key: str | None = None,
                  then: object = None) -> None:
        self.plan_page.flush()
        self._opening = plan_id
        self.runner.run(open_plan, self.services, plan_id,
                        on_done=lambda opened: self._show_plan(opened, section_key, then))

    def _show_plan(self, opened: OpenedPlan, section_key: str | None, then: object) -> None:
        if opened.plan.id != self._opening:
            return  # another plan was chosen while this one loaded
        self._opening = None
        if self.plan_page.plan_id != opened.plan.id:
            self.undo_stack.clear()  # an undo must never change a plan that isn't shown
        self.plan_page.open(opened, section_key)
        self.pages.setCurrentWidget(self.plan_page)
        self.trash_plan_action.setEnabled(True)
        self.export_ui.export_action.setEnabled(True)
        self.settings.set_last_plan(opened.plan.id)
        self.setWindowTitle(self.tr("{0} — IncluCities").format(opened.plan.title))
        if callable(then):
            then()
        self.planOpened.emit(opened.plan.id)

    def refresh_open_plan(self) -> None:
        """Read the open plan again, e.g. after a sync brought others' changes."""
        plan_id = self.plan_page.plan_id
        if plan_id is None:
            return
        self.plan_page.flush()

        def show(opened: OpenedPlan) -> None:
            self.plan_page.refresh(opened)
            self.setWindowTitle(self.tr("{0} — IncluCities").format(opened.plan.title))

        self.runner.run(open_plan, self.services, plan_id, on_done=show,
                        on_error=lambda _error: self.reload_plans())

    def _after_sync_changes(self, report: object) -> None:
        self.reload_plans()
        if self.plan_page.plan_id in getattr(report, "changed_plan_ids", ()):
            self.refresh_open_plan()

    # -- commands -----------------------------------------------------------------------

    def new_plan(self) -> None:
        self.runner.run(self.services.cities.list, on_done=self._ask_new_plan)

    def _ask_new_plan(self, cities: list[object]) -> None:
        dialog = NewPlanDialog(cities, ui_language(), self)  # type: ignore[arg-type]
        if dialog.exec():
            self.runner.run(self._create_plan, dialog.request(),
                            on_done=lambda plan: self.reload_plans(select=plan.id))

    def _create_plan(self, request: NewPlanRequest) -> object:
        if request.city_is_new:
            self.services.cities.save(request.city)
        return self.services.plans.create(
            city_id=request.city.id, title=request.title, language=request.language,
            template_version=request.template_version,
        )

    def add_sample(self) -> None:
        self.statusBar().showMessage(self.tr("Adding the sample plans…"))
        self.runner.run(install_sample, self.services, on_done=self._sample_added)

    def _sample_added(self, added: list[str]) -> None:
        self.statusBar().showMessage(self.tr("%n sample plan(s) added", "", len(added)), 5000)
        self.reload_plans(select=added[0] if added else None)

    def move_current_plan_to_trash(self) -> None:
        plan_id = self.plan_page.plan_id
        if plan_id is None:
            return
        self.plan_page.close_plan()
        self.undo_stack.clear()
        self.runner.run(self.services.plans.move_to_trash, plan_id,
                        on_done=lambda _none: self._after_trash())

    def _after_trash(self) -> None:
        self.statusBar().showMessage(
            self.tr("The plan is in the trash; File → Trash… puts it back."), 8000)
        self.settings.set_last_plan(None)
        self.pages.setCurrentWidget(self.welcome)
        self.trash_plan_action.setEnabled(False)
        self.reload_plans()

    def show_trash(self) -> None:
        if self._trash_dialog is None:
            self._trash_dialog = TrashDialog(self)
            self._trash_dialog.restoreRequested.connect(self._restore_plan)
        self._refresh_trash()
        self._trash_dialog.show()
        self._trash_dialog.raise_()

    def _refresh_trash(self) -> None:
        dialog = self._trash_dialog
        if dialog is not None:
            self.runner.run(lambda: self.services.plans.list_plans(deleted=True),
                            on_done=dialog.set_plans)

    def _restore_plan(self, plan_id: str) -> None:
        def restored(_none: object) -> None:
            self._refresh_trash()
            self.reload_plans(select=plan_id)

        self.runner.run(self.services.plans.restore, plan_id, on_done=restored)

    def _step_section(self, step: int) -> None:
        view = self.plan_page.navigator
        row = view.currentIndex().row() + step
        if 0 <= row < self.plan_page.sections_model.rowCount():
            self.plan_page.show_section(self.plan_page.sections_model.row(row).key)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_preferences(self) -> None:
        dialog = SettingsDialog(self.settings.preferences(), self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Preferences saved"), 5000)
            if dialog.language_changed():
                offer_restart(self)

    def _show_saved(self, busy: bool) -> None:
        self.save_state.setText(self.tr("Saving…") if busy else self.tr("All changes saved"))

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.plan_page.flush()
        self.sync_ui.shutdown()
        if not self.runner.wait_idle(15_000):
            log.error("Closing while service calls are still running")
        self.settings.set_geometry(self.saveGeometry())
        for name, splitter in self._splitters().items():
            self.settings.set_splitter(name, splitter.saveState())
        super().closeEvent(event)
