"""Benchmark the roadmap endpoint: `make bench` (python -m benchmarks.roadmap_api).

Runs against a fresh SQLite database with the real roadmaps/ loaded, through Django's full
request stack in-process (middleware, DRF, serializers; no network). Reports p50/p95/max over
200 requests for the largest role's roadmap, its query count, and its throughput as a ratio to
a trivial JSON endpoint measured in the same run.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REQUESTS = 200
WARMUP = 20
TARGET_P95_MS = 30.0


def _setup() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="lemma-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "benchmark-only")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # no line per request in the output
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_roadmaps", verbosity=0)


def _time(client: Any, url: str, n: int) -> list[float]:
    for _ in range(WARMUP):
        assert client.get(url).status_code == 200
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return samples


def _percentile(samples: list[float], q: float) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    _setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from curriculum import selectors

    largest = max(selectors.role_list(), key=lambda s: len(s.levels))
    url = f"/api/roles/{largest.role.slug}/roadmap/"
    client = Client(HTTP_HOST="localhost")

    with CaptureQueriesContext(connection) as queries:
        body = client.get(url).json()
    query_count = len(queries)  # read now: the log is reset by every later request
    roadmap = _time(client, url, REQUESTS)
    trivial = _time(client, "/api/ping/", REQUESTS)

    def row(name: str, samples: list[float]) -> str:
        rps = 1000 / statistics.mean(samples)
        return (
            f"| {name:<34} | {statistics.median(samples):7.2f} | {_percentile(samples, 95):7.2f} "
            f"| {max(samples):7.2f} | {rps:8.0f} |"
        )

    p95 = _percentile(roadmap, 95)
    ratio = statistics.mean(trivial) / statistics.mean(roadmap)
    print(f"Roadmap endpoint benchmark ({REQUESTS} requests each, in-process, SQLite)")
    print(
        f"largest role: {largest.role.slug} ({len(body['topics'])} topics, "
        f"{len(body['edges'])} edges), {query_count} queries per request"
    )
    print("| endpoint                           | p50 ms  | p95 ms  | max ms  | req/s    |")
    print("|------------------------------------|---------|---------|---------|----------|")
    print(row(url, roadmap))
    print(row("/api/ping/ (trivial JSON)", trivial))
    print(f"throughput ratio roadmap / trivial: {ratio:.2f}")
    verdict = "meets" if p95 <= TARGET_P95_MS else "MISSES"
    print(f"p95 {p95:.2f} ms {verdict} the {TARGET_P95_MS:.0f} ms target")


if __name__ == "__main__":
    main()
