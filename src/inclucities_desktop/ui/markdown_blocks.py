"""Stretches of blocks as Markdown: lists nested as Markdown nests them, code blocks.

Markdown starts a new list only on another marker, so a list that follows another at its
level gets the other marker (``-`` then ``*``, ``1.`` then ``1)``); a list may not skip a
level; a list inside an item starts at 1 (only such a list may break into the item's
text); a list broken by a paragraph goes on as a new list from the next number.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QTextDocument, QTextList, QTextListFormat

BULLET_STYLES = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_BULLET_MARKERS = {
    QTextListFormat.Style.ListDisc: "-",
    QTextListFormat.Style.ListCircle: "*",
    QTextListFormat.Style.ListSquare: "+",
}
MAX_NUMBER = 999_999_999


@dataclass(frozen=True, eq=False)
class Entry:
    """What one block contributes, as far as it depends on the block alone."""

    kind: str  # "empty", "paragraph", "heading", "item", "code", "rule"
    line: str = ""  # the inline Markdown (code: the raw text)
    part: str = ""  # a paragraph's, heading's or rule's whole Markdown
    list_index: int = -1  # the QTextList's object index
    language: str = ""


def code_block(entries: list[Entry]) -> Iterator[str]:
    lines = [entry.line for entry in entries]
    while lines and not lines[-1].strip():
        lines.pop()  # md4c drops blank lines at the end of a code block
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return
    longest = max((len(r) for line in lines for r in _backtick_runs(line)), default=0)
    fence = "`" * max(3, longest + 1)
    language = entries[0].language
    if any(ch in language for ch in "` \t\u2028") or not language.isprintable():
        language = ""
    yield "\n".join([fence + language, *lines, fence])


def _backtick_runs(line: str) -> Iterator[str]:
    run = ""
    for ch in line:
        if ch == "`":
            run += ch
        elif run:
            yield run
            run = ""
    if run:
        yield run


@dataclass
class _OpenList:
    list_index: int
    marker: str
    offset: int  # the number written for an item is offset + its index in the QTextList
    column: int = 0  # where the text of its last item starts


class ListWriter:
    """The lines of one stretch of list items, nested as Markdown can nest them."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._lines: list[str] = []
        self._stack: list[_OpenList] = []  # the lists open at each level
        self._counts: dict[int, int] = {}
        self._formats: dict[int, QTextListFormat] = {}

    def _format(self, index: int) -> QTextListFormat:
        fmt = self._formats.get(index)
        if fmt is None:
            text_list = self._document.object(index)
            fmt = text_list.format() if isinstance(text_list, QTextList) else QTextListFormat()
            self._formats[index] = fmt
        return fmt

    def add(self, entry: Entry) -> None:
        fmt = self._format(entry.list_index)
        item_number = self._counts.get(entry.list_index, 0)
        self._counts[entry.list_index] = item_number + 1
        depth = min(max(fmt.indent(), 1), len(self._stack) + 1)
        del self._stack[depth:]
        column = self._stack[depth - 2].column if depth > 1 else 0
        bullet = fmt.style() in BULLET_STYLES
        if not (len(self._stack) == depth and self._stack[-1].list_index == entry.list_index):
            sibling = self._stack[-1].marker if len(self._stack) == depth else None
            if len(self._stack) == depth:
                self._stack.pop()
                if depth == 1:
                    self._lines.append("")  # a blank line between two lists
            # A list inside an item follows the item's text at once, and only a list that
            # starts at 1 may break into a paragraph: nested numbering starts at 1.
            first = (min(max(fmt.start(), 1), MAX_NUMBER) + item_number  # Qt reads "0." badly
                     if depth == 1 else 1)
            self._stack.append(_OpenList(entry.list_index, _marker_kind(fmt, bullet, sibling),
                                         first - item_number))
        level = self._stack[-1]
        marker = level.marker if bullet else (
            f"{min(level.offset + item_number, MAX_NUMBER)}{level.marker}")
        self._lines.append(" " * column + marker + " " + entry.line)
        level.column = column + len(marker) + 1

    @property
    def open(self) -> bool:
        return bool(self._lines)

    def close(self) -> Iterator[str]:
        if self._lines:
            yield "\n".join(self._lines)
        self._lines = []
        self._stack = []


def _marker_kind(fmt: QTextListFormat, bullet: bool, sibling: str | None) -> str:
    """The list's own marker, or another when the list before it at its level has it:
    CommonMark starts a new list only on a different marker."""
    if bullet:
        own = _BULLET_MARKERS.get(fmt.style(), "-")
        choices = [own, *(m for m in "-*+" if m != own)]
    else:
        own = ")" if fmt.numberSuffix() == ")" else "."
        choices = [own, "." if own == ")" else ")"]
    return next(choice for choice in choices if choice != sibling)
