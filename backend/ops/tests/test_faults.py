"""Faults on the real stack: a worker killed mid-grading, Redis and PostgreSQL restarted, a
flood of hostile answers. Each runs against gunicorn, Celery workers and beat, and the stack's own
PostgreSQL and Redis (ops/stack.py), which are killed and restarted for real.

Run by `make test-services` (marked `services`); they fail, not skip, when a part can't start.
"""

import statistics
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from grading.tests.test_hostile import PAYLOADS
from learning.services import EVIDENCE_CODES
from ops.client import ApiClient
from ops.stack import Stack

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def stack(request: pytest.FixtureRequest) -> Iterator[Stack]:
    with Stack(
        web_processes=2,
        web_threads=8,
        workers=1,
        worker_concurrency=2,
        env={
            "GRADING_REQUEUE_AFTER_SECONDS": "3",
            "GRADING_STALE_CLAIM_SECONDS": "20",
            "GRADING_SWEEP_SECONDS": "2",
            "GRADING_MAX_PENDING_PER_LEARNER": "3",
            "THROTTLE_SUBMIT": "100000/minute",
        },
    ) as running:
        yield running
        if request.session.testsfailed:
            for name in ("worker", "beat", "web"):
                print(f"--- {name} log (tail) ---\n{running.logs(name)}")


def sql(stack: Stack, query: str, *params: Any) -> list[tuple]:
    with psycopg.connect(stack.db_url.replace("postgres://", "postgresql://")) as conn:
        return conn.execute(query, params).fetchall()


def learner(stack: Stack, name: str) -> ApiClient:
    client = ApiClient(stack.url)
    client.register(f"{name}-{time.monotonic_ns()}")
    return client


def template_slug(client: ApiClient) -> str:
    """A template with a number answer, from the real content."""
    templates = client.get("/api/exercises/templates/").json()
    return next(t["slug"] for t in templates if t["kind"] == "number")


def graded_exactly_once(stack: Stack, username: str) -> None:
    """Every answer of this learner has one verdict, and mastery counted each evidence once."""
    statuses = sql(
        stack,
        """SELECT s.status, count(*) FROM exercises_submission s
           JOIN exercises_exerciseinstance i ON i.id = s.instance_id
           JOIN accounts_user u ON u.id = i.user_id WHERE u.username = %s GROUP BY s.status""",
        username,
    )
    assert dict(statuses).keys() == {"graded"}, statuses
    counted = sql(
        stack,
        """SELECT coalesce(sum(p.attempts), 0) FROM learning_topicprogress p
           JOIN accounts_user u ON u.id = p.user_id WHERE u.username = %s""",
        username,
    )[0][0]
    evidence = sql(
        stack,
        """SELECT count(*) FROM exercises_submission s
           JOIN exercises_exerciseinstance i ON i.id = s.instance_id
           JOIN accounts_user u ON u.id = i.user_id
           WHERE u.username = %s AND s.code = ANY(%s)""",
        username,
        sorted(EVIDENCE_CODES),
    )[0][0]
    assert counted == evidence, (counted, evidence)


def test_the_stack_is_healthy(stack: Stack):
    status, body = stack.healthz()
    assert status == 200, body
    assert body["checks"]["worker"]["detail"] == "2 answered"  # the fast lane and the backlog


def test_a_worker_killed_mid_grading_leaves_the_answer_graded_once(stack: Stack):
    ada = learner(stack, "ada")
    stack.kill_workers()
    stack.start_worker(GRADING_FAULT_DELAY_SECONDS="60")  # holds each claim for a minute
    stack.start_worker(backlog=True, GRADING_FAULT_DELAY_SECONDS="60")
    instance = ada.new_instance(template_slug(ada))

    submission = ada.submit(instance["id"], "3")
    deadline = time.monotonic() + 60
    while (
        sql(stack, "SELECT status FROM exercises_submission WHERE id = %s", submission["id"])[0][0]
        != "grading"
    ):
        assert time.monotonic() < deadline, "the worker never claimed the answer"
        time.sleep(0.05)
    stack.kill_workers()  # kill -9, in the middle of grading
    status, body = stack.healthz()
    assert status == 503
    assert body["checks"]["worker"]["ok"] is False
    stack.start_worker()
    stack.start_worker(backlog=True)

    verdict = ada.verdict(submission["id"], within=120)

    assert verdict["status"] == "graded"
    attempts, status_now = sql(
        stack, "SELECT attempts, status FROM exercises_submission WHERE id = %s", submission["id"]
    )[0]
    assert (attempts, status_now) == (2, "graded")  # claimed twice, graded once
    graded_exactly_once(stack, ada.username)


def test_a_redis_restart_during_a_burst_loses_no_answer_and_reads_keep_working(stack: Stack):
    learners = [learner(stack, f"burst{i}") for i in range(4)]
    slug = template_slug(learners[0])
    accepted: list[tuple[ApiClient, str]] = []
    refused: list[int] = []
    read_failures: list[str] = []
    stop = threading.Event()

    def burst(client: ApiClient) -> None:
        instance = client.new_instance(slug)
        while not stop.is_set():
            response = client.post(
                f"/api/exercises/instances/{instance['id']}/submissions/", {"answer": "2"}
            )
            if response.status == 202:
                accepted.append((client, response.json()["id"]))
            elif response.status == 429:  # too many in flight: wait for them, as the page does
                time.sleep(0.2)
            else:
                refused.append(response.status)
            for path in ("/api/roles/", "/api/auth/me/", "/api/learning/progress/"):
                read = client.get(path)
                if read.status != 200:
                    read_failures.append(f"{path} {read.status}")

    threads = [threading.Thread(target=burst, args=(client,)) for client in learners]
    for thread in threads:
        thread.start()
    time.sleep(3)
    stack.redis.stop()  # Redis dies with every queued message...
    time.sleep(3)
    stack.redis.start()  # ...and comes back empty
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)

    assert refused == []  # every answer sent was accepted
    assert read_failures == []
    assert len(accepted) >= 20
    for client, submission_id in accepted:
        assert client.verdict(submission_id, within=120)["status"] == "graded"
    for client in learners:
        graded_exactly_once(stack, client.username)
    status, _ = stack.healthz()
    assert status == 200


def test_the_app_reconnects_after_a_postgres_restart(stack: Stack):
    ada = learner(stack, "pg")
    assert ada.get("/api/roles/").status == 200

    stack.restart_postgres()

    # The very first requests after the restart succeed: stale connections are replaced.
    for _ in range(2 * 8):  # more than there are web threads, so every pooled connection is hit
        assert ada.get("/api/auth/me/").status == 200
    instance = ada.new_instance(template_slug(ada))
    submission = ada.submit(instance["id"], "1")
    assert ada.verdict(submission["id"], within=60)["status"] == "graded"
    status, body = stack.healthz()
    assert status == 200, body


def verdict_latency(client: ApiClient, instance_id: str, samples: int) -> list[float]:
    """Seconds from sending an answer to reading its verdict, one answer at a time."""
    latencies = []
    for _ in range(samples):
        started = time.perf_counter()
        submission = client.submit(instance_id, "4")
        client.verdict(submission["id"], within=60)
        latencies.append(time.perf_counter() - started)
    return latencies


def test_a_flood_of_hostile_answers_does_not_slow_other_learners_beyond_twice(stack: Stack):
    """Three accounts send hostile answers as fast as the server accepts them, without waiting
    for verdicts. The limit on answers in flight and the backlog lane keep them off the fast
    lane. Relative, not absolute: the same learner's median verdict time with and without the
    flood, on the same machine in the same minute. (Requests that ignore Retry-After are an
    HTTP flood, for the reverse proxy's per-address limits: README, "Running in production".)"""
    ada = learner(stack, "steady")
    instance = ada.new_instance(template_slug(ada))
    verdict_latency(ada, instance["id"], 3)  # warm up
    normal = statistics.median(verdict_latency(ada, instance["id"], 15))

    attackers = [learner(stack, f"flood{i}") for i in range(3)]
    payloads = [payload for _, payload, _ in PAYLOADS if len(payload) <= 5000]
    sent: list[int] = []
    stop = threading.Event()

    def flood(client: ApiClient) -> None:
        attack = client.new_instance(template_slug(client))
        index = 0
        while not stop.is_set():
            response = client.post(
                f"/api/exercises/instances/{attack['id']}/submissions/",
                {"answer": payloads[index % len(payloads)]},
            )
            sent.append(response.status)
            index += 1
            if response.status == 429:  # as fast as the server takes them: obey Retry-After
                time.sleep(float(response.headers.get("Retry-After", "1")))

    threads = [threading.Thread(target=flood, args=(client,)) for client in attackers]
    for thread in threads:
        thread.start()
    try:
        time.sleep(2)
        flooded = statistics.median(verdict_latency(ada, instance["id"], 15))
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

    print(f"verdict latency: normal {normal * 1000:.0f} ms, flooded {flooded * 1000:.0f} ms")
    assert sent.count(202) > 0  # the flood really reached the graders
    assert sent.count(429) > 0  # and was held back
    assert flooded <= 2 * normal, (normal, flooded)
