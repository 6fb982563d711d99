"""Submit-to-verdict latency through the whole stack: `make bench`.

gunicorn (HTTP) + PostgreSQL + Redis + a real Celery worker, all started here on loopback, with
20 concurrent learners each submitting answers and long-polling for the verdict. Two phases:
"paced" learners think 0.5-2 s between answers (still far faster than people), and
"saturated" learners submit back to back, which measures throughput: there latency is
queueing, since 20 submitters share 2 cores. Needs
PostgreSQL at PG_URL and Redis at REDIS_URL; prints a note and exits 0 when they are missing,
and exits 1 when any answer goes without a verdict.

The worker serves both grading lanes, as one worker may in production: an answer the reader
refuses (here "2*x + 1" to a dot product) goes to the backlog lane.
"""

import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import requests

from ops.stack import free_port, worker_command

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432/lemma")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
BENCH_DB = os.environ.get("BENCH_DB", "lemma_bench")
PORT = free_port()
LEARNERS = int(os.environ.get("BENCH_LEARNERS", "20"))
SUBMISSIONS_EACH = int(os.environ.get("BENCH_SUBMISSIONS", "15"))
# settings.GRADING_QUEUE and settings.GRADING_BACKLOG_QUEUE (their defaults)
QUEUES = "celery,grading-backlog"
VERDICT_SECONDS = 60  # an answer still waiting after this counts as an error
TEMPLATE = "dot-product-2d"
PASSWORD = "bench-Long-passphrase-42"  # noqa: S105 - throwaway benchmark accounts


def _reachable(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=2):
            return True
    except OSError:
        return False


def _env() -> dict[str, str]:
    database = urlsplit(PG_URL)._replace(path=f"/{BENCH_DB}").geturl()
    return {
        **os.environ,
        "DATABASE_URL": database,
        "REDIS_URL": REDIS_URL,
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
        # Every learner here signs up from 127.0.0.1 and submits back to back: measure grading,
        # not the rate limits.
        "THROTTLE_LOGIN": "10000/min",
        "THROTTLE_REGISTER": "10000/hour",
        "THROTTLE_SUBMIT": "10000/min",
    }


def _manage(*args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=_env(),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _prepare_database() -> None:
    admin = urlsplit(PG_URL)._replace(path="/postgres").geturl()
    import psycopg

    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        connection.execute(f"CREATE DATABASE {BENCH_DB}")
    _manage("migrate", "--no-input", "-v", "0")
    _manage("load_roadmaps", "-v", "0")


def _start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        cwd=ROOT / "backend",
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for_server(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base}/api/ping/", timeout=1).ok:
                return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def _learner(
    base: str,
    index: int,
    template: str,
    latencies: list[float],
    errors: list[str],
    think: tuple[float, float] = (0.0, 0.0),
) -> None:
    pause = random.Random(index)
    session = requests.Session()
    session.get(f"{base}/api/auth/csrf/")
    headers = {"X-CSRFToken": session.cookies.get("csrftoken") or ""}
    body = {"username": f"bench{index}-{time.time_ns()}", "password": PASSWORD}
    response = session.post(f"{base}/api/auth/register/", json=body, headers=headers)
    headers = {"X-CSRFToken": session.cookies.get("csrftoken") or ""}
    response = session.post(
        f"{base}/api/exercises/instances/",
        json={"template": template, "seed": index},
        headers=headers,
    )
    if response.status_code != 201:
        raise RuntimeError(f"could not create an exercise: {response.status_code} {response.text}")
    instance = response.json()
    answers = ["3", "2*x + 1", "x^2", "sqrt(2)/2", "1/3"]
    for n in range(SUBMISSIONS_EACH):
        time.sleep(pause.uniform(*think))
        start = time.perf_counter()
        response = session.post(
            f"{base}/api/exercises/instances/{instance['id']}/submissions/",
            json={"answer": answers[n % len(answers)]},
            headers=headers,
        )
        if response.status_code != 202:
            errors.append(f"submit {response.status_code}")
            continue
        submission = response.json()
        deadline = time.monotonic() + VERDICT_SECONDS
        while submission["status"] in ("queued", "grading") and time.monotonic() < deadline:
            submission = session.get(
                f"{base}/api/exercises/submissions/{submission['id']}/?wait=3"
            ).json()
        if submission["status"] != "graded":
            errors.append(f"{submission['status']} after {VERDICT_SECONDS} s")
            continue
        latencies.append((time.perf_counter() - start) * 1000)


def _percentile(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1]


def main() -> None:
    if not (_reachable(PG_URL) and _reachable(REDIS_URL)):
        print("grading end-to-end benchmark skipped: PostgreSQL or Redis is not reachable")
        return
    _prepare_database()
    base = f"http://127.0.0.1:{PORT}"
    web = _start(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "-w",
            "4",
            "--threads",
            "4",
            "-b",
            f"127.0.0.1:{PORT}",
        ]
    )
    worker = _start(worker_command(queues=QUEUES, concurrency=2, name=f"bench-{PORT}@%h"))
    try:
        _wait_for_server(base)
        _learner(base, 999, TEMPLATE, [], [])  # warm up the worker and the web processes
        results = [_phase(base, "paced", (0.5, 2.0)), _phase(base, "saturated", (0.0, 0.0))]
    finally:
        for process in (web, worker):
            process.terminate()
            process.wait(timeout=30)
    print(
        f"Grading end to end: gunicorn + PostgreSQL + Redis + Celery worker, "
        f"{LEARNERS} concurrent learners x {SUBMISSIONS_EACH} submissions"
    )
    print("| phase | verdicts | errors | p50 ms | p95 ms | max ms | verdicts/s |")
    print("|---|---|---|---|---|---|---|")
    for name, latencies, errors, elapsed in results:
        timings = (
            f"{statistics.median(latencies):.1f} | {_percentile(latencies, 95):.1f} | "
            f"{max(latencies):.1f}"
            if len(latencies) > 1
            else "- | - | -"
        )
        print(
            f"| {name} | {len(latencies)} | {len(errors)} | {timings} | "
            f"{len(latencies) / elapsed:.0f} |"
        )
    print("targets: submit-to-verdict p50 <= 50 ms, p95 <= 200 ms (paced learners)")
    problems = Counter(error for _, _, errors, _ in results for error in errors)
    if problems:
        print(f"answers without a verdict: {dict(problems)}", file=sys.stderr)
        sys.exit(1)


def _phase(
    base: str, name: str, think: tuple[float, float]
) -> tuple[str, list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    threads = [
        threading.Thread(target=_learner, args=(base, i, TEMPLATE, latencies, errors, think))
        for i in range(LEARNERS)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return name, latencies, errors, time.perf_counter() - started


if __name__ == "__main__":
    main()
