"""Fixtures of the export tests: the sample workspace, exported once per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def sample_exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The four sample plans exported with the default style template, by city id."""
    from inclucities_desktop.services import export_service
    from inclucities_desktop.services.sample import install_sample
    from inclucities_desktop.services.workspace_services import WorkspaceServices

    folder = tmp_path_factory.mktemp("sample")
    services = WorkspaceServices.open(folder / "workspace")
    try:
        install_sample(services)
        written = {}
        for row in services.plans.list_plans():
            written[row.city_id] = export_service.write_plan(
                services, row.id, folder / f"{row.city_id}.docx")
        yield written
    finally:
        services.close()
