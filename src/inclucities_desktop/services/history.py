"""Versions of a plan: list, name, fetch, compare and restore.

A version is a ``snapshot`` record (docs/sync-protocol.md, "Versions"): the server takes
one of kind ``status`` at every review step, and a person names one (kind ``named``), which
is written here and sent by the next sync. Its content is the plan as the server held it at
the snapshot's revision, fetched once through GET /plans/{id}/at/{revision} and kept in the
workspace (``version_contents``), so it opens offline afterwards. A restore is an ordinary
edit (services/plans.py, actions.py), recorded in the outbox and pushed like typing.

API (HistoryService(workspace, plans, actions, sync)):
    versions(plan_id) -> list[VersionInfo]               newest first; pending ones on top
    name_version(plan_id, name) -> VersionInfo
    version(snapshot_id) -> PlanVersion                  fetched once, then from the cache
    version_at(plan_id, revision) -> PlanVersion
    current(plan_id) -> PlanVersion                      the plan as it is in this workspace
    compare(old, new=None) -> PlanComparison             new None: against the plan now
    restore_section(plan_id, section_key, version) -> bool
    restore_action(plan_id, action_id, version) -> bool
    restore_plan(plan_id, version) -> int                the number of edits made
PlanVersion, PlanComparison, SectionComparison, ActionComparison, ParagraphChange and
FieldChange are in services/version_diff.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from inclucities_core.sync_entities import SNAPSHOT
from inclucities_core.template import load_template
from inclucities_desktop.services import access
from inclucities_desktop.services.actions import ActionService
from inclucities_desktop.services.clock import new_id, now
from inclucities_desktop.services.errors import NotFoundError, ServiceError
from inclucities_desktop.services.plans import PlanService
from inclucities_desktop.services.record_values import write_local_record
from inclucities_desktop.services.sync_service import SyncService
from inclucities_desktop.services.version_diff import (
    PlanComparison,
    PlanVersion,
    VersionAction,
    compare_versions,
)
from inclucities_desktop.store.schema import actions, sections, snapshots, version_contents
from inclucities_desktop.store.workspace import Workspace

NAMED, STATUS = "named", "status"


@dataclass(frozen=True)
class VersionInfo:
    id: str
    plan_id: str
    name: str  # a person's name for it, or the new status of a status snapshot
    kind: str  # "named" or "status"
    revision: int | None  # None while pending
    created_by: str | None
    created_at: str | None
    pending: bool  # named here, not yet taken by the server
    cached: bool  # its content is in the workspace: it opens offline


class HistoryService:
    def __init__(self, workspace: Workspace, plans: PlanService, actions: ActionService,
                 sync: SyncService) -> None:
        self.workspace = workspace
        self.plans = plans
        self.actions = actions
        self.sync = sync

    # -- the list ----------------------------------------------------------------------------

    def versions(self, plan_id: str) -> list[VersionInfo]:
        self.plans.get(plan_id)  # NotFoundError for an unknown plan
        with self.workspace.read() as connection:
            rows = connection.execute(select(snapshots).where(
                snapshots.c.plan_id == plan_id)).all()
            cached = set(connection.execute(select(version_contents.c.revision).where(
                version_contents.c.plan_id == plan_id)).scalars())
        infos = [VersionInfo(row.id, row.plan_id, row.name, row.kind or NAMED, row.revision,
                             row.created_by, row.created_at, row.revision is None,
                             row.revision in cached) for row in rows]
        return sorted(infos, key=lambda v: (v.revision is None, v.revision or 0,
                                            v.created_at or "", v.id), reverse=True)

    def name_version(self, plan_id: str, name: str) -> VersionInfo:
        """Name the plan as it is now; the server fixes its revision when the sync sends it."""
        if not name.strip():
            raise ServiceError("A version needs a name")
        snapshot_id = new_id()
        with self.workspace.begin() as connection:
            self.plans._get(connection, plan_id)
            if not access.plan_rights(connection, plan_id).comment:
                raise access.EditRefused("You may not name a version of this plan.")
            bound = access.account(connection)
            write_local_record(connection, SNAPSHOT, snapshot_id, plan_id,
                               {"plan_id": plan_id, "name": name.strip()},
                               {"kind": NAMED, "created_by": bound.username if bound else None})
        return next(v for v in self.versions(plan_id) if v.id == snapshot_id)

    # -- content -----------------------------------------------------------------------------

    def version(self, snapshot_id: str) -> PlanVersion:
        with self.workspace.read() as connection:
            row = connection.execute(select(snapshots).where(
                snapshots.c.id == snapshot_id)).first()
        if row is None:
            raise NotFoundError(f"No version with id {snapshot_id}")
        if row.revision is None:
            raise ServiceError("This version is not on the server yet: sync first.")
        return self.version_at(row.plan_id, row.revision)

    def version_at(self, plan_id: str, revision: int) -> PlanVersion:
        """The plan at ``revision``: from the workspace when fetched before, else the server."""
        with self.workspace.read() as connection:
            stored = connection.execute(select(version_contents.c.changes).where(
                version_contents.c.plan_id == plan_id,
                version_contents.c.revision == revision)).scalar()
        if stored is None:
            answer = self.sync.fetch_plan_at(plan_id, revision)
            stored = [change.model_dump(mode="json") for change in answer.changes]
            with self.workspace.begin() as connection:
                statement = insert(version_contents).values(
                    plan_id=plan_id, revision=revision, changes=stored, fetched_at=now())
                connection.execute(statement.on_conflict_do_nothing())
        return PlanVersion.from_changes(plan_id, revision, stored)

    def current(self, plan_id: str) -> PlanVersion:
        plan = self.plans.get(plan_id)
        with self.workspace.read() as connection:
            texts = {row.key: row.text for row in connection.execute(
                select(sections.c.key, sections.c.text).where(sections.c.plan_id == plan_id))}
            rows = connection.execute(
                select(actions).where(actions.c.plan_id == plan_id)).all()
        return PlanVersion(
            plan_id=plan_id, revision=None, title=plan.title, language=plan.language,
            sections={k: t for k, t in texts.items() if t},
            actions={r.id: VersionAction(r.id, r.position, r.deleted_at is not None,
                                         dict(r.fields)) for r in rows},
            template_version=plan.template_version)

    def compare(self, old: PlanVersion, new: PlanVersion | None = None) -> PlanComparison:
        """``old`` against ``new`` (default: the plan as it is now)."""
        new = new if new is not None else self.current(old.plan_id)
        return compare_versions(old, new, load_template(new.template_version))

    # -- restoring ---------------------------------------------------------------------------

    def restore_section(self, plan_id: str, section_key: str, version: PlanVersion) -> bool:
        """Put back one section's text as it was; returns False when it already is."""
        return self.plans.set_section_text(plan_id, section_key,
                                           version.sections.get(section_key, ""))

    def restore_action(self, plan_id: str, action_id: str, version: PlanVersion) -> bool:
        """Put back one action's fields (and whether it existed) as they were."""
        then = version.actions.get(action_id)
        try:
            current = self.actions.get(action_id)
        except NotFoundError:
            current = None
        if current is not None and current.plan_id != plan_id:
            raise ServiceError(f"Action {action_id} belongs to another plan")
        if then is None or then.deleted:
            if current is not None and current.deleted_at is None:
                self.actions.delete(action_id)
                return True
            return False
        template = load_template(version.template_version)
        fields = {k: v for k, v in then.fields.items() if k in template.action_field_keys}
        if current is None:
            self.actions.add(plan_id, fields, action_id=action_id)
            return True
        changed = False
        if current.deleted_at is not None:
            self.actions.restore(action_id)
            changed = True
        for key, value in fields.items():
            changed |= self.actions.set_field(action_id, key, value)
        return changed

    def restore_plan(self, plan_id: str, version: PlanVersion) -> int:
        """Put back the whole plan as it was: title, every section, every action, their
        order. Returns the number of things changed."""
        plan = self.plans.get(plan_id)
        changed = 0
        if version.title and plan.title != version.title:
            self.plans.set_field(plan_id, "title", version.title)
            changed += 1
        template = load_template(plan.template_version)
        keys = {spec.key for spec in template.sections} & (
            set(version.sections) | {s.key for s in self.plans.sections(plan_id)})
        for key in sorted(keys):
            changed += self.restore_section(plan_id, key, version)
        known = {a.id for a in self.actions.list(plan_id)} | set(version.actions)
        for action_id in sorted(known):
            changed += self.restore_action(plan_id, action_id, version)
        wanted = [a.id for a in version.live_actions()]
        if [a.id for a in self.actions.list(plan_id)] != wanted:
            for index, action_id in enumerate(wanted):
                self.actions.move(action_id, index)
            changed += 1
        return changed

