"""Section text between QTextDocument and Markdown, so that it reads back as it was left.

Reading is Qt's own CommonMark reader (md4c). Writing is Qt's writer on a copy of the
document with two of its quirks taken out first:

- two separate lists that touch are written with the same marker and no blank line, so
  they read back as one list: the later list gets another marker ("-" / "*" / "+" for
  bullets, "." / ")" after numbers), which CommonMark reads as a new list;
- underline has no Markdown form and is written as ``_x_``, which reads back as italic:
  the editor never offers it, and it is dropped here as well.

The result is trimmed to end in one newline, so that writing what was read gives the
same text again and showing a section never counts as an edit.
"""

from __future__ import annotations

from PySide6.QtGui import (
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
        text = copy.toMarkdown(_MARKDOWN_FEATURES)
    finally:
        copy.deleteLater()
    text = text.rstrip("\n")
    return text + "\n" if text.strip() else ""


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
