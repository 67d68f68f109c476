"""The coordinator's overview: every plan the workspace holds, with where it stands.

API:
    plan_overview(services) -> list[OverviewRow]    plans in use, newest change first
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from inclucities_core.model import Completeness
from inclucities_desktop.store.schema import comments, transitions

if TYPE_CHECKING:
    from inclucities_desktop.services.workspace_services import WorkspaceServices


@dataclass(frozen=True)
class OverviewRow:
    plan_id: str
    title: str
    city_id: str
    city_name: str
    mentor_city_id: str | None
    mentor_city_name: str | None
    status: str
    step_pending: bool  # a review step written here waits for the next sync
    sections_complete: int
    sections_started: int
    sections_total: int
    open_comments: int  # unresolved threads
    unread_comments: int
    last_change: str  # ISO 8601 UTC: content, comments or review steps, the latest


def plan_overview(services: WorkspaceServices) -> list[OverviewRow]:
    cities = {city.id: city for city in services.cities.list()}
    mentors = {pair.mentee_city_id: pair.mentor_city_id for pair in services.cities.pairs()}
    open_counts = services.comments.open_counts()
    unread = services.comments.unread_counts()
    with services.workspace.read() as connection:
        last_comment = dict(connection.execute(
            select(comments.c.plan_id, func.max(comments.c.created_at))
            .group_by(comments.c.plan_id)).all())
        last_step = dict(connection.execute(
            select(transitions.c.plan_id, func.max(transitions.c.at))
            .group_by(transitions.c.plan_id)).all())
        pending = set(connection.execute(select(transitions.c.plan_id).where(
            transitions.c.to_status.is_(None), transitions.c.refused.is_(None))).scalars())
    rows = []
    for plan in services.plans.list_plans():
        marks = list(services.plans.completeness(plan.id).values())
        mentor = mentors.get(plan.city_id)
        last = max(filter(None, (plan.updated_at, last_comment.get(plan.id),
                                 last_step.get(plan.id))))
        rows.append(OverviewRow(
            plan_id=plan.id, title=plan.title, city_id=plan.city_id, city_name=plan.city_name,
            mentor_city_id=mentor,
            mentor_city_name=cities[mentor].name if mentor in cities else mentor,
            status=plan.status, step_pending=plan.id in pending,
            sections_complete=marks.count(Completeness.COMPLETE),
            sections_started=marks.count(Completeness.STARTED),
            sections_total=len(marks),
            open_comments=open_counts.get(plan.id, 0), unread_comments=unread.get(plan.id, 0),
            last_change=last))
    return sorted(rows, key=lambda row: row.last_change, reverse=True)
