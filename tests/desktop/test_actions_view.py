"""The actions view: edits in the table and the toolbar's commands, each one undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from inclucities_desktop.ui.action_delegates import ChoiceEdit
from inclucities_desktop.ui.actions_view import ActionsView


def _codes(services: Any, plan_id: str) -> list[str]:
    return [a.code for a in services.actions.list(plan_id)]


def _shown_codes(view: ActionsView) -> list[str]:
    model = view.model
    return [model.action_at(row).code for row in range(model.rowCount())]


def _select_code(view: ActionsView, code: str) -> str:
    row = _shown_codes(view).index(code)
    action_id = view.model.action_at(row).id
    view.select_action(action_id)
    assert view.selected_action_id() == action_id
    return action_id


def _settle(view: ActionsView) -> None:
    view._runner.wait_idle()


def test_the_table_shows_the_plan_in_order(actions_view: ActionsView, services: Any,
                                           partinico_plan: str) -> None:
    assert _shown_codes(actions_view) == _codes(services, partinico_plan)
    assert actions_view.detail.action_id == actions_view.model.action_at(0).id


def test_a_cell_edit_is_stored_and_undone_and_redone(
    actions_view: ActionsView, services: Any
) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    action_id = _select_code(view, "A2.1")
    index = view.model.index(view.model.row_of(action_id), view.model.column_of("title"))
    assert view.model.setData(index, "Tirocini retribuiti in agricoltura")
    _settle(view)
    assert services.actions.get(action_id).title == "Tirocini retribuiti in agricoltura"
    assert stack.count() == 1

    stack.undo()
    _settle(view)
    assert services.actions.get(action_id).title == "Tirocini in agricoltura e agroalimentare"
    assert index.data() == "Tirocini in agricoltura e agroalimentare"
    assert view.selected_action_id() == action_id

    stack.redo()
    _settle(view)
    assert services.actions.get(action_id).title == "Tirocini retribuiti in agricoltura"
    assert view.detail.editor("title").value() == "Tirocini retribuiti in agricoltura"


def test_a_choice_cell_is_edited_through_its_combo_box(
    actions_view: ActionsView, services: Any
) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    action_id = _select_code(view, "A4.1")
    index = view.model.index(view.model.row_of(action_id), view.model.column_of("status"))
    editor = view.delegate.createEditor(view.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, ChoiceEdit)
    view.delegate.setEditorData(editor, index)
    assert editor.value() == "delayed"
    assert editor.currentText() == "Delayed"
    editor.setCurrentIndex(editor.findData("ongoing"))
    view.delegate.setModelData(editor, view.model, index)
    _settle(view)
    assert services.actions.get(action_id).get("status") == "ongoing"
    stack.undo()
    _settle(view)
    assert services.actions.get(action_id).get("status") == "delayed"
    editor.deleteLater()


def test_add_then_undo_and_redo(actions_view: ActionsView, services: Any,
                                partinico_plan: str) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    _select_code(view, "A1.2")
    before = services.actions.count(partinico_plan)
    view.add_action.trigger()
    _settle(view)
    added = services.actions.list(partinico_plan)[2]
    assert added.code == "" and services.actions.count(partinico_plan) == before + 1
    assert view.selected_action_id() == added.id  # right after the selected one, and chosen
    assert added.get("status") == "planned"  # the template's default
    assert view.table.state() == view.table.State.EditingState  # its code, to type at once
    assert view.table.currentIndex().column() == 0

    stack.undo()
    _settle(view)
    assert services.actions.count(partinico_plan) == before
    assert view.model.row_of(added.id) == -1
    stack.redo()
    _settle(view)
    assert services.actions.list(partinico_plan)[2].id == added.id
    assert view.selected_action_id() == added.id


def test_duplicate_then_undo(actions_view: ActionsView, services: Any,
                             partinico_plan: str) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    source = _select_code(view, "A1.1")
    view.duplicate_action.trigger()
    _settle(view)
    assert _codes(services, partinico_plan)[:3] == ["A1.1", "A1.1", "A1.2"]
    copy = services.actions.list(partinico_plan)[1]
    assert copy.id != source and view.selected_action_id() == copy.id
    assert copy.get("funding")[0]["id"] != services.actions.get(source).get("funding")[0]["id"]
    assert _shown_codes(view) == _codes(services, partinico_plan)

    stack.undo()
    _settle(view)
    assert _codes(services, partinico_plan)[:2] == ["A1.1", "A1.2"]
    assert view.model.row_of(copy.id) == -1
    stack.redo()
    _settle(view)
    assert services.actions.list(partinico_plan)[1].id == copy.id


def test_move_down_and_up_then_undo(actions_view: ActionsView, services: Any,
                                    partinico_plan: str) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    original = _codes(services, partinico_plan)
    action_id = _select_code(view, "A1.1")
    assert not view.move_up_action.isEnabled()
    view.move_down_action.trigger()
    _settle(view)
    view.move_down_action.trigger()
    _settle(view)
    assert _codes(services, partinico_plan)[:3] == ["A1.2", "A2.1", "A1.1"]
    assert _shown_codes(view) == _codes(services, partinico_plan)
    assert view.selected_action_id() == action_id
    view.move_up_action.trigger()
    _settle(view)
    assert _codes(services, partinico_plan)[:3] == ["A1.2", "A1.1", "A2.1"]

    for _ in range(3):
        stack.undo()
        _settle(view)
    assert _codes(services, partinico_plan) == original
    assert _shown_codes(view) == original
    assert view.selected_action_id() == action_id


def test_the_delete_key_deletes_without_a_question_and_undo_restores(
    qtbot: Any, actions_view: ActionsView, services: Any, partinico_plan: str
) -> None:
    view, stack = actions_view, actions_view.undo_stack  # type: ignore[attr-defined]
    original = _codes(services, partinico_plan)
    action_id = _select_code(view, "A2.2")
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    # `changed` may first come from the detail form's pending edit: wait for the removal.
    qtbot.waitUntil(lambda: view.model.row_of(action_id) == -1, timeout=20000)
    assert "A2.2" not in _codes(services, partinico_plan)
    assert services.actions.get(action_id).deleted_at is not None
    assert view.model.row_of(action_id) == -1
    assert view.selected_action_id() is not None  # a neighbour is chosen

    stack.undo()
    _settle(view)
    assert _codes(services, partinico_plan) == original
    assert view.selected_action_id() == action_id
    stack.redo()
    _settle(view)
    assert "A2.2" not in _shown_codes(view)


def test_shortcuts_add_and_duplicate(qtbot: Any, actions_view: ActionsView, services: Any,
                                     partinico_plan: str) -> None:
    view = actions_view
    before = services.actions.count(partinico_plan)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    with qtbot.waitSignal(view.changed, timeout=20000):
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(view.changed, timeout=20000):
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    assert services.actions.count(partinico_plan) == before + 2


def test_changes_are_announced(qtbot: Any, actions_view: ActionsView,
                               partinico_plan: str) -> None:
    with qtbot.waitSignal(actions_view.changed, timeout=20000) as blocker:
        actions_view.add_action.trigger()
    assert blocker.args == [partinico_plan]


def test_read_only_allows_no_edit(actions_view: ActionsView, services: Any,
                                  partinico_plan: str) -> None:
    view = actions_view
    view.set_read_only(True)
    for action in (view.add_action, view.duplicate_action, view.move_up_action,
                   view.move_down_action, view.delete_action):
        assert not action.isEnabled()
    index = view.model.index(0, view.model.column_of("title"))
    assert not view.model.setData(index, "Changed")
    view.delete_selected()
    view.add_new()
    _settle(view)
    assert view.undo_stack.count() == 0  # type: ignore[attr-defined]
    assert services.actions.count(partinico_plan) == 7
    assert view.detail.editor("title").isReadOnly()
    view.set_read_only(False)
    assert view.add_action.isEnabled()


def test_select_action_before_the_plan_has_loaded(
    qtbot: Any, runner: Any, services: Any, partinico_plan: str
) -> None:
    from PySide6.QtGui import QUndoStack

    view = ActionsView(runner, services, QUndoStack())
    qtbot.addWidget(view)
    wanted = services.actions.list(partinico_plan)[4].id
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show_plan(partinico_plan)
        view.select_action(wanted)
    assert view.selected_action_id() == wanted
    assert view.detail.action_id == wanted
