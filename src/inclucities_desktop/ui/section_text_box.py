"""The text box of a section: keys and paste kept to what Markdown holds, links by Ctrl+click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import (
    QContextMenuEvent,
    QDesktopServices,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from inclucities_desktop.ui.markdown_document import LINE_SEPARATOR, write_markdown
from inclucities_desktop.ui.section_dialogs import LINK_SCHEMES
from inclucities_desktop.ui.section_formatting import (
    change_list_level,
    fragment_from_html,
    leave_list,
    list_depth,
    markdown_fragment,
)

MARKDOWN_MIME = "text/markdown"


class SectionTextBox(QTextEdit):
    """A QTextEdit for a section's text.

    Undo and redo go to the window's shared history (``undo`` / ``redo`` callables), never
    to the document's own, so that the two cannot drift apart.
    """

    def __init__(self, undo: Callable[[], None], redo: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo
        self._redo = redo
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests swap it
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.setMouseTracking(True)

    # -- undo and redo belong to the window ----------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()  # let the window's Undo/Redo action have it
            return False
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            href = self.anchorAt(event.pos())
            if href:
                QToolTip.showText(event.globalPos(),
                                  self.tr("%1\nCtrl+click to open").replace("%1", href), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                action.triggered.disconnect()
                action.triggered.connect(self._undo if name == "edit-undo" else self._redo)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self._undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self._redo()
            return
        if not self.isReadOnly() and self._special_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _special_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        cursor = self.textCursor()
        block = cursor.block()
        in_list = block.textList() is not None
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            step = -1 if key == Qt.Key.Key_Backtab else 1
            if in_list:
                change_list_level(cursor, step)
                return True
            if cursor.currentTable() is not None:
                return self._next_cell(step)
            return False
        if key == Qt.Key.Key_Backspace and plain and in_list and not cursor.hasSelection() \
                and cursor.atBlockStart():
            self._outdent_or_leave(cursor)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if cursor.currentTable() is not None:
                cursor.insertText(LINE_SEPARATOR)  # a Markdown cell holds one paragraph
                return True
            if plain and in_list and not block.text() and list_depth(block) > 1:
                change_list_level(cursor, -1)
                return True
        return False

    def _outdent_or_leave(self, cursor: QTextCursor) -> None:
        if list_depth(cursor.block()) > 1:
            change_list_level(cursor, -1)
        else:
            cursor.beginEditBlock()
            leave_list(cursor.block())
            cursor.endEditBlock()

    def _next_cell(self, step: int) -> bool:
        cursor = self.textCursor()
        table = cursor.currentTable()
        cell = table.cellAt(cursor)
        index = cell.row() * table.columns() + cell.column() + step
        if not 0 <= index < table.rows() * table.columns():
            return True
        target = table.cellAt(index // table.columns(), index % table.columns())
        self.setTextCursor(target.lastCursorPosition())
        return True

    # -- paste and drop: what Markdown can hold ------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(MARKDOWN_MIME) or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        cursor = self.textCursor()
        if source.hasFormat(MARKDOWN_MIME):
            markdown = bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8", "replace")
            cursor.insertFragment(markdown_fragment(markdown))
        elif source.hasHtml():
            cursor.insertFragment(fragment_from_html(source.html()))
        elif source.hasText():
            text = source.text().replace("\r\n", "\n").replace("\r", "\n")
            fmt = cursor.charFormat()
            fmt.setAnchor(False)
            fmt.setAnchorHref("")
            fmt.setFontUnderline(False)
            cursor.insertText(text, fmt)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(QTextDocumentFragment(self.textCursor()))
        data.setData(MARKDOWN_MIME, write_markdown(scratch).encode("utf-8"))
        return data

    # -- links: Ctrl+click opens, hovering tells the address ------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        href = self.anchorAt(event.position().toPoint())
        if href and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            url = QUrl(href)
            if url.scheme().lower() in LINK_SCHEMES:
                self.open_url(url)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_link = bool(self.anchorAt(event.position().toPoint()))
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_link and ctrl
                                  else Qt.CursorShape.IBeamCursor)
