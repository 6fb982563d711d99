"""Benchmark today's queue: `make bench` (python -m benchmarks.plan_queue).

Target (issue 5): building today's queue takes <= 20 ms p95 for a learner with 150 topics and
10,000 attempts. Runs on a fresh SQLite database with the real roadmaps/ loaded plus synthetic
topics up to 150, a learner whose goal is the researcher role (every topic), progress on every
topic at mixed levels (some due for review, some failing), and 10,000 graded submissions spread
over every exercise template, the wrong ones with misconception tags. Times
the whole read path the API uses (selectors.today_queue: profile, topics, prerequisites,
progress, planner), and the HTTP endpoint on top of it. Also reported, with no target: the
forecast endpoint for the same learner: simulated (the planner run forward, with its search for
the daily hours and the narrower goals), and served again while its inputs are unchanged.
"""

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from benchmarks.roadmap_api import _percentile, _setup

RUNS = 200
WARMUP = 20
TOPICS = 150
ATTEMPTS = 10_000
TARGET_P95_MS = 20.0


def _learner() -> Any:
    from django.utils import timezone

    from accounts.models import User
    from curriculum.models import Area, Prerequisite, Role, Topic
    from exercises.models import ExerciseInstance, ExerciseTemplate, Submission
    from learning.models import LearnerProfile, TopicProgress

    rng = random.Random(5)
    existing = list(Topic.objects.active())
    for index in range(TOPICS - len(existing)):
        topic = Topic.objects.create(
            slug=f"bench-topic-{index}",
            title=f"Benchmark topic {index}",
            area=Area.values[index % len(Area.values)],
            summary="A synthetic topic for the benchmark.",
            explanation="Synthetic.",
            ml_use="Synthetic.",
            estimated_hours=3,
        )
        for prerequisite in rng.sample(existing, 2):
            Prerequisite.objects.create(topic=topic, prerequisite=prerequisite)
        existing.append(topic)
    user = User.objects.create_user("bench", "", "a-long-Unusual-passphrase-42")
    LearnerProfile.objects.create(
        user=user,
        role=Role.objects.get(slug="researcher"),
        hours_per_day=2,
        start_date=date.today() - timedelta(days=60),
        target_date=date.today() + timedelta(days=120),
    )
    now = timezone.now()
    levels = ["learning", "practised", "mastered", "not_started"]
    TopicProgress.objects.bulk_create(
        TopicProgress(
            user=user,
            topic=topic,
            level=levels[index % 4],
            p_known=rng.random(),
            attempts=60,
            correct=40,
            failures_in_a_row=3 if index % 17 == 0 else 0,
            due_at=now - timedelta(days=1) if index % 4 == 2 and index % 3 == 0 else None,
        )
        for index, topic in enumerate(existing)
    )
    # Answers spread over every template; wrong ones carry the template's first misconception
    # tag, so the failing topics' remediation looks its tags up (the slowest path).
    templates = list(ExerciseTemplate.objects.all())
    instances = ExerciseInstance.objects.bulk_create(
        ExerciseInstance(user=user, template=templates[seed % len(templates)], seed=seed)
        for seed in range(2 * len(templates))
    )

    def tag(instance: Any) -> str:
        mistakes = instance.template.source.get("mistakes") or [{}]
        return str(mistakes[0].get("tag", ""))

    Submission.objects.bulk_create(
        Submission(
            instance=instances[index % len(instances)],
            answer="1",
            status=Submission.Status.GRADED,
            correct=index % 3 != 0,
            code="correct" if index % 3 else "mistake",
            misconception="" if index % 3 else tag(instances[index % len(instances)]),
            graded_at=now,
        )
        for index in range(ATTEMPTS)
    )
    return user


def _samples(run: Callable[[], object], runs: int = RUNS, warmup: int = WARMUP) -> list[float]:
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    _setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from exercises.models import Submission
    from learning import selectors

    user = _learner()
    topics = len(selectors.planner_topics())
    attempts = Submission.objects.filter(instance__user=user).count()
    queue = selectors.today_queue(user=user)
    assert queue
    with CaptureQueriesContext(connection) as queries:
        selectors.today_queue(user=user)
    query_count = len(queries)  # read now: the log is reset by later requests
    selector = _samples(lambda: selectors.today_queue(user=user))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    assert client.get("/api/learning/today/").status_code == 200
    endpoint = _samples(lambda: client.get("/api/learning/today/"))
    assert client.get("/api/learning/forecast/").status_code == 200

    def cold_forecast() -> object:
        cache.clear()  # as after a new answer: the simulation runs again
        return client.get("/api/learning/forecast/")

    cold = _samples(cold_forecast, runs=20, warmup=2)
    warm = _samples(lambda: client.get("/api/learning/forecast/"))

    print(f"\nToday's queue: {topics} topics, {attempts} recorded attempts, {len(queue)} items")
    print(f"  queries per build: {query_count}")
    print("| path | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    for name, samples in (
        ("selector (today_queue)", selector),
        ("GET /api/learning/today/", endpoint),
        ("GET /api/learning/forecast/, simulated (20 requests, no target)", cold),
        ("GET /api/learning/forecast/, unchanged inputs (cached; no target)", warm),
    ):
        print(
            f"| {name} | {statistics.median(samples):.2f} | {_percentile(samples, 95):.2f} "
            f"| {max(samples):.2f} |"
        )
    p95 = _percentile(selector, 95)
    verdict = "meets" if p95 <= TARGET_P95_MS else "MISSES"
    print(f"  target: p95 <= {TARGET_P95_MS:.0f} ms for the queue build: {verdict} it")


if __name__ == "__main__":
    main()
