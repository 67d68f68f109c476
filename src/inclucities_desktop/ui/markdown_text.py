"""Section text between QTextDocument and Markdown, so that it reads back as it was left.

Reading is Qt's own CommonMark reader (md4c). Writing is Qt's writer on a copy of the
document with two of its quirks taken out first:

- two separate lists that touch are written with the same marker and no blank line, so
  they read back as one list: the later list gets another marker ("-" / "*" / "+" for
  bullets, "." / ")" after numbers), which CommonMark reads as a new list;
- underline has no Markdown form and is written as ``_x_``, which reads back as italic:
  the editor never offers it, and it is dropped here as well;
- Markdown's own characters typed as text (``*``, ``_``, ``>``, ``~`` …) are escaped only
  now and then, so ``**b**`` typed as text would read back bold: every such character in
  the text is swapped for a private-use stand-in before Qt writes, and the stand-in for a
  backslash-escaped character after, so that exactly the text's characters are escaped.

The result is trimmed to end in one newline, so that writing what was read gives the
same text again and showing a section never counts as an edit.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub


def read_markdown(document: QTextDocument, markdown: str) -> None:
    document.setMarkdown(markdown, _MARKDOWN_FEATURES)


def write_markdown(document: QTextDocument) -> str:
    if document.isEmpty():
        return ""
    copy = document.clone()
    try:
        _drop_underline(copy)
        _separate_touching_lists(copy)
        _trim_block_edges(copy)
        _unformat_edge_spaces(copy)
        _stand_in_for_markup_characters(copy)
        text = copy.toMarkdown(_MARKDOWN_FEATURES).translate(_ESCAPED)
    finally:
        copy.deleteLater()
    text = text.rstrip("\n")
    return text + "\n" if text.strip() else ""


# Characters that mean something to a Markdown reader, and private-use stand-ins for them
# (U+E000 onwards) that no writer escapes and no person types.
_MARKUP = "\\`*_[]<>#~|&="
_STAND_INS = {ord(c): chr(0xE000 + n) for n, c in enumerate(_MARKUP)}
_ESCAPED = {0xE000 + n: "\\" + c for n, c in enumerate(_MARKUP)}


def _units(text: str) -> int:
    """The length of ``text`` as Qt counts it (UTF-16 code units: an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _trim_block_edges(document: QTextDocument) -> None:
    """Drop spaces at either end of a paragraph: Markdown has no way to keep them (and
    four leading spaces would turn the paragraph into code)."""
    block = document.begin()
    while block.isValid():
        text = block.text()
        trailing = len(text) - len(text.rstrip(" \t"))
        leading = len(text.rstrip(" \t")) - len(text.strip(" \t"))
        for start, length in ((_units(text) - trailing, trailing), (0, leading)):
            if length:
                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + start + length,
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
        block = block.next()


def _unformat_edge_spaces(document: QTextDocument) -> None:
    """Move spaces at either end of a bold or italic run out of it: ``**word **`` is not
    emphasis in CommonMark, and would read back as literal asterisks."""
    changes: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.fontWeight() > QFont.Weight.Normal or fmt.fontItalic():
                text = fragment.text()
                plain = QTextCharFormat(fmt)
                plain.setFontWeight(QFont.Weight.Normal)
                plain.setFontItalic(False)
                body = text.strip()
                if not body:
                    changes.append((fragment.position(), fragment.length(), plain))
                else:
                    leading = len(text) - len(text.lstrip())
                    trailing = len(text) - len(text.rstrip())
                    if leading:
                        changes.append((fragment.position(), leading, plain))
                    if trailing:
                        changes.append((fragment.position() + fragment.length() - trailing,
                                        trailing, plain))
            iterator += 1
        block = block.next()
    # Applied after the walk: changing formats splits fragments under a live iterator.
    for position, length, plain in changes:
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(plain)


def _stand_in_for_markup_characters(document: QTextDocument) -> None:
    changes: list[tuple[int, int, str, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            text = fragment.text()
            swapped = text.translate(_STAND_INS)
            if swapped != text:
                changes.append((fragment.position(), fragment.length(), swapped,
                                fragment.charFormat()))
            iterator += 1
        block = block.next()
    for position, length, swapped, fmt in changes:
        # Same length, so the positions of later changes do not move.
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(swapped, fmt)


def markdown_round_trip(markdown: str) -> str:
    """The Markdown as the editor would store it after reading it unchanged."""
    document = QTextDocument()
    read_markdown(document, markdown)
    return write_markdown(document)


def _drop_underline(document: QTextDocument) -> None:
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    plain = QTextCharFormat()
    plain.setFontUnderline(False)
    cursor.mergeCharFormat(plain)


def _marker(text_list: QTextList) -> tuple[bool, object]:
    fmt = text_list.format()
    style = fmt.style()
    if style in _BULLETS:
        return True, style
    return False, fmt.numberSuffix() or "."


def _separate_touching_lists(document: QTextDocument) -> None:
    previous: QTextBlock | None = None
    block = document.begin()
    while block.isValid():
        current = block.textList()
        before = previous.textList() if previous is not None else None
        if (
            current is not None
            and before is not None
            and current is not before
            and current.format().indent() == before.format().indent()
            and block == current.item(0)
        ):
            _give_other_marker(current, before)
        previous = block
        block = block.next()


def _give_other_marker(current: QTextList, before: QTextList) -> None:
    is_bullet, marker = _marker(current)
    before_is_bullet, before_marker = _marker(before)
    if is_bullet != before_is_bullet or marker != before_marker:
        return  # CommonMark already starts a new list on another marker
    fmt = current.format()
    if is_bullet:
        fmt.setStyle(next(s for s in _BULLETS if s != marker))
    else:
        fmt.setNumberSuffix(")" if marker == "." else ".")
    current.setFormat(fmt)
