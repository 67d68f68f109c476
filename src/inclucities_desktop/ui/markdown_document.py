"""A section's text between QTextDocument and Markdown, so that it reads back as it was left.

Reading is Qt's own reader (md4c: CommonMark with GitHub tables, HTML off). Writing is our
own serializer, not Qt's ``toMarkdown()`` with its quirks patched. Qt's writer merges
separate lists that touch, writes underline as ``_x_``, leaves trailing blank lines, does
not escape a leading ``1.``/``#``/``-`` nor emphasis that cannot open, and gives no way
to write a formatted run so that md4c reads it back; post-processing its output would mean
parsing Markdown again. Walking the blocks, lists, fragments and tables ourselves is about
as long and lets every rule be stated once (``markdown_inline``, ``markdown_emphasis``,
``markdown_blocks``) and checked by reading the result back.

What Markdown cannot hold is normalized here on purpose, the same way every time, so that
``write(read(write(doc))) == write(doc)``: spaces and tabs at the ends of a line, empty
paragraphs, list items and headings, NUL (read as U+FFFD) and byte order marks,
indentation outside lists, block quotes, underline,
colours and fonts, headings and lists inside table cells or list items, emphasis on the
white space at a run's edge or on code, and the few edge cases of emphasis listed in
``markdown_inline``. A list may not skip a level, and a list broken by a paragraph goes on
as a new list that starts at the next number.

A 5 MB section has some 60,000 blocks, and walking them all through the Qt bindings
takes about a second; ``MarkdownWriter`` therefore keeps each block's Markdown and forgets
only the blocks a change touched (``QTextDocument.contentsChange``), so saving while typing
stays cheap.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextLength,
    QTextList,
    QTextTable,
    QTextTableFormat,
)

from inclucities_desktop.ui.markdown_blocks import (
    BULLET_STYLES,
    Entry,
    ListWriter,
    code_block,
)
from inclucities_desktop.ui.markdown_inline import Context, InlineWriter, Span, plain_characters

# CommonMark + tables (md4c MD_FLAG_TABLES), no raw HTML (MD_FLAG_NOHTML). Not Qt's
# GitHub dialect: it adds autolinks (plain "www.x.org" would come back as a link) and
# reads `_x_` as underline.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(0x0020 | 0x0040 | 0x0100)

LINE_SEPARATOR = "\u2028"


def read_markdown(document: QTextDocument, markdown: str) -> None:
    """Replace the document's content with ``markdown``."""
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    _even_out_headings(document)
    for table in _tables(document):
        _unmerge_cells(table)
        table.setFormat(table_format())


def write_markdown(document: QTextDocument) -> str:
    """The document as Markdown that reads back as the same structure and formatting."""
    return MarkdownWriter(document, follow=False).markdown()


def markdown_round_trip(markdown: str) -> str:
    """The Markdown as the editor stores it after reading it unchanged."""
    document = QTextDocument()
    read_markdown(document, markdown)
    return write_markdown(document)


def heading_block_format(block_format: QTextBlockFormat, level: int) -> QTextBlockFormat:
    """A block format as a heading of ``level`` (0: a paragraph), with room above it."""
    fmt = QTextBlockFormat(block_format)
    fmt.setHeadingLevel(level)
    fmt.setTopMargin(14 if level else 6)
    fmt.setBottomMargin(4 if level else 6)
    return fmt


def heading_char_format(level: int) -> QTextCharFormat:
    """The look Qt's reader gives a heading of ``level`` (0: a paragraph)."""
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 4 - level) if level else 0)
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    return fmt


def table_format() -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorder(1)
    fmt.setBorderStyle(QTextTableFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setHeaderRowCount(1)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    return fmt


def is_bullet_list(text_list: QTextList) -> bool:
    return text_list.format().style() in BULLET_STYLES


def _even_out_headings(document: QTextDocument) -> None:
    # Qt gives only the plain runs of a heading its size: the italic word of a heading
    # would show smaller; and no room above. Looks only: none of it is written.
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.setBlockFormat(heading_block_format(block.blockFormat(), level))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(heading_char_format(level))
        block = block.next()


def _unmerge_cells(table: QTextTable) -> None:
    # Qt's reader guesses that two or more empty cells after a filled one are merged
    # with it (md4c cannot say); Markdown tables have no merged cells, so undo that.
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() == row and cell.column() == column and (
                    cell.columnSpan() > 1 or cell.rowSpan() > 1):
                table.splitCell(row, column, 1, 1)


# -- verification: a line is parsed back when it holds emphasis ----------------------------


class _Reader:
    """Parses one line the way the section will be read, for InlineWriter's check."""

    def __init__(self) -> None:
        self._document = QTextDocument()

    def __call__(self, markdown: str, context: Context) -> list[Span]:
        if context in (Context.CELL, Context.HEADER_CELL):
            self._document.setMarkdown(f"| {markdown} |\n| --- |\n| x |\n"
                                       if context is Context.HEADER_CELL
                                       else f"| x |\n| --- |\n| {markdown} |\n",
                                       MARKDOWN_FEATURES)
            table = _tables(self._document)[0]
            row = 0 if context is Context.HEADER_CELL else 1
            cell = table.cellAt(row, 0)
            spans = _block_spans(cell.firstCursorPosition().block())
            if context is Context.HEADER_CELL:
                spans = [Span(s.text, False, s.italic, s.code, s.href) for s in spans]
            return spans
        self._document.setMarkdown(markdown, MARKDOWN_FEATURES)
        return _block_spans(self._document.begin())


_reader: _Reader | None = None


def _inline_writer() -> InlineWriter:
    global _reader  # one scratch document, made on first use (it needs Qt)
    if _reader is None:
        _reader = _Reader()
    return InlineWriter(_reader)


# -- blocks --------------------------------------------------------------------------------


def _block_spans(block: QTextBlock) -> list[Span]:
    spans = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            continue  # images have no place in a section
        spans.append(Span(
            fragment.text(),
            bold=fmt.fontWeight() >= QFont.Weight.DemiBold,
            italic=fmt.fontItalic(),
            code=fmt.fontFixedPitch(),
            href=fmt.anchorHref() if fmt.isAnchor() else "",
        ))
    return spans


def _plain_text(block: QTextBlock) -> str | None:
    """The block's text when it is one run without formatting (most blocks), else None."""
    iterator = block.begin()
    if iterator.atEnd():
        return ""
    fragment = iterator.fragment()
    iterator += 1
    if not iterator.atEnd():
        return None
    fmt = fragment.charFormat()
    if (fmt.fontWeight() >= QFont.Weight.DemiBold or fmt.fontItalic() or fmt.fontFixedPitch()
            or fmt.isAnchor() or fmt.isImageFormat()):
        return None
    return fragment.text()


def _entry(block: QTextBlock, writer: InlineWriter) -> Entry:
    fmt = block.blockFormat()
    text_list = block.textList()
    if text_list is None and (fmt.nonBreakableLines()
                              or fmt.hasProperty(QTextFormat.Property.BlockCodeFence)
                              or fmt.hasProperty(QTextFormat.Property.BlockCodeLanguage)):
        return Entry("code", plain_characters(block.text()),
                      language=str(fmt.stringProperty(QTextFormat.Property.BlockCodeLanguage)))
    if (text_list is None and not block.text()
            and fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)):
        return Entry("rule", part="---")
    level = fmt.headingLevel() if text_list is None else 0
    context = Context.HEADING if level else Context.BLOCK
    plain = _plain_text(block)
    line = (writer.plain_line(plain, context) if plain is not None
            else writer.line(_block_spans(block), context)[0])
    if not line:
        return Entry("empty")
    if text_list is not None:
        return Entry("item", line, list_index=text_list.objectIndex())
    if level:
        return Entry("heading", line, part="#" * min(level, 6) + " " + line)
    return Entry("paragraph", line, part=line)


def _tables(document: QTextDocument) -> list[QTextTable]:
    """The outermost tables (a table in a cell is written as part of that cell)."""
    found: list[QTextTable] = []
    frames: list[QTextFrame] = [document.rootFrame()]
    while frames:
        for child in frames.pop().childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            else:
                frames.append(child)
    return found


class MarkdownWriter(QObject):
    """The Markdown of one document, kept per block and refreshed where it changed."""

    def __init__(self, document: QTextDocument, *, follow: bool = True) -> None:
        super().__init__(document if follow else None)
        self._document = document
        self._inline = _inline_writer()
        self._entries: list[Entry | None] = [None] * document.blockCount()
        if follow:
            # Qt tells of changes only to a document that has a layout: make sure it has.
            document.documentLayout()
            document.contentsChange.connect(self._forget)

    @property
    def fallbacks(self) -> int:
        """How often a line's emphasis had to be dropped after reading it back."""
        return self._inline.fallbacks

    @Slot(int, int, int)
    def _forget(self, position: int, removed: int, added: int) -> None:
        """Forget the blocks Qt says changed: those from ``position`` to ``position + added``
        now, which replaced as many old ones as the block count says."""
        document = self._document
        count = document.blockCount()
        first = document.findBlock(position)
        last = document.findBlock(position + added)
        first_number = first.blockNumber() if first.isValid() else 0
        last_number = last.blockNumber() if last.isValid() else count - 1
        old_last = last_number - (count - len(self._entries))
        if removed < 0 or old_last < first_number:
            # A range that cannot be right (Qt reports one when undoing next to a table):
            # forget everything from there on.
            self._entries[first_number:] = [None] * (count - first_number)
        else:
            self._entries[first_number : old_last + 1] = [None] * (
                last_number - first_number + 1)
        if len(self._entries) != count:  # never expected; start afresh rather than be wrong
            self._entries = [None] * count

    def markdown(self) -> str:
        self._fill()
        parts = self._parts()
        return "\n\n".join(parts) + "\n" if parts else ""

    def _fill(self) -> None:
        entries = self._entries
        number = 0
        while True:
            try:
                number = entries.index(None, number)
            except ValueError:
                return
            block = self._document.findBlockByNumber(number)
            while block.isValid() and number < len(entries) and entries[number] is None:
                entries[number] = _entry(block, self._inline)
                block = block.next()
                number += 1

    # -- putting the blocks together -------------------------------------------------------

    def _parts(self) -> list[str]:
        # A tight loop: it runs over every block at every save (60,000 for 5 MB).
        tables = sorted((table.firstCursorPosition().block().blockNumber(), table)
                        for table in _tables(self._document))
        next_table = tables[0][0] if tables else -1
        entries = cast(list[Entry], self._entries)  # all filled
        parts: list[str] = []
        lists = ListWriter(self._document)
        code: list[Entry] = []
        number = 0
        count = len(entries)
        while number < count:
            if number == next_table:
                if lists.open:
                    parts.extend(lists.close())
                if code:
                    parts.extend(code_block(code))
                    code = []
                table = tables.pop(0)[1]
                parts.append(self._table(table))
                number = table.lastCursorPosition().block().blockNumber() + 1
                next_table = tables[0][0] if tables else -1
                continue
            entry = entries[number]
            number += 1
            if entry.part:  # a paragraph, heading or rule
                if lists.open:
                    parts.extend(lists.close())
                if code:
                    parts.extend(code_block(code))
                    code = []
                parts.append(entry.part)
            elif entry.kind == "item":
                if code:
                    parts.extend(code_block(code))
                    code = []
                lists.add(entry)
            elif entry.kind == "code":
                if lists.open:
                    parts.extend(lists.close())
                code.append(entry)
            # "empty": Markdown has no empty paragraphs; they join what is around them
        parts.extend(lists.close())
        parts.extend(code_block(code))
        return parts

    def _table(self, table: QTextTable) -> str:
        rows = []
        for row in range(table.rows()):
            context = Context.HEADER_CELL if row == 0 else Context.CELL
            cells = []
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                if cell.row() != row or cell.column() != column:
                    cells.append("")  # the covered part of a merged cell
                    continue
                cells.append(self._inline.line(_cell_spans(cell), context)[0])
            rows.append("| " + " | ".join(cells) + " |")
            if row == 0:
                rows.append("|" + " --- |" * table.columns())
        return "\n".join(rows)


def _cell_spans(cell: object) -> list[Span]:
    """A cell's blocks as one line: Markdown tables have no paragraphs in a cell."""
    first = cell.firstCursorPosition().block()  # type: ignore[attr-defined]
    last = cell.lastCursorPosition().block()  # type: ignore[attr-defined]
    spans: list[Span] = []
    block = first
    while block.isValid():
        block_spans = [s for s in _block_spans(block) if s.text]
        if block_spans:
            if spans:
                spans.append(Span(LINE_SEPARATOR))
            spans.extend(block_spans)
        if block == last:
            break
        block = block.next()
    return spans


