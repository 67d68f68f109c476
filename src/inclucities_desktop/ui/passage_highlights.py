"""The commented passages of the shown section, highlighted in its text box.

Highlights are the text box's extra selections: they colour the text without being part
of the document, so they never count as an edit and never reach the stored Markdown. They
are placed again (a moment after the last keystroke) whenever the text changes, found by
their quote in the Markdown the editor would store now. A click (or a cursor move) into a
highlight names its thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from inclucities_core.anchors import TextQuote, find_quote
from inclucities_desktop.ui.markdown_text import write_markdown
from inclucities_desktop.ui.passage_positions import TextAlignment, to_utf16

REPLACE_MS = 300


def mix(first: QColor, second: QColor, share_of_second: float) -> QColor:
    keep = 1.0 - share_of_second
    return QColor(round(first.red() * keep + second.red() * share_of_second),
                  round(first.green() * keep + second.green() * share_of_second),
                  round(first.blue() * keep + second.blue() * share_of_second))


def highlight_format(palette: QPalette) -> QTextCharFormat:
    """A tint of the palette's selection colour over the text's background, with the
    text's own colour on it (readable light or dark), and a dotted underline so that the
    mark is not carried by colour alone."""
    fmt = QTextCharFormat()
    fmt.setBackground(mix(palette.color(QPalette.ColorRole.Base),
                          palette.color(QPalette.ColorRole.Highlight), 0.3))
    fmt.setForeground(palette.color(QPalette.ColorRole.Text))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(palette.color(QPalette.ColorRole.Highlight))
    return fmt


class PassageHighlighter(QObject):
    threadClicked = Signal(str)  # the id of the thread whose passage holds the cursor

    def __init__(self, text_edit: QTextEdit) -> None:
        super().__init__(text_edit)
        self._text_edit = text_edit
        self._quotes: list[tuple[str, TextQuote]] = []  # thread id, its passage
        self._spans: dict[str, tuple[int, int]] = {}  # thread id -> Qt positions
        self._document: QTextDocument | None = None
        self._timer = QTimer(self, singleShot=True, interval=REPLACE_MS)
        self._timer.timeout.connect(self.place)
        text_edit.cursorPositionChanged.connect(self._cursor_moved)

    def show_passages(self, quotes: list[tuple[str, TextQuote]]) -> None:
        """Highlight these passages (thread id, quote) in the text box's document."""
        self._quotes = list(quotes)
        self._follow(self._text_edit.document())
        self.place()

    def span_of(self, thread_id: str) -> tuple[int, int] | None:
        """Where the thread's passage is highlighted now (Qt positions)."""
        return self._spans.get(thread_id)

    def find(self, quote: TextQuote) -> tuple[int, int] | None:
        """Where ``quote`` is in the shown text now (Qt positions), highlighted or not."""
        document = self._text_edit.document()
        shown = document.toPlainText()
        return _find(shown, TextAlignment(shown, write_markdown(document)), quote)

    def _follow(self, document: QTextDocument) -> None:
        if document is self._document:
            return
        if self._document is not None:
            self._document.contentsChanged.disconnect(self._timer.start)
        self._document = document
        document.contentsChanged.connect(self._timer.start)
        document.destroyed.connect(self._forget_document)

    def _forget_document(self) -> None:
        self._document = None

    def place(self) -> None:
        self._timer.stop()
        document = self._text_edit.document()
        self._spans = {}
        if self._quotes and document is self._document:
            shown = document.toPlainText()
            alignment = TextAlignment(shown, write_markdown(document))
            for thread_id, quote in self._quotes:
                span = _find(shown, alignment, quote)
                if span is not None:
                    self._spans[thread_id] = span
        fmt = highlight_format(self._text_edit.palette())
        selections = []
        for start, end in self._spans.values():
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self._text_edit.setExtraSelections(selections)

    def thread_at(self, position: int) -> str | None:
        # The shortest passage wins where two overlap: it is the more precise one.
        holding = [(end - start, thread_id) for thread_id, (start, end) in self._spans.items()
                   if start <= position <= end]
        return min(holding)[1] if holding else None

    def _cursor_moved(self) -> None:
        cursor = self._text_edit.textCursor()
        if cursor.hasSelection():
            return  # selecting text, perhaps to comment on it
        thread_id = self.thread_at(cursor.position())
        if thread_id is not None:
            self.threadClicked.emit(thread_id)


def _find(shown: str, alignment: TextAlignment, quote: TextQuote) -> tuple[int, int] | None:
    markdown_span = find_quote(alignment.stored, quote)
    if markdown_span is None:
        return None
    span = alignment.to_shown(*markdown_span)
    if span is None:
        return None
    return to_utf16(shown, span[0]), to_utf16(shown, span[1])
