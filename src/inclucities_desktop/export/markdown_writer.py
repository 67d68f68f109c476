"""A section's Markdown as Word paragraphs, through markdown-it-py's token stream.

Raw HTML is not enabled in the parser, so ``<script>`` or any other tag reaches the
document as the visible text it was typed as, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from inclucities_desktop.export.clean import clean_text
from inclucities_desktop.export.context import WriterContext
from inclucities_desktop.export.ooxml import (
    Element,
    hyperlink,
    paragraph,
    paragraph_properties,
    run,
    set_indent,
    set_numbering,
    sub,
)
from inclucities_desktop.export.tables import build_table

_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
_LIST_INDENT_TWIPS = 360


def parse(text: str) -> list[Token]:
    return _PARSER.parse(clean_text(text))


@dataclass
class _List:
    num_id: int
    level: int
    first_paragraph_of_item: bool = False


def plain_text(children: Sequence[Token] | None) -> str:
    """The visible text of an inline token's children."""
    parts = []
    for child in children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(plain_text(child.children))
    return "".join(parts)


def inline_runs(context: WriterContext, children: Sequence[Token] | None) -> list[Element]:
    """Runs (and hyperlinks) for an inline token's children."""
    result: list[Element] = []
    bold = italic = strike = 0
    link_runs: list[Element] | None = None
    link_href = ""
    for child in children or ():
        kind = child.type
        made: list[Element] = []
        if kind == "text":
            made = [run(child.content, bold=bold > 0, italic=italic > 0, strike=strike > 0,
                        style_id=context.styles.hyperlink if link_runs is not None else None)]
        elif kind == "code_inline":
            made = [run(child.content, style_id=context.styles.code)]
        elif kind == "softbreak":
            made = [run(" ")]
        elif kind == "hardbreak":
            made = [run("\n")]
        elif kind == "image":
            made = [run(plain_text(child.children), italic=True)]
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind.endswith("open") else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind.endswith("open") else -1
        elif kind in ("s_open", "s_close"):
            strike += 1 if kind.endswith("open") else -1
        elif kind == "link_open":
            link_runs, link_href = [], str(child.attrGet("href") or "")
        elif kind == "link_close" and link_runs is not None:
            runs, link_runs = link_runs, None
            if link_href and runs:
                result.append(hyperlink(context.part, link_href, runs))
            else:
                result.extend(runs)
            continue
        target = link_runs if link_runs is not None else result
        target.extend(made)
    if link_runs:  # an unclosed link cannot happen in markdown-it; keep its text anyway
        result.extend(link_runs)
    return result


class MarkdownWriter:
    """Writes one section's Markdown into the context's body."""

    def __init__(self, context: WriterContext, top_heading_level: int) -> None:
        self.context = context
        self.top_level = top_heading_level
        self.written: list[Element] = []

    def write(self, text: str) -> list[Element]:
        tokens = parse(text)
        levels = sorted({int(t.tag[1]) for t in tokens if t.type == "heading_open"})
        self._heading_rank = {level: rank for rank, level in enumerate(levels)}
        self._lists: list[_List] = []
        self._quote_depth = 0
        index = 0
        while index < len(tokens):
            index = self._block(tokens, index)
        return self.written

    def _add(self, made: Element) -> Element:
        self.written.append(made)
        return self.context.add(made)

    def _block(self, tokens: list[Token], index: int) -> int:
        token = tokens[index]
        kind = token.type
        if kind == "heading_open":
            inline = tokens[index + 1]
            level = self.top_level + self._heading_rank[int(token.tag[1])]
            made = self.context.heading(plain_text(inline.children), level,
                                        runs=inline_runs(self.context, inline.children))
            self.written.append(made)
            return index + 3
        if kind == "paragraph_open":
            self._paragraph(tokens[index + 1])
            return index + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            level = len(self._lists)
            if kind == "bullet_list_open":
                num_id = self.context.numbering.bullet_num
            else:
                start = int(token.attrGet("start") or 1)
                num_id = self.context.numbering.new_ordered_list(level, start)
            self._lists.append(_List(num_id, level))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self._lists.pop()
        elif kind == "list_item_open" and self._lists:
            self._lists[-1].first_paragraph_of_item = True
        elif kind == "blockquote_open":
            self._quote_depth += 1
        elif kind == "blockquote_close":
            self._quote_depth -= 1
        elif kind in ("fence", "code_block"):
            self._code(token.content)
        elif kind == "hr":
            p = paragraph()
            borders = sub(paragraph_properties(p), "w:pBdr")
            sub(borders, "w:bottom", val="single", sz="6", space="1", color="A6A6A6")
            self._add(p)
        elif kind == "table_open":
            return self._table(tokens, index)
        return index + 1

    def _paragraph(self, inline: Token) -> None:
        style = self.context.styles.quote if self._quote_depth else None
        p = paragraph(style)
        if self._lists:
            current = self._lists[-1]
            if current.first_paragraph_of_item:
                set_numbering(p, current.num_id, current.level)
                current.first_paragraph_of_item = False
            else:
                set_indent(p, _LIST_INDENT_TWIPS * (current.level + 1))
        for piece in inline_runs(self.context, inline.children):
            p.append(piece)
        self._add(p)

    def _code(self, content: str) -> None:
        p = paragraph(self.context.styles.small)
        p.append(run(content.rstrip("\n"), style_id=self.context.styles.code))
        self._add(p)

    def _table(self, tokens: list[Token], index: int) -> int:
        header: list[list[Element]] = []
        rows: list[list[list[Element]]] = []
        aligns: list[str] = []
        current: list[list[Element]] | None = None
        in_head = False
        while index < len(tokens) and tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                current = []
            elif token.type == "tr_close" and current is not None:
                (header.extend(current) if in_head else rows.append(current))
                current = None
            elif token.type in ("th_open", "td_open"):
                if in_head:
                    aligns.append(str(token.attrGet("style") or ""))
            elif token.type == "inline" and current is not None:
                current.append(inline_runs(self.context, token.children))
            index += 1
        right = frozenset(i for i, style in enumerate(aligns) if "right" in style)
        columns = max([len(header)] + [len(r) for r in rows])
        table = build_table(self.context.look(align_right=right), header or None, rows,
                            [1.0] * max(columns, 1))
        self._add(table)
        self._add(paragraph())  # Word needs a paragraph between two tables
        return index + 1
