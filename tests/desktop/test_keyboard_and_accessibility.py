"""Without a mouse: Tab reaches every area of the window, and every control it reaches has a
name for screen readers (its own text, or an accessible name)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QToolButton,
    QWidget,
)

from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner


@pytest.fixture
def window(qtbot, services: WorkspaceServices, runner: ServiceRunner) -> Iterator[MainWindow]:
    install_sample(services)
    partinico = next(p for p in services.plans.list_plans() if p.city_id == "partinico")
    made = MainWindow(services, runner, WindowSettings(open_settings(), "key"))
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    made.activateWindow()
    with qtbot.waitSignal(made.planOpened, timeout=20000):
        made.reload_plans(select=partinico.id)
    yield made
    made.close()


def tab_through(window: MainWindow, start: QWidget, presses: int = 80) -> list[QWidget]:
    """The widgets that hold the focus, in order, while Tab is pressed from ``start``
    (Ctrl+Tab in the text and the tables, whose Tab stays inside)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        if focused is None or (focused is start and len(visited) > 1):
            break  # once round the window
        if focused not in visited:
            visited.append(focused)
        modifier = (Qt.KeyboardModifier.ControlModifier if _keeps_tab(focused)
                    else Qt.KeyboardModifier.NoModifier)
        QTest.keyClick(focused, Qt.Key.Key_Tab, modifier)
        QApplication.processEvents()
    return visited


def _keeps_tab(widget: QWidget) -> bool:
    return widget.metaObject().className() in ("RichTextEdit", "QTableView", "QTextEdit",
                                                "QPlainTextEdit")


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    owner = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(owner, QAbstractSpinBox | QComboBox):
        return owner.accessibleName()  # the editor inside a spin or combo box
    return ""


def test_tab_reaches_every_area_of_a_text_section(qtbot, window: MainWindow) -> None:
    window.plan_page.show_section("context_needs")
    qtbot.wait(100)
    visited = tab_through(window, window.filter_edit)
    page = window.plan_page
    for wanted in (window.plan_list, window.new_plan_button, page.navigator, page.title_edit):
        assert wanted in visited, f"Tab never reaches {wanted.accessibleName()}"
    names = [spoken_name(widget) for widget in visited]
    assert "Section text" in names
    assert "Paragraph style" in names and "Bold" in names and "Insert table…" in names
    nameless = [type(widget).__name__ for widget in visited if not spoken_name(widget)]
    assert not nameless, f"no name for screen readers: {nameless}"


def test_tab_reaches_the_actions_and_their_form(qtbot, window: MainWindow) -> None:
    window.plan_page.show_section("actions")
    view = window.plan_page.actions_view
    qtbot.waitUntil(lambda: view.selected_action_id() is not None, timeout=20000)
    visited = tab_through(window, window.filter_edit, presses=120)
    names = [spoken_name(widget) for widget in visited]
    assert "Actions of the plan" in names
    for field in ("Code", "Title", "Objective", "Description"):
        assert field in names, f"Tab never reaches the {field} field"
    nameless = [type(widget).__name__ for widget in visited if not spoken_name(widget)]
    assert not nameless, f"no name for screen readers: {nameless}"


def test_every_menu_command_has_an_accelerator_or_a_shortcut(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                assert "&" in action.text(), action.text()


def test_a_focused_toolbar_button_shows_its_focus(qtbot, window: MainWindow) -> None:
    window.plan_page.show_section("context_needs")
    qtbot.wait(100)
    bold = next(button for button in window.findChildren(QToolButton)
                if button.accessibleName() == "Bold")

    def highlight_pixels() -> int:
        image = bold.grab().toImage()
        highlight = bold.palette().color(QPalette.ColorRole.Highlight)
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if QColor(image.pixel(x, y)).rgb() == highlight.rgb())

    window.plan_page.title_edit.setFocus()
    assert highlight_pixels() == 0
    bold.setFocus(Qt.FocusReason.TabFocusReason)
    assert bold.hasFocus()
    assert highlight_pixels() > 20  # a frame in the highlight colour


def test_the_main_controls_describe_themselves(window: MainWindow) -> None:
    page = window.plan_page
    for widget in (window.plan_list, window.filter_edit, window.new_plan_button,
                   window.save_state, page.navigator, page.title_edit,
                   page.actions_view.table, page.editor.text_edit):
        assert spoken_name(widget), type(widget).__name__
        assert widget.accessibleDescription(), spoken_name(widget)
