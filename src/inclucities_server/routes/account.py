"""GET /api/v1/me and /api/v1/directory: who is signed in, and the cities and pairs."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter

from inclucities_core.sync_protocol import CityOut, Directory, PairOut, UserOut
from inclucities_server.deps import CurrentUser, DbDep
from inclucities_server.errors import error_responses
from inclucities_server.routes.auth import user_out
from inclucities_server.tables import cities, pairs

router = APIRouter()


@router.get("/me", response_model=UserOut, summary="The signed-in user",
            responses=error_responses(401))
def me(user: CurrentUser) -> UserOut:
    return user_out(user)


@router.get("/directory", response_model=Directory, summary="Cities and mentor pairs",
            responses=error_responses(401))
def directory(user: CurrentUser, connection: DbDep) -> Directory:
    with connection.begin():
        city_rows = connection.execute(sa.select(cities).order_by(cities.c.name)).all()
        pair_rows = connection.execute(
            sa.select(pairs).order_by(pairs.c.mentor_city_id, pairs.c.mentee_city_id)).all()
    return Directory(
        cities=[CityOut(id=row.id, name=row.name, country=row.country,
                        association=row.association, language=row.language)
                for row in city_rows],
        pairs=[PairOut(mentor_city_id=row.mentor_city_id, mentee_city_id=row.mentee_city_id)
               for row in pair_rows],
    )
