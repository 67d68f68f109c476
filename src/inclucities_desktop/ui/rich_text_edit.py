"""The text box of a section: Markdown-able formatting only, lists indented with Tab."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from inclucities_desktop.ui.markdown_text import write_markdown

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK_SCHEMES = ("http", "https", "mailto")


class RichTextEdit(QTextEdit):
    """A QTextEdit that keeps to what Markdown can hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)

    # -- paste: keep headings, emphasis, links, lists, tables; drop fonts, colours, images

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            scratch = QTextDocument()
            QTextCursor(scratch).insertFragment(QTextDocumentFragment.fromHtml(source.html()))
            markdown = _IMAGE.sub("", write_markdown(scratch))
            self.textCursor().insertFragment(QTextDocumentFragment.fromMarkdown(markdown))
        elif source.hasText():
            self.textCursor().insertText(source.text(), QTextCharFormat())
        else:
            super().insertFromMimeData(source)

    # -- lists: Tab and Shift+Tab change the level of the item at the cursor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.textCursor().currentList():
            self.change_list_level(-1 if key == Qt.Key.Key_Backtab else 1)
            return
        super().keyPressEvent(event)

    def change_list_level(self, step: int) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is None:
            return
        fmt = QTextListFormat(current.format())
        level = fmt.indent() + step
        cursor.beginEditBlock()
        if level < 1:
            current.remove(cursor.block())
            block_format = QTextBlockFormat(cursor.blockFormat())
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            fmt.setIndent(level)
            if fmt.style() in (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                               QTextListFormat.Style.ListSquare):
                fmt.setStyle(QTextListFormat.Style.ListCircle if level > 1
                             else QTextListFormat.Style.ListDisc)
            cursor.createList(fmt)
        cursor.endEditBlock()

    # -- links open with Ctrl+click

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        href = self.anchorAt(event.position().toPoint())
        if href and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            url = QUrl(href)
            if url.scheme() in LINK_SCHEMES:
                QDesktopServices.openUrl(url)
                return
        super().mouseReleaseEvent(event)


def heading_char_format(level: int) -> QTextCharFormat:
    """The look Qt's Markdown reader gives a heading of ``level`` (0: a paragraph)."""
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 4 - level) if level else 0)
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    return fmt
