"""The review workflow's table (DOMAIN.md), spelled out independently of the code."""

from __future__ import annotations

import itertools

import pytest

from inclucities_core.model import PlanStatus as S
from inclucities_core.permissions import Relation, Role
from inclucities_core.review import (
    ReviewAction as A,
)
from inclucities_core.review import (
    ReviewRefused,
    allowed_actions,
    is_locked,
    next_status,
    status_after_edit,
)

MEMBER_OWN = (Role.MEMBER, Relation.OWN)
MENTOR = (Role.MEMBER, Relation.PAIRED)
COORDINATOR = [(Role.COORDINATOR, relation) for relation in Relation]

# (action, from) -> (to, who may)
ALLOWED = {
    (A.SUBMIT, S.DRAFT): (S.SUBMITTED_TO_MENTOR, [MEMBER_OWN]),
    (A.SUBMIT, S.CHANGES_REQUESTED): (S.SUBMITTED_TO_MENTOR, [MEMBER_OWN]),
    (A.ENDORSE, S.SUBMITTED_TO_MENTOR): (S.ENDORSED, [MENTOR]),
    (A.REQUEST_CHANGES, S.SUBMITTED_TO_MENTOR): (S.CHANGES_REQUESTED, [MENTOR]),
    (A.SUBMIT_TO_COORDINATOR, S.ENDORSED): (S.SUBMITTED_TO_COORDINATOR, [MEMBER_OWN]),
    (A.REQUEST_CHANGES, S.SUBMITTED_TO_COORDINATOR): (S.CHANGES_REQUESTED, COORDINATOR),
    (A.APPROVE, S.SUBMITTED_TO_COORDINATOR): (S.APPROVED, COORDINATOR),
    (A.REOPEN, S.APPROVED): (S.DRAFT, COORDINATOR),
}

CASES = list(itertools.product(A, S, Role, Relation))


@pytest.mark.parametrize(("action", "status", "role", "relation"), CASES)
def test_every_step_from_every_status_for_every_user(action, status, role, relation):
    target, who = ALLOWED.get((action, status), (None, []))
    if (role, relation) in who:
        assert next_status(action, status, role, relation) is target
        assert action in allowed_actions(status, role, relation)
    else:
        with pytest.raises(ReviewRefused):
            next_status(action, status, role, relation)
        assert action not in allowed_actions(status, role, relation)


def test_an_edit_after_endorsement_asks_the_mentor_again():
    assert status_after_edit(S.ENDORSED) is S.SUBMITTED_TO_MENTOR
    assert status_after_edit(S.SUBMITTED_TO_COORDINATOR) is S.SUBMITTED_TO_MENTOR
    assert status_after_edit(S.DRAFT) is None
    assert status_after_edit(S.SUBMITTED_TO_MENTOR) is None


def test_only_an_approved_plan_is_locked():
    assert [s for s in S if is_locked(s)] == [S.APPROVED]
