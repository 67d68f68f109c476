"""What one user may see and change: the permission table applied to the server's data."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from inclucities_core.model import Pair
from inclucities_core.permissions import (
    Access,
    Relation,
    plan_access,
    readable_city_ids,
    relation_to,
)
from inclucities_server.security import User
from inclucities_server.tables import cities, pairs


@dataclass(frozen=True)
class UserAccess:
    user: User
    pairs: tuple[Pair, ...]
    city_ids: frozenset[str]
    readable: frozenset[str]

    @property
    def reads_everything(self) -> bool:
        return self.readable == self.city_ids

    def to_plan_of(self, city_id: str) -> Access:
        return plan_access(self.user.role, self.relation_to_plan_of(city_id))

    def relation_to_plan_of(self, city_id: str) -> Relation:
        return relation_to(self.user.city_id, city_id, self.pairs)

    @property
    def key(self) -> str:
        """Changes whenever what the user may read changes (role, city or pairs)."""
        summary = [self.user.role.value, self.user.city_id, sorted(self.readable)]
        return hashlib.sha256(json.dumps(summary).encode()).hexdigest()[:32]


def load_access(connection: Connection, user: User) -> UserAccess:
    # One query, as every request of every user asks: each city with the cities it
    # mentors (a pair's mentor is a city, so every pair comes once).
    rows = connection.execute(
        sa.select(cities.c.id, pairs.c.mentee_city_id)
        .select_from(cities.outerjoin(pairs, pairs.c.mentor_city_id == cities.c.id))
    ).all()
    all_pairs = tuple(Pair(city_id, mentee) for city_id, mentee in rows if mentee is not None)
    city_ids = frozenset(city_id for city_id, _mentee in rows)
    readable = readable_city_ids(user.role, user.city_id, all_pairs, city_ids)
    return UserAccess(user, all_pairs, city_ids, readable)
