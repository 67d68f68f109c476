"""What every part of the writer shares while one document is built."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inclucities_core.template import PlanTemplate
from inclucities_desktop.export.labels import label
from inclucities_desktop.export.numbering import HEADING_LEVELS, Numbering
from inclucities_desktop.export.ooxml import Element, paragraph, run, set_numbering
from inclucities_desktop.export.tables import TableLook


@dataclass
class StyleIds:
    """Style ids of the (reference) document, looked up by their built-in names."""

    headings: list[str]
    title: str | None
    subtitle: str | None
    toc_heading: str | None
    toc_levels: list[str | None]
    quote: str | None
    caption: str | None
    hyperlink: str | None
    table: str | None
    small: str | None
    code: str | None


@dataclass
class WriterContext:
    document: Any
    template: PlanTemplate
    language: str
    numbering: Numbering
    styles: StyleIds
    portrait_width_cm: float
    landscape_width_cm: float
    body: list[Element] = field(default_factory=list)
    # Heading numbers as Word will show them, for the table of contents written beforehand.
    heading_counters: list[int] = field(default_factory=lambda: [0] * HEADING_LEVELS)
    toc_entries: list[tuple[int, str]] = field(default_factory=list)
    section_paragraphs: dict[str, list[Element]] = field(default_factory=dict)
    section_headings: dict[str, Element] = field(default_factory=dict)

    @property
    def part(self) -> Any:
        return self.document.part

    def label(self, key: str) -> str:
        return label(key, self.language)

    def look(self, *, landscape: bool = False, align_right: frozenset[int] = frozenset()
             ) -> TableLook:
        width = self.landscape_width_cm if landscape else self.portrait_width_cm
        return TableLook(self.styles.table, width, align_right=align_right)

    def add(self, made: Element) -> Element:
        self.body.append(made)
        return made

    def heading(self, text: str, level: int, *, numbered: bool = True,
                in_toc: bool = True, runs: list[Element] | None = None) -> Element:
        """A heading paragraph at ``level`` (1-based) in the Heading styles."""
        style = self.styles.headings[min(level, len(self.styles.headings)) - 1]
        p = paragraph(style)
        for piece in runs if runs is not None else [run(text)]:
            p.append(piece)
        if level <= HEADING_LEVELS and not numbered:
            set_numbering(p, 0, 0)
        number = self._count(level) if numbered and level <= HEADING_LEVELS else ""
        if in_toc and level <= 2:
            self.toc_entries.append((level, f"{number}\t{text}" if number else text))
        return self.add(p)

    def _count(self, level: int) -> str:
        counters = self.heading_counters
        counters[level - 1] += 1
        for deeper in range(level, len(counters)):
            counters[deeper] = 0
        return ".".join(str(n) for n in counters[:level])
