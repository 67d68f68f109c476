"""Plan documents in and out: the whole plan as JSON, and JSON applied as ordinary edits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inclucities_core.document import plan_document, validate_document
from inclucities_core.template import LATEST_TEMPLATE_VERSION, load_template
from inclucities_desktop.services.actions import ActionService
from inclucities_desktop.services.errors import NotFoundError, ServiceError
from inclucities_desktop.services.plans import PlanService


@dataclass(frozen=True)
class ApplyResult:
    plan_id: str
    created: bool
    changed_fields: int


class DocumentService:
    def __init__(self, plans: PlanService, actions: ActionService) -> None:
        self.plans = plans
        self.actions = actions

    def show(self, plan_id: str) -> dict[str, Any]:
        plan = self.plans.get(plan_id)
        used = {s.key: s for s in self.plans.sections(plan_id)}
        # A section the plan's language leaves out still shows any text it holds (written
        # before a change of language, or by a document), so that no text is lost.
        sections = []
        for spec in load_template(plan.template_version).sections:
            section = used.get(spec.key) or self.plans.section(plan_id, spec.key)
            if spec.key in used or section.text:
                sections.append(section)
        return plan_document(plan, sections, self.actions.list(plan_id))

    def apply(self, document: Any) -> ApplyResult:
        """Apply a whole or partial plan document through the same calls typing makes.

        Only keys present in the document change anything; a value equal to the stored
        one records no edit. A new plan id creates the plan. Listing every action of the
        plan also sets their order.
        """
        validate_document(document, load_template)
        plan_id = document["id"]
        self._refuse_actions_of_other_plans(plan_id, document.get("actions", []))
        created = False
        changed = 0
        try:
            plan = self.plans.get(plan_id)
        except NotFoundError:
            missing = [k for k in ("title", "city", "language") if k not in document]
            if missing:
                raise ServiceError(
                    f"A new plan needs {', '.join(missing)} in the document"
                ) from None
            plan = self.plans.create(
                plan_id=plan_id, title=document["title"], city_id=document["city"],
                language=document["language"],
                template_version=document.get("template_version", LATEST_TEMPLATE_VERSION),
            )
            created = True
        if document.get("template_version", plan.template_version) != plan.template_version:
            raise ServiceError("A document cannot change a plan's template version")

        for doc_key, field in (("title", "title"), ("city", "city_id"),
                               ("language", "language"), ("status", "status")):
            if doc_key in document and getattr(plan, field) != document[doc_key]:
                self.plans.set_field(plan_id, field, document[doc_key])
                changed += 1
        if "in_trash" in document and document["in_trash"] != (plan.deleted_at is not None):
            (self.plans.move_to_trash if document["in_trash"] else self.plans.restore)(plan_id)
            changed += 1
        for key, text in document.get("sections", {}).items():
            changed += self.plans.set_section_text(plan_id, key, text)
        changed += self._apply_actions(plan_id, document.get("actions", []))
        return ApplyResult(plan_id, created, changed)

    def _apply_actions(self, plan_id: str, items: list[dict[str, Any]]) -> int:
        changed = 0
        existing = {a.id: a for a in self.actions.list(plan_id)}
        for item in items:
            action_id = item["id"]
            fields = {k: v for k, v in item.items() if k not in ("id", "deleted")}
            if item.get("deleted"):
                if action_id in existing:
                    self.actions.delete(action_id)
                    changed += 1
                continue
            if action_id in existing:
                for key, value in fields.items():
                    changed += self.actions.set_field(action_id, key, value)
            else:
                self._add_or_revive(plan_id, action_id, fields)
                changed += 1
        live = [i["id"] for i in items if not i.get("deleted")]
        current = [a.id for a in self.actions.list(plan_id)]
        if set(live) == set(current) and live != current:
            for index, action_id in enumerate(live):
                self.actions.move(action_id, index)
            changed += 1
        return changed

    def _refuse_actions_of_other_plans(self, plan_id: str, items: list[dict[str, Any]]) -> None:
        # Checked before the first edit, so that such a document changes nothing.
        for item in items:
            try:
                known = self.actions.get(item["id"])
            except NotFoundError:
                continue
            if known.plan_id != plan_id:
                raise ServiceError(f"Action {item['id']} belongs to another plan")

    def _add_or_revive(self, plan_id: str, action_id: str, fields: dict[str, Any]) -> None:
        try:
            known = self.actions.get(action_id)
        except NotFoundError:
            self.actions.add(plan_id, fields, action_id=action_id)
            return
        if known.plan_id != plan_id:
            raise ServiceError(f"Action {action_id} belongs to another plan")
        self.actions.restore(action_id)
        for key, value in fields.items():
            self.actions.set_field(action_id, key, value)
