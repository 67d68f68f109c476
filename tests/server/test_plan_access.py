"""The permission table, enforced on every pull and push (SYNC.md, guarantee 7).

Each of member and coordinator (a coordinator given a city for the test, so that "own" and
"paired" exist for both roles) looks at three plans: their own city's (Mechelen), the
paired mentee's (Partinico, mentored by Mechelen) and an unrelated one (Livadia).
"""

from __future__ import annotations

import contextlib
import io

import pytest
from tests.support.changes import new_plan, push, section

from inclucities_core.permissions import Access, Relation, Role, plan_access
from inclucities_server.__main__ import main

CITY_OF = {Relation.OWN: "mechelen", Relation.PAIRED: "partinico", Relation.UNRELATED: "livadia"}
USER_OF = {Role.MEMBER: "member-mechelen", Role.COORDINATOR: "coordinator"}

# DOMAIN.md, "People and what they may do", written out once more on purpose.
EXPECTED = {
    (Role.MEMBER, Relation.OWN): Access(read=True, edit=True, comment=True),
    (Role.MEMBER, Relation.PAIRED): Access(read=True, edit=False, comment=True),
    (Role.MEMBER, Relation.UNRELATED): Access(read=False, edit=False, comment=False),
    (Role.COORDINATOR, Relation.OWN): Access(read=True, edit=False, comment=True),
    (Role.COORDINATOR, Relation.PAIRED): Access(read=True, edit=False, comment=True),
    (Role.COORDINATOR, Relation.UNRELATED): Access(read=True, edit=False, comment=True),
}


def test_the_table_read_edit_and_comment() -> None:
    for (role, relation), access in EXPECTED.items():
        assert plan_access(role, relation) == access, (role, relation)


@pytest.fixture
def plans(app_client, sign_in, seeded_database_url) -> dict[Relation, str]:
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["admin", "set-role", "coordinator", "--role", "coordinator",
                     "--city", "mechelen", "--database-url", seeded_database_url]) == 0
    made = {}
    for relation, city in CITY_OF.items():
        plan_id, changes = new_plan(city, title=f"Plan of {city}")
        results = push(app_client, sign_in(f"member-{city}"), changes)
        assert {r["outcome"] for r in results} == {"applied"}
        made[relation] = plan_id
    return made


@pytest.mark.parametrize("role", list(Role))
def test_pull_and_push_follow_the_table(app_client, sign_in, plans, role: Role) -> None:
    headers = sign_in(USER_OF[role])
    pulled = app_client.get("/api/v1/sync/pull", params={"after": 0}, headers=headers).json()
    seen_plans = {change["plan_id"] for change in pulled["changes"]}
    for relation, plan_id in plans.items():
        expected = EXPECTED[(role, relation)]
        assert (plan_id in seen_plans) == expected.read, (role, relation, "read")
        [result] = push(app_client, headers, [section(plan_id, "timeline", f"{role} was here")])
        outcome = "applied" if expected.edit else "rejected"
        assert result["outcome"] == outcome, (role, relation, "edit", result)
    # Only members create plans, and only for their own city.
    for city in ("mechelen", "livadia"):
        _, changes = new_plan(city)
        results = push(app_client, headers, changes)
        allowed = role is Role.MEMBER and city == "mechelen"
        assert {r["outcome"] for r in results} == {"applied" if allowed else "rejected"}


def test_a_new_pair_changes_the_access_key_and_restarts_the_pull(
        app_client, sign_in, plans, seeded_database_url) -> None:
    headers = sign_in("member-mechelen")
    first = app_client.get("/api/v1/sync/pull", params={"after": 0}, headers=headers).json()
    assert plans[Relation.UNRELATED] not in {c["plan_id"] for c in first["changes"]}
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["admin", "pair", "mechelen", "livadia",
                     "--database-url", seeded_database_url]) == 0
    again = app_client.get("/api/v1/sync/pull", headers=headers, params={
        "after": first["cursor"], "access_key": first["access_key"]}).json()
    assert again["reset"] is True
    assert again["access_key"] != first["access_key"]
    assert plans[Relation.UNRELATED] in {c["plan_id"] for c in again["changes"]}
    same = app_client.get("/api/v1/sync/pull", headers=headers, params={
        "after": again["cursor"], "access_key": again["access_key"]}).json()
    assert same["reset"] is False
    assert same["changes"] == []
