"""What the section editor's tools do to the text, limited to what Markdown can hold.

Each function makes one change through a QTextCursor inside one edit block, so that it is
one step of the document's undo history (and so of the window's).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import (
    QBrush,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
    QTextTable,
)

from inclucities_desktop.ui.markdown_blocks import BULLET_STYLES
from inclucities_desktop.ui.markdown_document import (
    heading_block_format,
    heading_char_format,
    is_bullet_list,
    read_markdown,
    table_format,
    write_markdown,
)
from inclucities_desktop.ui.section_dialogs import LINK_SCHEMES

_MONOSPACE = {"monospace", "courier", "courier new", "consolas", "menlo", "monaco",
              "dejavu sans mono", "liberation mono", "source code pro", "lucida console"}


def blocks_of(cursor: QTextCursor) -> list[QTextBlock]:
    """The blocks the selection touches (or the cursor's block)."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = [first]
    while blocks[-1] != last and blocks[-1].isValid():
        blocks.append(blocks[-1].next())
    return [block for block in blocks if block.isValid()]


def list_depth(block: QTextBlock) -> int:
    text_list = block.textList()
    return max(text_list.format().indent(), 1) if text_list is not None else 0


def _bullet_style(depth: int) -> QTextListFormat.Style:
    return BULLET_STYLES[min(depth, len(BULLET_STYLES)) - 1]


# -- paragraph style --------------------------------------------------------------------


def set_heading(cursor: QTextCursor, level: int) -> None:
    """Make the touched blocks headings of ``level`` (0: paragraphs); a heading leaves its list."""
    cursor.beginEditBlock()
    for block in blocks_of(cursor):
        if block.blockFormat().headingLevel() == level and (level == 0 or not block.textList()):
            continue
        if level and block.textList() is not None:
            leave_list(block)
        block_cursor = QTextCursor(block)
        block_cursor.setBlockFormat(heading_block_format(block.blockFormat(), level))
        block_cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                  QTextCursor.MoveMode.KeepAnchor)
        look = heading_char_format(level)
        block_cursor.mergeCharFormat(look)
        char_format = block.charFormat()
        char_format.merge(look)
        block_cursor.setBlockCharFormat(char_format)
    cursor.endEditBlock()


def bold_applies(cursor: QTextCursor) -> bool:
    """Bold has a Markdown form here: not in a heading, nor in a table's header row."""
    if cursor.blockFormat().headingLevel():
        return False
    table = cursor.currentTable()
    return table is None or table.cellAt(cursor).row() != 0


# -- lists ------------------------------------------------------------------------------


def leave_list(block: QTextBlock) -> None:
    """Take the block out of its list, without the indentation Qt would leave."""
    text_list = block.textList()
    if text_list is not None:
        text_list.remove(block)
    fmt = block.blockFormat()
    fmt.setIndent(0)
    fmt.setObjectIndex(-1)
    QTextCursor(block).setBlockFormat(fmt)


def _join_or_create(block: QTextBlock, depth: int, bullets: bool) -> None:
    """Put the block in the list it continues (the one just before at that level and of
    that kind), or in a new list."""
    previous = block.previous()
    while previous.isValid() and previous.textList() is not None:
        previous_depth = list_depth(previous)
        if previous_depth < depth:
            break
        if previous_depth == depth:
            if is_bullet_list(previous.textList()) == bullets:
                current = block.textList()
                if current is not None:
                    current.remove(block)
                previous.textList().add(block)
                _no_indent(block)
                return
            break
        previous = previous.previous()
    fmt = QTextListFormat()
    fmt.setStyle(_bullet_style(depth) if bullets else QTextListFormat.Style.ListDecimal)
    fmt.setIndent(depth)
    current = block.textList()
    if current is not None:
        current.remove(block)
    QTextCursor(block).createList(fmt)
    _no_indent(block)


def _no_indent(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    if fmt.indent():
        fmt.setIndent(0)
        QTextCursor(block).setBlockFormat(fmt)


def toggle_list(cursor: QTextCursor, *, bullets: bool) -> None:
    """Bullets (or numbers) for the touched blocks; off when they all have them already."""
    blocks = blocks_of(cursor)
    lists = [block.textList() for block in blocks]
    cursor.beginEditBlock()
    if all(text_list is not None and is_bullet_list(text_list) == bullets
           for text_list in lists):
        for block in blocks:
            leave_list(block)
    else:
        converted: set[int] = set()
        for block in blocks:
            text_list = block.textList()
            if text_list is None:
                if block.blockFormat().headingLevel():
                    set_heading(QTextCursor(block), 0)
                _join_or_create(block, 1, bullets)
            elif is_bullet_list(text_list) != bullets and text_list.objectIndex() not in converted:
                converted.add(text_list.objectIndex())
                fmt = text_list.format()
                fmt.setStyle(_bullet_style(list_depth(block)) if bullets
                             else QTextListFormat.Style.ListDecimal)
                text_list.setFormat(fmt)
    cursor.endEditBlock()


def can_change_level(cursor: QTextCursor, step: int) -> bool:
    block = cursor.block()
    if block.textList() is None:
        return False
    if step < 0:
        return True
    previous = block.previous()
    return previous.isValid() and previous.textList() is not None and (
        list_depth(previous) >= list_depth(block))


def change_list_level(cursor: QTextCursor, step: int) -> bool:
    """Indent (1) or outdent (-1) the touched list items; a list never skips a level."""
    blocks = [block for block in blocks_of(cursor) if block.textList() is not None]
    if not blocks:
        return False
    cursor.beginEditBlock()
    changed = False
    for block in blocks:
        depth = list_depth(block)
        bullets = is_bullet_list(block.textList())
        if step > 0:
            previous = block.previous()
            limit = list_depth(previous) + 1 if previous.isValid() else 1
            if depth + 1 > limit:
                continue
        if depth + step < 1:
            leave_list(block)
        else:
            _join_or_create(block, depth + step, bullets)
        changed = True
    cursor.endEditBlock()
    return changed


# -- links ------------------------------------------------------------------------------


def _fragments(block: QTextBlock) -> Iterator[tuple[int, int, QTextCharFormat]]:
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        yield fragment.position(), fragment.position() + fragment.length(), fragment.charFormat()


def link_at(cursor: QTextCursor) -> tuple[QTextCursor, str] | None:
    """The whole link the cursor is in (selected), and its address."""
    position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
    block = cursor.document().findBlock(position)
    fragments = list(_fragments(block))
    for start, end, fmt in fragments:
        if fmt.isAnchor() and start <= position <= end and (
                start < position < end or not cursor.hasSelection() or start == position):
            href = fmt.anchorHref()
            first, last = start, end
            for other_start, other_end, other in fragments:
                if other.isAnchor() and other.anchorHref() == href:
                    if other_end == first:
                        first = other_start
                    if other_start == last:
                        last = other_end
            found = QTextCursor(cursor.document())
            found.setPosition(first)
            found.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            return found, href
    return None


def set_link(cursor: QTextCursor, text: str, url: str, link_colour: QBrush) -> QTextCursor:
    """Make the selection (or ``text`` at the cursor) a link to ``url``; returns a cursor
    after the link, typing plain text again."""
    link = QTextCharFormat()
    link.setAnchor(True)
    link.setAnchorHref(url)
    link.setForeground(link_colour)
    cursor.beginEditBlock()
    if cursor.hasSelection() and cursor.selectedText() == text:
        cursor.mergeCharFormat(link)
    else:
        fmt = cursor.charFormat()
        fmt.merge(link)
        cursor.insertText(text, fmt)
    after = QTextCursor(cursor.document())
    after.setPosition(cursor.selectionEnd())
    cursor.endEditBlock()
    after.setCharFormat(_without_link(after.charFormat()))
    return after


def _without_link(fmt: QTextCharFormat) -> QTextCharFormat:
    fmt = QTextCharFormat(fmt)
    for prop in (QTextFormat.Property.IsAnchor, QTextFormat.Property.AnchorHref,
                 QTextFormat.Property.AnchorName, QTextFormat.Property.ForegroundBrush):
        fmt.clearProperty(prop)
    return fmt


def remove_link(cursor: QTextCursor) -> None:
    """Plain text where the selection has links."""
    document = cursor.document()
    cursor.beginEditBlock()
    for block in blocks_of(cursor):
        for start, end, fmt in list(_fragments(block)):
            low, high = max(start, cursor.selectionStart()), min(end, cursor.selectionEnd())
            if fmt.isAnchor() and low < high:
                part = QTextCursor(document)
                part.setPosition(low)
                part.setPosition(high, QTextCursor.MoveMode.KeepAnchor)
                part.setCharFormat(_without_link(fmt))
    cursor.endEditBlock()


# -- tables -----------------------------------------------------------------------------


def insert_table(cursor: QTextCursor, rows: int, columns: int) -> QTextTable:
    """A table after the cursor's block; its first row is the header (bold, as read back)."""
    cursor.beginEditBlock()
    if cursor.block().textList() is not None or cursor.block().text():
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    table = cursor.insertTable(rows, columns, table_format())
    mark_header(table)
    cursor.endEditBlock()
    return table


def mark_header(table: QTextTable) -> None:
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        cell_cursor = cell.firstCursorPosition()
        cell_cursor.setPosition(cell.lastCursorPosition().position(),
                                QTextCursor.MoveMode.KeepAnchor)
        cell_cursor.mergeCharFormat(bold)
        cell_cursor.mergeBlockCharFormat(bold)


def change_table(cursor: QTextCursor, action: str) -> None:
    """``add-row`` (below), ``remove-row``, ``add-column`` (right), ``remove-column``."""
    table = cursor.currentTable()
    if table is None:
        return
    cell = table.cellAt(cursor)
    cursor.beginEditBlock()
    if action == "add-row":
        table.insertRows(cell.row() + 1, 1)
    elif action == "remove-row" and table.rows() > 1:
        table.removeRows(cell.row(), 1)
    elif action == "add-column":
        table.insertColumns(cell.column() + 1, 1)
    elif action == "remove-column" and table.columns() > 1:
        table.removeColumns(cell.column(), 1)
    mark_header(table)
    cursor.endEditBlock()


# -- paste ------------------------------------------------------------------------------


def markdown_fragment(markdown: str) -> QTextDocumentFragment:
    document = QTextDocument()
    read_markdown(document, markdown)
    return QTextDocumentFragment(document)


def fragment_from_html(html: str) -> QTextDocumentFragment:
    """Pasted HTML with only what Markdown holds: headings, bold, italic, links (http,
    https, mailto), lists, tables, code. Fonts, colours, sizes, underline and images go."""
    scratch = QTextDocument()
    scratch.setHtml(html)
    block = scratch.begin()
    while block.isValid():
        for start, end, fmt in list(_fragments(block)):
            families = {f.lower().strip("'\" ") for f in (fmt.fontFamilies() or [])}
            code = fmt.fontFixedPitch() or bool(families & _MONOSPACE)
            bad_link = fmt.isAnchor() and fmt.anchorHref().split(":", 1)[0].lower() not in (
                LINK_SCHEMES)
            if code != fmt.fontFixedPitch() or bad_link:
                part = QTextCursor(scratch)
                part.setPosition(start)
                part.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                fixed = _without_link(fmt) if bad_link else QTextCharFormat(fmt)
                fixed.setFontFixedPitch(code)
                part.setCharFormat(fixed)
        block = block.next()
    return markdown_fragment(write_markdown(scratch))
