"""One line of Markdown from runs of formatted text: escaping, emphasis, code spans, links.

Plain Python, so that the rules can be read and tested apart from Qt. The rules follow
what Qt's reader (md4c, CommonMark) reads back, found by trying it; where it differs from
the CommonMark spec, the reader wins:

- NUL is written as U+FFFD and a byte order mark (U+FEFF) is left out, as Qt reads them;
- every character with a meaning inside a line is escaped with a backslash. Character
  references (``&#59;``) are never written: Qt reads them through its HTML parser, which
  drops the formatting around them and folds white space;
- emphasis cannot start after a letter and before punctuation, nor end after punctuation and
  before a letter (``a**(b)**`` is not bold), and Qt never reads a code span as bold or
  italic. Such formatting is dropped from the punctuation at the run's edge (or from the
  code) instead of writing Markdown that reads back differently; so is emphasis on white
  space at a run's edge, which Markdown cannot hold either;
- whatever is written with emphasis is parsed back (``verify``) and compared; should a
  case be missed, other marker choices are tried and, last, the formatting of the run
  concerned is dropped, so a line is never stored as something other than what it reads as.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

BOLD = "b"
ITALIC = "i"
_WEIGHT = {BOLD: 2, ITALIC: 1}


@dataclass(frozen=True)
class Span:
    """A run of text with one format, as the editor holds it."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str = ""


class Context(Enum):
    BLOCK = "block"  # a paragraph or list item: the line may not look like a block start
    HEADING = "heading"  # bold is the heading's own look, '#' could close the heading
    HEADER_CELL = "header-cell"  # a table's first row: bold is its own look
    CELL = "cell"  # a table cell: '|' ends the cell


# A checker that parses ``markdown`` in ``context`` and returns the spans Qt reads.
Verifier = Callable[[str, Context], list[Span]]

# -- characters as md4c classifies them, and where we cannot be sure ---------------------

_ASCII_PUNCT = frozenset(string.punctuation)
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]<]|&(?=#|[A-Za-z0-9]+;)")
_INLINE_SPECIAL_CELL = re.compile(r"[\\`*_\[\]<|]|&(?=#|[A-Za-z0-9]+;)")
_INLINE_SPECIAL_HEADING = re.compile(r"[\\`*_\[\]<#]|&(?=#|[A-Za-z0-9]+;)")
_LINE_START_MARK = re.compile(r"[#>+\-~=]")
_LINE_START_NUMBER = re.compile(r"([0-9]{1,9})([.)])")
_EDGE_SPACE = " \t"


def char_class(ch: str) -> str:
    """'ws', 'punct' or 'other' where md4c surely sees it so, else 'unknown'."""
    if ch in _EDGE_SPACE:
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


def _left_flanking(before: str, after: str) -> bool:
    """Surely left-flanking: a delimiter run between ``before`` and ``after`` can open."""
    if maybe_space(after):
        return False
    return char_class(after) == "other" or char_class(before) in ("ws", "punct")


def _right_flanking(before: str, after: str) -> bool:
    if maybe_space(before):
        return False
    return char_class(before) == "other" or char_class(after) in ("ws", "punct")


# -- pieces of a line --------------------------------------------------------------------


@dataclass
class _Text:
    text: str
    attrs: frozenset[str] = frozenset()


@dataclass
class _Code:
    text: str
    attrs: frozenset[str] = frozenset()  # always empty: Qt reads no code as bold or italic


@dataclass
class _Link:
    href: str
    pieces: list[_Text | _Code] = field(default_factory=list)
    attrs: frozenset[str] = frozenset()  # emphasis goes inside the link text


_Piece = _Text | _Code | _Link


def plain_characters(text: str) -> str:
    """md4c reads NUL as U+FFFD, and Qt drops a byte order mark wherever a run of text
    starts (after an escape, a marker, at the start): dropped everywhere, to be sure."""
    return text.replace("\x00", "\ufffd").replace("\ufeff", "")


def _attrs(span: Span, drop_bold: bool) -> frozenset[str]:
    found = set()
    if span.bold and not drop_bold:
        found.add(BOLD)
    if span.italic:
        found.add(ITALIC)
    return frozenset(found)


def _pieces(spans: Sequence[Span], context: Context) -> list[_Piece]:
    drop_bold = context in (Context.HEADING, Context.HEADER_CELL)
    pieces: list[_Piece] = []
    for span in spans:
        text = plain_characters(span.text)
        if not text:
            continue
        inner: _Text | _Code = _Code(text) if span.code else _Text(text, _attrs(span, drop_bold))
        if span.href:
            last = pieces[-1] if pieces else None
            if isinstance(last, _Link) and last.href == span.href:
                last.pieces.append(inner)
            else:
                pieces.append(_Link(span.href, [inner]))
        else:
            pieces.append(inner)
    return pieces


def _merge(pieces: list[_Piece]) -> list[_Piece]:
    """Join neighbours that read back alike (two code spans in a row read as one)."""
    merged: list[_Piece] = []
    for piece in pieces:
        if isinstance(piece, _Link):
            piece = _Link(piece.href, _merge(piece.pieces))  # type: ignore[arg-type]
        last = merged[-1] if merged else None
        if isinstance(piece, _Text) and isinstance(last, _Text) and piece.attrs == last.attrs:
            merged[-1] = _Text(last.text + piece.text, last.attrs)
        elif isinstance(piece, _Code) and isinstance(last, _Code):
            merged[-1] = _Code(last.text + piece.text)
        elif isinstance(piece, _Link) and isinstance(last, _Link) and piece.href == last.href:
            merged[-1] = _Link(last.href, _merge(last.pieces + piece.pieces))  # type: ignore[arg-type]
        else:
            merged.append(piece)
    return merged


def _strip_edges(pieces: list[_Piece], context: Context) -> list[_Piece]:
    """md4c drops spaces and tabs at both ends of a line (in a table cell also vertical tab
    and form feed); so does the writer."""
    edge = _EDGE_SPACE + "\v\f" if context in (Context.CELL, Context.HEADER_CELL) else _EDGE_SPACE
    pieces = list(pieces)
    while pieces and isinstance(pieces[0], _Text):
        stripped = pieces[0].text.lstrip(edge)
        if stripped:
            pieces[0] = _Text(stripped, pieces[0].attrs)
            break
        pieces.pop(0)
    while pieces and isinstance(pieces[-1], _Text):
        stripped = pieces[-1].text.rstrip(edge)
        if stripped:
            pieces[-1] = _Text(stripped, pieces[-1].attrs)
            break
        pieces.pop()
    return pieces


# -- making emphasis representable -------------------------------------------------------


def _split_spaces(pieces: list[_Piece]) -> list[_Piece]:
    """Text pieces split so that white space at their edges stands alone."""
    out: list[_Piece] = []
    for piece in pieces:
        if not isinstance(piece, _Text) or not piece.attrs:
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
                out.append(_Text(part, piece.attrs))
    return out


def _is_space_piece(piece: _Piece) -> bool:
    return isinstance(piece, _Text) and all(maybe_space(ch) for ch in piece.text)


def _trim_space_emphasis(pieces: list[_Piece]) -> bool:
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
                    assert isinstance(piece, _Text)
                    pieces[position] = _Text(piece.text, piece.attrs - {attr})
                    changed = True
            index = end
    return changed


def _first_raw(piece: _Piece) -> str:
    if isinstance(piece, _Text):
        return "\\" if _INLINE_SPECIAL_CELL.match(piece.text[0]) else piece.text[0]
    return "`" if isinstance(piece, _Code) else "["


def _last_raw(piece: _Piece) -> str:
    if isinstance(piece, _Text):
        return piece.text[-1]
    return "`" if isinstance(piece, _Code) else ")"


def _drop_edge_emphasis(pieces: list[_Piece], start: str, end: str) -> bool:
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
        if opening and not _left_flanking(before_char, after_char):
            assert isinstance(after, _Text)
            _take_first_char(pieces, index, opening)
            return True
        if closing and not _right_flanking(before_char, after_char):
            assert isinstance(before, _Text)
            _take_last_char(pieces, index - 1, closing)
            return True
    return False


def _take_first_char(pieces: list[_Piece], index: int, attrs: frozenset[str]) -> None:
    piece = pieces[index]
    assert isinstance(piece, _Text)
    head = _Text(piece.text[0], piece.attrs - attrs)
    rest = [_Text(piece.text[1:], piece.attrs)] if len(piece.text) > 1 else []
    pieces[index : index + 1] = [head, *rest]


def _take_last_char(pieces: list[_Piece], index: int, attrs: frozenset[str]) -> None:
    piece = pieces[index]
    assert isinstance(piece, _Text)
    tail = _Text(piece.text[-1], piece.attrs - attrs)
    rest = [_Text(piece.text[:-1], piece.attrs)] if len(piece.text) > 1 else []
    pieces[index : index + 1] = [*rest, tail]


def _drop_reopened_on_space(pieces: list[_Piece]) -> bool:
    """Where runs cross (bold ends inside italic), the inner one is closed and opened again;
    opened again before white space it cannot open, so that space loses it."""
    for index, opened in _reopenings(pieces):
        piece = pieces[index]
        if isinstance(piece, _Text) and maybe_space(piece.text[0]):
            _take_first_char(pieces, index, opened)
            return True
    return False


def _reopenings(pieces: list[_Piece]) -> Iterator[tuple[int, frozenset[str]]]:
    stack: list[str] = []
    for index, piece in enumerate(pieces):
        keep = 0
        while keep < len(stack) and stack[keep] in piece.attrs:
            keep += 1
        closed = set(stack[keep:])
        del stack[keep:]
        opening = [a for a in (BOLD, ITALIC) if a in piece.attrs and a not in stack]
        opening.sort(key=lambda attr: -_run_end(pieces, index, attr))
        stack.extend(opening)
        reopened = closed & set(opening)
        if reopened:
            yield index, frozenset(reopened)


def _normalize_scope(pieces: list[_Piece], start: str, end: str) -> list[_Piece]:
    pieces = _split_spaces(pieces)
    while True:
        changed = _trim_space_emphasis(pieces)
        changed = _drop_edge_emphasis(pieces, start, end) or changed
        changed = changed or _drop_reopened_on_space(pieces)
        if not changed:
            return pieces


def _normalize(pieces: list[_Piece], start: str, end: str) -> list[_Piece]:
    normalized: list[_Piece] = []
    for piece in pieces:
        if isinstance(piece, _Link):
            inner = _normalize_scope(list(piece.pieces), "[", "]")
            normalized.append(_Link(piece.href, _merge(inner)))  # type: ignore[arg-type]
        else:
            normalized.append(piece)
    return _merge(_normalize_scope(normalized, start, end))


# -- writing -----------------------------------------------------------------------------


def escape_text(text: str, context: Context) -> str:
    pattern = {
        Context.CELL: _INLINE_SPECIAL_CELL,
        Context.HEADER_CELL: _INLINE_SPECIAL_CELL,
        Context.HEADING: _INLINE_SPECIAL_HEADING,
    }.get(context, _INLINE_SPECIAL)
    return pattern.sub(r"\\\g<0>", text)


def escape_line_start(raw: str) -> str:
    """Keep the start of a line from reading as a heading, list, quote, rule or fence."""
    number = _LINE_START_NUMBER.match(raw)
    if number:
        return f"{number.group(1)}\\{number.group(2)}{raw[number.end():]}"
    if _LINE_START_MARK.match(raw):
        return "\\" + raw
    return raw


def code_span(text: str) -> str:
    runs = {len(run) for run in re.findall(r"`+", text)}
    fence_length = 1
    while fence_length in runs:
        fence_length += 1
    fence = "`" * fence_length
    pad = text[0] == "`" or text[-1] == "`" or (
        text[0] == " " and text[-1] == " " and text.strip(" ") != "")
    return f"{fence} {text} {fence}" if pad else f"{fence}{text}{fence}"


def link_destination(href: str, context: Context) -> str:
    href = re.sub(r"[\x00\n\r]", lambda m: f"%{ord(m.group()):02X}", href)
    plain = re.fullmatch(r"[^\s<>()\\\x00-\x1f\x7f|]+", href)
    if plain:
        return href
    escaped = re.sub(r"[\\<>|]" if context in (Context.CELL, Context.HEADER_CELL)
                     else r"[\\<>]", r"\\\g<0>", href)
    return f"<{escaped}>"


def _markers(attrs: Sequence[str], char: str) -> str:
    return "".join(char * _WEIGHT[attr] for attr in attrs)


def _emit_scope(pieces: list[_Piece], context: Context, *, style: str) -> str:
    """Emphasis markers around the pieces.

    ``nested``: an attribute stays open while it lasts, the longer-lasting one outside, all
    markers '*'. ``alternate``: the same, but markers opened right after others closed use
    the other character, so that the two do not run together. ``flat``: everything closes
    where the format changes.
    """
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (attribute, marker character)
    for index, piece in enumerate(pieces):
        wanted = piece.attrs
        keep = 0
        while keep < len(stack) and stack[keep][0] in wanted and (
                style != "flat" or wanted == pieces[index - 1].attrs):
            keep += 1
        closing = stack[keep:]
        del stack[keep:]
        out.append("".join(char * _WEIGHT[attr] for attr, char in reversed(closing)))
        opening = [attr for attr in (BOLD, ITALIC) if attr in wanted
                   and attr not in {a for a, _ in stack}]
        if opening:
            opening.sort(key=lambda attr: -_run_end(pieces, index, attr))
            char = "*"
            if style != "nested" and closing and closing[0][1] == "*":
                char = "_"
            stack.extend((attr, char) for attr in opening)
            out.append(_markers(opening, char))
        out.append(_emit_piece(piece, context, pieces, index))
    out.append("".join(char * _WEIGHT[attr] for attr, char in reversed(stack)))
    return "".join(out)


def _run_end(pieces: list[_Piece], index: int, attr: str) -> int:
    end = index
    while end < len(pieces) and attr in pieces[end].attrs:
        end += 1
    return end


def _emit_piece(piece: _Piece, context: Context, pieces: list[_Piece], index: int) -> str:
    if isinstance(piece, _Code):
        return code_span(piece.text)
    if isinstance(piece, _Link):
        inner_context = Context.CELL if context in (Context.CELL, Context.HEADER_CELL) else (
            Context.HEADING if context is Context.HEADING else Context.BLOCK)
        inner = _emit_scope(piece.pieces, inner_context, style="nested")  # type: ignore[arg-type]
        return f"[{inner}]({link_destination(piece.href, context)})"
    text = escape_text(piece.text, context)
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    if text.endswith("!") and isinstance(following, _Link) and not piece.attrs:
        text = text[:-1] + "\\!"  # '![' would start an image
    return text


def _line(pieces: list[_Piece], context: Context, *, style: str = "nested") -> str:
    raw = _emit_scope(pieces, context, style=style)
    starts_with_text = bool(pieces) and isinstance(pieces[0], _Text) and not pieces[0].attrs
    if context in (Context.BLOCK, Context.HEADING) and starts_with_text:
        raw = escape_line_start(raw)
    return raw


def _spans_of(pieces: list[_Piece]) -> list[Span]:
    spans: list[Span] = []
    for piece in pieces:
        inner = piece.pieces if isinstance(piece, _Link) else [piece]
        href = piece.href if isinstance(piece, _Link) else ""
        for part in inner:
            spans.append(Span(part.text, BOLD in part.attrs, ITALIC in part.attrs,
                              isinstance(part, _Code), href))
    return merge_spans(spans)


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Neighbouring spans of one format joined, empty ones left out."""
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and replace(merged[-1], text="") == replace(span, text=""):
            merged[-1] = replace(merged[-1], text=merged[-1].text + span.text)
        else:
            merged.append(span)
    return merged


class InlineWriter:
    """Writes lines; counts how often a parsed check had to drop formatting."""

    def __init__(self, verify: Verifier | None = None) -> None:
        self.verify = verify
        self.fallbacks = 0

    def line(self, spans: Sequence[Span], context: Context) -> tuple[str, list[Span]]:
        """The Markdown for one line, and the spans it reads back as."""
        pieces = _strip_edges(_merge(_pieces(spans, context)), context)
        if not pieces:
            return "", []
        if not any(isinstance(p, _Text) and p.attrs for p in pieces) and not any(
                isinstance(p, _Link) for p in pieces):
            return _line(pieces, context), _spans_of(pieces)
        while True:
            pieces = _normalize(pieces, " ", " ")
            expected = _spans_of(pieces)
            if self.verify is None or not _has_emphasis(pieces):
                return _line(pieces, context), expected
            first: list[Span] | None = None
            for style in ("nested", "alternate", "flat"):
                candidate = _line(pieces, context, style=style)
                found = self.verify(candidate, context)
                if found == expected:
                    return candidate, expected
                first = found if first is None else first
            # None of the ways of writing it reads back: drop the emphasis of the one
            # character where the reading first differs, and try again.
            self.fallbacks += 1
            assert first is not None
            pieces = _merge(_drop_at_first_mismatch(_split_chars(pieces), expected, first))


def _has_emphasis(pieces: list[_Piece]) -> bool:
    return any(p.attrs for p in pieces) or any(
        part.attrs for p in pieces if isinstance(p, _Link) for part in p.pieces)


def _split_chars(pieces: list[_Piece]) -> list[_Piece]:
    """Every text character its own piece (links keep theirs inside)."""
    out: list[_Piece] = []
    for piece in pieces:
        if isinstance(piece, _Text):
            out.extend(_Text(ch, piece.attrs) for ch in piece.text)
        elif isinstance(piece, _Link):
            out.append(_Link(piece.href, _split_chars(piece.pieces)))  # type: ignore[arg-type]
        else:
            out.append(piece)
    return out


def _drop_at_first_mismatch(pieces: list[_Piece], expected: list[Span],
                            found: list[Span]) -> list[_Piece]:
    wanted = _char_formats(expected)
    got = _char_formats(found)
    position = next((i for i, (a, b) in enumerate(zip(wanted, got, strict=False)) if a != b),
                    min(len(wanted), len(got)))
    emphasised = [i for i, (_ch, bold, italic, _c, _h) in enumerate(wanted) if bold or italic]
    target = min(emphasised, key=lambda i: (abs(i - position), i))
    offset = 0
    for index, piece in enumerate(pieces):
        if isinstance(piece, _Link):
            for inner_index, inner in enumerate(piece.pieces):
                if offset == target:
                    piece.pieces[inner_index] = _Text(inner.text) if isinstance(
                        inner, _Text) else inner
                    return pieces
                offset += len(inner.text)
            continue
        if offset == target:
            pieces[index] = _Text(piece.text) if isinstance(piece, _Text) else piece
            return pieces
        offset += len(piece.text)
    return pieces


def _char_formats(spans: Sequence[Span]) -> list[tuple[str, bool, bool, bool, str]]:
    return [(ch, s.bold, s.italic, s.code, s.href) for s in spans for ch in s.text]
