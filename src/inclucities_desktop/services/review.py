"""The review workflow of a plan: its status, the steps the user may take, the timeline.

A step is a ``transition`` record (docs/sync-protocol.md, "Review"): written here into the
``transitions`` table and the outbox; the server checks it against the plan's status when
it arrives, sets the new status and records who and when, and all of that comes back by
pull. Until then the step is ``pending`` and no further step is offered. A step the server
refused keeps its reason (``refused``) in the timeline. The rules are the core's
(inclucities_core.review); the app only offers and takes what they allow.

API (ReviewService(workspace)):
    state(plan_id) -> ReviewState           status, pending step, allowed steps, locked...
    allowed_actions(plan_id) -> list[ReviewAction]
    take_step(plan_id, action, note=None) -> ReviewStep    raises ReviewStepRefused
    timeline(plan_id) -> list[ReviewStep]   oldest first; pending and refused steps last
Action names: ReviewAction values ("submit", "endorse", "request-changes",
"submit-to-coordinator", "approve", "reopen"); the server's own step is "edit" (an edit
took the mentor's endorsement away).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from inclucities_core.model import PlanStatus
from inclucities_core.permissions import Relation, Role
from inclucities_core.review import ReviewAction, ReviewRefused, allowed_actions, next_status
from inclucities_core.sync_entities import TRANSITION
from inclucities_desktop.services import access
from inclucities_desktop.services.clock import new_id
from inclucities_desktop.services.errors import NotFoundError, ServiceError
from inclucities_desktop.services.record_values import write_local_record
from inclucities_desktop.store.schema import plans, transitions
from inclucities_desktop.store.workspace import Workspace

EDIT_STEP = "edit"  # recorded by the server when an edit takes the endorsement away
NOT_SIGNED_IN = "Review steps go through the sync server: sign in first."
STEP_PENDING = "A review step of this plan waits for the next sync."


class ReviewStepRefused(ServiceError):
    """The step may not be taken now; the message says why (the core's words)."""


@dataclass(frozen=True)
class ReviewStep:
    id: str
    plan_id: str
    action: str  # a ReviewAction value, or "edit"
    note: str | None
    from_status: str | None
    to_status: str | None
    actor_id: str | None
    actor_name: str
    at: str | None  # the server's time; None while pending
    pending: bool  # written here, not yet taken by the server
    refused: str | None  # the server's reason, when it refused the step


@dataclass(frozen=True)
class ReviewState:
    plan_id: str
    status: PlanStatus
    pending_step: ReviewStep | None
    allowed: tuple[ReviewAction, ...]  # empty while a step is pending
    locked: bool  # approved: content is read-only until a coordinator reopens it
    can_edit: bool
    can_comment: bool
    role: Role | None  # None: a workspace that never signed in
    relation: Relation


def _status(value: str) -> PlanStatus:
    try:
        return PlanStatus(value)
    except ValueError:
        return PlanStatus.DRAFT


def _step(row: Any) -> ReviewStep:
    return ReviewStep(
        id=row.id, plan_id=row.plan_id, action=row.action or "", note=row.note,
        from_status=row.from_status, to_status=row.to_status, actor_id=row.actor_id,
        actor_name=row.actor_name, at=row.at,
        pending=row.to_status is None and row.refused is None, refused=row.refused)


class ReviewService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def timeline(self, plan_id: str) -> list[ReviewStep]:
        with self.workspace.read() as connection:
            return self._timeline(connection, plan_id)

    def state(self, plan_id: str) -> ReviewState:
        with self.workspace.read() as connection:
            return self._state(connection, plan_id)

    def allowed_actions(self, plan_id: str) -> list[ReviewAction]:
        return list(self.state(plan_id).allowed)

    def take_step(self, plan_id: str, action: ReviewAction | str,
                  note: str | None = None) -> ReviewStep:
        """Record a review step to send with the next sync; refused here when the rules
        (or a step still pending) do not allow it."""
        try:
            step = ReviewAction(action)
        except ValueError:
            names = ", ".join(a.value for a in ReviewAction)
            raise ReviewStepRefused(f"Unknown review step {action!r}; one of {names}.") from None
        note = note.strip() if note and note.strip() else None
        with self.workspace.begin() as connection:
            state = self._state(connection, plan_id)
            if state.role is None:
                raise ReviewStepRefused(NOT_SIGNED_IN)
            if state.pending_step is not None:
                raise ReviewStepRefused(STEP_PENDING)
            deleted = connection.execute(
                select(plans.c.deleted_at).where(plans.c.id == plan_id)).scalar()
            if deleted is not None:
                raise ReviewStepRefused(
                    "This plan is deleted: restore it before a review step.")
            try:
                next_status(step, state.status, state.role, state.relation)
            except ReviewRefused as refusal:
                raise ReviewStepRefused(str(refusal)) from None
            bound = access.account(connection)
            assert bound is not None
            transition_id = new_id()
            pushed: dict[str, Any] = {"plan_id": plan_id, "action": step.value}
            if note is not None:
                pushed["note"] = note
            write_local_record(connection, TRANSITION, transition_id, plan_id, pushed, {
                "from_status": None, "actor_id": bound.user_id,
                "actor_name": bound.display_name})
            row = connection.execute(
                select(transitions).where(transitions.c.id == transition_id)).one()
            return _step(row)

    # -- helpers ---------------------------------------------------------------------------

    def _timeline(self, connection: Connection, plan_id: str) -> list[ReviewStep]:
        rows = connection.execute(select(transitions).where(
            transitions.c.plan_id == plan_id)).all()
        steps = [_step(row) for row in rows]
        return sorted(steps, key=lambda s: (s.at is None, s.at or "", s.id))

    def _state(self, connection: Connection, plan_id: str) -> ReviewState:
        row = connection.execute(select(plans.c.status).where(plans.c.id == plan_id)).first()
        if row is None:
            raise NotFoundError(f"No plan with id {plan_id}")
        status = _status(row.status)
        rights = access.plan_rights(connection, plan_id)
        pending = next((s for s in self._timeline(connection, plan_id) if s.pending), None)
        allowed: tuple[ReviewAction, ...] = ()
        if rights.role is not None and pending is None:
            allowed = tuple(allowed_actions(status, rights.role, rights.relation))
        return ReviewState(plan_id, status, pending, allowed, rights.locked, rights.edit,
                           rights.comment, rights.role, rights.relation)
