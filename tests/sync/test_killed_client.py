"""A client killed with SIGKILL in the middle of a push, then synced again: on the server
no change is missing and none is applied twice."""

from __future__ import annotations

import json
import random
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from tests.support.server_fixtures import DEMO_PASSWORD
from tests.sync.cli_runner import cli_command, cli_env, run_cli
from tests.sync.helpers import signed_in, snapshot

from inclucities_desktop.services.workspace_services import WorkspaceServices

pytestmark = pytest.mark.slow


def test_a_client_killed_during_a_push_loses_and_doubles_nothing(
        server: Any, tmp_path: Path, memory_keyring: Any) -> None:
    env = cli_env(tmp_path, INCLUCITIES_PASSWORD=DEMO_PASSWORD)
    folder = tmp_path / "killed"
    document = {
        "id": "killed-plan", "title": "Many edits", "city": "saint-jean-de-la-ruelle",
        "language": "fr", "sections": {"context_needs": "Texte.\n", "timeline": "2026.\n"},
        "actions": [{"id": f"killed-action-{n}", "title": f"Action {n}", "code": f"A{n}"}
                    for n in range(300)],
    }
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run_cli(folder, env, "login", server.url,
                   "member-saint-jean-de-la-ruelle").returncode == 0
    assert run_cli(folder, env, "apply", str(path)).returncode == 0
    with _opened(folder) as services:
        pending = len(services.pending_changes())
    assert pending > 5000  # ten push batches or more

    process = subprocess.Popen(cli_command(folder, "sync"), env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Kill once the first batch's results are recorded, a random moment later: during a
    # later batch's request, or between its answer and its recording. A batch of 500 takes
    # some tens of milliseconds on loopback, so the moment is drawn within a few of them.
    left = pending
    deadline = time.monotonic() + 60
    while left == pending and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
        left = _pending(folder)
    time.sleep(random.uniform(0.0, 0.06))
    process.kill()
    process.communicate(timeout=30)
    left = _pending(folder)
    assert 0 < left < pending, "the kill should land in the middle of the push"
    done = run_cli(folder, env, "sync")
    assert done.returncode == 0, done.stderr

    engine = create_engine(server.database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT entity, entity_id, field FROM field_history WHERE plan_id = :p"),
                {"p": "killed-plan"}).all()
    finally:
        engine.dispose()
    applied = Counter((r.entity, r.entity_id, r.field) for r in rows)
    assert len(applied) == pending  # every change is there...
    assert set(applied.values()) == {1}  # ...once
    fresh = signed_in(WorkspaceServices.open(tmp_path / "fresh"), server,
                      "member-saint-jean-de-la-ruelle")
    try:
        fresh.sync.sync()
        with _opened(folder) as services:
            assert snapshot(services)["killed-plan"] == snapshot(fresh)["killed-plan"]
            assert services.pending_changes() == []
    finally:
        fresh.close()


def _pending(folder: Path) -> int:
    engine = create_engine(f"sqlite:///{folder / 'workspace.sqlite3'}")
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM outbox")).scalar_one())
    finally:
        engine.dispose()


@contextmanager
def _opened(folder: Path) -> Iterator[WorkspaceServices]:
    services = WorkspaceServices.open(folder)
    try:
        yield services
    finally:
        services.close()
