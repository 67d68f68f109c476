"""Write speed of the services and search latency, on a private copy of the workspace.

    python bench/bench_services.py [--plans 200] [--actions 30]

Each figure is the median of many calls, as the window makes them (one call, one
transaction, one commit). Besides the calls themselves, two of their parts are timed
alone, because they explain the rest: keeping the search index in step
(``search_index.index_entry``) and queueing one field change (``outbox.record_change``).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from generate_workspace import Writer, action_fields, copy_workspace, generate

from inclucities_desktop.services import search_index
from inclucities_desktop.services.outbox import ACTION, record_change
from inclucities_desktop.services.plan_opening import open_plan
from inclucities_desktop.services.workspace_services import WorkspaceServices

BIG_TEXT_BYTES = 5 * 2**20
# A word in every plan of its language, a rarer one, a prefix, two words, accents typed
# or not, and a word that is nowhere.
QUERIES = ("integrazione", "sportello", "integr", "mediazione culturale", "ενταξη",
           "integrācija", "zanzibar")


def summary(durations_ms: list[float]) -> dict[str, float]:
    return {
        "median_ms": statistics.median(durations_ms),
        "min_ms": min(durations_ms),
        "max_ms": max(durations_ms),
        "per_s": 1000 / statistics.median(durations_ms),
        "n": len(durations_ms),
    }


def timed(calls: list[Callable[[], Any]]) -> dict[str, float]:
    durations = []
    for call in calls:
        started = time.perf_counter()
        call()
        durations.append((time.perf_counter() - started) * 1000)
    return summary(durations)


def big_markdown(writer: Writer, size: int = BIG_TEXT_BYTES) -> str:
    """About ``size`` bytes of Markdown: a long report pasted into one section."""
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(writer.section(2000))
        total += len(parts[-1].encode())
    return "\n".join(parts)


def measure(folder: Path) -> dict[str, Any]:
    services = WorkspaceServices.open(folder)
    rng = random.Random(7)
    writer = Writer(rng, "it")
    plans = [p.id for p in services.plans.list_plans()]
    italian = [p.id for p in services.plans.list_plans() if p.language == "it"]
    sampled = rng.sample(plans, min(10, len(plans)))
    actions = [a.id for plan_id in sampled for a in services.actions.list(plan_id)]
    results: dict[str, Any] = {"search": search_latency(services)}
    # What the worker reads for the window: the plan list at start-up, a plan to open.
    results["list_plans"] = timed([services.plans.list_plans for _ in range(20)])
    some = rng.sample(plans, min(30, len(plans)))
    results["read_plan_to_open"] = timed([(lambda p=p: open_plan(services, p)) for p in some])
    results["plan_completeness"] = timed([
        (lambda p=p: services.plans.completeness(p)) for p in some])

    def append_to_section(plan_id: str, key: str) -> Callable[[], Any]:
        text = services.plans.section(plan_id, key).text + writer.paragraph(12)
        return lambda: services.plans.set_section_text(plan_id, key, text)

    results["set_section_text"] = timed(
        [append_to_section(rng.choice(plans), "context_needs") for _ in range(60)])
    results["action_set_field"] = timed([
        (lambda a=a: services.actions.set_field(a, "title", writer.phrase(6)))
        for a in rng.sample(actions, 100)])
    results["plan_set_field"] = timed([
        (lambda p=p: services.plans.set_field(p, "title", writer.phrase(6)))
        for p in rng.choices(plans, k=30)])
    target = rng.choice(plans)
    results["action_add"] = timed([
        (lambda n=n: services.actions.add(target, action_fields(writer, n)))
        for n in range(30)])

    big = big_markdown(writer)
    big_plan = rng.choice(italian)
    results["big_text_mb"] = len(big.encode()) / 2**20
    results["set_section_text_5mb"] = timed([
        (lambda n=n: services.plans.set_section_text(big_plan, "risks_mitigation",
                                                      big + "x" * n))
        for n in range(3)])

    # The parts, alone: the search index and the outbox.
    with services.workspace.begin() as connection:
        body = services.plans.section(plans[0], "context_needs").text
        results["part_index_entry"] = timed([
            (lambda: search_index.index_entry(connection, plans[0], "section",
                                              "context_needs", body))
            for _ in range(20)])
        results["part_record_change"] = timed([
            (lambda n=n: record_change(connection, ACTION, "bench-action", f"f{n}", n))
            for n in range(200)])
        connection.rollback()
    with services.workspace.read() as connection:
        rows, chars = connection.exec_driver_sql(
            "SELECT count(*), sum(length(body)) FROM search_index").one()
    results["search_index_rows"] = rows
    results["search_index_mb"] = chars / 2**20
    results["search_with_5mb_section"] = search_latency(services)
    services.close()
    return results


def search_latency(services: WorkspaceServices) -> dict[str, Any]:
    """Each query as the search dialog sends it, seven times."""
    figures: dict[str, Any] = {}
    for query in QUERIES:
        runs = []
        hits = 0
        for _ in range(7):
            started = time.perf_counter()
            hits = len(services.search(query))
            runs.append((time.perf_counter() - started) * 1000)
        figures[query] = {**summary(runs), "hits": hits}
    return figures


def run(plans: int, actions: int) -> dict[str, Any]:
    source = generate(plans, actions)
    with tempfile.TemporaryDirectory(prefix="bench-services-") as scratch:
        return measure(copy_workspace(source, Path(scratch)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--actions", type=int, default=30)
    options = parser.parse_args()
    print(json.dumps(run(options.plans, options.actions), indent=1))
