"""The frame around the plan's text: cover page, table of contents, header and footer."""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime
from typing import Any

from docx.oxml.ns import qn

from inclucities_desktop.export.clean import one_line
from inclucities_desktop.export.context import WriterContext
from inclucities_desktop.export.labels import format_timestamp_date, label
from inclucities_desktop.export.ooxml import (
    Element,
    element,
    field_runs,
    paragraph,
    paragraph_properties,
    run,
    set_numbering,
    sub,
)
from inclucities_desktop.export.records import PlanExport
from inclucities_desktop.export.tables import build_table


def _page_break() -> Element:
    p = paragraph()
    r = sub(p, "w:r")
    sub(r, "w:br", type="page")
    return p


def write_cover(context: WriterContext, export: PlanExport) -> None:
    plan, language = export.plan, context.language
    for _ in range(4):
        context.add(paragraph())
    context.add(paragraph(context.styles.title)).append(run(one_line(plan.title)))
    kind = context.label("document_kind")
    if not one_line(plan.title).casefold().startswith(kind.casefold()):
        context.add(paragraph(context.styles.subtitle)).append(run(kind))
    context.add(paragraph())
    none = context.label("not_given")
    city = export.city
    city_text = f"{city.name} ({city.country})" if city and city.country else (
        city.name if city else plan.city_id)
    association = city.association if city and city.association else none
    mentor = export.mentor_city
    mentor_text = (f"{mentor.name} ({mentor.country})" if mentor and mentor.country
                   else mentor.name if mentor else none)
    status = context.template.choice_label("plan_status", plan.status, language)
    rows = [
        [context.label("city"), one_line(city_text)],
        [context.label("mentor_city"), one_line(mentor_text)],
        [context.label("association"), one_line(association)],
        [context.label("status"), status],
        [context.label("version"), context.label("version_value").format(
            date=format_timestamp_date(plan.updated_at, language))],
        [context.label("date"), format_timestamp_date(
            export.exported_on or datetime.now(UTC).date().isoformat(), language)],
    ]
    context.add(build_table(context.look(), None, rows, [1.0, 2.4], label_column=True))
    for _ in range(6):
        context.add(paragraph())
    context.add(paragraph(context.styles.small)).append(run(context.label("programme_note")))


def write_table_of_contents(context: WriterContext) -> Element:
    """The TOC field; its entries are filled in once the headings are known."""
    context.add(_page_break())
    heading = context.add(paragraph(context.styles.toc_heading))
    set_numbering(heading, 0, 0)  # Word's TOC Heading is based on Heading 1: no number
    heading.append(run(context.label("table_of_contents")))
    placeholder = context.add(paragraph())
    return placeholder


def fill_table_of_contents(context: WriterContext, placeholder: Element) -> None:
    """A real TOC field whose shown result already lists the headings (without pages).

    Word rebuilds it on opening (updateFields); other readers show the list as written.
    """
    begin, instr, separate, *_rest, end = field_runs(r'TOC \o "1-2" \h \z \u')
    entries = context.toc_entries or [(1, "")]
    paragraphs = []
    for index, (level, text) in enumerate(entries):
        p = paragraph(context.styles.toc_levels[level - 1])
        if index == 0:
            for piece in (begin, instr, separate):
                p.append(piece)
        p.append(run(text))
        paragraphs.append(p)
    paragraphs[-1].append(end)
    hint = paragraph(context.styles.small)
    hint.append(run(context.label("toc_hint"), italic=True))
    paragraphs.append(hint)
    paragraphs.append(_page_break())
    at = context.body.index(placeholder)
    context.body[at:at + 1] = paragraphs


def section_break(final_sectpr: Element, *, landscape: bool, first_page: bool) -> Element:
    """A paragraph ending a section laid out like the document's last one (or landscape)."""
    sectpr = copy.deepcopy(final_sectpr)
    _set_orientation(sectpr, landscape=landscape)
    for title_pg in sectpr.findall(qn("w:titlePg")):
        sectpr.remove(title_pg)
    if first_page:
        sectpr.get_or_add_titlePg()  # a separate (empty) first-page header: the cover's
    else:
        for reference in sectpr.findall(qn("w:headerReference")) + sectpr.findall(
                qn("w:footerReference")):
            sectpr.remove(reference)  # later sections follow the first one's
    p = paragraph()
    paragraph_properties(p).append(sectpr)
    return p


def _set_orientation(sectpr: Element, *, landscape: bool) -> None:
    size = sectpr.find(qn("w:pgSz"))
    if size is None:
        return
    width, height = int(size.get(qn("w:w"))), int(size.get(qn("w:h")))
    short, long_ = sorted((width, height))
    size.set(qn("w:w"), str(long_ if landscape else short))
    size.set(qn("w:h"), str(short if landscape else long_))
    if landscape:
        size.set(qn("w:orient"), "landscape")
    else:
        size.attrib.pop(qn("w:orient"), None)


def write_header_and_footer(document: Any, context: WriterContext, title: str) -> None:
    """Plan title in the header, "Page X of Y" in the footer; none on the cover page.

    A reference document with its own header or footer text keeps it.
    """
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header
    if not "".join(p.text for p in header.paragraphs).strip():
        p = header.paragraphs[0]
        p.style = document.styles["Header"]
        paragraph_properties(p._p).append(element("w:jc", val="right"))
        p._p.append(run(one_line(title)))
    footer = section.footer
    if not "".join(p.text for p in footer.paragraphs).strip() and not _has_page_field(footer):
        p = footer.paragraphs[0]
        p.style = document.styles["Footer"]
        paragraph_properties(p._p).append(element("w:jc", val="center"))
        for piece in _page_of_runs(context.language):
            p._p.append(piece)
    section.first_page_header.is_linked_to_previous = False
    section.first_page_footer.is_linked_to_previous = False


def _has_page_field(part: Any) -> bool:
    return any("PAGE" in (t.text or "") for t in part._element.iter(qn("w:instrText")))


def _page_of_runs(language: str) -> list[Element]:
    """"Page {page} of {pages}" with real PAGE and NUMPAGES fields, in the label's order."""
    pieces: list[Element] = []
    for part in re.split(r"(\{page\}|\{pages\})", label("page_of", language)):
        if part == "{page}":
            pieces += field_runs("PAGE", "1")
        elif part == "{pages}":
            pieces += field_runs("NUMPAGES", "1")
        elif part:
            pieces.append(run(part))
    return pieces
