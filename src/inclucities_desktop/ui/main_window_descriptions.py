"""What screen readers say about the main window's own controls, beyond their names.

Kept apart from main_window.py, which several people change at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from inclucities_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


def describe_main_window(window: MainWindow) -> None:
    window.plan_list.setAccessibleDescription(translate(
        "MainWindowDescriptions",
        "Every plan of this workspace; the chosen one opens beside the list. Ctrl+L comes "
        "back here."))
    window.filter_edit.setAccessibleDescription(translate(
        "MainWindowDescriptions",
        "Shows only the plans whose title, city or status contains these words"))
    window.new_plan_button.setAccessibleDescription(translate(
        "MainWindowDescriptions", "Create an action plan for a city"))
    window.save_state.setAccessibleDescription(translate(
        "MainWindowDescriptions", "Whether every change has been written to the workspace"))
