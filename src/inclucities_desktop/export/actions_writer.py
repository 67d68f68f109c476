"""The actions: a landscape overview table, then one block per action."""

from __future__ import annotations

from decimal import Decimal

from inclucities_core.budget import to_amount
from inclucities_core.model import Action
from inclucities_core.template import FieldSpec
from inclucities_desktop.export.context import WriterContext
from inclucities_desktop.export.field_values import shown_value, table_items
from inclucities_desktop.export.labels import format_amount
from inclucities_desktop.export.ooxml import paragraph, run
from inclucities_desktop.export.tables import build_table

# How wide a column of each field type is, relative to the others.
_COLUMN_WEIGHTS = {"text": 3.0, "longtext": 5.0, "choice": 2.2, "multichoice": 3.2,
                   "month": 1.9, "money": 2.1, "table": 3.0}
_NARROW_KEYS = {"code": 1.5, "title": 4.6}
# Fields shown in a block's heading or as the period, rather than in its detail table.
_HEADING_KEYS = ("code", "title")
_PERIOD_KEYS = ("start_month", "end_month")


def action_total(action: Action) -> Decimal:
    return sum((to_amount(line.get("amount_eur")) for line in table_items(action.get("funding"))),
               Decimal(0))


def action_heading_text(context: WriterContext, action: Action) -> str:
    code, title = action.code.strip(), " ".join(action.title.split())
    title = title or context.label("untitled_action")
    return f"{code} — {title}" if code else title


def write_overview(context: WriterContext, actions: tuple[Action, ...]) -> None:
    """The overview table of every action (the caller puts it in a landscape section)."""
    context.heading(context.label("actions_overview"), 2)
    if not actions:
        context.add(paragraph()).append(run(context.label("no_actions"), italic=True))
        return
    template, language = context.template, context.language
    columns = [spec for spec in template.action_fields if spec.in_table]
    header: list[str] = [spec.label(language) for spec in columns] + [context.label("budget_eur")]
    weights = [_NARROW_KEYS.get(s.key, _COLUMN_WEIGHTS[s.type]) for s in columns] + [2.1]
    rows = [
        [shown_value(template, spec, action.get(spec.key), language) for spec in columns]
        + [format_amount(action_total(action), language)]
        for action in actions
    ]
    right = frozenset({len(header) - 1})
    context.add(build_table(context.look(landscape=True, align_right=right), header, rows,
                            weights))


def write_details(context: WriterContext, actions: tuple[Action, ...]) -> None:
    if not actions:
        return
    context.heading(context.label("action_details"), 2)
    for action in actions:
        _write_action(context, action)


def _write_action(context: WriterContext, action: Action) -> None:
    template, language = context.template, context.language
    context.heading(action_heading_text(context, action), 3, numbered=False)
    facts: list[list[str]] = []
    long_texts: list[tuple[str, str]] = []
    tables: list[FieldSpec] = []
    for spec in template.action_fields:
        if spec.key in _HEADING_KEYS:
            continue
        if spec.type == "table":
            tables.append(spec)
        elif spec.type == "longtext":
            long_texts.append((spec.label(language), shown_value(
                template, spec, action.get(spec.key), language)))
        elif spec.key == _PERIOD_KEYS[0]:
            facts.append([context.label("period"), _period(context, action)])
        elif spec.key not in _PERIOD_KEYS:
            facts.append([spec.label(language),
                          shown_value(template, spec, action.get(spec.key), language)])
    facts = [[name, value or context.label("not_given")] for name, value in facts]
    context.add(build_table(context.look(), None, facts, [1.0, 2.6], label_column=True,
                            keep_together=True))
    for name, text in long_texts:
        if not text.strip():
            continue
        caption = context.add(paragraph(context.styles.caption, keep_next=True))
        caption.append(run(name))
        context.add(paragraph()).append(run(text))
    for spec in tables:
        _write_item_table(context, spec, table_items(action.get(spec.key)))


def _period(context: WriterContext, action: Action) -> str:
    template, language = context.template, context.language
    start, end = (shown_value(template, template.action_field(key), action.get(key), language)
                  if key in template.action_field_keys else "" for key in _PERIOD_KEYS)
    if start and end:
        return f"{start} – {end}"
    return start or end


def _write_item_table(context: WriterContext, spec: FieldSpec, items: list[dict[str, object]]
                      ) -> None:
    if not items:
        return
    template, language = context.template, context.language
    caption = context.add(paragraph(context.styles.caption, keep_next=True))
    caption.append(run(spec.label(language)))
    fields = spec.item_fields
    header = [f.label(language) for f in fields]
    rows = [[shown_value(template, f, item.get(f.key), language) for f in fields]
            for item in items]
    money = [i for i, f in enumerate(fields) if f.type == "money"]
    total_row = None
    if money:
        total_row = ["" for _ in fields]
        total_row[0] = context.label("total")
        for column in money:
            amount = sum((to_amount(item.get(fields[column].key)) for item in items), Decimal(0))
            total_row[column] = format_amount(amount, language)
    weights = [_COLUMN_WEIGHTS[f.type] for f in fields]
    context.add(build_table(context.look(align_right=frozenset(money)), header, rows, weights,
                            total_row=total_row, keep_together=len(rows) < 12))
