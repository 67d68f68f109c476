"""Mentor comments anchored in the text, and the review-log appendix."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from docx.oxml.ns import qn
from docx.text.run import Run

from inclucities_desktop.export.clean import clean_text, one_line
from inclucities_desktop.export.context import WriterContext
from inclucities_desktop.export.labels import format_timestamp_date
from inclucities_desktop.export.ooxml import Element
from inclucities_desktop.export.records import ExportComment, StatusChange
from inclucities_desktop.export.tables import build_table

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _text_runs(p: Element) -> list[Element]:
    """The runs of a paragraph holding exactly one w:t (how the writers make text runs)."""
    return [r for r in p.iter(qn("w:r"))
            if len(r.findall(qn("w:t"))) == 1 and len(r) - (r.find(qn("w:rPr")) is not None) == 1]


def _split(r: Element, offset: int) -> Element:
    """Split run ``r`` at ``offset`` of its text; returns the new second half."""
    t = r.find(qn("w:t"))
    text = t.text or ""
    second = copy.deepcopy(r)
    t.text = text[:offset]
    second_t = second.find(qn("w:t"))
    second_t.text = text[offset:]
    for node in (t, second_t):
        if node.text != node.text.strip():
            node.set(_XML_SPACE, "preserve")
    r.addnext(second)
    return second


def _anchor_runs(paragraphs: Sequence[Element], comment: ExportComment) -> list[Element] | None:
    """The runs covering the comment's quote (split at its ends), or None if it is gone."""
    quote = clean_text(comment.quote)
    if not quote.strip():
        return None
    best: tuple[int, Element, int] | None = None
    for p in paragraphs:
        runs = _text_runs(p)
        text = "".join(r.find(qn("w:t")).text or "" for r in runs)
        start = text.find(quote)
        while start >= 0:
            score = _context_score(text, start, quote, comment)
            if best is None or score > best[0]:
                best = (score, p, start)
            start = text.find(quote, start + 1)
    if best is None:
        return None
    _, p, start = best
    return _isolate(p, start, start + len(quote))


def _context_score(text: str, start: int, quote: str, comment: ExportComment) -> int:
    before, after = text[:start], text[start + len(quote):]
    prefix, suffix = clean_text(comment.prefix), clean_text(comment.suffix)
    return int(bool(prefix) and before.endswith(prefix)) + int(
        bool(suffix) and after.startswith(suffix))


def _isolate(p: Element, start: int, end: int) -> list[Element]:
    position = 0
    chosen: list[Element] = []
    for r in _text_runs(p):
        text = r.find(qn("w:t")).text or ""
        run_start, run_end = position, position + len(text)
        position = run_end
        if run_end <= start or run_start >= end:
            continue
        if run_start < start:
            r = _split(r, start - run_start)
            run_start = start
        if run_end > end:
            _split(r, end - run_start)
        chosen.append(r)
    return chosen


def add_comments(document: Any, context: WriterContext, comments: Sequence[ExportComment]
                 ) -> None:
    """Anchor each comment at its quote, or at its section's heading when the quote is gone."""
    for comment in comments:
        paragraphs = context.section_paragraphs.get(comment.section_key, [])
        runs = _anchor_runs(paragraphs, comment)
        text = clean_text(comment.text)
        if runs is None:
            heading = context.section_headings.get(comment.section_key)
            if heading is None:
                continue
            runs = [r for r in heading.iter(qn("w:r"))] or None
            if runs is None:
                continue
            if comment.quote.strip():
                gone = context.label("comment_quote_gone").format(quote=one_line(comment.quote))
                text = f"{gone}\n{text}"
        author = one_line(comment.author) or "?"
        initials = "".join(word[0] for word in author.split()[:3]).upper()
        made = document.add_comment(
            [Run(r, document._body) for r in (runs[0], runs[-1])], text="", author=author,
            initials=initials)
        lines = text.split("\n")
        made.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            made.add_paragraph(line)
        when = _comment_date(comment.created_at)
        if when:
            made._comment_elm.set(qn("w:date"), when)


def _comment_date(timestamp: str) -> str:
    try:
        parsed = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_review_log(context: WriterContext, changes: Sequence[StatusChange]) -> None:
    """An appendix listing each status change: when, to which status, by whom, and why."""
    if not changes:
        return
    context.heading(context.label("review_history"), 1, numbered=False)
    template, language = context.template, context.language
    header = [context.label("date"), context.label("status"), context.label("changed_by"),
              context.label("note")]
    rows = [[format_timestamp_date(change.changed_at, language),
             template.choice_label("plan_status", change.status, language),
             one_line(change.changed_by), clean_text(change.note)]
            for change in changes]
    context.add(build_table(context.look(), header, rows, [1.6, 2.2, 2.0, 4.0]))
