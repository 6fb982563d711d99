"""Grading when the broker or Redis is away: nothing accepted is lost, reads keep working.

Real unreachable servers (a closed port), not mocks; the full outage with a real Redis restart and
a killed worker is in backend/faults/ (make test-services).
"""

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from accounts.models import User
from common.cache import ResilientRedisCache
from exercises import notify, services
from exercises.models import ExerciseInstance, Submission
from ops.stack import free_port  # a local port nothing listens on


@pytest.fixture
def dead_redis_url() -> str:
    return f"redis://127.0.0.1:{free_port()}/0"


@pytest.fixture
def dead_broker(dead_redis_url: str) -> Any:
    """Celery publishing to a Redis that is not there (not eager)."""
    from config.celery import app as celery_app

    app: Any = celery_app  # reaches into the connection pools to swap the broker
    saved = (app.conf.task_always_eager, app.conf.broker_url, app._pool, app.amqp._producer_pool)
    app.conf.task_always_eager = False
    app.conf.broker_url = dead_redis_url
    app._pool = app.amqp._producer_pool = None
    yield
    if app._pool is not None:
        app._pool.force_close_all()
    app.conf.task_always_eager, app.conf.broker_url, app._pool, app.amqp._producer_pool = saved


@pytest.fixture
def instance(loaded_exercises: Any) -> ExerciseInstance:
    user = User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")
    return services.instance_create(user=user, template="vector-sum", seed=3)


@pytest.mark.django_db(transaction=True)
def test_a_submit_while_the_broker_is_away_is_stored_and_not_an_error(
    instance: ExerciseInstance, dead_broker: None
):
    submission = services.submission_create(instance=instance, answer="7")

    stored = Submission.objects.get(pk=submission.pk)
    assert stored.status == Submission.Status.QUEUED
    assert stored.answer == "7"


@pytest.mark.django_db
def test_grading_enqueue_reports_a_dead_broker(dead_broker: None):
    assert services.grading_enqueue("00000000-0000-0000-0000-000000000000") is False


@pytest.mark.usefixtures("grade_in_process")
def test_the_sweep_regrades_what_was_left_queued_or_claimed_by_a_dead_worker(
    instance: ExerciseInstance, settings: Any
):
    settings.GRADING_REQUEUE_AFTER_SECONDS = 30
    settings.GRADING_STALE_CLAIM_SECONDS = 60
    now = timezone.now()
    lost = Submission.objects.create(instance=instance, answer="1")
    orphan = Submission.objects.create(
        instance=instance, answer="2", status=Submission.Status.GRADING, attempts=1
    )
    recent = Submission.objects.create(instance=instance, answer="3")
    working = Submission.objects.create(
        instance=instance, answer="4", status=Submission.Status.GRADING, attempts=1
    )
    Submission.objects.filter(pk=lost.pk).update(created_at=now - timedelta(seconds=31))
    Submission.objects.filter(pk=orphan.pk).update(started_at=now - timedelta(seconds=61))
    Submission.objects.filter(pk=working.pk).update(started_at=now - timedelta(seconds=5))

    sent = services.submissions_requeue(now=now)

    assert sent == 2
    for row in (lost, orphan):
        row.refresh_from_db()
        assert row.status == Submission.Status.GRADED
        assert row.feedback
    recent.refresh_from_db()
    working.refresh_from_db()
    assert recent.status == Submission.Status.QUEUED  # still within its time: left alone
    assert working.status == Submission.Status.GRADING  # a live claim is never overtaken
    orphan.refresh_from_db()
    assert orphan.attempts == 2


@pytest.mark.usefixtures("grade_in_process")
def test_a_second_message_for_a_graded_answer_changes_nothing(instance: ExerciseInstance):
    submission = Submission.objects.create(instance=instance, answer="5")
    services.submission_grade(submission_id=str(submission.pk), in_process=True)
    submission.refresh_from_db()
    first = (submission.graded_at, submission.correct, submission.attempts)

    services.submission_grade(submission_id=str(submission.pk), in_process=True)

    submission.refresh_from_db()
    assert (submission.graded_at, submission.correct, submission.attempts) == first


def test_the_stale_claim_outlasts_the_task_hard_limit(settings: Any):
    from exercises.tasks import grade_submission

    settings.GRADING_STALE_CLAIM_SECONDS = 60
    assert grade_submission.time_limit is not None
    assert services.stale_claim().total_seconds() > grade_submission.time_limit


def test_the_sweep_is_on_the_beat_schedule(settings: Any):
    entry = settings.CELERY_BEAT_SCHEDULE["grading-sweep"]
    assert entry["task"] == "exercises.tasks.submissions_requeue"
    assert entry["schedule"] == settings.GRADING_SWEEP_SECONDS


def test_the_cache_is_a_miss_not_an_error_while_redis_is_away(dead_redis_url: str):
    cache = ResilientRedisCache(dead_redis_url, {"OPTIONS": {"socket_connect_timeout": 0.5}})

    cache.set("k", 1)
    assert cache.get("k", "missing") == "missing"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("k", 1) is False
    assert cache.delete("k") is False
    with pytest.raises(ValueError, match="not found"):
        cache.incr("k")


def test_a_verdict_wait_polls_the_database_while_redis_is_away(dead_redis_url: str, settings: Any):
    settings.REDIS_URL = dead_redis_url
    notify._client.cache_clear()
    checks: list[int] = []

    def done() -> bool:
        checks.append(1)
        return len(checks) >= 2

    try:
        notify.verdict_ready("some-id")  # logged and skipped, never raised
        notify.wait_for_verdict("some-id", 5.0, is_done=done)
    finally:
        notify._client.cache_clear()
    assert len(checks) == 2  # returned as soon as the answer was graded, not at the deadline


def test_a_learner_with_too_many_answers_in_flight_waits_for_them(
    instance: ExerciseInstance, settings: Any
):
    from rest_framework.test import APIClient

    settings.GRADING_MAX_PENDING_PER_LEARNER = 2
    for answer in ("1", "2"):
        Submission.objects.create(instance=instance, answer=answer)
    client = APIClient()
    client.force_login(instance.user)

    response = client.post(
        f"/api/exercises/instances/{instance.pk}/submissions/", {"answer": "3"}, format="json"
    )

    assert response.status_code == 429
    assert response["Retry-After"] == "2"
    error = response.json()["error"]
    assert error["code"] == "too_many_pending"
    assert "2 answers still being checked" in error["message"]
    assert Submission.objects.filter(instance=instance).count() == 2  # nothing half-stored
    Submission.objects.filter(instance=instance).update(status=Submission.Status.GRADED)
    accepted = client.post(
        f"/api/exercises/instances/{instance.pk}/submissions/", {"answer": "3"}, format="json"
    )
    assert accepted.status_code in (201, 202)


def test_ordinary_answers_take_the_fast_lane_and_floods_the_backlog(
    instance: ExerciseInstance, settings: Any
):
    settings.GRADING_QUEUE, settings.GRADING_BACKLOG_QUEUE = "fast", "backlog"
    first = Submission.objects.create(instance=instance, answer="7", interpretation="7")
    assert services.grading_queue(first) == "fast"

    second = Submission.objects.create(instance=instance, answer="8", interpretation="8")
    assert services.grading_queue(second) == "backlog"  # one already waiting: a flood

    Submission.objects.filter(pk=first.pk).update(status=Submission.Status.GRADED)
    assert services.grading_queue(second) == "fast"
    unreadable = Submission.objects.create(instance=instance, answer="((", interpretation="")
    Submission.objects.filter(pk__in=[second.pk]).update(status=Submission.Status.GRADED)
    assert services.grading_queue(unreadable) == "backlog"
    Submission.objects.filter(pk=unreadable.pk).update(status=Submission.Status.GRADED)
    long = Submission.objects.create(instance=instance, answer="1+" * 150 + "1", interpretation="x")
    assert services.grading_queue(long) == "backlog"


@pytest.mark.usefixtures("grade_in_process")
def test_an_answer_whose_learner_deleted_their_account_is_skipped(instance: ExerciseInstance):
    submission = Submission.objects.create(instance=instance, answer="5")
    submission_id = str(submission.pk)
    instance.user.delete()

    services.submission_grade(submission_id=submission_id, in_process=True)  # no error

    assert not Submission.objects.filter(pk=submission_id).exists()


@pytest.mark.usefixtures("grade_in_process")
def test_waiting_for_a_verdict_resends_an_answer_left_queued(
    instance: ExerciseInstance, settings: Any
):
    from rest_framework.test import APIClient

    settings.GRADING_REQUEUE_AFTER_SECONDS = 30
    lost = Submission.objects.create(instance=instance, answer="1")
    fresh = Submission.objects.create(instance=instance, answer="2")
    Submission.objects.filter(pk=lost.pk).update(created_at=timezone.now() - timedelta(seconds=31))
    client = APIClient()
    client.force_login(instance.user)

    assert client.get(f"/api/exercises/submissions/{lost.pk}/").json()["status"] == "graded"
    assert client.get(f"/api/exercises/submissions/{fresh.pk}/").json()["status"] == "queued"
    lost.refresh_from_db()
    assert services.submission_nudge(lost) is False  # graded: nothing to send
