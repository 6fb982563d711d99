"""Grading through Redis and a real Celery worker process on PostgreSQL (make test-services)."""

import time
from pathlib import Path
from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from exercises.models import Submission
from exercises.services import MAX_ANSWER_CHARS
from grading.tests.test_hostile import PAYLOADS
from grading.tests.test_hostile import SENTINEL as ENGINE_SENTINEL

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
SENTINEL = Path("/tmp/lemma-worker-pwned")  # noqa: S108 - must never be created


def graded(client: APIClient, submission_id: str) -> dict:
    """Long-poll until the worker has written the verdict (bounded, no fixed sleeps)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        body = client.get(f"/api/exercises/submissions/{submission_id}/?wait=5").json()
        if body["status"] in ("graded", "failed"):
            return body
    pytest.fail(f"submission {submission_id} was not graded within 60 s")


def submit(client: APIClient, instance_id: str, answer: str) -> dict:
    response = client.post(
        f"/api/exercises/instances/{instance_id}/submissions/", {"answer": answer}, format="json"
    )
    assert response.status_code == 202, response.content
    return graded(client, response.json()["id"])


@pytest.fixture
def client(celery_worker_process: Any, loaded_exercises: Any) -> APIClient:
    client = APIClient()
    client.force_login(User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42"))
    return client


def test_the_worker_grades_a_submission(client: APIClient):
    instance = client.post(
        "/api/exercises/instances/", {"template": "scale-expression", "seed": 1}, format="json"
    ).json()
    k = instance["prompt"].split("$")[3]

    right = submit(client, instance["id"], f"{k}*x + {k}")
    wrong = submit(client, instance["id"], f"{k}x + 1")

    assert right["correct"] is True
    assert wrong["correct"] is False
    assert wrong["misconception"] == "partial-distribution"
    stored = Submission.objects.get(pk=right["id"])
    assert stored.grader_version
    assert stored.sample_points
    assert stored.attempts == 1


@pytest.mark.parametrize(
    "hostile", [payload for _, payload, _ in PAYLOADS], ids=[name for name, _, _ in PAYLOADS]
)
def test_a_hostile_answer_fails_alone_and_the_worker_goes_on(client: APIClient, hostile: str):
    instance = client.post(
        "/api/exercises/instances/", {"template": "scale-expression", "seed": 2}, format="json"
    ).json()
    k = instance["prompt"].split("$")[3]

    response = client.post(
        f"/api/exercises/instances/{instance['id']}/submissions/",
        {"answer": hostile},
        format="json",
    )
    if len(hostile) > MAX_ANSWER_CHARS or "\x00" in hostile:
        # refused at the door (too long, or a NUL no database can store), with a field error
        assert response.status_code == 400
        assert response.json()["error"]["fields"]["answer"]
    else:
        verdict = graded(client, response.json()["id"])
        assert verdict["status"] == "graded"
        assert verdict["correct"] is False
        assert verdict["feedback"]
    after = submit(client, instance["id"], f"{k}(x+1)")

    assert not SENTINEL.exists()
    assert not Path(ENGINE_SENTINEL).exists()
    assert after["correct"] is True
