"""The document's lists: heading numbers (1, 1.1, 1.1.1) and the bullet and numbered lists.

Heading numbers are a multilevel list linked to the Heading 1-3 styles, so Word numbers
headings itself and renumbers them when someone inserts a section. Each numbered list of a
section's text is its own w:num with a start override, so every list starts again at its
own first number.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from inclucities_desktop.export.ooxml import Element, element, sub

HEADING_LEVELS = 3
_LIST_LEVELS = 9
_BULLETS = ("•", "–", "◦")


class Numbering:
    """The numbering part of one document being written."""

    def __init__(self, document: Any, heading_style_ids: list[str]) -> None:
        self._root: Element = document.part.numbering_part.element
        ids = [int(e.get(qn("w:abstractNumId"))) for e in self._root.findall(qn("w:abstractNum"))]
        nums = [int(e.get(qn("w:numId"))) for e in self._root.findall(qn("w:num"))]
        self._next_abstract = max(ids, default=-1) + 1
        self._next_num = max(nums, default=0) + 1
        self._heading_abstract = self._add_abstract(self._heading_levels(heading_style_ids))
        self.heading_num = self.new_num(self._heading_abstract)
        self._bullet_abstract = self._add_abstract(self._list_levels(ordered=False))
        self._ordered_abstract = self._add_abstract(self._list_levels(ordered=True))
        self.bullet_num = self.new_num(self._bullet_abstract)

    def new_ordered_list(self, level: int, start: int = 1) -> int:
        """A numbered list that starts at ``start`` however many lists came before it."""
        return self.new_num(self._ordered_abstract, restart={level: start})

    def new_num(self, abstract_id: int, restart: dict[int, int] | None = None) -> int:
        num_id = self._next_num
        self._next_num += 1
        num = element("w:num", numId=str(num_id))
        sub(num, "w:abstractNumId", val=str(abstract_id))
        for level, start in (restart or {}).items():
            override = sub(num, "w:lvlOverride", ilvl=str(level))
            sub(override, "w:startOverride", val=str(max(0, start)))
        self._root.append(num)  # w:num elements follow every w:abstractNum
        return num_id

    def _add_abstract(self, levels: list[Element]) -> int:
        abstract_id = self._next_abstract
        self._next_abstract += 1
        abstract = element("w:abstractNum", abstractNumId=str(abstract_id))
        sub(abstract, "w:multiLevelType", val="multilevel" if len(levels) > 1 else "singleLevel")
        for level in levels:
            abstract.append(level)
        first_num = self._root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._root.append(abstract)
        return abstract_id

    @staticmethod
    def _heading_levels(style_ids: list[str]) -> list[Element]:
        levels = []
        for index, style_id in enumerate(style_ids[:HEADING_LEVELS]):
            text = ".".join(f"%{i + 1}" for i in range(index + 1))
            lvl = element("w:lvl", ilvl=str(index))
            sub(lvl, "w:start", val="1")
            sub(lvl, "w:numFmt", val="decimal")
            sub(lvl, "w:pStyle", val=style_id)
            sub(lvl, "w:lvlText", val=text)
            sub(lvl, "w:lvlJc", val="left")
            ppr = sub(lvl, "w:pPr")
            hanging = 567 + 284 * index
            sub(ppr, "w:ind", left=str(hanging), hanging=str(hanging))
            levels.append(lvl)
        return levels

    @staticmethod
    def _list_levels(*, ordered: bool) -> list[Element]:
        levels = []
        for index in range(_LIST_LEVELS):
            lvl = element("w:lvl", ilvl=str(index))
            sub(lvl, "w:start", val="1")
            if ordered:
                fmt = ("decimal", "lowerLetter", "lowerRoman")[index % 3]
                sub(lvl, "w:numFmt", val=fmt)
                sub(lvl, "w:lvlText", val=f"%{index + 1}.")
            else:
                sub(lvl, "w:numFmt", val="bullet")
                sub(lvl, "w:lvlText", val=_BULLETS[index % len(_BULLETS)])
            sub(lvl, "w:lvlJc", val="left")
            ppr = sub(lvl, "w:pPr")
            sub(ppr, "w:ind", left=str(360 * (index + 1)), hanging="360")
            levels.append(lvl)
        return levels


def link_heading_styles(document: Any, style_ids: list[str], num_id: int) -> None:
    """Give Heading 1-3 the heading list (numPr in the style), so Word numbers them."""
    styles = document.styles.element
    for level, style_id in enumerate(style_ids[:HEADING_LEVELS]):
        style = styles.get_by_id(style_id)
        if style is None:
            continue
        ppr = style.get_or_add_pPr()
        for old in ppr.findall(qn("w:numPr")):
            ppr.remove(old)
        numpr = element("w:numPr")
        if level:
            sub(numpr, "w:ilvl", val=str(level))
        sub(numpr, "w:numId", val=str(num_id))
        # numPr comes after keepNext/keepLines/pageBreakBefore/framePr/widowControl.
        anchor = None
        for tag in ("w:widowControl", "w:framePr", "w:pageBreakBefore", "w:keepLines",
                    "w:keepNext", "w:pStyle"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addnext(numpr)
        else:
            ppr.insert(0, numpr)
