"""Pictures of the actions table with its detail form, and of the budget, for docs/.

``pytest tests/desktop/test_actions_screenshots.py --screenshots docs/screenshots`` writes
them there; without the option they go to a temporary folder (the drawing is still tested).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack

from inclucities_desktop.ui.actions_view import ActionsView
from inclucities_desktop.ui.budget_view import BudgetView
from inclucities_desktop.ui.i18n import set_ui_language

SIZE = (1280, 800)


@pytest.fixture
def italian(qapp: Any) -> Iterator[None]:
    """Numbers, money and months as an Italian team sees them."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    set_ui_language("it")
    yield
    set_ui_language(None)
    QLocale.setDefault(previous)


def test_actions_table_screenshot(qtbot: Any, runner: Any, services: Any,
                                  partinico_plan: str, folder: Path, italian: None) -> None:
    view = ActionsView(runner, services, QUndoStack())
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    first = services.actions.list(partinico_plan)[0].id
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show_plan(partinico_plan)
        view.select_action(first)
    view.table.setFocus()
    qtbot.wait(50)
    assert view.detail.action_id == first
    picture = view.grab()
    assert picture.width() == SIZE[0]
    assert picture.save(str(folder / "actions-table.png"))


def test_budget_screenshot(qtbot: Any, runner: Any, services: Any, partinico_plan: str,
                           folder: Path, italian: None) -> None:
    view = BudgetView(runner, services)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.show_plan(partinico_plan)
    view.setContentsMargins(12, 8, 12, 8)
    view.resize(SIZE[0], view.sizeHint().height() + 16)
    view.show()
    qtbot.wait(50)
    picture = view.grab()
    assert picture.save(str(folder / "budget.png"))
