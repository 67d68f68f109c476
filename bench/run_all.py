"""Every benchmark, then one table of figures against the targets of issue 2.

    python bench/run_all.py [--runs 7] [--editing-runs 5] [--quick]

Makes (or reuses) the generated workspace, runs bench_window.py's start-ups and editing
sessions, bench_services.py and bench_markdown.py, prints Markdown tables and keeps every
raw figure in bench/out/results-DATE.json. ``--quick`` is a smoke run on a small workspace.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import bench_window
from generate_workspace import OUT, generate, load_manifest


def machine() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines()
                  if line.startswith("model name")), platform.processor())
    memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text()
                     .splitlines() if line.startswith("MemTotal"))
    versions = subprocess.run(
        [sys.executable, "-c",
         "import PySide6, PySide6.QtCore as c, sqlalchemy, sqlite3; "
         "print(PySide6.__version__, c.qVersion(), sqlalchemy.__version__, "
         "sqlite3.sqlite_version)"],
        capture_output=True, text=True, check=True).stdout.split()
    return {
        "cpu": model, "cores": os.cpu_count(), "ram_gib": round(memory_kb / 2**20, 1),
        "python": platform.python_version(), "pyside6": versions[0], "qt": versions[1],
        "sqlalchemy": versions[2], "sqlite": versions[3] if len(versions) > 3
        else sqlite3.sqlite_version, "platform": "offscreen", "kernel": platform.release(),
    }


def load_average() -> float:
    return os.getloadavg()[0]


def spread(values: Iterable[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[0], ordered[-1]


def p99(values: Iterable[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.99 * (len(ordered) - 1))]


class Table:
    def __init__(self, *columns: str) -> None:
        self.lines = ["| " + " | ".join(columns) + " |",
                      "|" + "---|" * len(columns)]

    def row(self, *cells: object) -> None:
        self.lines.append("| " + " | ".join(str(c) for c in cells) + " |")

    def __str__(self) -> str:
        return "\n".join(self.lines)


def met(value: float, limit: float) -> str:
    return "yes" if value <= limit else f"**no** ({value / limit:.1f}x)"


def window_tables(results: dict[str, Any]) -> list[str]:
    startup, editing = results["startup"], results["editing"]
    table = Table("measure", "median", "min", "max", "target", "met")

    def line(name: str, values: Iterable[float], unit: str, target: float | None,
             digits: int = 0) -> None:
        median, low, high = spread(values)
        cells = [f"{v:.{digits}f} {unit}" for v in (median, low, high)]
        if target is None:
            table.row(name, *cells, "", "")
        else:
            table.row(name, *cells, f"<= {target:g} {unit}", met(median, target))

    line("window shown with the plan list, from process start",
         [r["listed_s"] for r in startup], "s", 1.0, 2)
    line("... CPU time of the process until then", [r["listed_cpu_s"] for r in startup],
         "s", None, 2)
    line("first plan shown, from process start", [r["first_plan_s"] for r in startup],
         "s", None, 2)
    opens = [o for run in editing for o in run["open_plan"]]
    line("opening a plan: open_plan() to planOpened", [o["open_ms"] for o in opens], "ms", 100)
    line("opening a plan: ... and painted", [o["painted_ms"] for o in opens], "ms", None)
    line("opening a plan: ... and every follow-up load answered",
         [o["loaded_ms"] for o in opens], "ms", None)
    line("opening a plan: longest UI-thread stall", [o["max_stall_ms"] for o in opens],
         "ms", 16)
    for name, label in (("normal", "normal section"), ("big", "5 MB section")):
        keys = [k for run in editing for k in run[f"typing_{name}"]["key_ms"]]
        stalls = [run[f"typing_{name}"]["stall"]["max_ms"] for run in editing]
        table.row(f"typing, {label}: one keystroke, median / p99 / max",
                  f"{statistics.median(keys):.1f} ms", f"p99 {p99(keys):.1f} ms",
                  f"{max(keys):.1f} ms", "<= 16 ms", met(max(keys), 16))
        line(f"typing, {label}: longest UI-thread stall (autosave included)", stalls, "ms", 16)
        saves = [s for run in editing for s in run[f"typing_{name}"]["autosave_serialise_ms"]]
        if saves:
            line(f"typing, {label}: autosave's Markdown writing on the UI thread", saves,
                 "ms", None, 1)
    line("opening the plan with the 5 MB section", [r["big_plan_open_ms"] for r in editing],
         "ms", None)
    line("showing the 5 MB section (UI thread)", [r["big_section_show_ms"] for r in editing],
         "ms", None)
    line("resident memory after start-up (list shown)", [r["rss_listed_mb"] for r in startup],
         "MB", 250)
    line("resident memory with the first plan open", [r["rss_first_plan_mb"] for r in startup],
         "MB", 250)
    line("resident memory after opening 10 plans",
         [r["rss_after_10_plans_mb"] for r in editing], "MB", 250)
    line("resident memory at the end (5 MB section typed in)",
         [r["rss_end_mb"] for r in editing], "MB", 250)

    steps = Table("start-up step (seconds from spawn)", "median", "min", "max")
    names = list(startup[0]["milestones_s"])
    for name in names:
        median, low, high = spread(r["milestones_s"][name] for r in startup)
        steps.row(name, f"{median:.3f}", f"{low:.3f}", f"{high:.3f}")
    median, low, high = spread(r["listed_s"] for r in startup)
    steps.row("plan list shown", f"{median:.3f}", f"{low:.3f}", f"{high:.3f}")

    imports = results["import_time"]
    by_package = Table("imports (python -X importtime, one start-up)", "own time")
    by_package.row("**all imports**", f"{imports['total_ms']:.0f} ms")
    for package, ms in imports["by_package_ms"].items():
        by_package.row(package, f"{ms:.0f} ms")
    largest = Table("largest imports by the app itself", "cumulative")
    for module, ms in imports["largest_top_level_ms"].items():
        largest.row(module, f"{ms:.0f} ms")
    return [str(table), str(steps), str(by_package), str(largest)]


def services_tables(results: dict[str, Any], manifest: dict[str, Any]) -> list[str]:
    table = Table("service call (one transaction each)", "median", "min", "max", "per second")
    for key, label in (
        ("set_section_text", "plans.set_section_text, a section of usual size"),
        ("set_section_text_5mb", "plans.set_section_text, 5 MB"),
        ("action_set_field", "actions.set_field (title)"),
        ("plan_set_field", "plans.set_field (title)"),
        ("action_add", "actions.add, every field filled"),
        ("list_plans", "plans.list_plans (the list at start-up)"),
        ("read_plan_to_open", "plan_opening.open_plan (the worker's part of opening)"),
        ("plan_completeness", "plans.completeness (after every autosave)"),
        ("part_index_entry", "part: search_index.index_entry of one section"),
        ("part_record_change", "part: outbox.record_change of one field"),
    ):
        figure = results[key]
        table.row(label, f"{figure['median_ms']:.1f} ms", f"{figure['min_ms']:.1f} ms",
                  f"{figure['max_ms']:.1f} ms", f"{figure['per_s']:.1f}")
    table.row("generating the workspace: actions.add", "", "", "",
              f"{manifest['actions_added_per_s']}")
    table.row("generating the workspace: set_section_text", "", "", "",
              f"{manifest['sections_set_per_s']}")
    search = Table("search over the whole workspace", "median", "min", "max", "hits",
                   "median with a 5 MB section")
    for query, figure in results["search"].items():
        big = results["search_with_5mb_section"][query]
        search.row(f"`{query}`", f"{figure['median_ms']:.1f} ms", f"{figure['min_ms']:.1f} ms",
                   f"{figure['max_ms']:.1f} ms", figure["hits"], f"{big['median_ms']:.0f} ms")
    return [str(table), str(search)]


def markdown_table(results: dict[str, Any]) -> str:
    table = Table("editor's Markdown work (UI thread)", "usual section (~11 KB)", "5 MB section")
    for key, label in (
        ("read_markdown", "reading Markdown into a document (in use)"),
        ("new_read_markdown", "... with markdown_document (not yet in use)"),
        ("show_in_text_box", "laying it out in a text box"),
        ("write_markdown_whole", "writing it back, whole document (in use: every autosave)"),
        ("new_write_markdown_whole", "... with markdown_document, whole document"),
        ("kept_writer_first", "... MarkdownWriter, first write"),
        ("kept_writer_after_one_key", "... MarkdownWriter, after one key"),
    ):
        if key in results["normal"]:
            table.row(label, f"{results['normal'][key]['median_ms']:.1f} ms",
                      f"{results['5mb'][key]['median_ms']:.0f} ms")
    return str(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--actions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--editing-runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 12 plans, 3 start-ups, 1 editing run")
    parser.add_argument("--skip-services", action="store_true",
                        help="leave out the services and the editor's Markdown")
    options = parser.parse_args()
    if options.quick:
        options.plans, options.runs, options.editing_runs = 12, 3, 1
    results: dict[str, Any] = {
        "date": datetime.datetime.now().isoformat(timespec="minutes"),
        "machine": machine(),
        "load_average_before": load_average(),
    }
    print(f"workspace {options.plans} x {options.actions}: making or reusing it", flush=True)
    workspace = generate(options.plans, options.actions)
    results["workspace"] = load_manifest(workspace)
    print("window: start-ups, import time, editing sessions", flush=True)
    results["window"] = bench_window.run(options.plans, options.actions, options.runs,
                                         options.editing_runs)
    if not options.skip_services:
        print("services: write speed and search", flush=True)
        services = subprocess.run(
            [sys.executable, str(Path(__file__).parent / "bench_services.py"),
             "--plans", str(options.plans), "--actions", str(options.actions)],
            capture_output=True, text=True, check=True)
        results["services"] = json.loads(services.stdout)
        print("editor's Markdown: reading, laying out, writing", flush=True)
        markdown = subprocess.run(
            [sys.executable, str(Path(__file__).parent / "bench_markdown.py")],
            capture_output=True, text=True, check=True)
        results["markdown"] = json.loads(markdown.stdout)
    results["load_average_after"] = load_average()
    OUT.mkdir(exist_ok=True)
    saved = OUT / f"results-{results['date'].replace(':', '')}.json"
    saved.write_text(json.dumps(results, indent=1) + "\n")

    info = results["machine"]
    print(f"\n{results['date']}: {info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB; "
          f"Python {info['python']}, Qt {info['qt']} (PySide6 {info['pyside6']}), "
          f"SQLite {info['sqlite']}, SQLAlchemy {info['sqlalchemy']}; load average "
          f"{results['load_average_before']:.1f} before, {results['load_average_after']:.1f} "
          "after")
    manifest = results["workspace"]
    print(f"workspace: {manifest['rows']['plans']} plans x {manifest['sections_per_plan']:g} "
          f"sections x {manifest['actions_per_plan']} actions, {manifest['database_mb']} MB, "
          f"{manifest['rows']['outbox']} outbox rows, made in {manifest['seconds']} s\n")
    tables = window_tables(results["window"])
    if "services" in results:
        tables += services_tables(results["services"], manifest)
        tables.append(markdown_table(results["markdown"]))
    print("\n\n".join(tables))
    print(f"\nraw figures: {saved}")


if __name__ == "__main__":
    main()
