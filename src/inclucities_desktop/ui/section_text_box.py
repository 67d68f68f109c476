"""The text box of a section: keys and paste kept to what Markdown holds, links by Ctrl+click."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QMimeData, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QContextMenuEvent,
    QDesktopServices,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
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
BULK_BLOCKS = 2000  # a change of more blocks than this is made with the layout set aside


class _IdleLayout(QAbstractTextDocumentLayout):
    """A layout that does nothing, for the length of a big change."""

    def documentChanged(self, _position: int, _removed: int, _added: int) -> None:
        pass

    def draw(self, _painter: QPainter, _context: object) -> None:
        pass

    def hitTest(self, _point: object, _accuracy: Qt.HitTestAccuracy) -> int:
        return -1

    def pageCount(self) -> int:
        return 1

    def documentSize(self) -> QSizeF:
        return QSizeF()

    def frameBoundingRect(self, _frame: QTextFrame) -> QRectF:
        return QRectF()

    def blockBoundingRect(self, _block: QTextBlock) -> QRectF:
        return QRectF()


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
        self._spare = QTextDocument(self)

    @contextmanager
    def bulk_edit(self) -> Iterator[QTextDocument]:
        """Make a big change to the shown document quickly.

        Qt's layout follows a change block by block (4 s for 45,000 pasted lines) but lays
        out a whole document in a fraction of that; so the change is made while the
        document has an idle layout and is off screen, and it gets a new layout after.
        Changes are still told (contentsChange), so autosave sees them.
        """
        document = self.document()
        scroll = self.verticalScrollBar().value()
        self.setDocument(self._spare)
        document.setDocumentLayout(_IdleLayout(document))
        try:
            yield document
        finally:
            document.setDocumentLayout(None)  # type: ignore[arg-type]  # Qt makes a new one
            document.documentLayout()
            self.setDocument(document)
            self.verticalScrollBar().setValue(scroll)

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
            fragment = markdown_fragment(markdown)
            size = markdown.count("\n")
        elif source.hasHtml():
            fragment = fragment_from_html(source.html())
            size = fragment.toRawText().count("\u2029")
        elif source.hasText():
            text = source.text().replace("\r\n", "\n").replace("\r", "\n")
            fmt = cursor.charFormat()
            fmt.setAnchor(False)
            fmt.setAnchorHref("")
            fmt.setFontUnderline(False)
            self._insert(cursor, lambda c: c.insertText(text, fmt), text.count("\n"))
            return
        else:
            return
        self._insert(cursor, lambda c: c.insertFragment(fragment), size)

    def _insert(self, cursor: QTextCursor, insert: Callable[[QTextCursor], None],
                lines: int) -> None:
        """One undo step, made quickly when it is big."""
        if lines <= BULK_BLOCKS:
            cursor.beginEditBlock()
            insert(cursor)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
        else:
            anchor, position = cursor.anchor(), cursor.position()
            with self.bulk_edit() as document:
                detached = QTextCursor(document)
                detached.setPosition(anchor)
                detached.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
                detached.beginEditBlock()
                insert(detached)
                detached.endEditBlock()
            self.setTextCursor(detached)
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
