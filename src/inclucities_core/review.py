"""The review workflow of DOMAIN.md: which step each role may take from each status.

Draft -> Submitted for mentor review -> Changes requested | Endorsed by mentor ->
Submitted to coordinator -> Approved (locked) -> reopened by a coordinator if needed.
The server applies these rules to every transition it receives; the window and the command
line use them to offer only the steps a user may take.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from inclucities_core.model import PlanStatus
from inclucities_core.permissions import Relation, Role


class ReviewAction(StrEnum):
    SUBMIT = "submit"
    ENDORSE = "endorse"
    REQUEST_CHANGES = "request-changes"
    SUBMIT_TO_COORDINATOR = "submit-to-coordinator"
    APPROVE = "approve"
    REOPEN = "reopen"


class ReviewRefused(Exception):
    """The step is not allowed for this user or from this status; the message says why."""


@dataclass(frozen=True)
class _Step:
    action: ReviewAction
    source: PlanStatus
    target: PlanStatus
    role: Role
    relation: Relation | None  # None: any relation (coordinators act on every plan)


_S = PlanStatus
_STEPS = (
    _Step(ReviewAction.SUBMIT, _S.DRAFT, _S.SUBMITTED_TO_MENTOR, Role.MEMBER, Relation.OWN),
    _Step(ReviewAction.SUBMIT, _S.CHANGES_REQUESTED, _S.SUBMITTED_TO_MENTOR, Role.MEMBER,
          Relation.OWN),
    _Step(ReviewAction.ENDORSE, _S.SUBMITTED_TO_MENTOR, _S.ENDORSED, Role.MEMBER,
          Relation.PAIRED),
    _Step(ReviewAction.REQUEST_CHANGES, _S.SUBMITTED_TO_MENTOR, _S.CHANGES_REQUESTED,
          Role.MEMBER, Relation.PAIRED),
    _Step(ReviewAction.SUBMIT_TO_COORDINATOR, _S.ENDORSED, _S.SUBMITTED_TO_COORDINATOR,
          Role.MEMBER, Relation.OWN),
    _Step(ReviewAction.REQUEST_CHANGES, _S.SUBMITTED_TO_COORDINATOR, _S.CHANGES_REQUESTED,
          Role.COORDINATOR, None),
    _Step(ReviewAction.APPROVE, _S.SUBMITTED_TO_COORDINATOR, _S.APPROVED, Role.COORDINATOR,
          None),
    _Step(ReviewAction.REOPEN, _S.APPROVED, _S.DRAFT, Role.COORDINATOR, None),
)

# A change of the plan's content in these states takes the mentor's endorsement away: the
# plan goes back to the mentor ("an edit after a mentor's endorsement asks for it again").
_ENDORSEMENT_LOST_BY_EDIT = (_S.ENDORSED, _S.SUBMITTED_TO_COORDINATOR)


def _fits(step: _Step, role: Role, relation: Relation) -> bool:
    return step.role is role and (step.relation is None or step.relation is relation)


def allowed_actions(status: PlanStatus, role: Role, relation: Relation) -> list[ReviewAction]:
    """The steps this user may take on a plan in ``status``, in workflow order."""
    return [s.action for s in _STEPS if s.source is status and _fits(s, role, relation)]


def next_status(
    action: ReviewAction, status: PlanStatus, role: Role, relation: Relation
) -> PlanStatus:
    """The status after ``action``; raises ReviewRefused when the user may not take it."""
    candidates = [s for s in _STEPS if s.action is action and s.source is status]
    if not candidates:
        raise ReviewRefused(f"A plan that is {status.value} cannot be sent to '{action.value}'.")
    for step in candidates:
        if _fits(step, role, relation):
            return step.target
    raise ReviewRefused(f"Your role may not '{action.value}' this plan.")


def status_after_edit(status: PlanStatus) -> PlanStatus | None:
    """The status an edit of the plan's content moves it to, or None when it stays."""
    return PlanStatus.SUBMITTED_TO_MENTOR if status in _ENDORSEMENT_LOST_BY_EDIT else None


def is_locked(status: PlanStatus) -> bool:
    """An approved plan is read-only until a coordinator reopens it."""
    return status is PlanStatus.APPROVED
