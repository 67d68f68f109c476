"""One line of Markdown from runs of formatted text: escaping, emphasis, code spans, links.

Plain Python, so that the rules can be read and tested apart from Qt. The rules follow
what Qt's reader (md4c, CommonMark) reads back, found by trying it; where it differs from
the CommonMark spec, the reader wins:

- NUL is written as U+FFFD and a byte order mark (U+FEFF) is left out, as Qt reads them;
- every character with a meaning inside a line is escaped with a backslash. Character
  references (``&#59;``) are never written: Qt reads them through its HTML parser, which
  drops the formatting around them and folds white space;
- emphasis is first made representable (``markdown_emphasis``), then written nested, with
  ``*`` (or ``_`` where two markers would run together);
- whatever is written with emphasis is parsed back (``verify``) and compared; should a
  case be missed, other marker choices are tried and, last, the formatting of the run
  concerned is dropped, so a line is never stored as something other than what it reads as.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from inclucities_desktop.ui.markdown_emphasis import (
    BOLD,
    EDGE_SPACE,
    ITALIC,
    Code,
    Link,
    Piece,
    Text,
    merge,
    normalize,
    run_end,
)

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

# -- escaping ---------------------------------------------------------------------------

# Characters with a meaning anywhere in a line get a backslash ('|' only ends a table cell,
# '#' only closes a heading); '&' only where it could start a character reference.
_SPECIAL = "\\`*_[]<"  # the backslash first, so that added ones are not escaped again
_SPECIALS = {
    Context.BLOCK: _SPECIAL,
    Context.HEADING: _SPECIAL + "#",
    Context.CELL: _SPECIAL + "|",
    Context.HEADER_CELL: _SPECIAL + "|",
}
_REFERENCE = re.compile(r"&(?=#|[A-Za-z0-9]+;)")
_LINE_START_MARK = re.compile(r"[#>+\-~=]")
_LINE_START_NUMBER = re.compile(r"([0-9]{1,9})([.)])")


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


def _pieces(spans: Sequence[Span], context: Context) -> list[Piece]:
    drop_bold = context in (Context.HEADING, Context.HEADER_CELL)
    pieces: list[Piece] = []
    for span in spans:
        text = plain_characters(span.text)
        if not text:
            continue
        inner: Text | Code = Code(text) if span.code else Text(text, _attrs(span, drop_bold))
        if span.href:
            last = pieces[-1] if pieces else None
            if isinstance(last, Link) and last.href == span.href:
                last.pieces.append(inner)
            else:
                pieces.append(Link(span.href, [inner]))
        else:
            pieces.append(inner)
    return pieces


def _edge(context: Context) -> str:
    return EDGE_SPACE + "\v\f" if context in (Context.CELL, Context.HEADER_CELL) else EDGE_SPACE


def _strip_text(text: str, context: Context) -> str:
    return text.strip(_edge(context))


def _strip_edges(pieces: list[Piece], context: Context) -> list[Piece]:
    """md4c drops spaces and tabs at both ends of a line (in a table cell also vertical tab
    and form feed); so does the writer."""
    edge = _edge(context)
    pieces = list(pieces)
    while pieces and isinstance(pieces[0], Text):
        stripped = pieces[0].text.lstrip(edge)
        if stripped:
            pieces[0] = Text(stripped, pieces[0].attrs)
            break
        pieces.pop(0)
    while pieces and isinstance(pieces[-1], Text):
        stripped = pieces[-1].text.rstrip(edge)
        if stripped:
            pieces[-1] = Text(stripped, pieces[-1].attrs)
            break
        pieces.pop()
    return pieces


# -- writing -----------------------------------------------------------------------------


def escape_text(text: str, context: Context) -> str:
    for ch in _SPECIALS[context]:  # str.replace beats translate() and re ten times here
        if ch in text:
            text = text.replace(ch, "\\" + ch)
    return _REFERENCE.sub("\\\\&", text) if "&" in text else text


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


def _emit_scope(pieces: list[Piece], context: Context, *, style: str) -> str:
    """Emphasis markers around the pieces.

    ``nested``: an attribute stays open while it lasts, the longer-lasting one outside, all
    markers '*'. ``mixed``: the same, italic written with '_', so that bold and italic
    markers never run together. ``alternate``: markers opened right after others closed
    use the other character. ``flat``: everything closes where the format changes.
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
            opening.sort(key=lambda attr: -run_end(pieces, index, attr))
            char = "*"
            if style in ("alternate", "flat") and closing and closing[0][1] == "*":
                char = "_"
            if style == "mixed":
                pairs = [(attr, "_" if attr == ITALIC else "*") for attr in opening]
            else:
                pairs = [(attr, char) for attr in opening]
            stack.extend(pairs)
            out.append("".join(c * _WEIGHT[attr] for attr, c in pairs))
        out.append(_emit_piece(piece, context, pieces, index))
    out.append("".join(char * _WEIGHT[attr] for attr, char in reversed(stack)))
    return "".join(out)


def _emit_piece(piece: Piece, context: Context, pieces: list[Piece], index: int) -> str:
    if isinstance(piece, Code):
        return code_span(piece.text)
    if isinstance(piece, Link):
        inner_context = Context.CELL if context in (Context.CELL, Context.HEADER_CELL) else (
            Context.HEADING if context is Context.HEADING else Context.BLOCK)
        inner = _emit_scope(piece.pieces, inner_context, style="nested")  # type: ignore[arg-type]
        return f"[{inner}]({link_destination(piece.href, context)})"
    text = escape_text(piece.text, context)
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    if text.endswith("!") and isinstance(following, Link) and not piece.attrs:
        text = text[:-1] + "\\!"  # '![' would start an image
    return text


def _line(pieces: list[Piece], context: Context, *, style: str = "nested") -> str:
    raw = _emit_scope(pieces, context, style=style)
    starts_with_text = bool(pieces) and isinstance(pieces[0], Text) and not pieces[0].attrs
    if context in (Context.BLOCK, Context.HEADING) and starts_with_text:
        raw = escape_line_start(raw)
    return raw


def _spans_of(pieces: list[Piece]) -> list[Span]:
    spans: list[Span] = []
    for piece in pieces:
        inner = piece.pieces if isinstance(piece, Link) else [piece]
        href = piece.href if isinstance(piece, Link) else ""
        for part in inner:
            spans.append(Span(part.text, BOLD in part.attrs, ITALIC in part.attrs,
                              isinstance(part, Code), href))
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

    def plain_line(self, text: str, context: Context) -> str:
        """``line`` for text without any formatting: the common case, made quick."""
        text = _strip_text(plain_characters(text), context)
        if not text:
            return ""
        raw = escape_text(text, context)
        return escape_line_start(raw) if context in (Context.BLOCK, Context.HEADING) else raw

    def line(self, spans: Sequence[Span], context: Context) -> tuple[str, list[Span]]:
        """The Markdown for one line, and the spans it reads back as."""
        pieces = _strip_edges(merge(_pieces(spans, context)), context)
        if not pieces:
            return "", []
        if not any(isinstance(p, Text) and p.attrs for p in pieces) and not any(
                isinstance(p, Link) for p in pieces):
            return _line(pieces, context), _spans_of(pieces)
        while True:
            pieces = normalize(pieces, " ", " ")
            expected = _spans_of(pieces)
            if self.verify is None or not _has_emphasis(pieces):
                return _line(pieces, context), expected
            first: list[Span] | None = None
            for style in ("nested", "mixed", "alternate", "flat"):
                candidate = _line(pieces, context, style=style)
                found = self.verify(candidate, context)
                if found == expected:
                    return candidate, expected
                first = found if first is None else first
            # None of the ways of writing it reads back: drop the emphasis of the one
            # character where the reading first differs, and try again.
            self.fallbacks += 1
            assert first is not None
            pieces = merge(_drop_at_first_mismatch(_split_chars(pieces), expected, first))


def _has_emphasis(pieces: list[Piece]) -> bool:
    return any(p.attrs for p in pieces) or any(
        part.attrs for p in pieces if isinstance(p, Link) for part in p.pieces)


def _split_chars(pieces: list[Piece]) -> list[Piece]:
    """Every text character its own piece (links keep theirs inside)."""
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Text):
            out.extend(Text(ch, piece.attrs) for ch in piece.text)
        elif isinstance(piece, Link):
            out.append(Link(piece.href, _split_chars(piece.pieces)))  # type: ignore[arg-type]
        else:
            out.append(piece)
    return out


def _drop_at_first_mismatch(pieces: list[Piece], expected: list[Span],
                            found: list[Span]) -> list[Piece]:
    wanted = _char_formats(expected)
    got = _char_formats(found)
    position = next((i for i, (a, b) in enumerate(zip(wanted, got, strict=False)) if a != b),
                    min(len(wanted), len(got)))
    emphasised = [i for i, (_ch, bold, italic, _c, _h) in enumerate(wanted) if bold or italic]
    target = min(emphasised, key=lambda i: (abs(i - position), i))
    offset = 0
    for index, piece in enumerate(pieces):
        if isinstance(piece, Link):
            for inner_index, inner in enumerate(piece.pieces):
                if offset == target:
                    piece.pieces[inner_index] = Text(inner.text) if isinstance(
                        inner, Text) else inner
                    return pieces
                offset += len(inner.text)
            continue
        if offset == target:
            pieces[index] = Text(piece.text) if isinstance(piece, Text) else piece
            return pieces
        offset += len(piece.text)
    return pieces


def _char_formats(spans: Sequence[Span]) -> list[tuple[str, bool, bool, bool, str]]:
    return [(ch, s.bold, s.italic, s.code, s.href) for s in spans for ch in s.text]
