"""Everything the window needs to show a plan, read in one call."""

from __future__ import annotations

from dataclasses import dataclass

from inclucities_core.completeness import section_completeness
from inclucities_core.model import Completeness, Plan, Section
from inclucities_core.template import PlanTemplate, load_template
from inclucities_desktop.services.workspace_services import WorkspaceServices


@dataclass(frozen=True)
class OpenedPlan:
    plan: Plan
    template: PlanTemplate
    sections: tuple[Section, ...]
    marks: dict[str, Completeness]
    city_name: str
    mentor_city_name: str | None


def open_plan(services: WorkspaceServices, plan_id: str) -> OpenedPlan:
    plan = services.plans.get(plan_id)
    template = load_template(plan.template_version)
    sections = tuple(services.plans.sections(plan_id))
    actions = services.actions.list(plan_id)
    marks = {
        s.key: section_completeness(template.section(s.key), s.text, actions) for s in sections
    }
    cities = {c.id: c.name for c in services.cities.list()}
    mentor = services.cities.mentor_of(plan.city_id)
    return OpenedPlan(
        plan=plan,
        template=template,
        sections=sections,
        marks=marks,
        city_name=cities.get(plan.city_id, plan.city_id),
        mentor_city_name=mentor.name if mentor else None,
    )


def section_marks(services: WorkspaceServices, plan_id: str) -> dict[str, Completeness]:
    return services.plans.completeness(plan_id)
