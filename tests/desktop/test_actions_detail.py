"""The detail form: every field of the selected action, nested lists as small tables."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from inclucities_desktop.ui.actions_view import ActionsView
from inclucities_desktop.ui.budget_view import BudgetView


def _settle(view: ActionsView) -> None:
    view._runner.wait_idle()


def _select(view: ActionsView, code: str) -> str:
    row = next(r for r in range(view.model.rowCount()) if view.model.action_at(r).code == code)
    action_id = view.model.action_at(row).id
    view.select_action(action_id)
    return action_id


def test_the_form_shows_every_field_of_the_selected_action(actions_view: ActionsView) -> None:
    detail = actions_view.detail
    _select(actions_view, "A1.1")
    assert detail.editor("title").value() == "Sportello unico per l'integrazione"
    assert detail.editor("description").value().startswith("Un punto di accesso unico")
    assert detail.editor("mentor_lessons").value().startswith("Da Mechelen")
    assert detail.editor("lead_organisation").value() == "Comune di Partinico – Servizi sociali"
    assert detail.editor("lead_contact").value() == "servizisociali@comune.partinico.pa.it"
    assert detail.editor("target_groups").value().startswith("Nuovi arrivati")
    assert detail.editor("cross_cutting_areas").value() == ["partnerships", "digital_tools"]
    assert detail.editor("start_month").value() == "2025-01"
    assert detail.editor("status").value() == "ongoing"
    rows = {key: detail.table(key).model.rowCount()
            for key in ("partners", "milestones", "funding", "indicators", "risks")}
    assert rows == {"partners": 3, "milestones": 2, "funding": 3, "indicators": 2, "risks": 1}
    assert detail.table("funding").model.index(0, 0).data() == "AMIF"

    _select(actions_view, "A3.2")
    assert detail.editor("title").value() == "Campagna «Partinico città aperta»"
    assert detail.editor("description").value() == ""
    assert detail.table("partners").model.rowCount() == 0


def test_every_template_field_has_a_place_in_the_form(actions_view: ActionsView) -> None:
    template = actions_view.model.template
    assert template is not None
    for spec in template.action_fields:
        if spec.type == "table":
            assert actions_view.detail.table(spec.key).model.columnCount() == len(spec.item_fields)
        else:
            assert actions_view.detail.editor(spec.key).accessibleName()


def test_a_long_text_is_written_when_the_editor_is_left_and_can_be_undone(
    actions_view: ActionsView, services: Any
) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    action_id = _select(view, "A1.2")
    description = view.detail.editor("description")
    description.set_value("Corsi serali e del sabato mattina.\nBaby-sitting gratuito.")
    description.committed.emit()
    _settle(view)
    assert services.actions.get(action_id).get("description") == (
        "Corsi serali e del sabato mattina.\nBaby-sitting gratuito.")
    stack.undo()
    _settle(view)
    assert services.actions.get(action_id).get("description") == ""
    assert description.value() == ""


def test_switching_action_writes_what_was_typed(actions_view: ActionsView,
                                                services: Any) -> None:
    view = actions_view
    first = _select(view, "A2.1")
    view.detail.editor("lead_contact").setText("tirocini@comune.partinico.pa.it")
    _select(view, "A2.2")  # no editingFinished yet: the switch itself writes it
    _settle(view)
    assert services.actions.get(first).get("lead_contact") == "tirocini@comune.partinico.pa.it"
    assert view.detail.editor("lead_contact").value() == ""


def test_a_nested_row_edit_is_one_undo_step_of_the_whole_list(
    actions_view: ActionsView, services: Any
) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    action_id = _select(view, "A1.1")
    partners = view.detail.table("partners").model
    before = services.actions.get(action_id).get("partners")
    assert partners.setData(partners.index(1, 1), "Screening e orientamento sanitario")
    _settle(view)
    after = services.actions.get(action_id).get("partners")
    assert after[1] == {"id": "p-2", "name": "ASP Palermo – Distretto 41",
                        "role": "Screening e orientamento sanitario"}
    assert after[0] == before[0] and after[2] == before[2]
    assert stack.count() == 1

    view.detail.table("partners").view.selectRow(0)
    view.detail.table("partners").remove_action.trigger()
    _settle(view)
    assert [p["id"] for p in services.actions.get(action_id).get("partners")] == ["p-2", "p-3"]
    stack.undo()
    _settle(view)
    assert services.actions.get(action_id).get("partners") == after
    assert partners.rowCount() == 3
    stack.undo()
    _settle(view)
    assert services.actions.get(action_id).get("partners") == before


def test_a_new_funding_line_shows_in_the_budget(
    qtbot: Any, actions_view: ActionsView, runner: Any, services: Any, partinico_plan: str
) -> None:
    view = actions_view
    budget = BudgetView(runner, services)
    qtbot.addWidget(budget)
    view.changed.connect(lambda _plan: budget.refresh())  # as the window wires them
    with qtbot.waitSignal(budget.refreshed, timeout=20000):
        budget.show_plan(partinico_plan)
    assert budget.totals is not None and budget.totals.total == Decimal(408000)

    action_id = _select(view, "A3.2")
    funding = view.detail.table("funding")
    funding.add_action.trigger()
    _settle(view)
    lines = services.actions.get(action_id).get("funding")
    assert len(lines) == 2 and len(lines[1]["id"]) == 36  # a new uuid4
    model = funding.model
    model.setData(model.index(1, 0), "municipal")
    model.setData(model.index(1, 1), 7500.0)
    model.setData(model.index(1, 2), "secured")
    _settle(view)  # the view announced each change; the budget recomputed after each
    assert services.actions.get(action_id).get("funding")[1] == {
        "id": lines[1]["id"], "source": "municipal", "amount_eur": 7500, "status": "secured"}
    assert budget.totals.total == Decimal(415500)
    assert budget.totals.secured == Decimal(143500)
    assert "143,500.00" in budget.headline.text() or "143.500,00" in budget.headline.text()


def test_read_only_form(actions_view: ActionsView) -> None:
    actions_view.set_read_only(True)
    detail = actions_view.detail
    assert detail.editor("description").isReadOnly()
    assert not detail.editor("status").isEnabled()
    assert not detail.editor("eu_areas").isEnabled()
    funding = detail.table("funding")
    assert not funding.add_action.isEnabled()
    assert not funding.model.setData(funding.model.index(0, 1), 1.0)


def test_typing_is_written_after_a_pause_as_one_undo_step(
    qtbot: Any, actions_view: ActionsView, services: Any
) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    action_id = _select(view, "A2.2")
    lessons = view.detail.editor("mentor_lessons")
    lessons.setFocus()
    qtbot.waitUntil(lessons.hasFocus)
    qtbot.keyClicks(lessons, "Mechelen: ")
    qtbot.waitUntil(lambda: services.actions.get(action_id).get("mentor_lessons") == "Mechelen: ",
                    timeout=20000)
    qtbot.keyClicks(lessons, "banca dati delle competenze")
    qtbot.waitUntil(lambda: services.actions.get(action_id).get("mentor_lessons")
                    == "Mechelen: banca dati delle competenze", timeout=20000)
    _settle(view)
    assert lessons.value() == "Mechelen: banca dati delle competenze"  # nothing lost
    assert stack.count() == 1  # the pauses made one step, not two

    stack.undo()  # from the menu: the field keeps the focus, and still shows the undo
    _settle(view)
    assert services.actions.get(action_id).get("mentor_lessons") == ""
    assert lessons.value() == ""
