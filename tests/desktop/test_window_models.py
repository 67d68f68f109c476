"""The window's own item models pass pytest-qt's model tester, empty and filled."""

from __future__ import annotations

from inclucities_core.model import Completeness, PlanSummary
from inclucities_desktop.ui.plan_list_model import PLAN_ID_ROLE, PlanListModel
from inclucities_desktop.ui.section_list_model import SectionListModel, SectionRow


def test_plan_list_model(qtmodeltester) -> None:
    model = PlanListModel()
    qtmodeltester.check(model)
    model.set_plans([
        PlanSummary("p1", "Piano", "partinico", "Partinico", "it", "draft",
                    "2026-01-01T00:00:00", None),
        PlanSummary("p2", "Σχέδιο", "livadia", "Livadia", "el", "approved",
                    "2026-01-02T00:00:00", None),
    ])
    qtmodeltester.check(model)
    assert model.index(1).data(PLAN_ID_ROLE) == "p2"
    assert model.row_of("p2") == 1 and model.row_of("nope") == -1


def test_section_list_model(qapp, qtmodeltester) -> None:
    model = SectionListModel()
    qtmodeltester.check(model)
    model.set_sections([
        SectionRow("executive_summary", "1", "Executive summary", "text", Completeness.EMPTY),
        SectionRow("actions", "7", "Actions", "actions", Completeness.STARTED),
    ])
    model.set_marks({"executive_summary": Completeness.COMPLETE})
    qtmodeltester.check(model)
    assert model.row(0).mark == Completeness.COMPLETE
    assert model.index(0).data() == "1. Executive summary"
