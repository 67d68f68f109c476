"""Who may read, edit and comment on which plan (DOMAIN.md, "People and what they may do").

One rule table, used by the server on every pull and push and by the window to decide what
it offers. A plan is seen from a user's side as their own city's, their paired mentee
city's (the user's city mentors the plan's city), or unrelated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from inclucities_core.model import Pair


class Role(StrEnum):
    MEMBER = "member"  # a member of a city team (mentee or mentor city)
    COORDINATOR = "coordinator"  # CEMR and the national associations


class Relation(StrEnum):
    OWN = "own"
    PAIRED = "paired"  # the user's city is the mentor of the plan's city
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Access:
    read: bool
    edit: bool
    comment: bool


NO_ACCESS = Access(read=False, edit=False, comment=False)

_RULES: dict[tuple[Role, Relation], Access] = {
    (Role.MEMBER, Relation.OWN): Access(read=True, edit=True, comment=True),
    (Role.MEMBER, Relation.PAIRED): Access(read=True, edit=False, comment=True),
    (Role.MEMBER, Relation.UNRELATED): NO_ACCESS,
    # Coordinators read and comment on every plan and move it through review; the text
    # stays the city's own.
    (Role.COORDINATOR, Relation.OWN): Access(read=True, edit=False, comment=True),
    (Role.COORDINATOR, Relation.PAIRED): Access(read=True, edit=False, comment=True),
    (Role.COORDINATOR, Relation.UNRELATED): Access(read=True, edit=False, comment=True),
}


def relation_to(user_city_id: str | None, plan_city_id: str, pairs: Iterable[Pair]) -> Relation:
    """How a plan of ``plan_city_id`` stands to a user of ``user_city_id``."""
    if user_city_id is None:
        return Relation.UNRELATED
    if user_city_id == plan_city_id:
        return Relation.OWN
    for pair in pairs:
        if pair.mentor_city_id == user_city_id and pair.mentee_city_id == plan_city_id:
            return Relation.PAIRED
    return Relation.UNRELATED


def plan_access(role: Role, relation: Relation) -> Access:
    return _RULES[(role, relation)]


def readable_city_ids(
    role: Role, user_city_id: str | None, pairs: Iterable[Pair], all_city_ids: Iterable[str]
) -> frozenset[str]:
    """The cities whose plans the user may read."""
    pairs = tuple(pairs)
    return frozenset(
        city_id
        for city_id in all_city_ids
        if plan_access(role, relation_to(user_city_id, city_id, pairs)).read
    )
