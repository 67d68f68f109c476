"""The sample workspace: the eight IncluCities cities, their pairs and four drafted plans."""

from __future__ import annotations

import json
from pathlib import Path

from inclucities_core.model import City
from inclucities_desktop.resources import resource
from inclucities_desktop.services import sync_state
from inclucities_desktop.services.errors import NotFoundError
from inclucities_desktop.services.workspace_services import WorkspaceServices


def sample_folder() -> Path:
    return resource("sample")


def load_cities_and_pairs(services: WorkspaceServices, folder: Path | None = None) -> None:
    folder = folder or sample_folder()
    data = json.loads((folder / "workspace.json").read_text(encoding="utf-8"))
    for city in data["cities"]:
        services.cities.save(City(**city))
    for pair in data["pairs"]:
        services.cities.pair(pair["mentor"], pair["mentee"])


def install_sample(services: WorkspaceServices, folder: Path | None = None) -> list[str]:
    """Add the sample cities, pairs and plans; plans already present are left as they are.

    Returns the ids of the plans added. They are marked as the sample: sync never sends
    them, and the first sign-in to a sync server takes them out of the workspace.
    """
    folder = folder or sample_folder()
    load_cities_and_pairs(services, folder)
    added = []
    for path in sorted((folder / "plans").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if _exists(services, document["id"]):
            continue
        services.documents.apply(document)
        added.append(document["id"])
    with services.workspace.begin() as connection:
        sync_state.mark_sample_plans(connection, added)
    return added


def _exists(services: WorkspaceServices, plan_id: str) -> bool:
    try:
        services.plans.get(plan_id)
    except NotFoundError:
        return False
    return True
