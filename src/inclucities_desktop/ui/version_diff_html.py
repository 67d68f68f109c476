"""A comparison of two plan versions as HTML for a QTextBrowser.

Removed words are struck through on a red-ish background, added words underlined on a
green-ish one, both inside their paragraph; unchanged paragraphs are dimmed, and long runs
of them collapse into one line. Every piece of plan text is escaped with html.escape: a
plan may hold "<" and "&" like any text. The colours are mixed from the palette's own base
and text colours, so the same tints read well in a light and a dark window.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QPalette

from inclucities_core.template import FieldSpec, PlanTemplate
from inclucities_desktop.services.version_diff import (
    DELETE,
    EQUAL,
    INSERT,
    ActionComparison,
    FieldChange,
    ParagraphChange,
    PlanComparison,
    SectionComparison,
    Span,
    text_spans,
)
from inclucities_desktop.ui.action_values import display_text

TITLE_ANCHOR = "title"
CONTEXT = 1  # unchanged paragraphs shown (dimmed) on each side of a change
_RED, _GREEN = QColor("#e5484d"), QColor("#30a46c")


# lupdate reads translate("Context", "text") calls; a wrapper would hide the text.
translate = QCoreApplication.translate


class DiffWords(QObject):
    """Words with a plural: pyside6-lupdate makes plural entries of tr() calls only."""

    def unchanged_paragraphs(self, count: int) -> str:
        return self.tr("… %n unchanged paragraph(s) …", "", count)


def section_anchor(key: str) -> str:
    return f"section-{key}"


def action_anchor(action_id: str) -> str:
    return f"action-{action_id}"


def _mix(base: QColor, tint: QColor, amount: float) -> str:
    def channel(a: int, b: int) -> int:
        return round(a + (b - a) * amount)

    return QColor(channel(base.red(), tint.red()), channel(base.green(), tint.green()),
                  channel(base.blue(), tint.blue())).name()


@dataclass(frozen=True)
class DiffColours:
    text: str
    dim: str
    removed: str  # background of removed words
    added: str  # background of added words

    @classmethod
    def from_palette(cls, palette: QPalette) -> DiffColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        # A dark base needs a stronger tint to show at all; text stays the palette's.
        amount = 0.42 if base.lightness() < 128 else 0.30
        return cls(text=text.name(), dim=_mix(text, base, 0.42),
                   removed=_mix(base, _RED, amount), added=_mix(base, _GREEN, amount))


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def spans_html(spans: Iterable[Span], colours: DiffColours, *, show: Sequence[str] = (
        EQUAL, DELETE, INSERT)) -> str:
    """Runs of words: removed ones struck through, added ones underlined, both tinted."""
    parts = []
    for op, text in spans:
        if op not in show:
            continue
        if op == DELETE:
            parts.append(f'<span style="background-color:{colours.removed}; '
                         f'text-decoration:line-through;">{_escaped(text)}</span>')
        elif op == INSERT:
            parts.append(f'<span style="background-color:{colours.added}; '
                         f'text-decoration:underline;">{_escaped(text)}</span>')
        else:
            parts.append(_escaped(text))
    return "".join(parts)


def _dimmed(text: str, colours: DiffColours) -> str:
    return f'<p style="color:{colours.dim};">{text}</p>'


def paragraphs_html(paragraphs: Sequence[ParagraphChange], colours: DiffColours,
                    show_all: bool) -> str:
    """A section's paragraphs; without ``show_all``, unchanged ones far from a change are
    folded into a note of how many there are."""
    changed = [i for i, p in enumerate(paragraphs) if p.kind != "same"]
    near = {j for i in changed for j in range(i - CONTEXT, i + CONTEXT + 1)}
    out: list[str] = []
    folded = 0

    def fold() -> None:
        nonlocal folded
        if folded:
            note = DiffWords().unchanged_paragraphs(folded)
            out.append(_dimmed(f"<i>{html.escape(note)}</i>", colours))
            folded = 0

    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind == "same":
            if show_all or index in near:
                fold()
                out.append(_dimmed(_escaped(paragraph.new), colours))
            else:
                folded += 1
            continue
        fold()
        out.append(f"<p>{spans_html(paragraph.spans, colours)}</p>")
    fold()
    return "".join(out)


def field_text(template: PlanTemplate, key: str, value: Any, language: str) -> str:
    """An action field's value as a person reads it: labels for choices, months and money
    in the locale's way, one line per row of a table."""
    try:
        spec = template.action_field(key)
    except KeyError:
        return "" if value is None else str(value)
    if spec.type == "table":
        return "\n".join(_row_text(template, spec, item, language)
                         for item in (value or ()) if isinstance(item, dict))
    if spec.type in ("choice", "multichoice", "month", "money"):
        return display_text(template, spec, value, language)
    return "" if value is None else str(value)


def _row_text(template: PlanTemplate, spec: FieldSpec, item: dict[str, Any],
              language: str) -> str:
    values = (display_text(template, f, item.get(f.key), language) for f in spec.item_fields
              if item.get(f.key) not in (None, "", []))
    return " · ".join(v for v in values if v)


def field_html(change: FieldChange, template: PlanTemplate, language: str,
               colours: DiffColours) -> str:
    """old → new, the removed words marked in the old value and the added ones in the new."""
    old = field_text(template, change.key, change.old, language)
    new = field_text(template, change.key, change.new, language)
    spans = text_spans(old, new)
    if not old:
        return spans_html(spans, colours, show=(EQUAL, INSERT))
    if not new:
        return spans_html(spans, colours, show=(EQUAL, DELETE))
    return (spans_html(spans, colours, show=(EQUAL, DELETE)) + " → "
            + spans_html(spans, colours, show=(EQUAL, INSERT)))


def action_change_label(change: str) -> str:
    return {"added": translate("VersionDiff", "added"),
            "removed": translate("VersionDiff", "removed"),
            "changed": translate("VersionDiff", "changed"),
            "same": translate("VersionDiff", "unchanged")}.get(change, change)


def action_heading(action: ActionComparison) -> str:
    name = " ".join(part for part in (action.code, action.title) if part)
    return name or translate("VersionDiff", "Action without a title")


def section_heading(template: PlanTemplate, key: str, language: str) -> str:
    try:
        spec = template.section(key)
    except KeyError:
        return key
    return f"{spec.number}. {spec.title(language)}"


def shown_sections(comparison: PlanComparison, show_all: bool) -> list[SectionComparison]:
    """The sections the document shows: the changed ones, or every one with text."""
    return [s for s in comparison.sections
            if s.changed or (show_all and any(p.old or p.new for p in s.paragraphs))]


def shown_actions(comparison: PlanComparison, show_all: bool) -> list[ActionComparison]:
    return [a for a in comparison.actions if show_all or a.change != "same"]


def comparison_html(comparison: PlanComparison, template: PlanTemplate, language: str,
                    colours: DiffColours, *, show_all: bool = False) -> str:
    out = [f'<html><body style="color:{colours.text};">']
    if comparison.title is not None:
        title = html.escape(translate("VersionDiff", "Plan title"))
        out.append(f'<h2><a name="{TITLE_ANCHOR}"></a>{title}</h2>')
        out.append(f"<p>{field_html(comparison.title, template, language, colours)}</p>")
    sections = shown_sections(comparison, show_all)
    actions = shown_actions(comparison, show_all)
    if not sections and not actions and comparison.title is None:
        nothing = html.escape(translate("VersionDiff", "No differences."))
        out.append(f"<p><i>{nothing}</i></p>")
    for section in sections:
        heading = html.escape(section_heading(template, section.key, language))
        out.append(f'<h2><a name="{section_anchor(section.key)}"></a>{heading}</h2>')
        if not section.changed:
            unchanged = html.escape(translate("VersionDiff", "Unchanged"))
            out.append(_dimmed(f"<i>{unchanged}</i>", colours))
        out.append(paragraphs_html(section.paragraphs, colours, show_all or not section.changed))
    if actions:
        actions_heading = html.escape(translate("VersionDiff", "Actions"))
        out.append(f"<h2>{actions_heading}</h2>")
    for action in actions:
        heading = html.escape(action_heading(action))
        label = html.escape(action_change_label(action.change))
        out.append(f'<h3><a name="{action_anchor(action.action_id)}"></a>{heading} '
                   f'<span style="color:{colours.dim};">({label})</span></h3>')
        if action.fields:
            out.append('<table cellspacing="0" cellpadding="3">')
            for change in action.fields:
                try:
                    name = template.action_field(change.key).label(language)
                except KeyError:
                    name = change.key
                out.append(f'<tr><td valign="top" style="color:{colours.dim};">'
                           f"{html.escape(name)}</td>"
                           f"<td>{field_html(change, template, language, colours)}</td></tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "".join(out)
