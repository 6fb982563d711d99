"""`make loadtest`: simulated learners against the production stack on this machine.

Starts ops.stack.Stack (gunicorn, Celery workers and beat, its own PostgreSQL with durable
settings, Redis), creates the learners' accounts, then runs Locust (ops/locustfile.py) headless
at each number of users in turn and writes a table of throughput and p50/p95/p99 per endpoint to
var/loadtest.md. Afterwards it checks in the database that every submission was graded exactly
once.

    python -m ops.loadtest --users 50,100,200 --duration 60
"""

import argparse
import csv
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from ops.stack import ROOT_DIR, Stack

TARGET_P95_MS = 250
LOCUSTFILE = Path(__file__).with_name("locustfile.py")
CREATE_LEARNERS = """
from django.contrib.auth.hashers import make_password
from accounts.models import User
password = make_password({password!r})
User.objects.bulk_create(
    [User(username=f"load-{{i}}", password=password) for i in range({count})],
    ignore_conflicts=True,
)
"""


def run_level(stack: Stack, users: int, duration: int, learners: int, out: Path) -> Path:
    prefix = out / f"locust-{users}"
    spawn_rate = max(users // 10, 5)
    print(f"==> {users} learners for {duration} s (ramp {spawn_rate}/s)", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(LOCUSTFILE),
            "--headless",
            "--host",
            stack.url,
            "-u",
            str(users),
            "-r",
            str(spawn_rate),
            "-t",
            f"{duration + 600}s",  # a safety stop: the locustfile stops after --measure s
            "--measure",
            str(duration),
            "--sign-in-file",
            f"{prefix}_sign_in.json",
            "--csv",
            str(prefix),
            "--only-summary",
            "--learners",
            str(learners),
            "--loglevel",
            "WARNING",
        ],
        check=False,  # Locust exits 1 when any request failed; the table shows which
    )
    return Path(f"{prefix}_stats.csv")


def rows(stats: Path) -> list[dict[str, str]]:
    with stats.open() as handle:
        return list(csv.DictReader(handle))


def sign_in_rows(stats: Path) -> list[str]:
    path = Path(str(stats).replace("_stats.csv", "_sign_in.json"))
    figures = json.loads(path.read_text()) if path.exists() else {}
    return [
        f"| {name} | {row['requests']} | {row['failures']} | {row['p50']:.0f} | {row['p95']:.0f} "
        f"| {row['p99']:.0f} |"
        for name, row in figures.items()
    ]


def exactly_once(stack: Stack) -> tuple[int, int, int]:
    """(submissions, not graded or graded more than once, mastery updates minus evidence)."""
    from learning.services import EVIDENCE_CODES

    with psycopg.connect(stack.db_url.replace("postgres://", "postgresql://")) as conn:
        total, pending = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE status NOT IN ('graded', 'failed')) "
            "FROM exercises_submission"
        ).fetchone() or (0, 0)
        evidence = conn.execute(
            "SELECT count(*) FROM exercises_submission WHERE status = 'graded' AND code = ANY(%s)",
            (sorted(EVIDENCE_CODES),),
        ).fetchone()
        counted = conn.execute("SELECT coalesce(sum(attempts), 0) FROM learning_topicprogress")
        difference = int((counted.fetchone() or (0,))[0]) - int((evidence or (0,))[0])
    return int(total), int(pending), difference


def table(results: dict[int, list[dict[str, str]]]) -> str:
    lines = [
        "| users | endpoint | requests | failures | req/s | p50 ms | p95 ms | p99 ms |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for users, stats in results.items():
        for row in stats:
            if row["Request Count"] == "0":
                continue  # the sign-in requests: reported in their own table
            name = row["Name"] if row["Type"] != "" else "(all)"
            method = row["Type"]
            lines.append(
                f"| {users} | {method} {name} | {row['Request Count']} | {row['Failure Count']} "
                f"| {float(row['Requests/s']):.1f} | {row['50%']} | {row['95%']} | {row['99%']} |"
            )
    return "\n".join(lines)


def main() -> int:
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()  # for the app's own constants (learning.services.EVIDENCE_CODES)
    # Ctrl-C or a kill still stops every server the stack started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", default="50,100,200")
    parser.add_argument("--duration", type=int, default=60, help="seconds per level")
    parser.add_argument("--web-processes", type=int, default=3)
    parser.add_argument("--web-threads", type=int, default=6)
    parser.add_argument("--worker-concurrency", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT_DIR / "var" / "loadtest")
    args = parser.parse_args()
    levels = [int(value) for value in args.users.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    learners = max(levels)
    print("==> Starting the stack (PostgreSQL, Redis, gunicorn, Celery workers and beat)")
    started = time.monotonic()
    with Stack(
        web_processes=args.web_processes,
        web_threads=args.web_threads,
        worker_concurrency=args.worker_concurrency,
        durable=True,
        env={"THROTTLE_LOGIN": "100000/min", "THROTTLE_REGISTER": "100000/min"},
    ) as stack:
        print(f"    ready in {time.monotonic() - started:.0f} s at {stack.url}")
        from ops.client import PASSWORD

        stack.manage("shell", "-c", CREATE_LEARNERS.format(password=PASSWORD, count=learners))
        files = {
            users: run_level(stack, users, args.duration, learners, args.out) for users in levels
        }
        results = {users: rows(path) for users, path in files.items()}
        deadline = time.monotonic() + 120
        while (checked := exactly_once(stack))[1] and time.monotonic() < deadline:
            time.sleep(1)  # let the last answers be graded
        total, pending, difference = checked
    report = [
        f"# Load test ({', '.join(map(str, levels))} simulated learners, {args.duration} s each)",
        "",
        f"gunicorn {args.web_processes} processes x {args.web_threads} threads; one fast-lane "
        f"worker (concurrency {args.worker_concurrency}) and one backlog worker; PostgreSQL "
        "and Redis on this machine. Target: p95 <= "
        f"{TARGET_P95_MS} ms at 100 users, no errors, every submission graded exactly once.",
        "",
        "Study loop, measured for the whole period once every learner had signed in:",
        "",
        table(results),
        "",
        "Signing in (all learners at once during the ramp; PBKDF2 password hashing, 1,000,000",
        "iterations, is CPU-bound on purpose):",
        "",
        "| users | request | requests | failures | p50 ms | p95 ms | p99 ms |",
        "|---:|---|---:|---:|---:|---:|---:|",
        *[f"| {users} " + line for users, path in files.items() for line in sign_in_rows(path)],
        "",
        f"Submissions: {total}; not graded at the end: {pending}; mastery updates minus graded "
        f"evidence: {difference} (0 means each verdict was counted exactly once).",
    ]
    text = "\n".join(report)
    (args.out.parent / "loadtest.md").write_text(text + "\n")
    print(text)
    return 0 if pending == 0 and difference == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
