"""The main window driven as a user would: welcome, sample, new plan, typing, search, trash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTextEdit

from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.app import workspace_key
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.new_plan_dialog import NewPlanDialog
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner


def make_window(qtbot, services: WorkspaceServices, runner: ServiceRunner) -> MainWindow:
    settings = WindowSettings(open_settings(), workspace_key(services.workspace.data_dir))
    window = MainWindow(services, runner, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.plansLoaded, timeout=20000):
        window.reload_plans()
    return window


@pytest.fixture
def window(qtbot, services: WorkspaceServices, runner: ServiceRunner) -> Iterator[MainWindow]:
    made = make_window(qtbot, services, runner)
    yield made
    made.close()


@pytest.fixture
def sample_window(
    qtbot, services: WorkspaceServices, runner: ServiceRunner
) -> Iterator[MainWindow]:
    install_sample(services)
    made = make_window(qtbot, services, runner)
    yield made
    made.close()


def plan_titles(window: MainWindow) -> list[str]:
    model = window.plan_model
    return [model.data(model.index(row)).split("\n")[0] for row in range(model.rowCount())]


def open_first_plan(qtbot, window: MainWindow) -> str:
    plan_id = window.plan_model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    # The window opens the newest plan by itself after loading the list, so this plan may
    # be shown already, or still loading: wait for the page rather than for a signal.
    window.select_plan(plan_id)
    qtbot.waitUntil(lambda: window.plan_page.plan_id == plan_id and window._opening is None,
                    timeout=20000)
    return plan_id


def test_an_empty_workspace_opens_on_the_welcome_screen(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert window.plan_model.rowCount() == 0


def test_the_sample_workspace_adds_four_plans_in_their_languages(
    qtbot, window: MainWindow, services: WorkspaceServices
) -> None:
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.plan_model.rowCount() == 4
    assert {p.language for p in services.plans.list_plans()} == {"it", "fr", "el", "lv"}
    assert len(services.cities.list()) == 8
    assert window.pages.currentWidget() is window.plan_page


def test_a_new_plan_is_created_through_the_dialog(
    qtbot, window: MainWindow, services: WorkspaceServices
) -> None:
    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPlanDialog)
        dialog.city.setEditText("Λιβαδειά")
        dialog.title_edit.setText("Σχέδιο δράσης για την ένταξη")
        dialog.language.setCurrentIndex(dialog.language.findData("el"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(100, fill_dialog)
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        window.new_plan_action.trigger()
    plans = services.plans.list_plans()
    assert [p.title for p in plans] == ["Σχέδιο δράσης για την ένταξη"]
    assert plans[0].language == "el"
    assert plans[0].city_name == "Λιβαδειά"
    # The navigator lists the template's sections; Greek plans get an English summary too.
    assert window.plan_page.sections_model.rowCount() == 14


def test_typing_in_a_section_is_saved_and_marks_it_started(
    qtbot, sample_window: MainWindow, services: WorkspaceServices
) -> None:
    window = sample_window
    plan_id = open_first_plan(qtbot, window)
    window.plan_page.show_section("timeline")
    editor = window.plan_page.editor
    with qtbot.waitSignal(editor.saved, timeout=20000):
        qtbot.keyClicks(editor.findChild(QTextEdit), "Fase uno")
    assert "Fase uno" in services.plans.section(plan_id, "timeline").text


def test_undo_in_the_window_takes_back_typing(
    qtbot, sample_window: MainWindow, services: WorkspaceServices
) -> None:
    window = sample_window
    plan_id = open_first_plan(qtbot, window)
    window.plan_page.show_section("timeline")
    editor = window.plan_page.editor
    before = services.plans.section(plan_id, "timeline").text
    qtbot.keyClicks(editor.findChild(QTextEdit), "provvisorio")
    qtbot.waitUntil(
        lambda: "provvisorio" in services.plans.section(plan_id, "timeline").text,
        timeout=20000)
    assert window.undo_action.isEnabled()
    while window.undo_stack.canUndo():
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: services.plans.section(plan_id, "timeline").text == before,
                    timeout=20000)
    assert editor.findChild(QTextEdit).toPlainText() == ""
    window.redo_action.trigger()
    qtbot.waitUntil(
        lambda: "provvisorio" in services.plans.section(plan_id, "timeline").text,
        timeout=20000)


def test_search_jumps_to_the_plan_and_section(
    qtbot, sample_window: MainWindow, services: WorkspaceServices
) -> None:
    window = sample_window
    target = next(p for p in services.plans.list_plans() if p.language == "lv")
    hits = services.search("Jelgava")
    assert hits
    window.search_ui.search_action.trigger()
    dialog = window.search_ui.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "Jelgava")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=20000)
    first = dialog.results.item(0)
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        dialog.results.itemActivated.emit(first)
    assert window.plan_page.plan_id == target.id


def test_a_plan_moved_to_the_trash_can_be_restored(
    qtbot, sample_window: MainWindow, services: WorkspaceServices
) -> None:
    window = sample_window
    plan_id = open_first_plan(qtbot, window)
    with qtbot.waitSignal(window.plansLoaded, timeout=20000):
        window.trash_plan_action.trigger()
    assert window.plan_model.row_of(plan_id) < 0
    assert [p.id for p in services.plans.list_plans(deleted=True)] == [plan_id]
    window.show_trash_action.trigger()
    trash = window._trash_dialog
    assert trash is not None
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1, timeout=20000)
    trash.view.setCurrentIndex(trash.model.index(0))
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        trash.restore_button.click()
    assert window.plan_model.row_of(plan_id) >= 0
    assert services.plans.list_plans(deleted=True) == []


def test_the_window_reopens_the_last_plan_and_its_layout(
    qtbot, services: WorkspaceServices, runner: ServiceRunner
) -> None:
    install_sample(services)
    first = make_window(qtbot, services, runner)
    plan_id = services.plans.list_plans()[-1].id
    with qtbot.waitSignal(first.planOpened, timeout=20000):
        first.select_plan(plan_id)
    # Within the offscreen screen (800 x 800): restoreGeometry() keeps a window on screen.
    first.resize(777, 555)
    first.splitter.setSizes([233, 544])
    first.close()
    QSettings().sync()

    second = MainWindow(services, runner, WindowSettings(
        open_settings(), workspace_key(services.workspace.data_dir)))
    qtbot.addWidget(second)
    second.show()
    with qtbot.waitSignal(second.planOpened, timeout=20000):
        second.reload_plans()
    assert second.plan_page.plan_id == plan_id
    assert second.size().width() == 777
    assert second.splitter.sizes()[0] == 233
    second.close()


def test_the_data_folder_comes_from_the_option_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inclucities_desktop.paths import data_dir

    monkeypatch.setenv("INCLUCITIES_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir() == (tmp_path / "from-env").resolve()
    assert data_dir(tmp_path / "explicit") == (tmp_path / "explicit").resolve()
