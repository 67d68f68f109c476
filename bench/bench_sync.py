"""Sync speed on loopback: a coordinator's first sync of everything, and a sync with nothing
to do, against a real ``inclucities-server`` process (SQLite).

    python bench/bench_sync.py [--plans 200] [--actions 30] [--runs 3] [--server-db FILE]

The server is filled through its push API (each city's member pushes its city's plans:
13 sections of a few paragraphs, ``--actions`` actions with every template field). Each
run of the first sync uses a new workspace; the figures are medians. With ``--server-db``
the filled server database is kept in FILE (a SQLite file) and used again by later runs
with the same --plans and --actions, which spares the minute and a half of filling it.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from tests.support.databases import DEMO_PASSWORD, database_factory  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from server_fixture import fill_server  # noqa: E402

from inclucities_desktop.services.workspace_services import WorkspaceServices  # noqa: E402

CITIES = ("brussels", "saint-jean-de-la-ruelle", "mechelen", "partinico", "fuenlabrada",
          "livadia", "schaerbeek", "jelgava")


def fill(server: LiveServer, plans: int, actions: int) -> int:
    """Each city's member pushes its share of the plans (bench/server_fixture.py)."""
    tokens = {city: server.login(f"member-{city}", DEMO_PASSWORD) for city in CITIES}
    return fill_server(server.api(), tokens, plans=plans, actions=actions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--actions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--server-db", type=Path, default=None,
                        help="keep the filled server database in this SQLite file, and "
                             "use it again when it is there")
    options = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        kept = options.server_db
        with database_factory("sqlite", folder / "db", seed=True) as factory:
            url = factory.new()
            if kept is not None and kept.exists():
                _copy_database(kept, Path(url.removeprefix("sqlite:///")))
                filled = True
            else:
                filled = False
            with LiveServer(url, log_path=folder / "server.log") as server:
                if not filled:
                    started = time.perf_counter()
                    values = fill(server, options.plans, options.actions)
                    print(f"server filled: {options.plans} plans, {values} values in "
                          f"{time.perf_counter() - started:.1f} s")
                    if kept is not None:
                        kept.parent.mkdir(parents=True, exist_ok=True)
                        _copy_database(Path(url.removeprefix("sqlite:///")), kept)
                run_first_syncs(server, folder, options)


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database in WAL mode (a file copy could miss the WAL)."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()


def run_first_syncs(server: LiveServer, folder: Path, options: argparse.Namespace) -> None:
    first: list[float] = []
    idle: list[float] = []
    pulled = 0
    for run in range(options.runs):
        services = WorkspaceServices.open(folder / f"coordinator-{run}")
        try:
            services.sync.sign_in(server.url, "coordinator", DEMO_PASSWORD)
            started = time.perf_counter()
            report = services.sync.sync()
            first.append(time.perf_counter() - started)
            pulled = report.pulled
            assert len(services.plans.list_plans()) == options.plans
            for _ in range(10):
                started = time.perf_counter()
                services.sync.sync()
                idle.append(time.perf_counter() - started)
        finally:
            services.close()
    result = {
        "plans": options.plans, "actions_per_plan": options.actions,
        "values_pulled": pulled,
        "first_sync_s_median": round(statistics.median(first), 2),
        "first_sync_s_runs": [round(f, 2) for f in first],
        "idle_sync_ms_median": round(statistics.median(idle) * 1000, 1),
        "idle_sync_ms_min_max": [round(min(idle) * 1000, 1), round(max(idle) * 1000, 1)],
    }
    print(json.dumps(result, indent=2))

if __name__ == "__main__":
    main()
