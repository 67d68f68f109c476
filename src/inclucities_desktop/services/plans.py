"""Plans and their sections: create, edit, trash and restore."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects.sqlite import insert

from inclucities_core.completeness import section_completeness
from inclucities_core.model import Completeness, Plan, PlanStatus, PlanSummary, Section
from inclucities_core.sync_entities import PLAN, SECTION, section_entity_id
from inclucities_core.template import LANGUAGES, LATEST_TEMPLATE_VERSION, load_template
from inclucities_desktop.services import access, search_index
from inclucities_desktop.services.clock import new_id, now
from inclucities_desktop.services.errors import AmbiguousIdError, NotFoundError, ServiceError
from inclucities_desktop.services.outbox import record_change
from inclucities_desktop.store.schema import cities, plans, sections
from inclucities_desktop.store.workspace import Workspace

# Plan fields a user edits directly; ``status`` only in a workspace that never signed in
# (elsewhere it moves through review steps, services/review.py).
EDITABLE_PLAN_FIELDS = ("title", "city_id", "language", "status")


def _plan(row: Any) -> Plan:
    return Plan(
        id=row.id, title=row.title, city_id=row.city_id, language=row.language,
        status=row.status, template_version=row.template_version,
        created_at=row.created_at, updated_at=row.updated_at, deleted_at=row.deleted_at,
    )


def touch_plan(connection: Connection, plan_id: str, when: str) -> None:
    connection.execute(update(plans).where(plans.c.id == plan_id).values(updated_at=when))


class PlanService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- reading ---------------------------------------------------------------------

    def list_plans(self, *, deleted: bool = False) -> list[PlanSummary]:
        """Plans in use (or, with ``deleted``, those in the trash), newest change first."""
        condition = plans.c.deleted_at.is_not(None) if deleted else plans.c.deleted_at.is_(None)
        query = (
            select(
                plans.c.id, plans.c.title, plans.c.city_id,
                func.coalesce(cities.c.name, plans.c.city_id).label("city_name"),
                plans.c.language, plans.c.status, plans.c.updated_at, plans.c.deleted_at,
            )
            .select_from(plans.outerjoin(cities, cities.c.id == plans.c.city_id))
            .where(condition)
            .order_by(plans.c.updated_at.desc())
        )
        with self.workspace.read() as connection:
            return [PlanSummary(*row) for row in connection.execute(query)]

    def get(self, plan_id: str) -> Plan:
        with self.workspace.read() as connection:
            return self._get(connection, plan_id)

    def _get(self, connection: Connection, plan_id: str) -> Plan:
        row = connection.execute(select(plans).where(plans.c.id == plan_id)).first()
        if row is None:
            raise NotFoundError(f"No plan with id {plan_id}")
        return _plan(row)

    def rights(self, plan_id: str) -> access.PlanRights:
        """What the workspace's account may do with the plan (read, edit, comment, locked)."""
        with self.workspace.read() as connection:
            return access.plan_rights(connection, plan_id)

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of the plan whose id is, or starts with, the given text."""
        prefix = id_or_prefix.strip()
        if not prefix:
            raise NotFoundError("No plan id given")
        with self.workspace.read() as connection:
            ids: Sequence[str] = connection.execute(
                select(plans.c.id).where(plans.c.id.startswith(prefix, autoescape=True)).limit(3)
            ).scalars().all()
        if prefix in ids:
            return prefix
        if not ids:
            raise NotFoundError(f"No plan id starts with {prefix!r}")
        if len(ids) > 1:
            raise AmbiguousIdError(f"More than one plan id starts with {prefix!r}")
        return ids[0]

    def sections(self, plan_id: str) -> list[Section]:
        """The sections of a plan in template order (only those its language uses)."""
        with self.workspace.read() as connection:
            plan = self._get(connection, plan_id)
            rows = connection.execute(
                select(sections).where(sections.c.plan_id == plan_id)
            ).all()
        by_key = {row.key: Section(row.plan_id, row.key, row.text, row.updated_at) for row in rows}
        template = load_template(plan.template_version)
        return [
            by_key.get(spec.key) or Section(plan_id, spec.key, "", plan.created_at)
            for spec in template.sections_for(plan.language)
        ]

    def section(self, plan_id: str, key: str) -> Section:
        with self.workspace.read() as connection:
            row = connection.execute(
                select(sections).where(sections.c.plan_id == plan_id, sections.c.key == key)
            ).first()
            if row is None:
                plan = self._get(connection, plan_id)
                return Section(plan_id, key, "", plan.created_at)
        return Section(row.plan_id, row.key, row.text, row.updated_at)

    def completeness(self, plan_id: str) -> dict[str, Completeness]:
        """The navigator's mark for each section of the plan."""
        from inclucities_desktop.services.actions import ActionService

        plan = self.get(plan_id)
        template = load_template(plan.template_version)
        plan_actions = ActionService(self.workspace).list(plan_id)
        return {
            section.key: section_completeness(
                template.section(section.key), section.text, plan_actions
            )
            for section in self.sections(plan_id)
        }

    # -- writing ---------------------------------------------------------------------

    def create(
        self,
        *,
        city_id: str,
        title: str,
        language: str,
        template_version: int = LATEST_TEMPLATE_VERSION,
        plan_id: str | None = None,
    ) -> Plan:
        if language not in LANGUAGES:
            raise ServiceError(f"Unknown language {language!r}")
        if not title.strip():
            raise ServiceError("A plan needs a title")
        load_template(template_version)  # refuses an unknown version
        plan_id = plan_id or new_id()
        when = now()
        values = {
            "title": title, "city_id": city_id, "language": language,
            "status": PlanStatus.DRAFT.value, "template_version": template_version,
        }
        with self.workspace.begin() as connection:
            exists = connection.execute(select(plans.c.id).where(plans.c.id == plan_id)).first()
            if exists:
                raise ServiceError(f"A plan with id {plan_id} exists already")
            access.check_can_create(connection, city_id)
            connection.execute(
                plans.insert().values(id=plan_id, created_at=when, updated_at=when, **values)
            )
            for field, value in values.items():
                record_change(connection, PLAN, plan_id, field, value)
            search_index.index_entry(connection, plan_id, "plan", "", title)
        return self.get(plan_id)

    def set_field(self, plan_id: str, field: str, value: Any) -> None:
        if field not in EDITABLE_PLAN_FIELDS:
            raise ServiceError(f"A plan has no editable field {field!r}")
        if field == "language" and value not in LANGUAGES:
            raise ServiceError(f"Unknown language {value!r}")
        if field == "status" and value not in {s.value for s in PlanStatus}:
            raise ServiceError(f"Unknown status {value!r}")
        with self.workspace.begin() as connection:
            current = self._get(connection, plan_id)
            if getattr(current, field) == value:
                return
            if field == "status":
                access.check_status_change(connection)  # only where nothing syncs
            else:
                access.check_can_edit(connection, plan_id)
            connection.execute(
                update(plans).where(plans.c.id == plan_id)
                .values({field: value, "updated_at": now()})
            )
            record_change(connection, PLAN, plan_id, field, value)
            if field == "title":
                search_index.index_entry(connection, plan_id, "plan", "", value)

    def set_section_text(self, plan_id: str, key: str, text: str) -> bool:
        """Store a section's Markdown; returns False when it was unchanged."""
        with self.workspace.begin() as connection:
            plan = self._get(connection, plan_id)
            load_template(plan.template_version).section(key)  # refuses unknown keys
            current = connection.execute(
                select(sections.c.text).where(sections.c.plan_id == plan_id, sections.c.key == key)
            ).scalar()
            if (current or "") == text:
                return False
            access.check_can_edit(connection, plan_id)
            when = now()
            statement = insert(sections).values(
                plan_id=plan_id, key=key, text=text, updated_at=when)
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=[sections.c.plan_id, sections.c.key],
                    set_={"text": text, "updated_at": when},
                )
            )
            touch_plan(connection, plan_id, when)
            record_change(connection, SECTION, section_entity_id(plan_id, key), "text", text)
            search_index.index_entry(connection, plan_id, "section", key, text)
        return True

    def move_to_trash(self, plan_id: str) -> None:
        self._set_deleted(plan_id, now())

    def restore(self, plan_id: str) -> None:
        self._set_deleted(plan_id, None)

    def _set_deleted(self, plan_id: str, when: str | None) -> None:
        # A deletion is a tombstone: the plan stays, marked, so the deletion can sync.
        with self.workspace.begin() as connection:
            plan = self._get(connection, plan_id)
            if (plan.deleted_at is None) == (when is None):
                return
            access.check_can_edit(connection, plan_id)
            connection.execute(
                update(plans).where(plans.c.id == plan_id).values(deleted_at=when)
            )
            record_change(connection, PLAN, plan_id, "deleted_at", when)
