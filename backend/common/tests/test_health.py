"""/healthz, the staff task counts and the request log (SQLite, in-process tasks)."""

import logging
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from rest_framework.test import APIClient

from accounts.models import User
from common import health
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
    assert set(body["checks"]) == {"database", "redis", "worker"}
    assert body["checks"]["database"] == {"ok": True, "detail": connection.vendor}
    assert "in-process" in body["checks"]["worker"]["detail"]
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


def test_healthz_is_503_and_names_redis_when_it_is_away(client: Client, db: None, settings: Any):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there

    response = client.get("/healthz")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["redis"]["ok"] is False
    assert checks["redis"]["detail"].startswith("unavailable")
    assert checks["database"]["ok"] is True


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
