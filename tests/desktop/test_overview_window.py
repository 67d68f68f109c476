"""Review → Coordinator overview over a workspace of eight plans in every review status."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from inclucities_core.template import load_template
from inclucities_desktop.services.comments import Anchor
from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.schema import comments, plans
from inclucities_desktop.ui.appearance import apply_color_scheme
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.overview_model import (
    COMPLETENESS,
    LAST_CHANGE,
    STATUS,
    OverviewModel,
)
from inclucities_desktop.ui.settings import WindowSettings, open_settings

WORDS = " ".join(["parola"] * 320)
# (city, title, language, status, sections drafted, open comments, last change)
MORE_PLANS = [
    ("brussels", "Bruxelles, ville inclusive 2026-2028", "fr", "approved", 12, 0,
     "2026-03-14T09:30:00.000+00:00"),
    ("mechelen", "Mechelen: samenleven in diversiteit 2026-2028", "nl", "endorsed", 10, 2,
     "2026-05-02T15:10:00.000+00:00"),
    ("fuenlabrada", "Fuenlabrada acoge: plan local de inclusión 2026-2028", "es",
     "submitted_to_coordinator", 11, 1, "2026-06-21T11:45:00.000+00:00"),
    ("schaerbeek", "Schaerbeek, commune accueillante 2026-2028", "fr", "changes_requested", 1, 0,
     "2025-11-03T08:05:00.000+00:00"),
]
SAMPLE_DATES = ["2026-04-08T10:00:00.000+00:00", "2026-06-30T17:20:00.000+00:00",
                "2026-01-19T13:00:00.000+00:00", "2025-12-12T16:40:00.000+00:00"]


def programme(services: WorkspaceServices) -> dict[str, str]:
    """The four sample plans and four more, in every review status, with comments;
    returns each plan's last change by plan id."""
    install_sample(services)
    keys = [s.key for s in load_template().sections if s.kind == "text"]
    dates = {}
    for sample, when in zip(sorted(p.id for p in services.plans.list_plans()), SAMPLE_DATES,
                            strict=True):
        dates[sample] = when
    for city, title, language, status, drafted, open_comments, when in MORE_PLANS:
        plan = services.plans.create(city_id=city, title=title, language=language)
        for key in keys[:drafted]:
            services.plans.set_section_text(plan.id, key, WORDS)
        for number in range(open_comments):
            services.comments.add(plan.id, f"Osservazione {number + 1}",
                                  Anchor.on_section(keys[number]))
        services.plans.set_field(plan.id, "status", status)
        dates[plan.id] = when
    with services.workspace.begin() as connection:
        for plan_id, when in dates.items():
            connection.execute(update(plans).where(plans.c.id == plan_id)
                               .values(updated_at=when))
            connection.execute(update(comments).where(comments.c.plan_id == plan_id)
                               .values(created_at=when))
    return dates


@pytest.fixture
def window(qtbot: Any, services: WorkspaceServices, runner: Any) -> Iterator[MainWindow]:
    made = MainWindow(services, runner, WindowSettings(open_settings(), "overview"))
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    yield made
    made.close()


@pytest.fixture
def dates(services: WorkspaceServices) -> dict[str, str]:
    return programme(services)


def open_overview(qtbot: Any, window: MainWindow) -> Any:
    ui = window.review_ui
    with qtbot.waitSignal(ui.overviewShown, timeout=20000):
        ui.overview_action.trigger()
    return ui.overview_dialog


def click_header(qtbot: Any, dialog: Any, column: int) -> None:
    header = dialog.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_overview_model_passes_the_model_tester(
        qtmodeltester: Any, services: WorkspaceServices, dates: dict[str, str]) -> None:
    from inclucities_desktop.services.overview import plan_overview

    model = OverviewModel()
    model.set_rows(plan_overview(services))
    qtmodeltester.check(model)


def test_the_overview_sorts_filters_and_opens_a_plan(
        qtbot: Any, window: MainWindow, dates: dict[str, str]) -> None:
    with qtbot.waitSignal(window.plansLoaded, timeout=20000):
        window.reload_plans()
    action = window.review_ui.overview_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")
    assert action.text() == "Coordinator &overview…"
    dialog = open_overview(qtbot, window)
    assert dialog.isVisible() and dialog.proxy.rowCount() == 8
    assert dialog.count.text().startswith("8 plan")  # "plans" once translated (plurals)
    assert "in this workspace" in dialog.heading.text()  # never signed in: no account

    def column(number: int) -> list[str]:
        proxy = dialog.proxy
        return [proxy.index(row, number).data() for row in range(proxy.rowCount())]

    # Completeness sorts as a share, not as text ("12/14" after "2/14").
    click_header(qtbot, dialog, COMPLETENESS)
    header = dialog.table.horizontalHeader()
    if header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder:
        click_header(qtbot, dialog, COMPLETENESS)
    shown = column(COMPLETENESS)
    shares = [int(done) / int(total) for done, total in (s.split("/") for s in shown)]
    assert shares == sorted(shares) and shown[-1] == "12/14" and shown[0] == "1/14"
    assert sorted(shown) != shown  # as text they would sort otherwise

    # The last change sorts by time, not by how the locale writes it.
    dialog.table.sortByColumn(LAST_CHANGE, Qt.SortOrder.AscendingOrder)
    assert dialog.plan_ids_shown() == sorted(dates, key=dates.__getitem__)
    dialog.table.sortByColumn(LAST_CHANGE, Qt.SortOrder.DescendingOrder)
    assert dialog.plan_ids_shown() == sorted(dates, key=dates.__getitem__, reverse=True)

    # Statuses sort in workflow order and filter by the combo.
    dialog.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert column(STATUS)[0] == "Draft" and column(STATUS)[-1] == "Approved"
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Draft"))
    assert column(STATUS) == ["Draft", "Draft"]
    assert dialog.count.text().startswith("2 plan")
    # Text and status together: the draft whose mentor city is Schaerbeek.
    qtbot.keyClicks(dialog.filter_edit, "schaer")
    assert column(1) == ["Jelgava"]
    dialog.status_combo.setCurrentIndex(0)  # all statuses: Schaerbeek's own plan too
    assert sorted(column(1)) == ["Jelgava", "Schaerbeek"]

    # Enter opens the chosen plan in the main window.
    dialog.filter_edit.clear()
    target = next(p for p in dates if dialog.model.row_of(p) >= 0
                  and "Fuenlabrada acoge" in str(dialog.model.index(
                      dialog.model.row_of(p), 0).data()))
    dialog.select_plan(target)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.plan_page.plan_id == target, timeout=20000)
    assert window.plan_page.status_chip.text() == "Submitted to coordinator"
    # ... and so does a double click.
    other = dialog.plan_ids_shown()[-1]
    dialog.select_plan(other)
    rect = dialog.table.visualRect(dialog.table.currentIndex())
    # As a real double click: press and release, then the double click (QTest sends only it).
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    qtbot.waitUntil(lambda: window.plan_page.plan_id == other, timeout=20000)


@pytest.fixture
def restore_colours(qapp: QApplication) -> Iterator[None]:
    yield
    apply_color_scheme("system")


def test_screenshots_of_the_overview_light_and_dark(
        qtbot: Any, window: MainWindow, dates: dict[str, str], folder: Path,
        restore_colours: None) -> None:
    with qtbot.waitSignal(window.plansLoaded, timeout=20000):
        window.reload_plans()
    dialog = open_overview(qtbot, window)
    dialog.resize(1240, 420)
    dialog.table.sortByColumn(LAST_CHANGE, Qt.SortOrder.DescendingOrder)
    dialog.select_plan(dialog.plan_ids_shown()[1])
    qtbot.wait(100)
    assert dialog.grab().save(str(folder / "coordinator-overview.png"))

    apply_color_scheme("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    qtbot.wait(100)
    path = folder / "coordinator-overview-dark.png"
    assert dialog.grab().save(str(path))
    image = QImage(str(path))
    assert QColor(image.pixel(5, image.height() - 5)).lightness() < 128
