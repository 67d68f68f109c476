"""The window's figures: start-up, import time, opening plans, typing, memory.

    python bench/bench_window.py [--runs 7] [--editing-runs 5]

Every run is a fresh process (window_probe.py) started the way ``inclucities`` starts,
offscreen, with its own empty settings and log folders. Start-up runs use the cached
workspace as generated; editing runs use a private copy in which one plan has a 5 MB
section (written through the services, as a paste would be saved).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from generate_workspace import Writer, copy_workspace, generate

PROBE = Path(__file__).parent / "window_probe.py"
BIG_SECTION = "risks_mitigation"
TIMEOUT_S = 300


def probe_env(home: Path) -> dict[str, str]:
    """A first start: no settings, no logs, no cache of an earlier run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INCLUCITIES_LOG_DIR=str(home / "log"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return env


def run_probe(workspace: Path, *extra: str, python_flags: tuple[str, ...] = ()
              ) -> tuple[float, dict[str, dict[str, Any]], str]:
    """Start the window; returns the spawn time, its reports by event, and its stderr."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        command = [sys.executable, *python_flags, str(PROBE), str(workspace), *extra]
        spawned = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S,
                                env=probe_env(Path(home)), check=False)
    if result.returncode != 0:
        raise RuntimeError(f"window probe failed ({result.returncode}):\n{result.stderr}")
    events = {}
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            report = json.loads(line)
            events[report["event"]] = report
    return spawned, events, result.stderr


def startup_run(workspace: Path) -> dict[str, Any]:
    spawned, events, _ = run_probe(workspace)
    listed, first = events["listed"], events["first_plan"]
    if not listed["visible"] or listed["rows"] == 0:
        raise RuntimeError(f"the window was not showing plans: {listed}")
    return {
        "listed_s": listed["t"] - spawned,
        "first_plan_s": first["t"] - spawned,
        # CPU time of the process until the list was shown: less sensitive than the wall
        # clock to other work on the machine.
        "listed_cpu_s": listed["cpu_s"],
        # Each step of the start, as seconds from the spawn.
        "milestones_s": {name: at - spawned for name, at in listed["milestones"].items()},
        "rss_listed_mb": listed["rss_mb"],
        "rss_first_plan_mb": first["rss_mb"],
        "rows": listed["rows"],
    }


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


def import_time(workspace: Path) -> dict[str, Any]:
    """``python -X importtime`` over a whole start-up: where the import time goes."""
    _, _, stderr = run_probe(workspace, python_flags=("-X", "importtime"))
    own_by_package: dict[str, float] = defaultdict(float)
    top_level: list[tuple[float, str]] = []
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if not match:
            continue
        own, cumulative, indent, module = match.groups()
        own_by_package[module.split(".")[0]] += int(own) / 1000
        if not indent:  # imported by the probe or the app, not as part of another import
            top_level.append((int(cumulative) / 1000, module))
    total = sum(own_by_package.values())
    return {
        "total_ms": total,
        "by_package_ms": dict(sorted(own_by_package.items(), key=lambda kv: -kv[1])[:12]),
        "largest_top_level_ms": dict((m, ms) for ms, m in sorted(top_level, reverse=True)[:12]),
    }


def add_big_section(folder: Path) -> str:
    """Store a 5 MB section in one Italian plan through the services; returns its id."""
    import random

    from bench_services import big_markdown

    from inclucities_desktop.services.workspace_services import WorkspaceServices

    services = WorkspaceServices.open(folder)
    plans = [p for p in services.plans.list_plans() if p.language == "it"]
    plan_id = plans[len(plans) // 2].id
    services.plans.set_section_text(plan_id, BIG_SECTION,
                                    big_markdown(Writer(random.Random(5), "it")))
    services.close()
    return plan_id


def editing_run(workspace: Path, type_seconds: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-editing-") as scratch:
        folder = copy_workspace(workspace, Path(scratch))
        big_plan = add_big_section(folder)
        _, events, _ = run_probe(folder, "--editing", "--big-plan", big_plan,
                                 "--big-section", BIG_SECTION,
                                 "--type-seconds", str(type_seconds))
    return events["editing"]


def run(plans: int, actions: int, runs: int, editing_runs: int,
        type_seconds: float = 5.0) -> dict[str, Any]:
    workspace = generate(plans, actions)
    startup_run(workspace)  # warm-up: the file cache, not the figure
    return {
        "startup": [startup_run(workspace) for _ in range(runs)],
        "import_time": import_time(workspace),
        "editing": [editing_run(workspace, type_seconds) for _ in range(editing_runs)],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--actions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--editing-runs", type=int, default=5)
    parser.add_argument("--type-seconds", type=float, default=5.0)
    options = parser.parse_args()
    print(json.dumps(run(options.plans, options.actions, options.runs, options.editing_runs,
                         options.type_seconds), indent=1))
