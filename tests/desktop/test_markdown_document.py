"""Section text between QTextDocument and Markdown: what is written reads back as it was.

The property tests build documents the way the editor does (through QTextCursor) and
check two things: ``read(write(doc))`` has the structure and formatting of ``doc`` (after
the normalizations Markdown forces, each spelled out in ``expected_outline``), and
``write(read(md)) == md`` for whatever the writer wrote.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
    QTextTable,
)
from PySide6.QtWidgets import QApplication

from inclucities_desktop.ui.markdown_document import (
    MarkdownWriter,
    heading_char_format,
    markdown_round_trip,
    read_markdown,
    write_markdown,
)
from inclucities_desktop.ui.markdown_inline import Context, InlineWriter, Span

SETTINGS = settings(deadline=None, max_examples=250,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    """Every test here needs a QApplication (fonts, formats)."""


# -- outline: what a reader of the section sees, as plain data ----------------------------

Char = tuple[str, bool, bool, bool, str]  # text, bold, italic, code, href


@dataclass
class Item:
    kind: str  # paragraph, heading, bullet, number, code, rule, table
    level: int = 0  # heading level / list depth
    chars: list[Char] = field(default_factory=list)
    list_key: object = None  # the QTextList (raw) / the Markdown list it is in (normalized)
    number: int = 0
    start: int = 1
    list_indent: int = 1
    cells: list[list[list[Char]]] = field(default_factory=list)


def _chars(block: QTextBlock) -> list[Char]:
    chars: list[Char] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            continue
        bold = fmt.fontWeight() >= QFont.Weight.DemiBold
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        chars.extend((ch, bold, fmt.fontItalic(), fmt.fontFixedPitch(), href)
                     for ch in fragment.text())
    return chars


def raw_outline(document: QTextDocument) -> list[Item]:
    items: list[Item] = []
    tables = {}
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            tables[frame.firstCursorPosition().block().blockNumber()] = frame
    block = document.begin()
    while block.isValid():
        table = tables.get(block.blockNumber())
        if table is not None:
            items.append(_table_item(table))
            block = table.lastCursorPosition().block().next()
            continue
        fmt = block.blockFormat()
        text_list = block.textList()
        if text_list is not None:
            list_format = text_list.format()
            bullet = list_format.style() in (QTextListFormat.Style.ListDisc,
                                             QTextListFormat.Style.ListCircle,
                                             QTextListFormat.Style.ListSquare)
            items.append(Item("bullet" if bullet else "number", chars=_chars(block),
                              list_key=text_list.objectIndex(), start=list_format.start(),
                              list_indent=list_format.indent()))
        elif fmt.nonBreakableLines() or fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
            items.append(Item("code", chars=_chars(block)))
        elif fmt.headingLevel():
            items.append(Item("heading", fmt.headingLevel(), _chars(block)))
        else:
            items.append(Item("paragraph", chars=_chars(block)))
        block = block.next()
    return items


def _table_item(table: QTextTable) -> Item:
    cells = []
    for row in range(table.rows()):
        row_cells = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            chars: list[Char] = []
            block = cell.firstCursorPosition().block()
            last = cell.lastCursorPosition().block()
            while True:
                block_chars = _chars(block)
                if block_chars and chars:
                    chars.append(("\u2028", False, False, False, ""))
                chars.extend(block_chars)
                if block == last:
                    break
                block = block.next()
            row_cells.append(chars)
        cells.append(row_cells)
    return Item("table", cells=cells)


def _strip(chars: list[Char], edge: str = " \t") -> list[Char]:
    """Spaces and tabs of plain text at the ends of a line are not kept; NUL reads as U+FFFD,
    byte order marks are dropped."""
    chars = [(("\ufffd" if c[0] == "\x00" else c[0]), *c[1:])  # type: ignore[misc]
             for c in chars if c[0] != "\ufeff"]
    while chars and chars[0][0] in edge and not chars[0][3] and not chars[0][4]:
        chars.pop(0)
    while chars and chars[-1][0] in edge and not chars[-1][3] and not chars[-1][4]:
        chars.pop()
    return [(ch, bold and not code, italic and not code, code, href)
            for ch, bold, italic, code, href in chars]  # code is never bold or italic


def _no_bold(chars: list[Char]) -> list[Char]:
    return [(ch, False, italic, code, href) for ch, _b, italic, code, href in chars]


def expected_outline(items: list[Item]) -> list[Item]:
    """The outline after the normalizations Markdown forces (documented in the writer)."""
    normalized: list[Item] = []
    stack: list[list[Any]] = []  # [raw list key, markdown list id]
    counts: dict[object, int] = {}
    next_list = 0
    for item in items:
        if item.kind == "table":
            # a cell also loses vertical tabs and form feeds at its ends
            cells = [[(_no_bold(_strip(c, " \t\v\f")) if r == 0 else _strip(c, " \t\v\f"))
                      for c in row]
                     for r, row in enumerate(item.cells)]
            normalized.append(Item("table", cells=cells))
            stack = []
            continue
        chars = _strip(item.chars)
        if item.kind == "heading":
            chars = _no_bold(chars)
        if not chars and item.kind != "code":
            continue  # empty paragraphs, headings and list items have no Markdown form
        if item.kind in ("bullet", "number"):
            depth = min(max(item.list_indent, 1), len(stack) + 1)
            del stack[depth:]
            index = counts.get(item.list_key, 0)
            counts[item.list_key] = index + 1
            if not (len(stack) == depth and stack[-1][0] == item.list_key):
                del stack[depth - 1:]
                # nested numbering starts at 1; a list broken by other blocks goes on counting
                first = max(item.start, 1) + index if depth == 1 else 1
                stack.append([item.list_key, next_list, first - index])
                next_list += 1
            number = stack[-1][2] + index if item.kind == "number" else 0
            normalized.append(Item(item.kind, depth, chars, stack[-1][1], number))
            continue
        stack = []
        normalized.append(Item(item.kind, item.level, chars if item.kind != "code"
                               else [(c[0], False, False, False, "") for c in item.chars
                                     if c[0] != "\ufeff"]))
    return normalized


def _comparable(items: list[Item]) -> list[tuple[Any, ...]]:
    """Structure and text, without emphasis (checked char by char in ``_check_emphasis``)."""
    out = []
    for item in items:
        if item.kind == "table":
            out.append(("table", [[[c[0::3] for c in cell] for cell in row]
                                  for row in item.cells]))
        else:
            out.append((item.kind, item.level, item.list_key, item.number,
                        "".join(c[0] for c in item.chars), [c[3:] for c in item.chars]))
    return out


def _words_changing_inside(chars: list[Char]) -> set[int]:
    """Positions of characters in a word whose emphasis changes inside the word."""
    positions: set[int] = set()
    start = 0
    for end in range(len(chars) + 1):
        if end == len(chars) or chars[end][0].isspace() or chars[end][3]:
            word = chars[start:end]
            if any(a[1:3] != b[1:3] for a, b in pairwise(word)):
                positions.update(range(start, end))
            start = end + 1
    return positions


def _check_emphasis(expected: list[Char], found: list[Char], where: str) -> None:
    """Found emphasis equals expected, except that it may be dropped from white space and
    punctuation at a run's edge (never from a letter or digit, unless the emphasis changes
    inside that very word, which Markdown cannot always say), and is never added."""
    crossing = _words_changing_inside(expected)
    for index, ((ch, bold, italic, *_), (_ch, found_bold, found_italic, *_)) in enumerate(zip(
            expected, found, strict=True)):
        for wanted, got, name in ((bold, found_bold, "bold"), (italic, found_italic, "italic")):
            if got and not wanted:
                raise AssertionError(f"{name} added on {ch!r} in {where}")
            if (wanted and not got and unicodedata.category(ch)[0] in "LN"
                    and index not in crossing):
                raise AssertionError(f"{name} lost on {ch!r} in {where}")


def _changes_inside_a_word(items: list[Item]) -> bool:
    lines = [item.chars for item in items] + [
        cell for item in items for row in item.cells for cell in row]
    return any(_words_changing_inside(_strip(chars, " \t\v\f")) for chars in lines)


def assert_reads_back(document: QTextDocument) -> str:
    markdown = write_markdown(document)
    again = QTextDocument()
    read_markdown(again, markdown)
    expected = expected_outline(raw_outline(document))
    found = expected_outline(raw_outline(again))
    assert _comparable(found) == _comparable(expected), markdown
    for index, (want, got) in enumerate(zip(expected, found, strict=True)):
        if want.kind == "table":
            for want_row, got_row in zip(want.cells, got.cells, strict=True):
                for want_cell, got_cell in zip(want_row, got_row, strict=True):
                    _check_emphasis(want_cell, got_cell, f"table {index}: {markdown!r}")
        else:
            _check_emphasis(want.chars, got.chars, f"block {index}: {markdown!r}")
    assert write_markdown(again) == markdown, "not a fixed point"
    return markdown


# -- building documents the way the editor does ------------------------------------------

TRICKY = ["*", "**", "_", "__", "#", "# ", "[", "]", "[a](b)", "<", "<b>", ">", "\\", "`",
          "``", "```", "~~~", "1. ", "2)", "- ", "+ ", "---", "***", "|", "&amp;", "&#59;",
          "!", "![", "=", "Ελληνικά κείμενα", "Latviešu ķēķis ģērbj", "עברית", "العربية",
          "😀", "👩‍👩‍👧", "\u2028", "\t", " ", "  ", "\x00", "\x01", "\x0b", "\x0c", "\x1f",
          "\x7f", "\u200b", "\ufeff", "\xa0", "\u3000", "(", ")", ".", ",", "«", "»", "€",
          "x", "word", "Città", "a_b", "2024.", "  lead", "trail  "]
texts = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=8),
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(TRICKY), min_size=1, max_size=4).map("".join),
)
urls = st.sampled_from(["https://example.org", "https://example.org/a_b*c?x=1&y=2",
                        "mailto:info@comune.it", "http://x.org/path with space",
                        "https://x.org/(paren)", "https://x.org/<angle>", "https://x.org/a|b",
                        "https://x.org/back\\slash", "https://el.wikipedia.org/wiki/Λιβαδειά"])


@dataclass
class Run:
    text: str
    bold: bool
    italic: bool
    code: bool
    href: str


runs = st.lists(st.builds(Run, texts, st.booleans(), st.booleans(),
                          st.sampled_from([False, False, False, True]),
                          st.one_of(st.just(""), st.just(""), urls)), max_size=5)


@dataclass
class Block:
    kind: str  # paragraph, heading, bullet, number, table
    level: int
    runs: list[Run]
    new_list: bool = False
    table: list[list[list[Run]]] = field(default_factory=list)


blocks = st.one_of(
    st.builds(Block, st.just("paragraph"), st.just(0), runs),
    st.builds(Block, st.just("heading"), st.integers(1, 3), runs),
    st.builds(Block, st.sampled_from(["bullet", "number"]), st.integers(1, 3), runs,
              st.booleans()),
    st.builds(Block, st.just("table"), st.just(0), st.just([]), st.just(False),
              st.integers(1, 3).flatmap(lambda columns: st.lists(
                  st.lists(runs, min_size=columns, max_size=columns), min_size=1, max_size=3))),
)


def char_format(run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    if run.code:
        fmt.setFontFixedPitch(True)
        fmt.setFontFamilies(["monospace"])
    if run.href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.href)
    return fmt


def build(document: QTextDocument, plan: list[Block]) -> None:
    cursor = QTextCursor(document)
    lists: dict[tuple[str, int], QTextList] = {}
    for index, block in enumerate(plan):
        if index:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if block.kind == "table":
            columns = len(block.table[0])
            table = cursor.insertTable(len(block.table), columns)
            for r, row in enumerate(block.table):
                for c, cell_runs in enumerate(row):
                    cell_cursor = table.cellAt(r, c).firstCursorPosition()
                    for run in cell_runs:
                        cell_cursor.insertText(run.text, char_format(run))
            continue
        if block.kind == "heading":
            fmt = QTextBlockFormat()
            fmt.setHeadingLevel(block.level)
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(heading_char_format(block.level))
        elif block.kind in ("bullet", "number"):
            key = (block.kind, block.level)
            if block.new_list or key not in lists:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc if block.kind == "bullet"
                                     else QTextListFormat.Style.ListDecimal)
                list_format.setIndent(block.level)
                lists[key] = cursor.createList(list_format)
            else:
                lists[key].add(cursor.block())
        for run in block.runs:
            fmt = char_format(run)
            if block.kind == "heading":
                fmt.merge(heading_char_format(block.level))
                fmt.setFontItalic(run.italic)
            cursor.insertText(run.text, fmt)


# -- properties ----------------------------------------------------------------------------


@SETTINGS
@given(st.lists(blocks, max_size=8))
def test_any_document_reads_back_as_written(plan: list[Block]) -> None:
    document = QTextDocument()
    build(document, plan)
    writer = MarkdownWriter(document, follow=False)
    markdown = writer.markdown()
    if writer.fallbacks:
        assert _changes_inside_a_word(raw_outline(document)), (
            "the read-back check had to drop formatting outside a word that changes inside")
    assert markdown == assert_reads_back(document)
    assert markdown == "" or (markdown.endswith("\n") and not markdown.endswith("\n\n"))


@SETTINGS
@given(st.lists(st.builds(Span, texts, st.booleans(), st.booleans(), st.booleans(),
                          st.one_of(st.just(""), urls)), max_size=6))
def test_any_line_of_runs_reads_back_as_written(spans: list[Span]) -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    for span in spans:
        cursor.insertText(span.text, char_format(Run(span.text, span.bold, span.italic,
                                                     span.code, span.href)))
    assert_reads_back(document)


@SETTINGS
@given(st.text(st.characters(codec="utf-8"), max_size=40))
def test_any_plain_text_is_kept(text: str) -> None:
    document = QTextDocument()
    QTextCursor(document).insertText(text)
    assert_reads_back(document)
    again = QTextDocument()
    read_markdown(again, write_markdown(document))
    # Only what the writer documents is lost: spaces at the ends of lines, empty lines,
    # byte order marks, and NUL (read as U+FFFD).
    kept = [line.strip(" \t") for line in again.toRawText().replace("\u2029", "\n").split("\n")]
    wanted = [line.strip(" \t") for line in
              document.toRawText().replace("\u2029", "\n").replace("\x00", "\ufffd")
              .replace("\ufeff", "").split("\n")]
    assert [line for line in kept if line] == [line for line in wanted if line]


@SETTINGS
@given(st.lists(blocks, max_size=6))
def test_markdown_the_writer_wrote_is_a_fixed_point(plan: list[Block]) -> None:
    document = QTextDocument()
    build(document, plan)
    markdown = write_markdown(document)
    assert markdown_round_trip(markdown) == markdown
    assert markdown_round_trip(markdown_round_trip(markdown)) == markdown


# -- the quirks of Qt's own writer, one by one -----------------------------------------------


def _document(plan: list[Block]) -> QTextDocument:
    document = QTextDocument()
    build(document, plan)
    return document


def _plain(text: str) -> list[Run]:
    return [Run(text, False, False, False, "")]


def test_two_adjacent_lists_stay_two_lists() -> None:
    document = _document([Block("bullet", 1, _plain("a")), Block("bullet", 1, _plain("b"), True),
                          Block("number", 1, _plain("c")), Block("number", 1, _plain("d"), True)])
    markdown = assert_reads_back(document)
    assert markdown == "- a\n\n* b\n\n1. c\n\n1) d\n"
    items = expected_outline(raw_outline(document))
    assert len({item.list_key for item in items}) == 4


def test_a_list_of_another_kind_after_a_list_is_set_apart_by_a_blank_line() -> None:
    document = _document([Block("bullet", 1, _plain("a")), Block("number", 1, _plain("b"))])
    assert assert_reads_back(document) == "- a\n\n1. b\n"


def test_nested_lists_and_their_separate_siblings() -> None:
    document = _document([
        Block("number", 1, _plain("one")), Block("bullet", 2, _plain("sub")),
        Block("bullet", 2, _plain("other sub list"), True), Block("number", 1, _plain("two")),
        Block("number", 3, _plain("too deep: becomes level 2")),
    ])
    assert assert_reads_back(document) == (
        "1. one\n   - sub\n   * other sub list\n2. two\n   1. too deep: becomes level 2\n")


def test_a_list_broken_by_a_paragraph_goes_on_numbering() -> None:
    document = _document([Block("number", 1, _plain("a")), Block("number", 1, _plain("b")),
                          Block("paragraph", 0, _plain("between")),
                          Block("number", 1, _plain("c"))])
    assert assert_reads_back(document) == "1. a\n2. b\n\nbetween\n\n3. c\n"


def test_underline_is_not_written_as_emphasis() -> None:
    document = QTextDocument()
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    QTextCursor(document).insertText("under", fmt)
    assert write_markdown(document) == "under\n"


def test_no_blank_lines_at_the_end_and_none_for_empty_paragraphs() -> None:
    document = QTextDocument()
    QTextCursor(document).insertText("a\n\n\n   \nb\n\n\n")
    assert write_markdown(document) == "a\n\nb\n"
    assert write_markdown(QTextDocument()) == ""


def test_tables_are_written_with_spaces_and_a_header_row() -> None:
    document = _document([Block("table", 0, [], table=[
        [_plain("Fonte"), _plain("Importo")],
        [[Run("AMIF", True, False, False, "")], _plain("85 000 €")],
        [_plain("a | b"), []],
    ])])
    assert assert_reads_back(document) == (
        "| Fonte | Importo |\n| --- | --- |\n| **AMIF** | 85 000 € |\n| a \\| b |  |\n")


def test_literal_markdown_characters_stay_text() -> None:
    text = "* not a list _x_ **y** [z](w) <b> \\ `c` # h &amp; ~~s~~ | ![i](j)"
    for first in ("1. item", "# title", "- dash", "+ plus", "> quote", "```", "---", "2024) x"):
        document = QTextDocument()
        QTextCursor(document).insertText(f"{first}\n{text}")
        markdown = assert_reads_back(document)
        again = QTextDocument()
        read_markdown(again, markdown)
        assert again.toPlainText() == f"{first}\n{text}"
        assert again.begin().textList() is None and not again.begin().blockFormat().headingLevel()


def test_scripts_emoji_right_to_left_and_control_characters_are_kept() -> None:
    text = ("Ελληνικά: Λιβαδειά · Latviešu: Jelgavas pilsēta · עברית שלום · العربية مرحبا · "
            "😀👩‍👩‍👧 · tab\there · bell\x07 · vt\x0b ff\x0c · zero\u200bwidth · nbsp\xa0end\u2028"
            "second line")
    document = QTextDocument()
    QTextCursor(document).insertText(text)
    again = QTextDocument()
    read_markdown(again, assert_reads_back(document))
    assert again.toRawText() == text


def test_trailing_spaces_and_a_lone_nul_are_normalized_explicitly() -> None:
    document = QTextDocument()
    QTextCursor(document).insertText("  text with trailing spaces  \t\nnul\x00here")
    assert write_markdown(document) == "text with trailing spaces\n\nnul\ufffdhere\n"


def test_emphasis_that_markdown_cannot_open_leaves_the_punctuation() -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    cursor.insertText("a", char_format(Run("", False, False, False, "")))
    cursor.insertText("(b)", char_format(Run("", True, False, False, "")))
    cursor.insertText("c ", char_format(Run("", False, False, False, "")))
    cursor.insertText(" spaced ", char_format(Run("", False, True, False, "")))
    assert assert_reads_back(document) == "a(**b**)c  *spaced*\n"


def test_bold_inside_and_across_words() -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    for text, bold, italic in (("x", False, False), ("a", True, False), ("b", True, True),
                               ("c", False, True), (" end", False, False)):
        cursor.insertText(text, char_format(Run(text, bold, italic, False, "")))
    # '*' markers alone read back wrongly here; the next way of writing it ('_') is taken
    assert assert_reads_back(document) == "x**a*b***_c_ end\n"


def test_code_spans_links_and_images() -> None:
    markdown = ("Use `a``b` and `` `tick` `` in [the **guide**](https://x.org/a_(b)) "
                "or <https://y.org>; ![pic](p.png) is dropped.\n")
    assert markdown_round_trip(markdown) == (
        "Use `a``b` and `` `tick` `` in [the **guide**](<https://x.org/a_(b)>) "
        "or [https://y.org](https://y.org);  is dropped.\n")


def test_code_blocks_headings_rules_and_the_byte_order_mark() -> None:
    markdown = "\ufeff# One\n\n```python\nx = 1  \n\n    y = 2\n```\n\n---\n\n###### Six\n"
    assert markdown_round_trip(markdown) == markdown[1:]
    assert markdown_round_trip("\ufeffplain\n") == "plain\n"


@pytest.mark.parametrize("markdown", [
    "# Obiettivi\n\nTesto con **grassetto**, *corsivo* e [un link](https://comune.it).\n",
    "- uno\n- due\n  - tre\n\n* altra lista\n\n1. primo\n2. secondo\n",
    "| Azione | Fondi |\n| --- | --- |\n| A1.1 | *AMIF* |\n",
    "Εισαγωγή στο σχέδιο\n\nRīcības plāns 2025.–2027.\n\n2025\\. gada plāns\n",
])
def test_markdown_the_writer_wrote_reads_back_unchanged(markdown: str) -> None:
    assert markdown_round_trip(markdown) == markdown


# -- the kept-per-block writer agrees with writing from scratch -----------------------------


edits = st.lists(st.tuples(st.sampled_from(["type", "delete", "bold", "list", "heading",
                                            "table", "undo", "redo", "enter", "outdent"]),
                           st.integers(0, 10_000), st.integers(0, 40), texts), max_size=25)


@SETTINGS
@given(st.lists(blocks, max_size=5), edits)
def test_the_writer_that_keeps_blocks_follows_every_edit(plan: list[Block],
                                                         steps: list[tuple[str, int, int, str]],
                                                         ) -> None:
    document = QTextDocument()
    build(document, plan)
    writer = MarkdownWriter(document)
    assert writer.markdown() == write_markdown(document)
    for action, position, length, text in steps:
        _edit(document, action, position, length, text)
        assert writer.markdown() == write_markdown(document), (action, position, length, text)


def _edit(document: QTextDocument, action: str, position: int, length: int, text: str) -> None:
    cursor = QTextCursor(document)
    end = document.characterCount() - 1
    cursor.setPosition(min(position, end))
    cursor.setPosition(min(position + length, end), QTextCursor.MoveMode.KeepAnchor)
    if action == "type":
        cursor.insertText(text)
    elif action == "delete":
        cursor.removeSelectedText()
    elif action == "bold":
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        cursor.mergeCharFormat(fmt)
    elif action == "list":
        current = cursor.currentList()
        if current is None:
            cursor.createList(QTextListFormat.Style.ListDecimal)
        else:
            fmt = current.format()
            fmt.setStyle(QTextListFormat.Style.ListDisc)
            fmt.setStart(3)
            current.setFormat(fmt)
    elif action == "outdent":
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
    elif action == "heading":
        fmt = QTextBlockFormat()
        fmt.setHeadingLevel(length % 4)
        cursor.setBlockFormat(fmt)
    elif action == "table":
        table = cursor.currentTable()
        if table is None:
            cursor.insertTable(2, 2)
        else:
            table.insertRows(0, 1)
    elif action == "enter":
        cursor.insertBlock()
    elif action == "undo":
        document.undo()
    elif action == "redo":
        document.redo()


def test_inline_writer_without_a_checker_writes_the_same_as_with_one() -> None:
    spans = [Span("a"), Span("(b)", bold=True), Span(" c", italic=True)]
    assert InlineWriter().line(spans, Context.BLOCK) == InlineWriter(None).line(
        spans, Context.BLOCK)


def test_the_kept_writer_survives_a_wrong_range_from_qt_when_undoing_next_to_a_table() -> None:
    # Undoing this deletion, Qt reports the change as (14, -1, 5): a range that misses a
    # block whose place moved. The writer forgets everything after such a range.
    document = QTextDocument()
    build(document, [Block("heading", 1, _plain("0")), Block("bullet", 3, _plain("x y00")),
                     Block("number", 2, _plain("x yx y"), True), Block("number", 1, [], True)])
    writer = MarkdownWriter(document)
    for step in (("table", 29, 4, ""), ("delete", 14, 5, ""), ("undo", 0, 0, "")):
        _edit(document, *step)
        assert writer.markdown() == write_markdown(document), step
