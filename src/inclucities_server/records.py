"""Mentoring records in a push: comments, review steps (transitions) and named versions.

They are synced like plan content (field by field, with revisions) but follow their own
rules (docs/sync-protocol.md, "Mentoring records"): who may write which field, and what the
server adds. Who and when are always the server's: written as field values of their own,
with revisions of their own, so that every client receives them through pull.

A review step is checked against the plan's status at the moment it arrives; an accepted
one writes the plan's ``status`` (only the server writes it after creation) and takes a
snapshot of kind ``status``. A named snapshot records the revision reached when it arrives:
every change applied before it, and none after.
"""

from __future__ import annotations

import json
import uuid
from abc import abstractmethod
from typing import Any

from inclucities_core.model import PlanStatus
from inclucities_core.review import ReviewAction, ReviewRefused, next_status
from inclucities_core.sync_entities import COMMENT, DELETED_AT, PLAN, SNAPSHOT, TRANSITION
from inclucities_core.sync_protocol import ChangeIn, ChangeResult
from inclucities_core.template import PlanTemplate
from inclucities_server.access import UserAccess
from inclucities_server.push_types import Current, Key, PlanRow, Rejected
from inclucities_server.values import canonical

# The fields of a comment only its author may change; anyone who may comment on the plan
# may resolve or reopen it (``resolved_at``).
COMMENT_AUTHOR_FIELDS = ("body", DELETED_AT, "anchor", "parent_id")
EDIT_ACTION = "edit"  # the step the server takes when an edit loses the mentor's endorsement
KIND_NAMED = "named"
KIND_STATUS = "status"


class MentoringRecords:
    """The decisions about comments, transitions and snapshots; mixed into the push."""

    access: UserAccess
    moment: str
    current: dict[Key, Current]
    # The ``action`` of each transition in this push (the first one pushed), by id.
    pushed_action: dict[str, Any]
    # Records refused as a whole (a refused review step): their later fields share the reason.
    refused: dict[tuple[str, str], str]

    @abstractmethod
    def _settle(self, change: ChangeIn, plan: PlanRow, template: PlanTemplate,
                value_text: str) -> ChangeResult:
        """Apply, merge, keep unchanged or turn into a conflict (the common path)."""

    @abstractmethod
    def _store(self, key: Key, plan_id: str, value_text: str, change_id: str) -> Current:
        """Write one value with the next revision."""

    @abstractmethod
    def _last_revision(self) -> int:
        """The newest revision handed out so far."""

    def _status(self, plan: PlanRow) -> PlanStatus:
        stored = self.current.get((PLAN, plan.id, "status"))
        if stored is None:
            return PlanStatus.DRAFT
        try:
            return PlanStatus(json.loads(stored.value))
        except ValueError:
            return PlanStatus.DRAFT

    def _stored(self, entity: str, entity_id: str, field: str) -> Any:
        current = self.current.get((entity, entity_id, field))
        return None if current is None else json.loads(current.value)

    def _wrote(self, change: ChangeIn, before: Current | None) -> bool:
        after = self.current.get((change.entity, change.entity_id, change.field))
        return after is not None and (before is None or after.revision != before.revision)

    def _server_value(self, entity: str, entity_id: str, field: str, value: Any,
                      plan: PlanRow, change_id: str) -> Current:
        return self._store((entity, entity_id, field), plan.id, canonical(value), change_id)

    def _decide_record(self, change: ChangeIn, plan: PlanRow, template: PlanTemplate,
                       value_text: str) -> ChangeResult:
        if change.entity == COMMENT:
            return self._comment(change, plan, template, value_text)
        if change.entity == TRANSITION:
            return self._transition(change, plan, template, value_text)
        return self._snapshot(change, plan, template, value_text)

    # -- comments -----------------------------------------------------------------------

    def _comment(self, change: ChangeIn, plan: PlanRow, template: PlanTemplate,
                 value_text: str) -> ChangeResult:
        if not self.access.to_plan_of(plan.city_id).comment:
            raise Rejected("You may not comment on this plan.")
        author = self._stored(COMMENT, change.entity_id, "author_id")
        if (change.field in COMMENT_AUTHOR_FIELDS and author is not None
                and author != self.access.user.id):
            raise Rejected(f"Only the comment's author may change its {change.field}.")
        if change.field == "parent_id" and change.value is not None:
            parent_plan = self._stored(COMMENT, str(change.value), "plan_id")
            if parent_plan != plan.id:
                raise Rejected("A reply must answer a comment of the same plan "
                               "(push that comment first).")
        before = self.current.get((change.entity, change.entity_id, change.field))
        result = self._settle(change, plan, template, value_text)
        if not self._wrote(change, before):
            return result
        user = self.access.user
        if change.field == "plan_id" and author is None:
            for field, value in (("author_id", user.id), ("author_name", user.display_name),
                                 ("created_at", self.moment)):
                self._server_value(COMMENT, change.entity_id, field, value, plan,
                                   change.change_id)
        elif change.field == "body" and before is not None:
            self._server_value(COMMENT, change.entity_id, "edited_at", self.moment, plan,
                               change.change_id)
        return result

    # -- review steps -------------------------------------------------------------------

    def _transition(self, change: ChangeIn, plan: PlanRow, template: PlanTemplate,
                    value_text: str) -> ChangeResult:
        if not self.access.to_plan_of(plan.city_id).read:
            raise Rejected("You may not see this plan.")
        if plan.deleted_at is not None:
            raise Rejected("This plan is deleted: restore it before a review step.")
        record = (TRANSITION, change.entity_id)
        stored_action = self._stored(TRANSITION, change.entity_id, "action")
        if change.field == "plan_id":
            taken = stored_action is not None  # the action came first in this push
            if not taken and self.current.get((TRANSITION, change.entity_id, "plan_id")) is None:
                action = self.pushed_action.get(change.entity_id)
                if action is None:
                    raise Rejected("A review step's action must come in the same push as "
                                   "its plan_id.")
                try:
                    self._target(plan, action)  # refused now: refuse the whole step
                except Rejected as refusal:
                    self.refused[record] = str(refusal)
                    raise
            return self._settle(change, plan, template, value_text)
        if change.field == "note":
            actor = self._stored(TRANSITION, change.entity_id, "actor_id")
            if actor is not None and actor != self.access.user.id:
                raise Rejected("Only who took the review step may write its note.")
            return self._settle(change, plan, template, value_text)
        # The action itself: the step is taken once, here.
        if stored_action is not None:
            if canonical(stored_action) == value_text:
                return self._settle(change, plan, template, value_text)  # unchanged
            raise Rejected("A review step is taken once; push a new one instead.")
        target = self._target(plan, change.value)
        source = self._status(plan)
        result = self._settle(change, plan, template, value_text)
        self._record_step(change.entity_id, plan, source, target, change.change_id)
        return result

    def _target(self, plan: PlanRow, action_value: Any) -> PlanStatus:
        """The status the step leads to; Rejected when it is not allowed now."""
        if action_value == EDIT_ACTION:
            raise Rejected("The 'edit' step is recorded by the server when an edit takes "
                           "the mentor's endorsement away; it cannot be pushed.")
        try:
            action = ReviewAction(action_value)
        except ValueError:
            steps = ", ".join(step.value for step in ReviewAction)
            raise Rejected(f"Unknown review step {action_value!r}; one of {steps}.") from None
        relation = self.access.relation_to_plan_of(plan.city_id)
        try:
            return next_status(action, self._status(plan), self.access.user.role, relation)
        except ReviewRefused as refusal:
            raise Rejected(str(refusal)) from None

    def _record_step(self, transition_id: str, plan: PlanRow, source: PlanStatus,
                     target: PlanStatus, change_id: str) -> None:
        """The server's side of a step: who, when, from and to, the status, a snapshot."""
        user = self.access.user
        for field, value in (("from_status", source.value), ("to_status", target.value),
                             ("actor_id", user.id), ("actor_name", user.display_name),
                             ("at", self.moment)):
            self._server_value(TRANSITION, transition_id, field, value, plan, change_id)
        status = self._server_value(PLAN, plan.id, "status", target.value, plan, change_id)
        self._make_snapshot(plan, target.value, KIND_STATUS, status.revision, change_id)

    def _edit_step(self, plan: PlanRow, change_id: str) -> None:
        """An edit of content took the mentor's endorsement away: back to the mentor."""
        transition_id = str(uuid.uuid4())
        self._server_value(TRANSITION, transition_id, "plan_id", plan.id, plan, change_id)
        self._server_value(TRANSITION, transition_id, "action", EDIT_ACTION, plan, change_id)
        self._record_step(transition_id, plan, self._status(plan),
                          PlanStatus.SUBMITTED_TO_MENTOR, change_id)

    def _make_snapshot(self, plan: PlanRow, name: str, kind: str, revision: int,
                       change_id: str) -> None:
        snapshot_id = str(uuid.uuid4())
        self._server_value(SNAPSHOT, snapshot_id, "plan_id", plan.id, plan, change_id)
        self._server_value(SNAPSHOT, snapshot_id, "name", name, plan, change_id)
        self._snapshot_fields(snapshot_id, plan, kind, revision, change_id)

    def _snapshot_fields(self, snapshot_id: str, plan: PlanRow, kind: str, revision: int,
                         change_id: str) -> None:
        for field, value in (("kind", kind), ("revision", revision),
                             ("created_by", self.access.user.username),
                             ("created_at", self.moment)):
            self._server_value(SNAPSHOT, snapshot_id, field, value, plan, change_id)

    def _status_push(self, change: ChangeIn, plan: PlanRow, template: PlanTemplate,
                     value_text: str) -> ChangeResult:
        """A client sets ``status`` only when it creates a plan, in draft."""
        current = self.current.get((PLAN, plan.id, "status"))
        if (current is None and change.value == PlanStatus.DRAFT.value) or (
                current is not None and current.value == value_text):
            return self._settle(change, plan, template, value_text)
        raise Rejected("A plan's status changes through review steps (push a transition), "
                       "not directly; a new plan starts as draft.")

    # -- named snapshots ----------------------------------------------------------------

    def _snapshot(self, change: ChangeIn, plan: PlanRow, template: PlanTemplate,
                  value_text: str) -> ChangeResult:
        # Naming a version needs the right to comment: the plan's own team, its mentor and
        # the coordinators, who all take part in its review.
        if not self.access.to_plan_of(plan.city_id).comment:
            raise Rejected("You may not name a version of this plan.")
        if plan.deleted_at is not None:
            raise Rejected("This plan is deleted: restore it before naming a version.")
        if change.field == "name":
            if self._stored(SNAPSHOT, change.entity_id, "kind") == KIND_STATUS:
                raise Rejected("A status snapshot is named by the server.")
            creator = self._stored(SNAPSHOT, change.entity_id, "created_by")
            if creator is not None and creator != self.access.user.username:
                raise Rejected("Only who named this version may rename it.")
            return self._settle(change, plan, template, value_text)
        # plan_id: the snapshot is taken here, at the revision reached so far.
        new = self.current.get((SNAPSHOT, change.entity_id, "plan_id")) is None
        revision = self._last_revision()
        result = self._settle(change, plan, template, value_text)
        if new and self._wrote(change, None):
            self._snapshot_fields(change.entity_id, plan, KIND_NAMED, revision,
                                  change.change_id)
        return result
