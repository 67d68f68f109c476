"""The rule table of DOMAIN.md: who reads, edits and comments on which plan."""

from __future__ import annotations

import pytest

from inclucities_core.model import Pair
from inclucities_core.permissions import (
    Relation,
    Role,
    plan_access,
    readable_city_ids,
    relation_to,
)

PAIRS = (Pair("mechelen", "partinico"), Pair("brussels", "saint-jean"))

# (role, relation) -> (read, edit, comment)
MATRIX = {
    (Role.MEMBER, Relation.OWN): (True, True, True),
    (Role.MEMBER, Relation.PAIRED): (True, False, True),
    (Role.MEMBER, Relation.UNRELATED): (False, False, False),
    (Role.COORDINATOR, Relation.OWN): (True, False, True),
    (Role.COORDINATOR, Relation.PAIRED): (True, False, True),
    (Role.COORDINATOR, Relation.UNRELATED): (True, False, True),
}


@pytest.mark.parametrize(("role", "relation"), list(MATRIX))
def test_access_matrix(role, relation):
    access = plan_access(role, relation)
    assert (access.read, access.edit, access.comment) == MATRIX[(role, relation)]


def test_relations_follow_the_pairs_from_the_mentor_side_only():
    assert relation_to("partinico", "partinico", PAIRS) is Relation.OWN
    assert relation_to("mechelen", "partinico", PAIRS) is Relation.PAIRED
    # The mentee does not read its mentor city's plans, nor does another mentor.
    assert relation_to("partinico", "mechelen", PAIRS) is Relation.UNRELATED
    assert relation_to("brussels", "partinico", PAIRS) is Relation.UNRELATED
    assert relation_to(None, "partinico", PAIRS) is Relation.UNRELATED


def test_readable_cities_of_a_mentor_and_of_a_coordinator():
    everything = ["mechelen", "partinico", "brussels", "saint-jean"]
    mentor = readable_city_ids(Role.MEMBER, "mechelen", iter(PAIRS), everything)
    assert mentor == {"mechelen", "partinico"}
    assert readable_city_ids(Role.COORDINATOR, None, PAIRS, everything) == set(everything)
