"""The section editor on a real workspace: typing is saved, undo goes through the window's
stack, formatting keeps to Markdown, paste is cleaned, read-only means read-only."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from inclucities_desktop.store.schema import outbox
from inclucities_desktop.ui.markdown_document import LINE_SEPARATOR
from inclucities_desktop.ui.section_dialogs import LinkDialog, checked_link
from inclucities_desktop.ui.section_editor import SectionEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FIRST, SECOND = "context_needs", "vision_objectives"


@pytest.fixture
def plan_id(services: Any) -> str:
    plan = services.plans.create(city_id="jelgava", title="Jelgava iekļauj", language="lv")
    with services.workspace.begin() as connection:
        connection.execute(outbox.delete())  # creating the plan is not what is tested
    assert services.pending_changes() == []
    return str(plan.id)


@pytest.fixture
def editor(qtbot: Any, runner: Any, services: Any, plan_id: str) -> Iterator[SectionEditor]:
    stack = QUndoStack()
    view = SectionEditor(runner, services.plans.set_section_text, stack)
    view.undo_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.sectionRequested.connect(
        lambda plan, key: view.show_section(plan, key, services.plans.section(plan, key).text))
    yield view
    view.flush()  # stops the autosave timers: none may fire once the runner is shut down
    runner.wait_idle()


def stored(services: Any, plan_id: str, key: str = FIRST) -> str:
    return str(services.plans.section(plan_id, key).text)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for any text (QTest's key clicks take ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def typed(qtbot: Any, editor: SectionEditor, text: str) -> None:
    with qtbot.waitSignal(editor.saved, timeout=5000):
        type_text(editor.text_box, text)


# -- saving --------------------------------------------------------------------------------


def test_typing_is_saved_as_markdown(qtbot: Any, editor: SectionEditor, services: Any,
                                     plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "")
    editor.text_box.setFocus()
    typed(qtbot, editor, "Jelgavas pilsēta *ar* [saite]")
    assert stored(services, plan_id) == "Jelgavas pilsēta \\*ar\\* \\[saite\\]\n"
    assert editor.markdown() == stored(services, plan_id)
    assert [c["field"] for c in services.pending_changes()] == ["text"]


def test_showing_and_leaving_a_section_saves_nothing(qtbot: Any, editor: SectionEditor,
                                                    services: Any, runner: Any,
                                                    plan_id: str) -> None:
    services.plans.set_section_text(plan_id, FIRST, "# Titolo\n\n- a\n- b\n\nx  y\n")
    with services.workspace.begin() as connection:
        connection.execute(outbox.delete())
    editor.show_section(plan_id, FIRST, stored(services, plan_id))
    editor.show_section(plan_id, SECOND, "")
    editor.show_section(plan_id, FIRST, "ignored: shown before")
    editor.flush()
    qtbot.wait(DEBOUNCE_WAIT)
    runner.wait_idle()
    assert services.pending_changes() == []
    assert not editor.has_unsaved_changes()
    assert editor.markdown() == "# Titolo\n\n- a\n- b\n\nx  y\n"


DEBOUNCE_WAIT = 1200


def test_saves_come_while_typing_goes_on(qtbot: Any, editor: SectionEditor,
                                         plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "")
    editor.text_box.setFocus()
    saves: list[float] = []
    editor.saved.connect(lambda *_: saves.append(time.monotonic()))
    start = time.monotonic()
    while time.monotonic() - start < 2.6:  # a key every 100 ms, never a pause of 400 ms
        qtbot.keyClick(editor.text_box, Qt.Key.Key_A)
        qtbot.wait(100)
    assert len(saves) >= 2, "saved at least once a second while typing"
    gaps = [b - a for a, b in zip([start, *saves], saves, strict=False)]
    assert max(gaps) < 1.5


def test_a_failed_save_is_reported_and_sent_again_with_the_next_edit(
        qtbot: Any, runner: Any, services: Any, plan_id: str) -> None:
    calls: list[str] = []

    def failing_once(plan: str, key: str, text: str) -> bool:
        calls.append(text)
        if len(calls) == 1:
            raise OSError("disk full")
        return bool(services.plans.set_section_text(plan, key, text))

    view = SectionEditor(runner, failing_once, QUndoStack())
    qtbot.addWidget(view)
    errors: list[BaseException] = []
    runner.failed.connect(errors.append)
    view.show_section(plan_id, FIRST, "")
    qtbot.keyClicks(view.text_box, "a")
    view.flush()
    runner.wait_idle()
    assert len(errors) == 1
    with qtbot.waitSignal(view.saved, timeout=5000):
        qtbot.keyClicks(view.text_box, "b")
    assert stored(services, plan_id) == "ab\n"


# -- formatting ------------------------------------------------------------------------------


def test_ctrl_b_then_typing_is_bold(qtbot: Any, editor: SectionEditor, services: Any,
                                    plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "")
    qtbot.keyClicks(editor.text_box, "a ")
    qtbot.keyClick(editor.text_box, Qt.Key.Key_B, CTRL)
    assert editor.toolbar.bold.isChecked()
    qtbot.keyClicks(editor.text_box, "x")
    qtbot.keyClick(editor.text_box, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(editor.text_box, Qt.Key.Key_I, CTRL)
    typed(qtbot, editor, " y")
    assert stored(services, plan_id) == "a **x** *y*\n"


def test_lists_from_the_toolbar_and_the_keyboard(qtbot: Any, editor: SectionEditor,
                                                 services: Any, plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "")
    box = editor.text_box
    editor.toolbar.bullets.trigger()
    assert editor.toolbar.bullets.isChecked()
    qtbot.keyClicks(box, "uno")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # the second item goes one level down
    qtbot.keyClicks(box, "due")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Backtab)
    qtbot.keyClicks(box, "tre")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # an empty item ends the list
    qtbot.keyClicks(box, "dopo")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_7, CTRL | SHIFT)
    assert editor.toolbar.numbers.isChecked()
    typed(qtbot, editor, "primo")
    assert stored(services, plan_id) == "- uno\n  * due\n- tre\n\ndopo\n\n1. primo\n"


def test_backspace_at_the_start_of_an_item_leaves_the_list_without_indent(
        qtbot: Any, editor: SectionEditor, plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "- a\n  - b\n")
    box = editor.text_box
    box.moveCursor(QTextCursor.MoveOperation.End)
    box.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert editor.markdown() == "- a\n- b\n"
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert editor.markdown() == "- a\n\nb\n"
    assert box.textCursor().blockFormat().indent() == 0


def test_paragraph_styles_links_and_tables(qtbot: Any, editor: SectionEditor, services: Any,
                                           plan_id: str, monkeypatch: Any) -> None:
    editor.show_section(plan_id, FIRST, "")
    box = editor.text_box
    toolbar = editor.toolbar
    qtbot.keyClicks(box, "Obiettivi")
    toolbar.style_box.setCurrentIndex(2)
    toolbar.style_box.activated.emit(2)
    assert not toolbar.bold.isEnabled()  # a heading's bold is its own look
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Vedi il piano")
    box.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    box.moveCursor(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)

    class FakeLink:
        def __init__(self, text: str, url: str, *, editing: bool, parent: Any) -> None:
            self.given = (text, url, editing)

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

        def text(self) -> str:
            return "Vedi"

        def url(self) -> str:
            return "https://www.jelgava.lv"

    toolbar.link_dialog = FakeLink  # type: ignore[assignment]
    qtbot.keyClick(box, Qt.Key.Key_K, CTRL)
    box.moveCursor(QTextCursor.MoveOperation.End)

    class FakeTable:
        def __init__(self, parent: Any) -> None:
            self.rows = type("Spin", (), {"value": lambda _self: 2})()
            self.columns = type("Spin", (), {"value": lambda _self: 2})()

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    toolbar.table_dialog = FakeTable  # type: ignore[assignment]
    toolbar.table.trigger()
    assert not toolbar.bold.isEnabled()  # the header row is bold by itself
    qtbot.keyClicks(box, "Fonte")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.keyClicks(box, "Importo")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.keyClicks(box, "AMIF")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a cell has one paragraph: a line break
    qtbot.keyClicks(box, "FSE+")
    toolbar.add_column.trigger()
    toolbar.add_row.trigger()
    qtbot.keyClicks(box, "!")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.flush()
    assert stored(services, plan_id) == (
        f"## Obiettivi\n\n[Vedi](https://www.jelgava.lv) il piano\n\n"
        f"| Fonte |  | Importo |\n| --- | --- | --- |\n| AMIF{LINE_SEPARATOR}FSE+! |  |  |\n"
        f"|  |  |  |\n")


def test_ctrl_k_on_a_link_can_remove_it_and_ctrl_click_opens_it(
        qtbot: Any, editor: SectionEditor, plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "Vedi [il sito](https://www.jelgava.lv) oggi\n")
    box = editor.text_box
    opened: list[QUrl] = []
    box.open_url = opened.append
    cursor = box.document().find("sito")
    rect = box.cursorRect(cursor)
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, CTRL,
                     QPoint(rect.left() - 2, rect.center().y()))
    assert opened == [QUrl("https://www.jelgava.lv")]
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.left() - 2, rect.center().y()))
    assert len(opened) == 1  # a plain click only places the cursor

    class Remove:
        def __init__(self, text: str, url: str, *, editing: bool, parent: Any) -> None:
            assert (text, url, editing) == ("il sito", "https://www.jelgava.lv", True)

        def exec(self) -> int:
            return LinkDialog.REMOVE

    editor.toolbar.link_dialog = Remove  # type: ignore[assignment]
    box.setTextCursor(cursor)
    editor.toolbar.link.trigger()
    assert editor.markdown() == "Vedi il sito oggi\n"


def test_only_web_and_mail_addresses_are_links() -> None:
    assert checked_link("https://comune.it/a") == "https://comune.it/a"
    assert checked_link("www.jelgava.lv") == "https://www.jelgava.lv"
    assert checked_link("info@comune.it") == "mailto:info@comune.it"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "ftp://x.org", "http://", "",
                "not a url", "mailto:nobody"):
        assert checked_link(bad) is None, bad


# -- undo through the window's stack ---------------------------------------------------------


def test_undo_on_the_shared_stack_restores_text_and_saves_it(
        qtbot: Any, editor: SectionEditor, services: Any, plan_id: str) -> None:
    stack: QUndoStack = editor.undo_stack  # type: ignore[attr-defined]
    editor.show_section(plan_id, FIRST, "")
    typed(qtbot, editor, "prima")
    typed(qtbot, editor, " dopo")
    assert stored(services, plan_id) == "prima dopo\n"
    assert stack.count() == 2  # typing after a save is a new step
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor.text_box, Qt.Key.Key_Z, CTRL)  # goes to the stack
    assert stack.index() == 1
    assert stored(services, plan_id) == "prima\n"
    with qtbot.waitSignal(editor.saved, timeout=5000):
        stack.redo()
    assert stored(services, plan_id) == "prima dopo\n"


def test_undo_after_switching_sections_returns_to_the_first_one(
        qtbot: Any, editor: SectionEditor, services: Any, plan_id: str) -> None:
    stack: QUndoStack = editor.undo_stack  # type: ignore[attr-defined]
    editor.show_section(plan_id, FIRST, "")
    typed(qtbot, editor, "uno")
    other = QUndoCommand("another helper's edit")
    stack.push(other)
    editor.show_section(plan_id, SECOND, "")
    typed(qtbot, editor, "due")
    stack.undo()
    assert editor.current() == (plan_id, SECOND)
    stack.undo()  # the other edit
    with qtbot.waitSignal(editor.sectionRequested, timeout=1000) as request, \
            qtbot.waitSignal(editor.saved, timeout=5000,
                             check_params_cb=lambda _plan, key: key == FIRST):
        stack.undo()
    assert request.args == [plan_id, FIRST]
    assert editor.current() == (plan_id, FIRST)
    assert stored(services, plan_id, FIRST) == ""
    assert stored(services, plan_id, SECOND) == ""
    stack.redo()
    assert editor.markdown() == "uno\n"


def test_undo_of_a_closed_plan_does_nothing_and_drops_the_step(
        qtbot: Any, editor: SectionEditor, services: Any, plan_id: str) -> None:
    stack: QUndoStack = editor.undo_stack  # type: ignore[attr-defined]
    editor.show_section(plan_id, FIRST, "")
    typed(qtbot, editor, "uno")
    editor.forget_plan(plan_id)
    assert editor.current() is None
    editor.show_section(plan_id, FIRST, stored(services, plan_id))  # a new document
    stack.undo()
    assert editor.markdown() == "uno\n"
    assert stack.count() == 0


# -- read-only, search, paste --------------------------------------------------------------


def test_read_only_blocks_typing_and_the_tools(qtbot: Any, editor: SectionEditor,
                                                 runner: Any, services: Any,
                                                 plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "testo\n")
    editor.set_read_only(True)
    qtbot.keyClicks(editor.text_box, "x")
    qtbot.keyClick(editor.text_box, Qt.Key.Key_B, CTRL)
    editor.text_box.paste()
    assert not editor.toolbar.bold.isEnabled() and not editor.toolbar.style_box.isEnabled()
    editor.flush()
    runner.wait_idle()
    assert editor.markdown() == "testo\n"
    assert services.pending_changes() == []
    editor.set_read_only(False)
    assert editor.toolbar.bold.isEnabled()


def test_select_text_finds_any_case(editor: SectionEditor, plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "Primo\n\nIl **Piano** di Jelgava\n")
    assert editor.select_text("piano di")
    assert editor.text_box.textCursor().selectedText() == "Piano di"
    assert not editor.select_text("assente")


def _paste(editor: SectionEditor, mime: QMimeData) -> None:
    editor.text_box.insertFromMimeData(mime)


def test_paste_of_html_keeps_only_what_markdown_holds(qtbot: Any, editor: SectionEditor,
                                                      services: Any, plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "")
    mime = QMimeData()
    mime.setHtml(
        '<h2 style="color:red">Titolo</h2>'
        '<p style="font-family:Comic Sans MS;font-size:30pt;color:#f00">'
        '<u>sottolineato</u> <b>grassetto</b> <i>corsivo</i> '
        '<span style="background:yellow">evidenziato</span> <code>x = 1</code> '
        '<a href="https://comune.it">sito</a> <a href="javascript:alert(1)">cattivo</a>'
        '<img src="data:image/png;base64,AAAA"></p>'
        '<ul><li>uno</li><li>due</li></ul>'
        '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>')
    with qtbot.waitSignal(editor.saved, timeout=5000):
        _paste(editor, mime)
    assert stored(services, plan_id) == (
        "## Titolo\n\nsottolineato **grassetto** *corsivo* evidenziato `x = 1` "
        "[sito](https://comune.it) cattivo\n\n- uno\n- due\n\n"
        "| a | b |\n| --- | --- |\n| c | d |\n")
    document = editor.text_box.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            iterator += 1
            assert not fmt.fontUnderline()
            assert not fmt.hasProperty(fmt.Property.BackgroundBrush)
            assert fmt.fontPointSize() in (0, QFont().pointSizeF())
        block = block.next()


def test_copy_and_paste_inside_the_editor_keeps_the_formatting(
        editor: SectionEditor, plan_id: str) -> None:
    editor.show_section(plan_id, FIRST, "- **uno** e [due](https://x.org)\n")
    box = editor.text_box
    box.selectAll()
    mime = box.createMimeDataFromSelection()
    assert bytes(mime.data("text/markdown").data()).decode() == (
        "- **uno** e [due](https://x.org)\n")
    box.moveCursor(QTextCursor.MoveOperation.End)
    box.insertPlainText("\n")
    _paste(editor, mime)
    assert editor.markdown() == "- **uno** e [due](https://x.org)\n- **uno** e [due](https://x.org)\n"


def test_five_megabytes_of_pasted_text_are_stored_in_full(
        qtbot: Any, editor: SectionEditor, services: Any, plan_id: str) -> None:
    line = ("Rīcības plāns · Σχέδιο δράσης · piano d'azione · תוכנית · خطة 😀 "
            "*not bold* 1. #x\u0007")
    text = "\n".join(f"{n} {line}" for n in range(45_000))
    assert len(text.encode()) > 5_000_000
    editor.show_section(plan_id, FIRST, "")
    mime = QMimeData()
    mime.setText(text)
    started = time.perf_counter()
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        _paste(editor, mime)
    elapsed = time.perf_counter() - started
    assert elapsed < 30
    again = editor.markdown()
    assert stored(services, plan_id) == again
    saved = services.plans.section(plan_id, FIRST).text
    assert saved.count("\n\n") == 44_999  # every line a paragraph, nothing lost
    assert "Σχέδιο δράσης" in saved and "😀" in saved and "\u0007" in saved
    stack: QUndoStack = editor.undo_stack  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        stack.undo()  # the paste is one step, and a big one is undone off screen
    assert stored(services, plan_id) == ""
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        stack.redo()
    assert stored(services, plan_id) == saved
    assert editor.text_box.document().blockCount() == 45_000


# -- the picture for docs/ ---------------------------------------------------------------------

SAMPLE = """# Piano d'azione locale per l'integrazione

Partinico vuole rendere i servizi **accessibili a tutti** i nuovi residenti, \
con un *approccio partecipato* e il sostegno del \
[Piano d'azione UE](https://home-affairs.ec.europa.eu).

## Priorità

- Sportello unico per l'integrazione
- Corsi di italiano L2
  * con servizio di baby-sitting
- Tirocini in agricoltura

## Fondi

| Fonte | Importo | Stato |
| --- | --- | --- |
| AMIF | 85 000 € | *assicurato* |
| FSE+ | 40 000 € | richiesto |
""".replace("\\\n", "")


def test_screenshot_of_the_section_editor(qtbot: Any, editor: SectionEditor, plan_id: str,
                                          folder: Path) -> None:
    editor.resize(900, 640)
    editor.show_section(plan_id, FIRST, SAMPLE)
    cursor = editor.text_box.document().find("accessibili")
    cursor.setPosition(cursor.selectionStart() + 4)
    editor.text_box.setTextCursor(cursor)
    editor.text_box.setFocus()
    qtbot.wait(100)
    assert editor.toolbar.bold.isChecked()
    picture = editor.grab()
    assert picture.save(str(folder / "section-editor.png"))


def test_every_control_has_a_name_and_shortcuts_are_in_the_tool_tips(
        editor: SectionEditor) -> None:
    toolbar = editor.toolbar
    assert editor.text_box.accessibleName()
    assert toolbar.style_box.accessibleName()
    for action in toolbar.actions():
        if action.isSeparator() or not action.text():
            continue
        button = toolbar.widgetForAction(action)
        assert button is not None and button.accessibleName(), action.text()
        assert action.iconText() or not action.icon().isNull()
    assert "Ctrl+B" in toolbar.bold.toolTip()
    assert "Ctrl+I" in toolbar.italic.toolTip()
    assert "Ctrl+Shift+8" in toolbar.bullets.toolTip()
    assert "Ctrl+Shift+7" in toolbar.numbers.toolTip()
    assert "Ctrl+K" in toolbar.link.toolTip()
    assert "Tab" in toolbar.indent.toolTip() and "Shift+Tab" in toolbar.outdent.toolTip()
