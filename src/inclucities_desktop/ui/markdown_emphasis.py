"""Which bold and italic Markdown can say, and the normalization that keeps to it.

CommonMark (md4c, as Qt reads it) lets emphasis open only where the delimiter is
"left-flanking" and close only where it is "right-flanking": it cannot start after a letter
and before punctuation (``a**(b)**`` is not bold), cannot start or end at white space, and
Qt never reads a code span as bold or italic. The pieces of a line are changed here, the
same way every time, so that what is left can be written: emphasis is dropped from the
white space at a run's edge, from the punctuation at an edge that cannot open or close,
and from white space where crossing runs make an attribute start again.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

BOLD = "b"
ITALIC = "i"
EDGE_SPACE = " \t"
_ASCII_PUNCT = frozenset(string.punctuation)
# characters the writer escapes with a backslash (the raw text then starts with '\\')
ESCAPED = frozenset("\\`*_[]<|")


def char_class(ch: str) -> str:
    """'ws', 'punct' or 'other' where md4c surely sees it so, else 'unknown'."""
    if ch in EDGE_SPACE:
        return "ws"
    if ch in _ASCII_PUNCT:
        return "punct"
    category = unicodedata.category(ch)
    if category == "Zs":
        return "ws"
    if category[0] == "P":
        return "punct"
    if category[0] in "LN":
        return "other"
    # Symbols are punctuation from CommonMark 0.31 on (emoji among them); marks, controls,
    # line separators and the rest depend on the md4c version: assume the worst either way.
    return "unknown"


def maybe_space(ch: str) -> bool:
    return ch.isspace() or char_class(ch) == "ws" or unicodedata.category(ch) in ("Zl", "Zp")


def left_flanking(before: str, after: str) -> bool:
    """Surely left-flanking: a delimiter run between ``before`` and ``after`` can open."""
    if maybe_space(after):
        return False
    return char_class(after) == "other" or char_class(before) in ("ws", "punct")


def right_flanking(before: str, after: str) -> bool:
    if maybe_space(before):
        return False
    return char_class(before) == "other" or char_class(after) in ("ws", "punct")


# -- pieces of a line --------------------------------------------------------------------


@dataclass
class Text:
    text: str
    attrs: frozenset[str] = frozenset()


@dataclass
class Code:
    text: str
    attrs: frozenset[str] = frozenset()  # always empty: Qt reads no code as bold or italic


@dataclass
class Link:
    href: str
    pieces: list[Text | Code] = field(default_factory=list)
    attrs: frozenset[str] = frozenset()  # emphasis goes inside the link text


Piece = Text | Code | Link


def merge(pieces: list[Piece]) -> list[Piece]:
    """Join neighbours that read back alike (two code spans in a row read as one)."""
    merged: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Link):
            piece = Link(piece.href, merge(piece.pieces))  # type: ignore[arg-type]
        last = merged[-1] if merged else None
        if isinstance(piece, Text) and isinstance(last, Text) and piece.attrs == last.attrs:
            merged[-1] = Text(last.text + piece.text, last.attrs)
        elif isinstance(piece, Code) and isinstance(last, Code):
            merged[-1] = Code(last.text + piece.text)
        elif isinstance(piece, Link) and isinstance(last, Link) and piece.href == last.href:
            merged[-1] = Link(last.href, merge(last.pieces + piece.pieces))  # type: ignore[arg-type]
        else:
            merged.append(piece)
    return merged


# -- making emphasis representable -------------------------------------------------------


def _split_spaces(pieces: list[Piece]) -> list[Piece]:
    """Text pieces split so that white space at their edges stands alone."""
    out: list[Piece] = []
    for piece in pieces:
        if not isinstance(piece, Text) or not piece.attrs:
            out.append(piece)
            continue
        text = piece.text
        start, end = 0, len(text)
        while start < end and maybe_space(text[start]):
            start += 1
        while end > start and maybe_space(text[end - 1]):
            end -= 1
        for part in (text[:start], text[start:end], text[end:]):
            if part:
                out.append(Text(part, piece.attrs))
    return out


def _is_space_piece(piece: Piece) -> bool:
    return isinstance(piece, Text) and all(maybe_space(ch) for ch in piece.text)


def _trim_space_emphasis(pieces: list[Piece]) -> bool:
    """Emphasis on white space at the edge of an emphasised run is dropped."""
    changed = False
    for attr in (BOLD, ITALIC):
        index = 0
        while index < len(pieces):
            if attr not in pieces[index].attrs:
                index += 1
                continue
            end = index
            while end < len(pieces) and attr in pieces[end].attrs:
                end += 1
            run = list(range(index, end))
            for order in (run, list(reversed(run))):
                for position in order:
                    if not _is_space_piece(pieces[position]):
                        break
                    piece = pieces[position]
                    assert isinstance(piece, Text)
                    pieces[position] = Text(piece.text, piece.attrs - {attr})
                    changed = True
            index = end
    return changed


def _first_raw(piece: Piece) -> str:
    if isinstance(piece, Text):
        return "\\" if piece.text[0] in ESCAPED else piece.text[0]
    return "`" if isinstance(piece, Code) else "["


def _last_raw(piece: Piece) -> str:
    if isinstance(piece, Text):
        return piece.text[-1]
    return "`" if isinstance(piece, Code) else ")"


def _drop_edge_emphasis(pieces: list[Piece], start: str, end: str) -> bool:
    """Emphasis that cannot open or close where it does loses its edge character."""
    for index in range(len(pieces) + 1):
        before = pieces[index - 1] if index > 0 else None
        after = pieces[index] if index < len(pieces) else None
        before_attrs = before.attrs if before is not None else frozenset()
        after_attrs = after.attrs if after is not None else frozenset()
        before_char = _last_raw(before) if before is not None else start
        after_char = _first_raw(after) if after is not None else end
        opening = after_attrs - before_attrs
        closing = before_attrs - after_attrs
        if opening and not left_flanking(before_char, after_char):
            assert isinstance(after, Text)
            _take_first_char(pieces, index, opening)
            return True
        if closing and not right_flanking(before_char, after_char):
            assert isinstance(before, Text)
            _take_last_char(pieces, index - 1, closing)
            return True
    return False


def _take_first_char(pieces: list[Piece], index: int, attrs: frozenset[str]) -> None:
    piece = pieces[index]
    assert isinstance(piece, Text)
    head = Text(piece.text[0], piece.attrs - attrs)
    rest = [Text(piece.text[1:], piece.attrs)] if len(piece.text) > 1 else []
    pieces[index : index + 1] = [head, *rest]


def _take_last_char(pieces: list[Piece], index: int, attrs: frozenset[str]) -> None:
    piece = pieces[index]
    assert isinstance(piece, Text)
    tail = Text(piece.text[-1], piece.attrs - attrs)
    rest = [Text(piece.text[:-1], piece.attrs)] if len(piece.text) > 1 else []
    pieces[index : index + 1] = [*rest, tail]


def _drop_reopened_on_space(pieces: list[Piece]) -> bool:
    """Where runs cross (bold ends inside italic), the inner one is closed and opened again;
    opened again before white space it cannot open, so that space loses it."""
    for index, opened in _reopenings(pieces):
        piece = pieces[index]
        if isinstance(piece, Text) and maybe_space(piece.text[0]):
            _take_first_char(pieces, index, opened)
            return True
    return False


def _reopenings(pieces: list[Piece]) -> Iterator[tuple[int, frozenset[str]]]:
    stack: list[str] = []
    for index, piece in enumerate(pieces):
        keep = 0
        while keep < len(stack) and stack[keep] in piece.attrs:
            keep += 1
        closed = set(stack[keep:])
        del stack[keep:]
        opening = [a for a in (BOLD, ITALIC) if a in piece.attrs and a not in stack]
        opening.sort(key=lambda attr: -run_end(pieces, index, attr))
        stack.extend(opening)
        reopened = closed & set(opening)
        if reopened:
            yield index, frozenset(reopened)


def _normalize_scope(pieces: list[Piece], start: str, end: str) -> list[Piece]:
    pieces = _split_spaces(pieces)
    while True:
        changed = _trim_space_emphasis(pieces)
        changed = _drop_edge_emphasis(pieces, start, end) or changed
        changed = changed or _drop_reopened_on_space(pieces)
        if not changed:
            return pieces


def normalize(pieces: list[Piece], start: str, end: str) -> list[Piece]:
    normalized: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Link):
            inner = _normalize_scope(list(piece.pieces), "[", "]")
            normalized.append(Link(piece.href, merge(inner)))  # type: ignore[arg-type]
        else:
            normalized.append(piece)
    return merge(_normalize_scope(normalized, start, end))


def run_end(pieces: list[Piece], index: int, attr: str) -> int:
    end = index
    while end < len(pieces) and attr in pieces[end].attrs:
        end += 1
    return end
