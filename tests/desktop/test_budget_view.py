"""The budget view: totals derived from the actions' funding lines."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inclucities_desktop.ui.budget_view import BudgetRow, BudgetTableModel, BudgetView


@pytest.fixture
def budget(qtbot: Any, runner: Any, services: Any, partinico_plan: str) -> BudgetView:
    view = BudgetView(runner, services)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.show_plan(partinico_plan)
    return view


def _table(model: BudgetTableModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_budget_model_passes_the_model_tester(qtmodeltester: Any, qapp: Any) -> None:
    model = BudgetTableModel()
    qtmodeltester.check(model)
    model.set_rows(("Source", "Secured", "Total"), (
        BudgetRow("AMIF", (Decimal(10), Decimal(10))),
        BudgetRow("All", (Decimal(10), Decimal(10)), is_total=True),
    ))
    qtmodeltester.check(model)


def test_totals_by_source_and_status(budget: BudgetView) -> None:
    model = budget.source_model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert headers == ["Source", "Secured", "Applied for", "Planned", "Total"]
    rows = _table(model)
    assert [r[0] for r in rows] == ["Municipal", "National", "AMIF", "ESF+", "ERDF", "Private",
                                    "In kind", "All sources"]
    amif = rows[2]
    assert amif[1] == "€85,000.00" and amif[2] == "€12,000.00" and amif[3] == "–"
    assert amif[4] == "€97,000.00"
    assert rows[-1][1:] == ["€136,000.00", "€62,000.00", "€210,000.00", "€408,000.00"]


def test_totals_by_eu_area(budget: BudgetView) -> None:
    rows = _table(budget.area_model)
    assert rows == [
        ["Education and training", "€65,000.00"],
        ["Employment and skills", "€196,000.00"],
        ["Health", "€106,000.00"],
        ["Housing", "€256,000.00"],
    ]


def test_the_headline_gives_secured_of_total(budget: BudgetView) -> None:
    assert budget.headline.text() == "Secured €136,000.00 of €408,000.00 (33.3 %)"


def test_a_cancelled_action_no_longer_counts(
    qtbot: Any, budget: BudgetView, services: Any, partinico_plan: str
) -> None:
    housing = next(a for a in services.actions.list(partinico_plan) if a.code == "A4.1")
    services.actions.set_field(housing.id, "status", "cancelled")
    with qtbot.waitSignal(budget.refreshed, timeout=20000):
        budget.refresh()
    assert budget.totals is not None and budget.totals.total == Decimal(258000)
    assert "ERDF" not in [row[0] for row in _table(budget.source_model)]


def test_a_plan_without_funding(qtbot: Any, runner: Any, services: Any) -> None:
    plan = services.plans.create(city_id="partinico", title="T", language="it")
    services.actions.add(plan.id, {"code": "A1", "title": "Senza fondi"})
    view = BudgetView(runner, services)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.show_plan(plan.id)
    assert view.headline.text().startswith("No funding lines yet")
    assert _table(view.source_model) == [["All sources", "€0.00", "€0.00", "€0.00", "€0.00"]]


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
