"""Budget summaries (by source and funding status, by EU area) and the indicator table."""

from __future__ import annotations

from decimal import Decimal

from inclucities_core.budget import BudgetTotals
from inclucities_core.model import Action
from inclucities_desktop.export.context import WriterContext
from inclucities_desktop.export.field_values import shown_value, table_items
from inclucities_desktop.export.labels import format_amount
from inclucities_desktop.export.ooxml import paragraph, run
from inclucities_desktop.export.tables import build_table


def _note(context: WriterContext, key: str) -> None:
    context.add(paragraph(context.styles.small)).append(run(context.label(key), italic=True))


def write_budget(context: WriterContext, totals: BudgetTotals) -> None:
    template, language = context.template, context.language
    context.heading(context.label("budget_by_source"), 2)
    if not totals.total and not totals.by_source:
        _note(context, "no_funding")
        return
    statuses = template.choices.get("funding_status", ())
    header = [context.label("source")] + [c.label(language) for c in statuses]
    header.append(context.label("total"))
    rows = []
    for source in template.choices.get("funding_source", ()):
        amounts = totals.by_source.get(source.value)
        if not amounts:
            continue
        cells = [amounts.get(status.value, Decimal(0)) for status in statuses]
        rows.append([source.label(language)]
                    + [format_amount(a, language) for a in cells]
                    + [format_amount(sum(amounts.values(), Decimal(0)), language)])
    known = {c.value for c in template.choices.get("funding_source", ())}
    for source_key, amounts in totals.by_source.items():
        if source_key not in known:  # a source the template no longer lists still counts
            rows.append([source_key] + [format_amount(amounts.get(s.value, Decimal(0)), language)
                                    for s in statuses]
                        + [format_amount(sum(amounts.values(), Decimal(0)), language)])
    total = ([context.label("total")]
             + [format_amount(totals.by_status.get(s.value, Decimal(0)), language)
                for s in statuses] + [format_amount(totals.total, language)])
    right = frozenset(range(1, len(header)))
    context.add(build_table(context.look(align_right=right), header, rows,
                            [3.0] + [1.6] * (len(header) - 1), total_row=total))
    _note(context, "cancelled_note")

    context.heading(context.label("budget_by_area"), 2)
    area_rows = [[area.label(language),
                  format_amount(totals.by_eu_area.get(area.value, Decimal(0)), language)]
                 for area in template.choices.get("eu_area", ())]
    context.add(build_table(context.look(align_right=frozenset({1})),
                            [context.label("area"), context.label("budget_eur")], area_rows,
                            [3.0, 1.6]))
    _note(context, "area_note")


def write_indicators(context: WriterContext, actions: tuple[Action, ...]) -> None:
    """Every action's indicators in one table, for monitoring."""
    template, language = context.template, context.language
    context.heading(context.label("indicators_overview"), 2)
    if "indicators" not in template.action_field_keys:
        return
    spec = template.action_field("indicators")
    rows = [
        [action.code] + [shown_value(template, f, item.get(f.key), language)
                         for f in spec.item_fields]
        for action in actions for item in table_items(action.get("indicators"))
    ]
    if not rows:
        _note(context, "no_indicators")
        return
    header = [context.label("action")] + [f.label(language) for f in spec.item_fields]
    weights = [1.2] + [3.0 if f.key in ("name", "data_source") else 1.6 for f in spec.item_fields]
    context.add(build_table(context.look(), header, rows, weights))
