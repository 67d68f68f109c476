"""What the sync tests compare: a workspace's plans as plain data, and the server's."""

from __future__ import annotations

from typing import Any

from tests.support.server_fixtures import DEMO_PASSWORD

from inclucities_desktop.services.workspace_services import WorkspaceServices


def signed_in(services: WorkspaceServices, server: Any, username: str) -> WorkspaceServices:
    services.sync.sign_in(server.url, username, DEMO_PASSWORD)
    return services


def snapshot(services: WorkspaceServices) -> dict[str, Any]:
    """Every plan (trash included) with its sections and live and deleted actions."""
    from sqlalchemy import select

    from inclucities_desktop.store.schema import actions, plans, sections

    with services.workspace.read() as connection:
        result: dict[str, Any] = {}
        for plan in connection.execute(select(plans).order_by(plans.c.id)):
            result[plan.id] = {
                "title": plan.title, "city_id": plan.city_id, "language": plan.language,
                "status": plan.status, "deleted": plan.deleted_at is not None,
                "sections": {
                    row.key: row.text for row in connection.execute(
                        select(sections).where(sections.c.plan_id == plan.id)) if row.text},
                "actions": {
                    row.id: {"position": row.position, "deleted": row.deleted_at is not None,
                             "fields": row.fields}
                    for row in connection.execute(
                        select(actions).where(actions.c.plan_id == plan.id))},
            }
        return result
