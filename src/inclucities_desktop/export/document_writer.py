"""Write one plan as a .docx: the entry point of the export package."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.shared import Emu

from inclucities_core.template import load_template
from inclucities_desktop.export import actions_writer, budget_writer, frame
from inclucities_desktop.export.clean import one_line
from inclucities_desktop.export.comments_writer import add_comments, write_review_log
from inclucities_desktop.export.context import StyleIds, WriterContext
from inclucities_desktop.export.house_style import (
    CODE_STYLE,
    SMALL_STYLE,
    TABLE_STYLE,
    add_missing_styles,
    apply_house_style,
    set_document_language,
)
from inclucities_desktop.export.labels import label, word_language_tag
from inclucities_desktop.export.markdown_writer import MarkdownWriter
from inclucities_desktop.export.numbering import HEADING_LEVELS, Numbering, link_heading_styles
from inclucities_desktop.export.ooxml import paragraph, run, set_update_fields_on_open
from inclucities_desktop.export.records import ExportOptions, PlanExport

_EMU_PER_CM = 360000


class ExportError(Exception):
    """The document cannot be written (an unreadable reference document, a full disk)."""


def export_docx(export: PlanExport, target: Path | str,
                options: ExportOptions | None = None) -> Path:
    """Write ``export`` to ``target`` (replacing it) and return the path written.

    The file appears whole or not at all: it is written beside the target first.
    """
    options = options or ExportOptions()
    document = _open_reference(options.reference_docx)
    _build(document, export)
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".docx", dir=target.parent)
    os.close(handle)
    try:
        document.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _open_reference(path: Path | None) -> Any:
    if path is None:
        document = docx.Document()
        apply_house_style(document)
        return document
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises several kinds for a bad package
        raise ExportError(f"{path} cannot be used as a style template: {error}") from error
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    add_missing_styles(document)
    return document


def _style_id(document: Any, name: str) -> str | None:
    try:
        return str(document.styles[name].style_id)
    except KeyError:
        return None


def _style_ids(document: Any) -> StyleIds:
    headings = [_style_id(document, f"Heading {n}") or f"Heading{n}" for n in range(1, 7)]
    return StyleIds(
        headings=headings,
        title=_style_id(document, "Title"),
        subtitle=_style_id(document, "Subtitle"),
        toc_heading=_style_id(document, "TOC Heading") or headings[0],
        toc_levels=[_style_id(document, f"TOC {n}") or _style_id(document, f"toc {n}")
                    for n in (1, 2)],
        quote=_style_id(document, "Quote"),
        caption=_style_id(document, "Caption"),
        hyperlink=_style_id(document, "Hyperlink"),
        table=_style_id(document, TABLE_STYLE),
        small=_style_id(document, SMALL_STYLE),
        code=_style_id(document, CODE_STYLE),
    )


def _text_width_cm(section: Any, *, landscape: bool) -> float:
    width, height = section.page_width or Emu(0), section.page_height or Emu(0)
    page = max(width, height) if landscape else min(width, height)
    margins = (section.left_margin or 0) + (section.right_margin or 0)
    return max(5.0, (page - margins) / _EMU_PER_CM)


def _build(document: Any, export: PlanExport) -> None:
    plan = export.plan
    template = load_template(plan.template_version)
    language = plan.language
    styles = _style_ids(document)
    numbering = Numbering(document, styles.headings[:HEADING_LEVELS])
    link_heading_styles(document, styles.headings, numbering.heading_num)
    set_document_language(document, word_language_tag(language))
    section = document.sections[0]
    context = WriterContext(
        document=document, template=template, language=language, numbering=numbering,
        styles=styles, portrait_width_cm=_text_width_cm(section, landscape=False),
        landscape_width_cm=_text_width_cm(section, landscape=True),
    )
    final_sectpr = document.element.body.sectPr
    frame.write_header_and_footer(document, context, plan.title)
    frame.write_cover(context, export)
    toc_placeholder = frame.write_table_of_contents(context)
    _write_sections(context, export, final_sectpr)
    write_review_log(context, export.review_log)
    frame.fill_table_of_contents(context, toc_placeholder)
    for made in context.body:  # the body's own sectPr (the last section's) stays last
        final_sectpr.addprevious(made)
    add_comments(document, context, export.comments)
    set_update_fields_on_open(document.settings.element)
    _set_properties(document, export)


def _write_sections(context: WriterContext, export: PlanExport, final_sectpr: Any) -> None:
    template, language = context.template, context.language
    texts = {section.key: section.text for section in export.sections}
    first_section_open = True
    for spec in template.sections_for(language):
        level = min(spec.number.count(".") + 1, 2)
        heading = context.heading(spec.title(language), level)
        context.section_headings[spec.key] = heading
        text = texts.get(spec.key, "")
        writer = MarkdownWriter(context, level + 1)
        if text.strip():
            context.section_paragraphs[spec.key] = writer.write(text)
        elif spec.kind == "text":
            context.add(paragraph(context.styles.small)).append(
                run(label("empty_section", language), italic=True))
        if spec.kind == "actions":
            # Cover, contents and the text so far end here; the overview goes landscape.
            context.add(frame.section_break(final_sectpr, landscape=False,
                                            first_page=first_section_open))
            first_section_open = False
            actions_writer.write_overview(context, export.actions)
            context.add(frame.section_break(final_sectpr, landscape=True, first_page=False))
            actions_writer.write_details(context, export.actions)
        elif spec.kind == "budget":
            budget_writer.write_budget(context, export.budget)
        if spec.key == "monitoring_evaluation":
            budget_writer.write_indicators(context, export.actions)
    if not first_section_open:  # the cover's first-page rule belongs to section 1 only
        final_sectpr._remove_titlePg()


def _set_properties(document: Any, export: PlanExport) -> None:
    plan = export.plan
    properties = document.core_properties
    properties.title = one_line(plan.title)[:255]
    city = export.city
    properties.author = one_line(city.name if city else plan.city_id)[:255]
    properties.subject = label("document_kind", plan.language)
    properties.language = word_language_tag(plan.language)
    properties.keywords = "IncluCities"
    properties.comments = ""
