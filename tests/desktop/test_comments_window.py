"""Comments in the real window: the panel, passages highlighted in the section text, the
read-only banner; and a mentor and a mentee on a real server process."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from inclucities_desktop.services.comments import Anchor
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner

SECTION = "context_needs"
TEXT = ("Partinico conta **30.000 abitanti**, di cui il 9% di origine straniera.\n\n"
        "Il centro di accoglienza ospita 200 persone; la *rete locale* è ancora debole.\n\n"
        "- scuole con classi miste\n- servizi sanitari lontani\n")


def make_window(qtbot: Any, services: WorkspaceServices, runner: ServiceRunner,
                name: str = "comments") -> MainWindow:
    window = MainWindow(services, runner, WindowSettings(open_settings(), name))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def open_plan(qtbot: Any, window: MainWindow, plan_id: str, section: str = SECTION) -> None:
    with qtbot.waitSignal(window.comments_ui.threadsShown, timeout=20000):
        window.reload_plans(select=plan_id)
    window.plan_page.show_section(section)
    window.runner.wait_idle()


@pytest.fixture
def plan_id(services: WorkspaceServices) -> str:
    plan = services.plans.create(city_id="partinico", title="Partinico accoglie",
                                 language="it")
    services.plans.set_section_text(plan.id, SECTION, TEXT)
    return str(plan.id)


@pytest.fixture
def window(qtbot: Any, services: WorkspaceServices, runner: ServiceRunner,
           plan_id: str) -> Iterator[MainWindow]:
    made = make_window(qtbot, services, runner)
    open_plan(qtbot, made, plan_id)
    yield made
    made.close()


def select_words(window: MainWindow, words: str) -> None:
    assert window.plan_page.editor.select_text(words), words


def answer_dialogs(window: MainWindow, *answers: str) -> list[tuple[str, str, str]]:
    """Make the comment dialog answer these texts in turn; returns what it was asked."""
    asked: list[tuple[str, str, str]] = []
    queue = list(answers)

    def ask(_parent: object, title: str, about: str, text: str) -> str | None:
        asked.append((title, about, text))
        return queue.pop(0) if queue else None

    window.comments_ui.ask_text = ask
    return asked


def highlighted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.plan_page.editor.text_edit.extraSelections()]


def panel_rows(window: MainWindow) -> list[str]:
    panel = window.comments_ui.panel
    return [item.data(0, Qt.ItemDataRole.DisplayRole) for item in panel._items()]


def click_comment(qtbot: Any, window: MainWindow, comment_id: str) -> None:
    panel = window.comments_ui.panel
    item = next(i for i in panel._items() if i.data(0, Qt.ItemDataRole.UserRole + 1).id
                == comment_id)
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def wait_for_threads(qtbot: Any, window: MainWindow, count: int) -> None:
    qtbot.waitUntil(lambda: len(window.comments_ui.panel.threads()) == count, timeout=20000)
    window.runner.wait_idle()


# -- a passage from the editor's selection ------------------------------------------------------


def test_a_comment_on_the_selected_passage_stores_its_quote_and_is_highlighted(
        qtbot: Any, window: MainWindow, services: WorkspaceServices, plan_id: str) -> None:
    # Across bold markup: the words as shown, the Markdown as stored.
    select_words(window, "Partinico conta 30.000")
    asked = answer_dialogs(window, "Da quale censimento?")
    window.comments_ui.add_action.trigger()
    wait_for_threads(qtbot, window, 1)
    assert "Partinico conta 30.000" in asked[0][1]
    [thread] = services.comments.threads(plan_id)
    quote = thread.root.anchor.quote
    assert thread.root.anchor.kind == "quote" and quote is not None
    assert quote.exact == "Partinico conta **30.000"
    assert quote.suffix.startswith(" abitanti**")
    assert thread.root.body == "Da quale censimento?"
    qtbot.waitUntil(lambda: highlighted(window) == ["Partinico conta 30.000"], timeout=5000)
    assert any("Partinico conta 30.000" in row for row in panel_rows(window))

    # A word that occurs twice: the selected one is quoted, not the first.
    text_edit = window.plan_page.editor.text_edit
    shown = text_edit.toPlainText()
    second = shown.index("servizi sanitari")
    cursor = QTextCursor(text_edit.document())
    cursor.setPosition(second)
    cursor.setPosition(second + len("servizi"), QTextCursor.MoveMode.KeepAnchor)
    text_edit.setTextCursor(cursor)
    answer_dialogs(window, "Quali servizi?")
    window.comments_ui.add_action.trigger()
    wait_for_threads(qtbot, window, 2)
    # Pending comments have no server time yet: find it by its text, not its place.
    newest = next(t.root.anchor.quote for t in services.comments.threads(plan_id)
                  if t.root.body == "Quali servizi?")
    assert newest is not None and newest.exact == "servizi"
    assert newest.prefix.endswith("- ") and newest.suffix.startswith(" sanitari")
    qtbot.waitUntil(lambda: len(highlighted(window)) == 2, timeout=5000)

    # The highlight follows the text as it is typed above it.
    cursor = QTextCursor(text_edit.document())
    cursor.setPosition(0)
    text_edit.setTextCursor(cursor)
    qtbot.keyClicks(text_edit, "Oggi ")
    qtbot.waitUntil(lambda: "Partinico conta 30.000" in highlighted(window), timeout=5000)


def test_the_context_menu_comments_on_the_selected_passage(
        qtbot: Any, window: MainWindow, services: WorkspaceServices, plan_id: str) -> None:
    select_words(window, "rete locale")
    answer_dialogs(window, "Chi ne fa parte?")
    text_edit = window.plan_page.editor.text_edit
    seen: list[str] = []

    def choose() -> None:
        menu = window.comments_ui.context_menu
        entry = next(a for a in menu.actions() if a.text() == "Comment on this &passage…")
        seen.append(entry.text())
        assert entry.isEnabled()
        menu.close()
        entry.trigger()

    QTimer.singleShot(50, choose)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(20, 20),
                              text_edit.mapToGlobal(QPoint(20, 20)))
    QApplication.sendEvent(text_edit, event)
    wait_for_threads(qtbot, window, 1)
    assert seen
    [thread] = services.comments.threads(plan_id)
    assert thread.root.anchor.quote is not None
    assert thread.root.anchor.quote.exact == "rete locale"


# -- answering, changing, closing threads through the panel ------------------------------------


def test_reply_edit_resolve_reopen_and_delete_through_the_panel(
        qtbot: Any, window: MainWindow, services: WorkspaceServices, plan_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ui, panel = window.comments_ui, window.comments_ui.panel
    answer_dialogs(window, "Manca la fonte dei dati.")
    qtbot.mouseClick(panel.comment_button, Qt.MouseButton.LeftButton)  # on the section
    wait_for_threads(qtbot, window, 1)
    [thread] = services.comments.threads(plan_id)
    assert thread.root.anchor == Anchor.on_section(SECTION)
    assert panel.current_comment_id() == thread.root.id
    assert any(row.endswith(f"(Section 2. {thread_section_title(window)})")
               for row in panel_rows(window))
    assert "pending" in panel_rows(window)[0]  # not synced: no server time yet

    answer_dialogs(window, "Aggiunta: ISTAT 2024.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(services.comments.threads(plan_id)[0].replies) == 1,
                    timeout=20000)
    window.runner.wait_idle()
    reply = services.comments.threads(plan_id)[0].replies[0]
    assert panel.current_comment_id() == reply.id
    assert panel.tree.currentItem().parent() is not None  # indented under its thread

    asked = answer_dialogs(window, "Aggiunta: ISTAT, censimento 2024.")
    window.activateWindow()
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    window.runner.wait_idle()
    assert asked[0][2] == "Aggiunta: ISTAT 2024."  # the dialog starts from the text
    assert services.comments.get(reply.id).body == "Aggiunta: ISTAT, censimento 2024."

    click_comment(qtbot, window, thread.root.id)
    assert panel.resolve_button.text() == "Resolve"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    assert services.comments.get(thread.root.id).resolved
    assert panel.threads()[0].resolved
    assert panel.tree.topLevelItemCount() == 0  # "Open threads" hides it
    assert panel.empty.isVisible()
    panel.show_filter.setCurrentIndex(1)  # all threads
    assert panel.tree.topLevelItemCount() == 1
    assert panel_rows(window)[0].startswith("Resolved.")
    click_comment(qtbot, window, thread.root.id)
    assert panel.resolve_button.text() == "Reopen"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    assert not services.comments.get(thread.root.id).resolved

    click_comment(qtbot, window, reply.id)
    questions: list[str] = []
    ui.confirm = lambda _parent, _title, question: questions.append(question) or False
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    assert questions and not services.comments.get(reply.id).deleted  # said no
    ui.confirm = lambda *_args: True
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    assert services.comments.get(reply.id).deleted
    assert services.comments.threads(plan_id)[0].replies == ()
    assert len(panel_rows(window)) == 1


def thread_section_title(window: MainWindow) -> str:
    model = window.plan_page.sections_model
    return model.row(model.row_of(SECTION)).title


# -- the passage and its thread find each other -----------------------------------------------


def test_clicking_a_comment_selects_its_passage_and_the_passage_its_comment(
        qtbot: Any, services: WorkspaceServices, runner: ServiceRunner, plan_id: str) -> None:
    first = services.comments.add(plan_id, "Fonte?", services.comments.find_quote_anchor(
        plan_id, SECTION, "200 persone"))
    second = services.comments.add(plan_id, "Quali scuole?", services.comments.find_quote_anchor(
        plan_id, SECTION, "scuole con classi miste"))
    services.comments.add(plan_id, "Obiettivi chiari.", Anchor.on_section("vision_objectives"))
    window = make_window(qtbot, services, runner)
    try:
        open_plan(qtbot, window, plan_id, section="vision_objectives")
        panel = window.comments_ui.panel
        panel.place_filter.setCurrentIndex(1)  # the whole plan
        assert len(panel_rows(window)) == 3
        click_comment(qtbot, window, first.id)
        editor = window.plan_page.editor
        assert window.plan_page.current_section() == SECTION
        assert editor.text_edit.textCursor().selectedText() == "200 persone"
        assert sorted(highlighted(window)) == ["200 persone", "scuole con classi miste"]

        # A click into the other highlighted passage makes its thread current.
        span = window.comments_ui.highlighter.span_of(second.id)
        assert span is not None
        cursor = QTextCursor(editor.text_edit.document())
        cursor.setPosition(span[0] + 3)
        rect = editor.text_edit.cursorRect(cursor)
        qtbot.mouseClick(editor.text_edit.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert panel.current_comment_id() == second.id
    finally:
        window.close()


def test_a_passage_no_longer_in_the_text_is_shown_as_orphaned(
        qtbot: Any, services: WorkspaceServices, runner: ServiceRunner, plan_id: str) -> None:
    anchor = services.comments.find_quote_anchor(plan_id, SECTION, "200 persone")
    orphan = services.comments.add(plan_id, "Da dove viene la cifra?", anchor)
    services.plans.set_section_text(plan_id, SECTION, "Il testo è stato riscritto.\n")
    window = make_window(qtbot, services, runner)
    try:
        open_plan(qtbot, window, plan_id)
        [row] = panel_rows(window)
        assert "Passage no longer in the text:" in row and "“200 persone”" in row
        assert highlighted(window) == []
        click_comment(qtbot, window, orphan.id)  # nothing to select, nothing breaks
        assert not window.plan_page.editor.text_edit.textCursor().hasSelection()
    finally:
        window.close()


def test_unread_comments_are_marked_and_read_when_shown(
        qtbot: Any, services: WorkspaceServices, runner: ServiceRunner, plan_id: str) -> None:
    from sqlalchemy import update

    from inclucities_desktop.store.schema import comments

    view = services.comments.add(plan_id, "Da leggere.", Anchor.on_section(SECTION))
    with services.workspace.begin() as connection:  # as if pulled from someone else
        connection.execute(update(comments).values(author_id="someone", author_name="Mechelen",
                                                   read_at=None))
    window = make_window(qtbot, services, runner)
    try:
        open_plan(qtbot, window, plan_id)
        qtbot.waitUntil(lambda: "1 new comment" in window.plan_model.index(0).data(),
                        timeout=20000)
        assert panel_rows(window)[0].startswith("Unread.")
        click_comment(qtbot, window, view.id)
        window.runner.wait_idle()
        assert not panel_rows(window)[0].startswith("Unread.")
        assert services.comments.unread_counts() == {}
        qtbot.waitUntil(lambda: "new comment" not in window.plan_model.index(0).data(),
                        timeout=20000)
    finally:
        window.close()


def test_an_approved_plan_is_read_only_with_a_banner_and_takes_comments(
        qtbot: Any, services: WorkspaceServices, runner: ServiceRunner, plan_id: str) -> None:
    from inclucities_desktop.services.sync_state import Account, bind_account

    services.plans.set_field(plan_id, "status", "approved")
    # The approval lock holds where review does: in a workspace bound to an account (as a
    # sign-in leaves it; no server is needed to read the plan and comment offline).
    with services.workspace.begin() as connection:
        bind_account(connection, Account(
            server_url="https://sync.example.invalid", user_id="user-partinico",
            username="member-partinico", display_name="Partinico", role="member",
            city_id="partinico"))
    window = make_window(qtbot, services, runner)
    try:
        open_plan(qtbot, window, plan_id)
        banner = window.comments_ui.banner
        assert banner.isVisible()
        assert banner.label.text() == ("This plan is approved and read-only until a "
                                       "coordinator reopens it.")
        page = window.plan_page
        assert page.editor.text_edit.isReadOnly() and page.title_edit.isReadOnly()
        assert page.actions_view._read_only
        select_words(window, "200 persone")  # a reader selects by keyboard too
        answer_dialogs(window, "Approvato, ma la cifra va aggiornata.")
        window.comments_ui.add_action.trigger()
        wait_for_threads(qtbot, window, 1)
    finally:
        window.close()


def test_the_panel_folds_away_and_stays_so_and_ctrl_alt_c_brings_it_back(
        qtbot: Any, services: WorkspaceServices, runner: ServiceRunner, plan_id: str) -> None:
    window = make_window(qtbot, services, runner, name="fold")
    open_plan(qtbot, window, plan_id)
    ui = window.comments_ui
    assert ui.panel_shown() and ui.panel.isVisible()
    ui.panel_action.trigger()  # Comments > Show the comments panel, unticked
    assert not ui.panel_shown()
    window.close()

    again = make_window(qtbot, services, runner, name="fold")
    try:
        open_plan(qtbot, again, plan_id)
        assert not again.comments_ui.panel_shown()
        again.activateWindow()
        again.plan_page.editor.text_edit.setFocus()
        qtbot.keyClick(again.plan_page.editor.text_edit, Qt.Key.Key_C,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        assert again.comments_ui.panel_shown()
        assert again.comments_ui.panel.isAncestorOf(QApplication.focusWidget())
    finally:
        again.close()


def test_a_comment_on_the_selected_action_and_back_to_it(
        qtbot: Any, window: MainWindow, services: WorkspaceServices, plan_id: str) -> None:
    first = services.actions.add(plan_id, {"code": "A1.1", "title": "Sportello unico"})
    second = services.actions.add(plan_id, {"code": "A1.2", "title": "Corsi di italiano"})
    view = window.plan_page.actions_view
    window.plan_page.show_section("actions")
    view.show_plan(plan_id)
    qtbot.waitUntil(lambda: view.model.row_of(second.id) >= 0, timeout=20000)
    view.select_action(second.id)
    asked = answer_dialogs(window, "Anche il sabato?")
    window.comments_ui.add_action.trigger()
    wait_for_threads(qtbot, window, 1)
    [thread] = services.comments.threads(plan_id)
    assert thread.root.anchor == Anchor.on_action(second.id)
    assert "A1.2" in asked[0][1]
    assert "(Action A1.2 Corsi di italiano)" in panel_rows(window)[0]
    view.select_action(first.id)
    window.plan_page.show_section(SECTION)
    window.comments_ui.panel.place_filter.setCurrentIndex(1)  # the whole plan
    click_comment(qtbot, window, thread.root.id)
    assert window.plan_page.current_section() == "actions"
    assert view.selected_action_id() == second.id
