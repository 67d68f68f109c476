"""Comments in the main window: the Comments menu, the panel beside the section editor, the
highlighted passages, the read-only banner and the unread counts in the plan list.

Created in MainWindow.__init__ with one line; it finds what it needs on the window's plan
page and calls the services through the window's ServiceRunner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QVBoxLayout, QWidget

from inclucities_desktop.services.comments import (
    ACTION_ANCHOR,
    QUOTE_ANCHOR,
    SECTION_ANCHOR,
    Anchor,
    CommentThread,
    CommentView,
)
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.comment_dialog import ask_comment_text
from inclucities_desktop.ui.comment_text import AnchorNames, author_of
from inclucities_desktop.ui.comments_panel import CommentsPanel
from inclucities_desktop.ui.passage_highlights import PassageHighlighter
from inclucities_desktop.ui.passage_positions import TextAlignment, from_utf16, same_words
from inclucities_desktop.ui.plan_access_banner import PlanAccess, ReadOnlyBanner
from inclucities_desktop.ui.task_runner import ServiceRunner

if TYPE_CHECKING:
    from inclucities_desktop.ui.main_window import MainWindow

PANEL_WIDTH = 320
EXCERPT = 60  # characters of a passage or comment quoted in a dialog

AskText = Callable[[QWidget, str, str, str], "str | None"]
Confirm = Callable[[QWidget, str, str], bool]


@dataclass(frozen=True)
class PlanComments:
    """The comments of a plan and what the account may do with it, read in one call."""

    plan_id: str
    threads: list[CommentThread]
    actions: dict[str, str]  # action id -> "A1.2 Title"
    access: PlanAccess


def read_plan_comments(services: WorkspaceServices, plan_id: str) -> PlanComments:
    """Runs on the service worker."""
    threads = services.comments.threads(plan_id)
    actions = {a.id: f"{a.get('code') or ''} {a.get('title') or ''}".strip()
               for a in services.actions.list(plan_id)}
    state = services.review.state(plan_id)
    plan = services.plans.get(plan_id)
    city = next((c.name for c in services.cities.list() if c.id == plan.city_id),
                plan.city_id)
    return PlanComments(plan_id, threads, actions, PlanAccess(
        plan_id, city, state.can_edit, state.can_comment, state.locked, state.role,
        state.relation, plan.deleted_at is not None))


def passage_anchor(services: WorkspaceServices, plan_id: str, key: str, shown: str,
                   start: int, end: int) -> Anchor:
    """The anchor of the rendered ``shown[start:end]``: by its offsets in the stored
    Markdown where the alignment carries them, else by its words (runs on the worker)."""
    stored = services.plans.section(plan_id, key).text or ""
    span = TextAlignment(shown, stored).to_stored(start, end)
    selected = shown[start:end]
    if span is not None and same_words(selected, stored[span[0]:span[1]]):
        return services.comments.quote_anchor(plan_id, key, *span)
    return services.comments.find_quote_anchor(plan_id, key, selected)


def add_on_passage(services: WorkspaceServices, plan_id: str, key: str, shown: str,
                   start: int, end: int, body: str) -> CommentView:
    return services.comments.add(plan_id, body,
                                 passage_anchor(services, plan_id, key, shown, start, end))


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1] + "…"


def _confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class CommentsUi(QObject):
    """Everything comments add to the main window, kept out of the window's own module."""

    threadsShown = Signal(str)  # plan_id: the panel holds the plan's threads as stored now

    def __init__(self, window: MainWindow, services: WorkspaceServices,
                 runner: ServiceRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.ask_text: AskText = ask_comment_text  # swappable, as tests do
        self.confirm: Confirm = _confirm
        self.access: PlanAccess | None = None
        page = window.plan_page
        self._page = page

        self.panel = CommentsPanel()
        page.splitter.addWidget(self.panel)
        page.splitter.setCollapsible(2, True)
        sizes = page.splitter.sizes()
        page.splitter.setSizes([sizes[0], max(200, sizes[1] - PANEL_WIDTH), PANEL_WIDTH])
        self.banner = ReadOnlyBanner()
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.banner)
        self.highlighter = PassageHighlighter(page.editor.text_edit)

        self._make_actions()
        text_edit = page.editor.text_edit
        text_edit.installEventFilter(self)  # the Menu key
        text_edit.viewport().installEventFilter(self)  # a right click
        window.planOpened.connect(self._plan_opened)
        window.plansLoaded.connect(self.refresh_counts)
        window.sync_ui.controller.synced.connect(self._after_sync)
        page.editor.sectionShown.connect(self._section_shown)
        page.editor.saved.connect(self._section_saved)
        page.actions_view.changed.connect(lambda _plan: self.reload())  # codes and titles
        page.splitter.splitterMoved.connect(lambda _pos, _index: self._sync_panel_action())
        self.highlighter.threadClicked.connect(self._passage_clicked)
        self.panel.threadChosen.connect(self.reveal_thread)
        self.panel.commentRequested.connect(self.add_comment)
        self.panel.replyRequested.connect(self.reply)
        self.panel.editRequested.connect(self.edit)
        self.panel.deleteRequested.connect(self.delete)
        self.panel.resolveRequested.connect(self.set_resolved)
        self._sync_panel_action()

    # -- construction ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def make(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())  # not the checked flag
            return action

        self.add_action = make(self.tr("&Add comment…"), self.add_comment, "Ctrl+Alt+M")
        self.add_action.setToolTip(self.tr(
            "Comment on the selected passage, the selected action or this section"))
        self.passage_action = make(self.tr("Comment on this &passage…"), self.add_comment)
        self.section_action = make(self.tr("Comment on this &section…"),
                                   lambda: self.add_comment(kind=SECTION_ANCHOR))
        self.plan_action = make(self.tr("Comment on the whole p&lan…"),
                                lambda: self.add_comment(kind="plan"))
        self.reply_action = make(self.tr("&Reply…"), self.panel.reply_selected,
                                 "Ctrl+Alt+R")
        self.edit_action = make(self.tr("&Edit my comment…"), self.panel.edit_selected)
        self.delete_action = make(self.tr("&Delete my comment…"), self.panel.delete_selected)
        self.resolve_action = make(self.tr("Resol&ve or reopen the thread"),
                                   self.panel.resolve_selected, "Ctrl+Alt+K")
        self.go_action = make(self.tr("&Go to the comments"), self.focus_panel, "Ctrl+Alt+C")
        self.panel_action = make(self.tr("S&how the comments panel"), self._toggle_panel)
        self.panel_action.setCheckable(True)

        menu = QMenu(self.tr("&Comments"), self._window)
        menu.setObjectName("comments_menu")
        for action in (self.add_action, self.section_action, self.plan_action, None,
                       self.reply_action, self.edit_action, self.delete_action,
                       self.resolve_action, None, self.go_action, self.panel_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.aboutToShow.connect(self._update_actions)
        self.menu = menu
        bar = self._window.menuBar()
        sync_menu = self._window.sync_ui.sync_action.associatedObjects()
        before = next((m.menuAction() for m in sync_menu if isinstance(m, QMenu)),
                      bar.actions()[-1])  # Sync's menu, else Help
        bar.insertMenu(before, menu)

    def _update_actions(self) -> None:
        can = self.access is not None and self.access.can_comment
        for action in (self.add_action, self.section_action, self.plan_action):
            action.setEnabled(can and self._page.plan_id is not None)
        self.reply_action.setEnabled(self.panel.reply_button.isEnabled())
        self.edit_action.setEnabled(self.panel.edit_button.isEnabled())
        self.delete_action.setEnabled(self.panel.delete_button.isEnabled())
        self.resolve_action.setEnabled(self.panel.resolve_button.isEnabled())
        self._sync_panel_action()  # the splitter may have been dragged or restored

    # -- the panel's place -----------------------------------------------------------------

    def panel_shown(self) -> bool:
        return self._page.splitter.sizes()[2] > 0

    def show_panel(self, shown: bool = True) -> None:
        sizes = self._page.splitter.sizes()
        if shown and sizes[2] == 0:
            width = min(PANEL_WIDTH, max(120, sizes[1] // 2))
            self._page.splitter.setSizes([sizes[0], sizes[1] - width, width])
        elif not shown and sizes[2] > 0:
            self._page.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])
        self._sync_panel_action()

    def _toggle_panel(self) -> None:
        self.show_panel(self.panel_action.isChecked())

    def _sync_panel_action(self) -> None:
        self.panel_action.setChecked(self.panel_shown())

    def focus_panel(self) -> None:
        self.show_panel(True)
        target = self.panel.tree if self.panel.tree.isVisible() else self.panel.show_filter
        target.setFocus()
        first = self.panel.tree.topLevelItem(0)
        if self.panel.tree.currentItem() is None and first is not None:
            self.panel.tree.setCurrentItem(first)

    # -- reading ------------------------------------------------------------------------------

    def _plan_opened(self, plan_id: str) -> None:
        self.panel.clear()
        self.highlighter.show_passages([])
        self.reload()

    def reload(self, select: str | None = None) -> None:
        plan_id = self._page.plan_id
        if plan_id is None:
            return
        self._runner.run(read_plan_comments, self._services, plan_id,
                         on_done=lambda read: self._show(read, select))

    def _show(self, read: PlanComments, select: str | None) -> None:
        if read.plan_id != self._page.plan_id:
            return  # another plan was opened meanwhile
        model = self._page.sections_model
        sections = {model.row(n).key: f"{model.row(n).number}. {model.row(n).title}"
                    for n in range(model.rowCount())}
        self.panel.set_section(self._page.current_section())
        self.panel.show_threads(read.threads, AnchorNames(sections, read.actions),
                                read.access.can_comment)
        if select:
            self.panel.select_comment(select)
        self._apply_access(read.access)
        self._show_highlights()
        self.threadsShown.emit(read.plan_id)

    def _apply_access(self, access: PlanAccess) -> None:
        self.access = access
        self.banner.show_access(access)
        read_only = not access.can_edit or access.deleted
        page = self._page
        if page.editor.is_read_only() != read_only or page.title_edit.isReadOnly() != read_only:
            page.title_edit.setReadOnly(read_only)
            page.editor.set_read_only(read_only)
            page.actions_view.set_read_only(read_only)
        self._update_actions()

    def _show_highlights(self) -> None:
        key = self._page.current_section()
        self.highlighter.show_passages([
            (t.root.id, t.root.anchor.quote) for t in self.panel.threads()
            if not t.resolved and t.root.anchor.kind == QUOTE_ANCHOR
            and t.root.anchor.section_key == key and t.root.anchor.quote is not None])

    def _section_shown(self, plan_id: str, key: str) -> None:
        if plan_id == self._page.plan_id:
            self.panel.set_section(key)
            self._show_highlights()

    def _section_saved(self, plan_id: str, key: str) -> None:
        # A passage may have gone from the text (orphaned) or come back.
        if plan_id == self._page.plan_id and any(
                t.root.anchor.kind == QUOTE_ANCHOR and t.root.anchor.section_key == key
                for t in self.panel.threads()):
            self.reload()

    def _after_sync(self, _report: object) -> None:
        self.reload()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        self._runner.run(self._services.comments.unread_counts,
                         on_done=self._window.plan_model.set_unread_comments)

    # -- going to a thread's place ----------------------------------------------------------

    def reveal_thread(self, thread_id: str) -> None:
        """Show where the thread points: its section, its passage selected, its action."""
        thread = next((t for t in self.panel.threads() if t.root.id == thread_id), None)
        if thread is None:
            return
        self._mark_read(thread)
        anchor = thread.root.anchor
        page = self._page
        if anchor.kind in (SECTION_ANCHOR, QUOTE_ANCHOR) and anchor.section_key:
            if page.current_section() != anchor.section_key:
                page.show_section(anchor.section_key)
            if anchor.kind == QUOTE_ANCHOR and anchor.quote is not None:
                span = self.highlighter.span_of(thread_id) or self.highlighter.find(
                    anchor.quote)
                if span is not None:
                    self._select_in_editor(*span)
        elif anchor.kind == ACTION_ANCHOR and anchor.action_id and not thread.root.orphaned:
            if page.current_section() != "actions":
                page.show_section("actions")
            page.actions_view.select_action(anchor.action_id)

    def _select_in_editor(self, start: int, end: int) -> None:
        text_edit = self._page.editor.text_edit
        cursor = QTextCursor(text_edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        text_edit.setTextCursor(cursor)
        text_edit.ensureCursorVisible()

    def _passage_clicked(self, thread_id: str) -> None:
        if self.panel.current_thread() is None or (
                self.panel.current_thread().root.id != thread_id):  # type: ignore[union-attr]
            self.show_panel(True)
            if self.panel.select_comment(thread_id):
                thread = self.panel.current_thread()
                if thread is not None:
                    self._mark_read(thread)

    def _mark_read(self, thread: CommentThread) -> None:
        unread = {c.id for c in (thread.root, *thread.replies) if c.unread}
        if not unread or self._page.plan_id is None:
            return
        self.panel.mark_shown_read(unread)
        self._runner.run(self._services.comments.mark_read, self._page.plan_id,
                         sorted(unread), on_done=lambda _n: self.refresh_counts())

    # -- writing ------------------------------------------------------------------------------

    def add_comment(self, kind: str | None = None) -> None:
        """A new thread: on the selected passage, else the selected action, else the
        section (or what ``kind`` says: "section", "plan")."""
        page = self._page
        plan_id, key = page.plan_id, page.current_section()
        if plan_id is None:
            return
        editor = page.editor
        cursor = editor.text_edit.textCursor()
        if kind is None and key and editor.isVisible() and cursor.hasSelection():
            self._add_on_passage(plan_id, key, cursor)
            return
        anchor = Anchor.on_plan()
        about = self.tr("Your comment on the whole plan:")
        action_id = page.actions_view.selected_action_id()
        if kind is None and key == "actions" and action_id:
            anchor = Anchor.on_action(action_id)
            about = self.tr("Your comment on action {0}:").format(
                self._action_name(action_id))
        elif kind != "plan" and key:
            anchor = Anchor.on_section(key)
            about = self.tr("Your comment on section {0}:").format(
                self.panel.names.sections.get(key, key))
        body = self.ask_text(self._window, self.tr("New comment"), about, "")
        if body:
            page.flush()
            self._runner.run(self._services.comments.add, plan_id, body, anchor,
                             on_done=self._written)

    def _action_name(self, action_id: str) -> str:
        model = self._page.actions_view.model
        row = model.row_of(action_id)
        if row < 0:
            return self.panel.names.actions.get(action_id, "")
        action = model.action_at(row)
        return f"{action.get('code') or ''} {action.get('title') or ''}".strip()

    def _add_on_passage(self, plan_id: str, key: str, cursor: QTextCursor) -> None:
        shown = self._page.editor.text_edit.document().toPlainText()
        start = from_utf16(shown, cursor.selectionStart())
        end = from_utf16(shown, cursor.selectionEnd())
        selected = shown[start:end]
        start += len(selected) - len(selected.lstrip())
        end -= len(selected) - len(selected.rstrip())
        if start >= end:
            return
        about = self.tr("Your comment on the passage “{0}”:").format(
            _excerpt(shown[start:end]))
        body = self.ask_text(self._window, self.tr("Comment on this passage"), about, "")
        if body:
            self._page.flush()  # the text as shown is the text stored, before the anchor
            self._runner.run(add_on_passage, self._services, plan_id, key, shown, start, end,
                             body, on_done=self._written)

    def _written(self, view: CommentView) -> None:
        self.show_panel(True)
        self.reload(select=view.id)

    def _comment(self, comment_id: str) -> CommentView | None:
        for thread in self.panel.threads():
            for view in (thread.root, *thread.replies):
                if view.id == comment_id:
                    return view
        return None

    def reply(self, comment_id: str) -> None:
        view = self._comment(comment_id)
        if view is None:
            return
        about = self.tr("Your reply to {0}: “{1}”").format(author_of(view),
                                                           _excerpt(view.body))
        body = self.ask_text(self._window, self.tr("Reply"), about, "")
        if body:
            self._runner.run(self._services.comments.reply, comment_id, body,
                             on_done=self._written)

    def edit(self, comment_id: str) -> None:
        view = self._comment(comment_id)
        if view is None:
            return
        body = self.ask_text(self._window, self.tr("Edit comment"),
                             self.tr("Your comment:"), view.body)
        if body and body != view.body:
            self._runner.run(self._services.comments.edit, comment_id, body,
                             on_done=self._written)

    def delete(self, comment_id: str) -> None:
        view = self._comment(comment_id)
        if view is None:
            return
        if self.confirm(self._window, self.tr("Delete comment"), self.tr(
                "Delete your comment “{0}”? Replies to it stay.").format(
                    _excerpt(view.body))):
            self._runner.run(self._services.comments.delete, comment_id,
                             on_done=lambda _none: self.reload())

    def set_resolved(self, thread_id: str, resolved: bool) -> None:
        call = self._services.comments.resolve if resolved else self._services.comments.reopen
        self._runner.run(call, thread_id, on_done=lambda _none: self.reload(select=thread_id))

    # -- the section text's context menu ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            text_edit = self._page.editor.text_edit
            menu = text_edit.createStandardContextMenu()
            menu.addSeparator()
            menu.addAction(self.passage_action)
            can = self.access is not None and self.access.can_comment
            self.passage_action.setEnabled(can and text_edit.textCursor().hasSelection())
            self.context_menu = menu  # kept for tests, until the next one
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

