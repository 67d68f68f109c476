"""The section editor on a real workspace: autosave, formatting, paste, shared undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QUndoStack

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.section_text_editor import SectionEditor
from inclucities_desktop.ui.task_runner import ServiceRunner


@pytest.fixture
def plan_id(services: WorkspaceServices) -> str:
    plan = services.plans.create(city_id="livadia", title="Σχέδιο", language="el")
    services.plans.set_section_text(plan.id, "timeline", "Αρχικό κείμενο\n")
    return plan.id


@pytest.fixture
def editor(qtbot, services: WorkspaceServices, runner: ServiceRunner) -> Iterator[SectionEditor]:
    stack = QUndoStack()
    made = SectionEditor(runner, services.plans.set_section_text, stack)
    made.undo_stack_for_test = stack  # type: ignore[attr-defined]
    qtbot.addWidget(made)
    made.resize(800, 500)
    made.show()
    yield made
    made.flush()
    runner.wait_idle()


def stored(services: WorkspaceServices, plan_id: str, key: str = "timeline") -> str:
    return services.plans.section(plan_id, key).text


# QTest can only type ASCII keys (it asserts on others); text in other scripts comes in
# through paste and the stored sections here.


def show(editor: SectionEditor, services: WorkspaceServices, plan_id: str, key: str) -> None:
    editor.show_section(plan_id, key, stored(services, plan_id, key))


def test_typing_is_saved_shortly_after(qtbot, editor, services, plan_id) -> None:
    show(editor, services, plan_id, "timeline")
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.saved, timeout=20000):
        qtbot.keyClicks(editor.text_edit, " and more")
    assert stored(services, plan_id) == "Αρχικό κείμενο and more\n"


def test_showing_and_leaving_a_section_records_no_edit(qtbot, editor, services, plan_id,
                                                       runner) -> None:
    services.plans.set_section_text(plan_id, "policy_context",
                                    "## Πλαίσιο\n\n- ένα\n- δύο\n\n*Σημείωση* με **έμφαση**\n")
    before = services.pending_changes()
    show(editor, services, plan_id, "policy_context")
    show(editor, services, plan_id, "timeline")
    editor.flush()
    runner.wait_idle()
    assert services.pending_changes() == before


def test_bold_shortcut_then_typing_is_stored_as_markdown_bold(qtbot, editor, services,
                                                              plan_id) -> None:
    show(editor, services, plan_id, "vision_objectives")
    qtbot.keyClicks(editor.text_edit, "Goal ")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(editor.saved, timeout=20000):
        qtbot.keyClicks(editor.text_edit, "inclusion")
    assert stored(services, plan_id, "vision_objectives") == "Goal **inclusion**\n"


def test_lists_from_the_toolbar(qtbot, editor, services, plan_id) -> None:
    show(editor, services, plan_id, "vision_objectives")
    editor.toolbar.bullets.trigger()
    qtbot.keyClicks(editor.text_edit, "first")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.saved, timeout=20000):
        qtbot.keyClicks(editor.text_edit, "second")
    assert stored(services, plan_id, "vision_objectives") == "- first\n- second\n"
    assert editor.toolbar.bullets.isChecked()


def test_undo_on_the_shared_stack_takes_back_typing_and_saves(qtbot, editor, services,
                                                              plan_id) -> None:
    stack: QUndoStack = editor.undo_stack_for_test  # type: ignore[attr-defined]
    show(editor, services, plan_id, "timeline")
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.saved, timeout=20000):
        qtbot.keyClicks(editor.text_edit, " draft")
    assert stack.canUndo()
    with qtbot.waitSignal(editor.saved, timeout=20000):
        while stack.canUndo():
            stack.undo()
    assert stored(services, plan_id) == "Αρχικό κείμενο\n"
    with qtbot.waitSignal(editor.saved, timeout=20000):
        while stack.canRedo():
            stack.redo()
    assert stored(services, plan_id) == "Αρχικό κείμενο draft\n"


def test_undo_of_another_section_asks_to_show_it(qtbot, editor, services, plan_id) -> None:
    stack: QUndoStack = editor.undo_stack_for_test  # type: ignore[attr-defined]
    editor.sectionRequested.connect(lambda p, k: show(editor, services, p, k))
    show(editor, services, plan_id, "timeline")
    qtbot.keyClicks(editor.text_edit, "X")
    show(editor, services, plan_id, "risks_mitigation")
    with qtbot.waitSignal(editor.sectionRequested, timeout=1000) as request:
        stack.undo()
    assert request.args == [plan_id, "timeline"]
    assert editor.current() == (plan_id, "timeline")
    assert editor.text_edit.toPlainText() == "Αρχικό κείμενο"


def test_a_read_only_section_takes_no_typing(qtbot, editor, services, plan_id) -> None:
    show(editor, services, plan_id, "timeline")
    editor.set_read_only(True)
    qtbot.keyClicks(editor.text_edit, "nothing")
    assert editor.text_edit.toPlainText() == "Αρχικό κείμενο"
    assert not editor.toolbar.isEnabled()


def test_pasted_html_keeps_only_what_markdown_holds(qtbot, editor, services, plan_id) -> None:
    show(editor, services, plan_id, "mentor_learning")
    mime = QMimeData()
    mime.setHtml('<p><span style="color:red;font-size:30pt;font-family:Comic Sans MS">'
                 'Rosso</span> <u>sottolineato</u> <b>grassetto</b>'
                 '<img src="file:///etc/passwd"></p>')
    with qtbot.waitSignal(editor.saved, timeout=20000):
        editor.text_edit.insertFromMimeData(mime)
    text = stored(services, plan_id, "mentor_learning")
    assert text == "Rosso sottolineato **grassetto**\n"


def test_five_megabytes_of_pasted_text_are_stored_in_full(qtbot, editor, services,
                                                          plan_id) -> None:
    show(editor, services, plan_id, "context_needs")
    big = ("Λιβαδειά — Jelgava — שלום — 😀 " * 40 + "\n\n") * 4000
    assert len(big.encode()) > 5_000_000
    mime = QMimeData()
    mime.setText(big)
    with qtbot.waitSignal(editor.saved, timeout=120_000):
        editor.text_edit.insertFromMimeData(mime)
    saved = stored(services, plan_id, "context_needs")
    assert saved.split() == big.split()


def test_search_selects_the_match(qtbot, editor, services, plan_id) -> None:
    show(editor, services, plan_id, "timeline")
    assert editor.select_text("ΚΕΊΜΕΝΟ")
    assert editor.text_edit.textCursor().selectedText() == "κείμενο"
    assert not editor.select_text("absent")
