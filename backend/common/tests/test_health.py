"""/healthz, the staff task counts and the request log (SQLite, in-process tasks)."""

import logging
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import User
from common import health
from exercises import services
from exercises.models import Submission
from ops.stack import free_port


@pytest.fixture
def embedded(settings: Any) -> None:
    """The `make run` set-up: no Redis, tasks in-process (also inside the service run)."""
    settings.REDIS_URL = ""
    settings.CELERY_TASK_ALWAYS_EAGER = True


@pytest.mark.usefixtures("embedded")
def test_healthz_reports_each_part_and_is_ok_in_process(client: Client, db: None):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    assert set(body["checks"]) == {"database", "redis", "worker", "grading"}
    assert body["checks"]["database"] == {"ok": True, "detail": connection.vendor}
    assert "in-process" in body["checks"]["worker"]["detail"]
    assert body["checks"]["grading"] == {"ok": True, "detail": "nothing waiting"}
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_healthz_counts_a_real_worker(client: Client, celery_worker_process: Any):
    response = client.get("/healthz")

    assert response.status_code == 200, response.json()
    checks = response.json()["checks"]
    assert checks["database"] == {"ok": True, "detail": "postgresql"}
    assert checks["redis"] == {"ok": True, "detail": "answers"}
    assert checks["worker"]["detail"].endswith("answered")
    assert checks["grading"]["ok"] is True


def test_healthz_is_503_and_names_redis_when_it_is_away(client: Client, db: None, settings: Any):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there

    response = client.get("/healthz")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["redis"]["ok"] is False
    assert checks["redis"]["detail"].startswith("unavailable")
    assert checks["database"]["ok"] is True


@pytest.mark.usefixtures("embedded")
def test_healthz_is_503_when_an_answer_has_waited_too_long_for_its_verdict(
    client: Client, loaded_exercises: Any, settings: Any
):
    # given a worker that answers pings (here: in-process) but an answer left waiting
    settings.GRADING_HEALTH_MAX_WAIT_SECONDS = 300
    ada = User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")
    instance = services.instance_create(user=ada, template="vector-sum", seed=3)
    waiting = Submission.objects.create(instance=instance, answer="1")
    Submission.objects.create(instance=instance, answer="2", status=Submission.Status.GRADING)

    # when it has waited less than the limit, grading is only reported
    Submission.objects.filter(pk=waiting.pk).update(
        created_at=timezone.now() - timedelta(seconds=290)
    )
    fine = client.get("/healthz")
    # and when it has waited longer, grading has stalled
    Submission.objects.filter(pk=waiting.pk).update(
        created_at=timezone.now() - timedelta(minutes=7)
    )
    stalled = client.get("/healthz")
    # until it is graded
    Submission.objects.update(status=Submission.Status.GRADED)
    recovered = client.get("/healthz")

    assert fine.status_code == 200, fine.json()
    assert fine.json()["checks"]["grading"] == {
        "ok": True,
        "detail": "2 waiting, the oldest for 5 minutes",
    }
    assert stalled.status_code == 503
    assert stalled.json()["checks"]["grading"] == {
        "ok": False,
        "detail": "stalled: 2 waiting, the oldest for 7 minutes",
    }
    assert all(check["ok"] for name, check in stalled.json()["checks"].items() if name != "grading")
    assert recovered.status_code == 200
    assert recovered.json()["checks"]["grading"]["detail"] == "nothing waiting"


def test_healthz_refuses_writes(client: Client, db: None):
    assert client.post("/healthz").status_code == 405


def test_task_counts_are_for_staff_only(db: None):
    client = APIClient()
    assert client.get("/api/ops/tasks/").status_code == 403
    client.force_login(User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42"))
    assert client.get("/api/ops/tasks/").status_code == 403


def test_a_failing_task_is_counted_through_celerys_signal(db: None):
    from celery.signals import task_failure

    from exercises.tasks import submissions_requeue

    task_failure.send(sender=submissions_requeue, task_id="x", exception=RuntimeError("boom"))

    assert health.failures(["exercises.tasks.submissions_requeue"]) == {
        "exercises.tasks.submissions_requeue": 1
    }


def test_every_request_is_logged_with_its_time_and_id(
    client: Client, db: None, caplog: pytest.LogCaptureFixture
):
    with caplog.at_level(logging.INFO, logger="lemma.requests"):
        response = client.get("/api/ping/", HTTP_X_REQUEST_ID="abc-123")
        bad_id = client.get("/api/ping/", HTTP_X_REQUEST_ID="no spaces\nor newlines")

    assert response["X-Request-ID"] == "abc-123"
    assert response["Server-Timing"].startswith("app;dur=")
    assert bad_id["X-Request-ID"] != "no spaces\nor newlines"
    records = [r for r in caplog.records if r.name == "lemma.requests"]
    assert [(r.method, r.path, r.status) for r in records] == [  # type: ignore[attr-defined]
        ("GET", "/api/ping/", 200),
        ("GET", "/api/ping/", 200),
    ]
    assert records[0].request_id == "abc-123"  # type: ignore[attr-defined]
    assert records[0].duration_ms >= 0  # type: ignore[attr-defined]
    assert "GET /api/ping/ 200" in records[0].getMessage()
