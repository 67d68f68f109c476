"""The item models of the actions table and of an action's nested tables."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from inclucities_core.model import Action
from inclucities_core.template import load_template
from inclucities_desktop.ui.action_values import (
    display_text,
    format_money,
    money_value,
    normalise_value,
)
from inclucities_desktop.ui.actions_model import (
    ACTION_ID_ROLE,
    FIELD_ROLE,
    ActionsTableModel,
    NestedItemsModel,
)

TEMPLATE = load_template(1)


def _action(number: int, **fields: object) -> Action:
    values = TEMPLATE.empty_action_fields()
    values.update({"code": f"A{number}", "title": f"Action {number}"}, **fields)
    return Action(id=f"a-{number}", plan_id="plan", position=1024.0 * number, fields=values)


@pytest.fixture
def model(qapp: object) -> ActionsTableModel:
    made = ActionsTableModel()
    made.set_template(TEMPLATE, "en")
    return made


def test_an_empty_model_passes_the_model_tester(qtmodeltester: object) -> None:
    qtmodeltester.check(ActionsTableModel())  # type: ignore[attr-defined]
    with_columns = ActionsTableModel()
    with_columns.set_template(TEMPLATE, "en")
    qtmodeltester.check(with_columns)  # type: ignore[attr-defined]


def test_a_filled_model_passes_the_model_tester_through_changes(
    qtmodeltester: object, model: ActionsTableModel
) -> None:
    model.set_actions([_action(n, eu_areas=["health"], start_month="2025-03")
                       for n in range(1, 6)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # The tester stays connected: moves, inserts and removals must keep the model sound.
    moved = replace(model.action_at(0), position=1024.0 * 10)
    assert model.upsert(moved) == 4
    assert model.upsert(_action(7)) == 4  # 7 x 1024 sorts before the moved one
    assert model.upsert(replace(_action(8), position=0.0)) == 0
    model.remove("a-3")
    assert model.action_ids() == ["a-8", "a-2", "a-4", "a-5", "a-7", "a-1"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_columns_are_the_template_fields_shown_in_the_table(model: ActionsTableModel) -> None:
    expected = [f.key for f in TEMPLATE.action_fields if f.in_table]
    assert [spec.key for spec in model.columns] == expected
    assert model.headerData(model.column_of("title"), Qt.Orientation.Horizontal) == "Title"


def test_cells_show_labels_months_money_and_lists(model: ActionsTableModel) -> None:
    model.set_actions([_action(1, action_type="capacity_building", status="delayed",
                               eu_areas=["education_training", "housing"],
                               start_month="2025-03", end_month="")])

    def shown(key: str) -> str:
        return model.index(0, model.column_of(key)).data()

    assert shown("action_type") == "Capacity building"
    assert shown("status") == "Delayed"
    assert shown("eu_areas") == "Education and training, Housing"
    assert "2025" in shown("start_month") and "03" not in shown("start_month")
    assert shown("end_month") == ""
    index = model.index(0, model.column_of("eu_areas"))
    assert index.data(Qt.ItemDataRole.EditRole) == ["education_training", "housing"]
    assert index.data(FIELD_ROLE).key == "eu_areas"
    assert index.data(ACTION_ID_ROLE) == "a-1"


def test_money_is_written_in_euro_with_two_decimals() -> None:
    text = format_money(1250.5)
    assert "€" in text and "1" in text and "250" in text and text.rstrip(" €").endswith("50")
    assert money_value(1200.0) == 1200 and isinstance(money_value(1200.0), int)
    assert money_value(99.999) == 100
    assert money_value(-5) == 0


def test_values_are_stored_in_their_field_shape() -> None:
    areas = TEMPLATE.action_field("eu_areas")
    assert normalise_value(TEMPLATE, areas, ["housing", "health"]) == ["health", "housing"]
    month = TEMPLATE.action_field("start_month")
    assert normalise_value(TEMPLATE, month, "2025-7") == ""
    assert normalise_value(TEMPLATE, month, "2025-07") == "2025-07"
    partners = TEMPLATE.action_field("partners")
    assert display_text(TEMPLATE, partners, [{"id": "x"}, {"id": "y"}], "en") == "2 item(s)"


def test_set_data_hands_the_edit_over_and_shows_it_at_once(model: ActionsTableModel) -> None:
    model.set_actions([_action(1)])
    edits: list[tuple[str, str, object, object]] = []
    index = model.index(0, model.column_of("title"))
    assert not model.setData(index, "New")  # nobody to write it: refused
    model.edit_handler = lambda *edit: edits.append(edit)
    assert model.setData(index, "New")
    assert edits == [("a-1", "title", "Action 1", "New")]
    assert index.data() == "New"
    assert not model.setData(index, "New")  # unchanged: no second edit
    model.set_read_only(True)
    assert not model.setData(index, "Other")
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_nested_items_model(qtmodeltester: object, qapp: object) -> None:
    spec = TEMPLATE.action_field("funding")
    model = NestedItemsModel(TEMPLATE, spec, "en")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    edited: list[list[dict[str, object]]] = []
    model.itemsEdited.connect(edited.append)
    model.set_items([{"id": "f-1", "source": "amif", "amount_eur": 1000, "status": "secured"}])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == "AMIF"
    assert model.index(0, 2).data() == "Secured"

    row = model.add_item()
    assert row == 1
    new_id = edited[-1][1]["id"]
    assert len(str(new_id)) == 36  # a uuid4
    assert model.setData(model.index(1, 1), 2500.0)
    assert edited[-1][1]["amount_eur"] == 2500
    assert edited[-1][0] == {"id": "f-1", "source": "amif", "amount_eur": 1000,
                             "status": "secured"}
    model.remove_rows([0])
    assert [i["id"] for i in edited[-1]] == [new_id]
    assert model.rowCount(QModelIndex()) == 1
