"""The comments panel beside the section editor: the plan's threads, filtered, with their
replies indented below them, and the buttons that answer, change or close them.

The panel shows what it is given (``show_threads``) and says what the user asked for by
signal; CommentsUi (comments_ui.py) talks to the services.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclucities_desktop.services.comments import (
    ACTION_ANCHOR,
    QUOTE_ANCHOR,
    SECTION_ANCHOR,
    CommentThread,
    CommentView,
)
from inclucities_desktop.ui.comment_text import AnchorNames, comment_html, comment_sentence
from inclucities_desktop.ui.passage_highlights import mix

COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the CommentView of the row
ROOT_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a thread's first comment
RESOLVED_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's thread is resolved

Index = QModelIndex | QPersistentModelIndex


class CommentDelegate(QStyledItemDelegate):
    """Draws a comment as wrapped rich text (italic quote, bold unread, greyed resolved)."""

    def __init__(self, panel: CommentsPanel) -> None:
        super().__init__(panel.tree)
        self._panel = panel

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int,
                  selected: bool) -> QTextDocument:
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Highlight if selected
                             else QPalette.ColorRole.Base)
        dim = mix(text, base, 0.4)
        view = index.data(COMMENT_ROLE)
        names = self._panel.names if index.data(ROOT_ROLE) else None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(comment_html(view, names, text, dim, bool(index.data(RESOLVED_ROLE))))
        document.setTextWidth(max(80, width))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = QRect(option.rect)  # a copy: option.rect is changed below
        document = self._document(option, index, rect.width(), selected)
        style = option.widget.style() if option.widget else None
        option.text = ""
        gap = _gap(index)
        option.rect = rect.adjusted(0, gap, 0, 0)  # the rule above stays unselected
        if style is not None:  # background, selection and focus frame as the style draws
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        painter.save()
        if gap:  # a rule between threads
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.left() + 4, rect.top() + gap // 2, rect.right() - 4,
                             rect.top() + gap // 2)
        painter.translate(rect.left(), rect.top() + gap)
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        tree = self._panel.tree
        depth = 1 if index.parent().isValid() else 0
        width = tree.viewport().width() - tree.indentation() * depth - 2
        document = self._document(option, index, width, False)
        return QSize(width, int(document.size().height()) + 2 + _gap(index))


def _gap(index: Index) -> int:
    """Room above a thread's first comment, for the rule that parts it from the last."""
    return 9 if index.data(ROOT_ROLE) and index.row() > 0 else 0


class CommentTree(QTreeWidget):
    """Rows are re-measured when the width changes: wrapped text grows taller."""

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # At once, not delayed: a picture taken now must not show the old heights.
            self.doItemsLayout()


class CommentsPanel(QWidget):
    threadChosen = Signal(str)  # the user moved to this thread (its root comment's id)
    commentRequested = Signal()
    replyRequested = Signal(str)  # the selected comment's id
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    resolveRequested = Signal(str, bool)  # thread id, True: resolve, False: reopen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comments_panel")
        self.names = AnchorNames({}, {})
        self._threads: list[CommentThread] = []
        self._section: str | None = None
        self._can_comment = False
        self._quiet = False  # the current row is being set by the program, not the user

        title = QLabel(self.tr("Comments"))
        heading = title.font()
        heading.setBold(True)
        title.setFont(heading)
        self.show_filter = QComboBox()
        self.show_filter.addItems([self.tr("Open threads"), self.tr("All threads")])
        self.show_filter.setAccessibleName(self.tr("Which threads"))
        self.place_filter = QComboBox()
        self.place_filter.addItems([self.tr("This section"), self.tr("Whole plan")])
        self.place_filter.setAccessibleName(self.tr("Threads of"))
        filters = QHBoxLayout()
        filters.addWidget(self.show_filter, 1)
        filters.addWidget(self.place_filter, 1)

        self.tree = CommentTree()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(18)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(CommentDelegate(self))
        self.tree.setAccessibleName(self.tr("Comment threads"))
        self.tree.setAccessibleDescription(self.tr(
            "Each thread with its replies below it; choosing one shows its place in the "
            "plan. F2 edits your comment, Delete deletes it."))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No comments"))

        self.comment_button = QPushButton(self.tr("Comment…"))
        self.comment_button.setToolTip(self.tr(
            "Comment on the selected passage, the selected action or this section "
            "(Ctrl+Alt+M)"))
        self.reply_button = QPushButton(self.tr("Reply…"))
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        buttons = QGridLayout()
        buttons.addWidget(self.comment_button, 0, 0)
        buttons.addWidget(self.reply_button, 0, 1)
        buttons.addWidget(self.resolve_button, 0, 2)
        buttons.addWidget(self.edit_button, 1, 1)
        buttons.addWidget(self.delete_button, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

        self.show_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.place_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemClicked.connect(lambda item, _c: self._chosen(item))
        self.tree.itemActivated.connect(lambda item, _c: self._chosen(item))
        self.comment_button.clicked.connect(self.commentRequested)
        self.reply_button.clicked.connect(self.reply_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.resolve_button.clicked.connect(self.resolve_selected)
        for keys, slot in ((QKeySequence("F2"), self.edit_selected),
                           (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)):
            QShortcut(keys, self.tree, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self._fill()

    # -- what is shown -----------------------------------------------------------------------

    def show_threads(self, threads: list[CommentThread], names: AnchorNames,
                     can_comment: bool) -> None:
        self._threads = list(threads)
        self.names = names
        self._can_comment = can_comment
        self._fill()

    def clear(self) -> None:
        self.show_threads([], AnchorNames({}, {}), False)

    def set_section(self, key: str | None) -> None:
        if key != self._section:
            self._section = key
            if self.place_filter.currentIndex() == 0:
                self._fill()

    def threads(self) -> list[CommentThread]:
        return list(self._threads)

    def visible_threads(self) -> list[CommentThread]:
        open_only = self.show_filter.currentIndex() == 0
        this_section = self.place_filter.currentIndex() == 0
        return [t for t in self._threads
                if not (open_only and t.resolved)
                and not (this_section and not self._in_section(t.root))]

    def _in_section(self, view: CommentView) -> bool:
        anchor = view.anchor
        if anchor.kind in (SECTION_ANCHOR, QUOTE_ANCHOR):
            return anchor.section_key == self._section
        return anchor.kind == ACTION_ANCHOR and self._section == "actions"

    def _fill(self) -> None:
        keep = self.current_comment_id()
        self._quiet = True
        try:
            self.tree.clear()
            for thread in self.visible_threads():
                root = self._item(thread.root, thread, True)
                self.tree.addTopLevelItem(root)
                for reply in thread.replies:
                    root.addChild(self._item(reply, thread, False))
                root.setExpanded(True)
            if keep:
                self.select_comment(keep)
        finally:
            self._quiet = False
        shown = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(shown)
        self.empty.setVisible(not shown)
        if not shown:
            self.empty.setText(self.tr("No comments on this section yet.")
                               if self.place_filter.currentIndex() == 0
                               else self.tr("No comments on this plan yet."))
        self._update_buttons()

    def _item(self, view: CommentView, thread: CommentThread, is_root: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        self._set_view(item, view, thread.resolved, is_root)
        return item

    def _set_view(self, item: QTreeWidgetItem, view: CommentView, resolved: bool,
                  is_root: bool) -> None:
        item.setData(0, COMMENT_ROLE, view)
        item.setData(0, ROOT_ROLE, is_root)
        item.setData(0, RESOLVED_ROLE, resolved)
        sentence = comment_sentence(view, self.names if is_root else None, resolved)
        item.setData(0, Qt.ItemDataRole.DisplayRole, sentence)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, sentence)

    def mark_shown_read(self, comment_ids: set[str]) -> None:
        """Take the unread mark off these comments, here and in the kept threads."""
        def seen(view: CommentView) -> CommentView:
            return replace(view, unread=False) if view.id in comment_ids else view

        self._threads = [CommentThread(seen(t.root), tuple(seen(r) for r in t.replies))
                         for t in self._threads]
        for item in self._items():
            view = item.data(0, COMMENT_ROLE)
            if view.id in comment_ids and view.unread:
                self._set_view(item, seen(view), bool(item.data(0, RESOLVED_ROLE)),
                               bool(item.data(0, ROOT_ROLE)))

    def _items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            if top is not None:
                items.append(top)
                items.extend(c for n in range(top.childCount()) if (c := top.child(n)))
        return items

    # -- the current comment -----------------------------------------------------------------

    def current_comment(self) -> CommentView | None:
        item = self.tree.currentItem()
        return item.data(0, COMMENT_ROLE) if item is not None else None

    def current_comment_id(self) -> str | None:
        view = self.current_comment()
        return view.id if view else None

    def current_thread(self) -> CommentThread | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        root = item.parent() or item
        root_id = root.data(0, COMMENT_ROLE).id
        return next((t for t in self._threads if t.root.id == root_id), None)

    def select_comment(self, comment_id: str) -> bool:
        """Make the comment current without revealing its place (the program's choice)."""
        for item in self._items():
            if item.data(0, COMMENT_ROLE).id == comment_id:
                quiet, self._quiet = self._quiet, True
                try:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                finally:
                    self._quiet = quiet
                return True
        return False

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        if current is not None and not self._quiet:
            self._chosen(current)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        root = item.parent() or item
        self.threadChosen.emit(root.data(0, COMMENT_ROLE).id)

    def _update_buttons(self) -> None:
        view = self.current_comment()
        thread = self.current_thread()
        can = self._can_comment
        self.comment_button.setEnabled(can)
        self.reply_button.setEnabled(can and view is not None and not view.deleted)
        own = can and view is not None and view.mine and not view.deleted
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.resolve_button.setEnabled(can and thread is not None)
        self.resolve_button.setText(self.tr("Reopen") if thread is not None and thread.resolved
                                    else self.tr("Resolve"))

    def reply_selected(self) -> None:
        view = self.current_comment()
        if view is not None and self.reply_button.isEnabled():
            self.replyRequested.emit(view.id)

    def edit_selected(self) -> None:
        view = self.current_comment()
        if view is not None and self.edit_button.isEnabled():
            self.editRequested.emit(view.id)

    def delete_selected(self) -> None:
        view = self.current_comment()
        if view is not None and self.delete_button.isEnabled():
            self.deleteRequested.emit(view.id)

    def resolve_selected(self) -> None:
        thread = self.current_thread()
        if thread is not None and self.resolve_button.isEnabled():
            self.resolveRequested.emit(thread.root.id, not thread.resolved)
