"""Cities and mentor -> mentee pairs known to this workspace."""

from __future__ import annotations

import builtins

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from inclucities_core.model import City, Pair
from inclucities_desktop.store.schema import cities, pairs
from inclucities_desktop.store.workspace import Workspace


class CityService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def list(self) -> builtins.list[City]:
        with self.workspace.read() as connection:
            rows = connection.execute(select(cities).order_by(cities.c.name))
            return [City(r.id, r.name, r.country, r.association, r.language) for r in rows]

    def pairs(self) -> builtins.list[Pair]:
        with self.workspace.read() as connection:
            rows = connection.execute(select(pairs))
            return [Pair(r.mentor_city_id, r.mentee_city_id) for r in rows]

    def mentor_of(self, city_id: str) -> City | None:
        by_id = {c.id: c for c in self.list()}
        for pair in self.pairs():
            if pair.mentee_city_id == city_id:
                return by_id.get(pair.mentor_city_id)
        return None

    def save(self, city: City) -> None:
        """Add the city, or update it when its id is known."""
        values = {
            "name": city.name, "country": city.country,
            "association": city.association, "language": city.language,
        }
        statement = insert(cities).values(id=city.id, **values)
        with self.workspace.begin() as connection:
            connection.execute(statement.on_conflict_do_update(
                index_elements=[cities.c.id], set_=values
            ))

    def pair(self, mentor_city_id: str, mentee_city_id: str) -> None:
        statement = insert(pairs).values(
            mentor_city_id=mentor_city_id, mentee_city_id=mentee_city_id
        )
        with self.workspace.begin() as connection:
            connection.execute(statement.on_conflict_do_nothing())
