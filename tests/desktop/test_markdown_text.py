"""Section text survives the trip through the editor's document and Markdown unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from inclucities_desktop.ui.markdown_text import markdown_round_trip, read_markdown, write_markdown


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def structure(document: QTextDocument) -> list[tuple[object, ...]]:
    """What a reader sees: text, heading level, list membership and kind, emphasis."""
    lists: dict[int, int] = {}
    shape = []
    for block in blocks(document):
        text_list = block.textList()
        list_number = None
        if text_list is not None:
            first = text_list.item(0).blockNumber()
            list_number = lists.setdefault(first, len(lists))
        kind = None
        if text_list is not None:
            kind = ("ordered" if text_list.format().style() == QTextListFormat.Style.ListDecimal
                    else "bullet", text_list.format().indent())
        runs = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            runs.append((fragment.text(), fmt.fontWeight() >= QFont.Weight.Bold,
                         fmt.fontItalic(), fmt.anchorHref()))
            iterator += 1
        shape.append((block.blockFormat().headingLevel(), list_number, kind, tuple(runs)))
    return shape


def reread(markdown: str) -> QTextDocument:
    document = QTextDocument()
    read_markdown(document, markdown)
    return document


def test_two_separate_lists_that_touch_stay_separate(qapp) -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    cursor.insertText("Intro")
    for items in (("a", "b"), ("c",)):
        cursor.insertBlock()
        cursor.createList(QTextListFormat.Style.ListDisc)
        cursor.insertText(items[0])
        for item in items[1:]:
            cursor.insertBlock()
            cursor.insertText(item)
    for items in (("one",), ("uno", "due")):
        cursor.insertBlock()
        cursor.createList(QTextListFormat.Style.ListDecimal)
        cursor.insertText(items[0])
        for item in items[1:]:
            cursor.insertBlock()
            cursor.insertText(item)
    markdown = write_markdown(document)
    again = reread(markdown)
    assert structure(again) == structure(document)
    lists = {b.textList().item(0).text() for b in blocks(again) if b.textList()}
    assert lists == {"a", "c", "one", "uno"}
    assert markdown_round_trip(markdown) == markdown


def test_underline_is_not_written_as_italic(qapp) -> None:
    document = QTextDocument()
    underline = QTextCharFormat()
    underline.setFontUnderline(True)
    QTextCursor(document).insertText("under", underline)
    markdown = write_markdown(document)
    assert markdown == "under\n"
    assert not reread(markdown).begin().begin().fragment().charFormat().fontItalic()


def test_headings_emphasis_links_nested_lists_and_tables_read_back_the_same(qapp) -> None:
    source = (
        "## Contesto\n\nUna città **agricola** e *accogliente*, vedi "
        "[il piano UE](https://home-affairs.ec.europa.eu).\n\n"
        "- primo\n  - annidato\n- secondo\n\n1.  uno\n2.  due\n\n"
        "|Anno|Residenti|\n|-|-|\n|2023|1.200|\n"
    )
    stored = markdown_round_trip(source)
    assert markdown_round_trip(stored) == stored
    assert structure(reread(stored)) == structure(reread(source))
    assert reread(stored).toPlainText() == reread(source).toPlainText()


def test_markdown_characters_typed_as_text_stay_text(qapp) -> None:
    document = QTextDocument()
    typed = "1. not a list * nor _this_ # nor [that](x) <b>nor html</b> \\ back"
    QTextCursor(document).insertText(typed)
    again = reread(write_markdown(document))
    assert again.toPlainText() == typed
    assert structure(again) == structure(document)


def test_an_empty_section_is_stored_as_nothing(qapp) -> None:
    assert write_markdown(QTextDocument()) == ""


# Text a person types: letters of the seven languages, right-to-left scripts, emoji,
# digits and Markdown's own punctuation. Leading/trailing spaces of a paragraph have no
# Markdown form; the text is stripped the way the reader would strip it.
TOKENS = [
    *"abcxyz ABC 0123456789 àèìòù ΑαΒβΩωάέ āčēģīķļņšūž שלום مرحبا",
    "😀", "🇪🇺", "👩\u200d👩\u200d👧",
    *"*_#[]()<>`\\|!-+.,:;&~=",
]
TYPED = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30).map(
    lambda tokens: "".join(tokens).strip()
).filter(bool)


@st.composite
def documents(draw: st.DrawFn) -> QTextDocument:
    document = QTextDocument()
    cursor = QTextCursor(document)
    first = True
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["paragraph", "heading", "bullets", "numbers"]))
        if not first:
            cursor.insertBlock()
            cursor.setBlockFormat(type(cursor.blockFormat())())
        first = False
        if kind in ("bullets", "numbers"):
            style = (QTextListFormat.Style.ListDisc if kind == "bullets"
                     else QTextListFormat.Style.ListDecimal)
            cursor.createList(style)
            for number in range(draw(st.integers(1, 3))):
                if number:
                    cursor.insertBlock()
                cursor.insertText(draw(TYPED), QTextCharFormat())
        else:
            if kind == "heading":
                block_format = cursor.blockFormat()
                block_format.setHeadingLevel(draw(st.integers(1, 3)))
                cursor.setBlockFormat(block_format)
            for _run in range(draw(st.integers(1, 3))):
                fmt = QTextCharFormat()
                if draw(st.booleans()):
                    fmt.setFontWeight(QFont.Weight.Bold)
                if draw(st.booleans()):
                    fmt.setFontItalic(True)
                cursor.insertText(draw(TYPED) + " ", fmt)
    return document


@settings(max_examples=80, deadline=None)
@given(documents())
def test_any_document_the_editor_makes_reads_back_as_it_was(qapp, document: QTextDocument) -> None:
    markdown = write_markdown(document)
    again = reread(markdown)
    assert [b.text().strip() for b in blocks(again)] == [
        " ".join(b.text().split()) for b in blocks(document)
    ] or again.toPlainText().split() == document.toPlainText().split()
    assert [s[:3] for s in structure(again)] == [s[:3] for s in structure(document)]
    # Saving what was read changes nothing a reader sees. (The text itself may differ in
    # an escape: Qt escapes a "-" or "+" that starts a formatting run, and runs split
    # differently once read back. Showing a section never saves, so this costs nothing.)
    rewritten = write_markdown(again)
    assert structure(reread(rewritten)) == structure(again)
    assert write_markdown(reread(rewritten)) == rewritten
