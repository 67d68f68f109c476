"""Budget totals derived from the funding lines of a plan's actions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from inclucities_core.model import Action


def to_amount(value: Any) -> Decimal:
    """A funding amount as a Decimal; anything unreadable counts as zero."""
    if isinstance(value, bool):
        return Decimal(0)
    try:
        amount = Decimal(str(value).strip() or "0")
    except (InvalidOperation, ValueError):
        return Decimal(0)
    return amount if amount.is_finite() else Decimal(0)


@dataclass(frozen=True)
class BudgetTotals:
    """Totals in EUR: overall, per funding status, per source and status, per EU area.

    An action that serves several EU areas counts in full under each of them, so the
    per-area figures can add up to more than the total.
    """

    total: Decimal = Decimal(0)
    by_status: dict[str, Decimal] = field(default_factory=dict)
    by_source: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    by_eu_area: dict[str, Decimal] = field(default_factory=dict)

    @property
    def secured(self) -> Decimal:
        return self.by_status.get("secured", Decimal(0))

    @property
    def not_secured(self) -> Decimal:
        return self.total - self.secured


def budget_totals(actions: Iterable[Action]) -> BudgetTotals:
    by_status: dict[str, Decimal] = defaultdict(Decimal)
    by_source: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    by_area: dict[str, Decimal] = defaultdict(Decimal)
    total = Decimal(0)
    for action in actions:
        if action.get("status") == "cancelled":
            continue
        action_total = Decimal(0)
        for line in action.get("funding") or ():
            if not isinstance(line, dict):
                continue
            amount = to_amount(line.get("amount_eur"))
            status = str(line.get("status") or "planned")
            source = str(line.get("source") or "other_eu")
            by_status[status] += amount
            by_source[source][status] += amount
            action_total += amount
        total += action_total
        for area in action.get("eu_areas") or ():
            by_area[str(area)] += action_total
    return BudgetTotals(
        total=total,
        by_status=dict(by_status),
        by_source={k: dict(v) for k, v in by_source.items()},
        by_eu_area=dict(by_area),
    )
