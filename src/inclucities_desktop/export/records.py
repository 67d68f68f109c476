"""The plain, immutable input of one export: everything the document shows, read beforehand."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from inclucities_core.budget import BudgetTotals, budget_totals
from inclucities_core.model import Action, City, Plan, Section


@dataclass(frozen=True)
class ExportComment:
    """A mentor's comment on a passage: anchored at ``quote`` (found between ``prefix``
    and ``suffix`` when it occurs more than once) in the section ``section_key``."""

    quote: str
    prefix: str
    suffix: str
    section_key: str
    author: str
    text: str
    created_at: str


@dataclass(frozen=True)
class StatusChange:
    """One step of the review workflow, for the review-log appendix."""

    status: str
    changed_by: str
    changed_at: str
    note: str = ""


@dataclass(frozen=True)
class PlanExport:
    """One plan, ready to be written as a Word document."""

    plan: Plan
    city: City | None
    mentor_city: City | None
    sections: tuple[Section, ...]
    actions: tuple[Action, ...]
    budget: BudgetTotals = field(default_factory=BudgetTotals)
    exported_on: str = ""  # ISO date of the export, shown on the cover
    comments: tuple[ExportComment, ...] = ()
    review_log: tuple[StatusChange, ...] = ()

    @classmethod
    def of(cls, plan: Plan, city: City | None, mentor_city: City | None,
           sections: tuple[Section, ...], actions: tuple[Action, ...],
           exported_on: str, **extra: object) -> PlanExport:
        """The record with its budget totals worked out from the actions."""
        return cls(plan, city, mentor_city, sections, actions, budget_totals(actions),
                   exported_on, **extra)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ExportOptions:
    """How to write it: ``reference_docx`` lends its styles, page set-up, header and footer."""

    reference_docx: Path | None = None
