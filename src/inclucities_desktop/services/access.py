"""What the workspace's account may do with a plan, checked before any local write.

The server checks every push (inclucities_core.permissions, review); the app checks the
same rules first, so a mentor's edit of a mentee's text or an edit of an approved plan is
refused at once with the server's own words, instead of being queued and refused later.

A workspace that never signed in is the user's own: everything is allowed there (a plan's
status is a plain field there, set directly, with no coordinator to reopen it), and so it
is for the sample plans, which never sync.

API:
    plan_rights(connection, plan_id) -> PlanRights       (read, edit, comment, role, relation)
    check_can_edit(connection, plan_id) -> None          raises EditRefused
    check_can_comment(connection, plan_id) -> None       raises EditRefused
    check_can_create(connection, city_id) -> None        raises EditRefused
    check_status_change(connection) -> None              raises EditRefused (bound workspace)
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from inclucities_core.model import Pair, PlanStatus
from inclucities_core.permissions import Relation, Role, plan_access, relation_to
from inclucities_core.review import is_locked
from inclucities_desktop.services import sync_state
from inclucities_desktop.services.errors import NotFoundError, ServiceError
from inclucities_desktop.services.sync_state import Account
from inclucities_desktop.store.schema import pairs, plans

# The server's reasons, word for word (docs/sync-protocol.md).
READ_ONLY = "You may not change this plan (your role allows reading it only)."
APPROVED = "This plan is approved and read-only until a coordinator reopens it."
NO_COMMENT = "You may not comment on this plan."
CREATE_OWN_CITY = "A plan can only be created by a member of its own city."
STATUS_BY_REVIEW = ("A plan's status changes through review steps (push a transition), "
                    "not directly; a new plan starts as draft.")


class EditRefused(ServiceError):
    """The account may not make this change; the message is the server's reason."""


@dataclass(frozen=True)
class PlanRights:
    read: bool
    edit: bool  # change the plan's content (false while it is approved)
    comment: bool
    role: Role | None  # None: a workspace that never signed in (or a sample plan)
    relation: Relation
    locked: bool  # approved: read-only until a coordinator reopens it


def account(connection: Connection) -> Account | None:
    return sync_state.bound_account(connection)


def directory_pairs(connection: Connection) -> list[Pair]:
    return [Pair(row.mentor_city_id, row.mentee_city_id)
            for row in connection.execute(select(pairs))]


def role_and_relation(connection: Connection, city_id: str) -> tuple[Role, Relation] | None:
    """How the account stands to a plan of ``city_id`` (None: no account)."""
    bound = account(connection)
    if bound is None:
        return None
    try:
        role = Role(bound.role)
    except ValueError:
        role = Role.MEMBER
    return role, relation_to(bound.city_id, city_id, directory_pairs(connection))


def plan_rights(connection: Connection, plan_id: str) -> PlanRights:
    row = connection.execute(
        select(plans.c.city_id, plans.c.status).where(plans.c.id == plan_id)).first()
    if row is None:
        raise NotFoundError(f"No plan with id {plan_id}")
    standing = None if plan_id in sync_state.sample_plan_ids(connection) else (
        role_and_relation(connection, row.city_id))
    if standing is None:
        return PlanRights(True, True, True, None, Relation.OWN, False)
    locked = _locked(row.status)
    role, relation = standing
    access = plan_access(role, relation)
    return PlanRights(access.read, access.edit and not locked, access.comment, role,
                      relation, locked)


def _locked(status: str) -> bool:
    try:
        return is_locked(PlanStatus(status))
    except ValueError:
        return False


def check_can_edit(connection: Connection, plan_id: str) -> None:
    """Refuse a change of the plan's content the server would refuse."""
    rights = plan_rights(connection, plan_id)
    if rights.role is not None and not plan_access(rights.role, rights.relation).edit:
        raise EditRefused(READ_ONLY)
    if rights.locked:
        raise EditRefused(APPROVED)


def check_can_comment(connection: Connection, plan_id: str) -> None:
    if not plan_rights(connection, plan_id).comment:
        raise EditRefused(NO_COMMENT)


def check_can_create(connection: Connection, city_id: str) -> None:
    bound = account(connection)
    if bound is not None and (bound.role != Role.MEMBER.value or bound.city_id != city_id):
        raise EditRefused(CREATE_OWN_CITY)


def check_status_change(connection: Connection) -> None:
    """Only a workspace that never signed in sets a status directly (review does, else)."""
    if account(connection) is not None:
        raise EditRefused(STATUS_BY_REVIEW)
