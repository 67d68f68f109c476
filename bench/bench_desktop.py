"""Desktop figures from issue 2: start-up, opening a plan, keystrokes, memory.

    python bench/bench_desktop.py [--runs 5]

Each run is a fresh process (bench/window_probe.py) on the generated workspace of
200 plans x 14 sections x 30 actions. Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate_workspace import generate

PROBE = Path(__file__).parent / "window_probe.py"


def run_probe(workspace: Path, *extra: str) -> tuple[float, dict[str, object]]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home,
                   INCLUCITIES_LOG_DIR=home)
        started = time.time()
        result = subprocess.run([sys.executable, str(PROBE), str(workspace), *extra],
                                capture_output=True, text=True, env=env, timeout=600,
                                check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return float(report["shown_at"]) - started, report


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    workspace = generate(200, 30)
    startups, opens, keys, keys_big, rss_start, rss_plans = [], [], [], [], [], []
    for _ in range(options.runs):
        startup, report = run_probe(workspace)
        startups.append(startup)
        rss_start.append(float(report["rss_start_mb"]))
    for _ in range(max(1, options.runs // 2)):
        _startup, report = run_probe(workspace, "--measure-editing")
        opens.extend(report["open_plan_ms"])  # type: ignore[arg-type]
        keys.extend(report["keystroke_ms"])  # type: ignore[arg-type]
        keys_big.extend(report["keystroke_5mb_ms"])  # type: ignore[arg-type]
        rss_plans.append(float(report["rss_after_10_plans_mb"]))
    rows = [
        ("window shown with the plan list, from process start (s)",
         statistics.median(startups), min(startups), max(startups), "<= 1.0"),
        ("opening a plan (ms)", statistics.median(opens), min(opens), max(opens), "<= 100"),
        ("keystroke incl. autosave, normal section: median / p99 / max (ms)",
         statistics.median(keys), percentile(keys, 0.99), max(keys), "max <= 16"),
        ("keystroke incl. autosave, 5 MB section: median / p99 / max (ms)",
         statistics.median(keys_big), percentile(keys_big, 0.99), max(keys_big), "max <= 16"),
        ("resident memory after start-up (MB)", statistics.median(rss_start),
         min(rss_start), max(rss_start), "<= 250"),
        ("resident memory after opening 10 plans (MB)", statistics.median(rss_plans),
         min(rss_plans), max(rss_plans), "<= 250"),
    ]
    print("| measure | median | min (p99) | max | target |")
    print("|---|---|---|---|---|")
    for name, median, low, high, target in rows:
        print(f"| {name} | {median:.3g} | {low:.3g} | {high:.3g} | {target} |")


if __name__ == "__main__":
    main()
