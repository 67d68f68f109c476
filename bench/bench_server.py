"""Speed of the sync server, on loopback with real server processes (docs/PERFORMANCE.md).

    .venv/bin/python bench/bench_server.py [--database-url postgresql+psycopg://...]
        [--runs 5] [--plans 20]

Without --database-url it uses INCLUCITIES_TEST_DATABASE_URL's server (a fresh database
made there and dropped after) or, failing that, a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from server_fixture import fill_server  # noqa: E402
from tests.support.changes import change, new_action, new_plan, push  # noqa: E402
from tests.support.databases import (  # noqa: E402
    DEMO_PASSWORD,
    DatabaseFactory,
    postgres_server_url,
)
from tests.support.live_server import LiveServer  # noqa: E402


def edits(plan_id: str, count: int) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    while len(out) < count:
        action_id, creation = new_action(plan_id)
        out += creation[:1]
        out += [change("action", action_id, key, f"{key} {uuid.uuid4().hex}")
                for key in ("code", "title", "objective", "description", "lead_organisation")]
    return out[:count]


def bench_push(server: LiveServer, token: str, runs: int) -> list[float]:
    session = requests.Session()
    headers = server.auth(token)
    plan_id, creation = new_plan("partinico")
    push(session, headers, creation, server.api("/sync/push"))
    times = []
    for _ in range(runs):
        work = edits(plan_id, 1000)
        started = time.perf_counter()
        for half in (work[:500], work[500:]):
            push(session, headers, half, server.api("/sync/push"))
        times.append(time.perf_counter() - started)
    return times


def caught_up_cursor(server: LiveServer, headers: dict[str, str]) -> int:
    """The cursor after pulling everything: from there a pull has nothing to do."""
    cursor, more = 0, True
    while more:
        page = requests.get(server.api("/sync/pull"), headers=headers,
                            params={"after": cursor}, timeout=60).json()
        cursor, more = page["cursor"], page["has_more"]
    return int(cursor)


def bench_noop_pulls(server: LiveServer, token: str, seconds: float = 5.0,
                     threads: int = 8) -> float:
    headers = server.auth(token)
    cursor = caught_up_cursor(server, headers)
    counts = [0] * threads
    stop = time.perf_counter() + seconds

    def client(index: int) -> None:
        session = requests.Session()
        while time.perf_counter() < stop:
            answer = session.get(server.api("/sync/pull"), headers=headers,
                                 params={"after": cursor, "limit": 1000}, timeout=30)
            assert answer.status_code == 200 and not answer.json()["changes"]
            counts[index] += 1

    started = time.perf_counter()
    workers = [threading.Thread(target=client, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(counts) / (time.perf_counter() - started)


def bench_one_pull(server: LiveServer, token: str, repeats: int = 200) -> list[float]:
    session = requests.Session()
    headers = server.auth(token)
    cursor = caught_up_cursor(server, headers)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        session.get(server.api("/sync/pull"), headers=headers, params={"after": cursor},
                    timeout=30)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plans", type=int, default=20,
                        help="plans pushed through server_fixture before the pull figures")
    args = parser.parse_args()
    backend = "postgresql" if postgres_server_url() else "sqlite"
    with tempfile.TemporaryDirectory() as folder:
        factory = DatabaseFactory(backend, Path(folder), seed=True)
        url = factory.new()
        try:
            with LiveServer(url, workers=2, log_path=Path(folder) / "server.log") as server:
                tokens = {city: server.login(f"member-{city}", DEMO_PASSWORD)
                          for city in ("partinico", "livadia", "jelgava", "mechelen")}
                pushes = bench_push(server, tokens["partinico"], args.runs)
                started = time.perf_counter()
                filled = fill_server(server.api(), tokens, plans=args.plans)
                fill_seconds = time.perf_counter() - started
                rates = [bench_noop_pulls(server, tokens["partinico"])
                         for _ in range(3)]
                one = bench_one_pull(server, tokens["partinico"])
        finally:
            factory.discard(url)
            factory.close()
    print(f"backend: {backend}, 2 workers, loopback")
    print(f"push 1,000 edits (2 x 500): median {statistics.median(pushes):.3f} s "
          f"(min {min(pushes):.3f}, max {max(pushes):.3f}, {len(pushes)} runs)")
    print(f"fill {args.plans} plans ({filled} changes): {fill_seconds:.1f} s "
          f"({filled / fill_seconds:.0f} changes/s)")
    print(f"no-op pulls per second (8 client threads, 5 s): median "
          f"{statistics.median(rates):.0f} (runs {', '.join(f'{r:.0f}' for r in rates)})")
    print(f"one no-op pull, round trip: median {statistics.median(one) * 1000:.1f} ms "
          f"(p90 {statistics.quantiles(one, n=10)[-1] * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
