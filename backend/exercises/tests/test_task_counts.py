"""The staff task counts with grading by state (exercises loaded, in-process tasks)."""

from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from common import health


@pytest.mark.usefixtures("grade_in_process")
def test_task_counts_show_grading_by_state_and_failures(
    loaded_exercises: Any, assert_schema: Any, settings: Any
):
    from exercises import services
    from exercises.models import Submission

    settings.REDIS_URL = ""  # the embedded set-up, also inside the service run
    staff = User.objects.create_user("root", "", "a-long-Unusual-passphrase-42", is_staff=True)
    instance = services.instance_create(user=staff, template="vector-sum", seed=1)
    Submission.objects.create(instance=instance, answer="1")
    Submission.objects.create(instance=instance, answer="2", status=Submission.Status.FAILED)
    health.record_failure("exercises.tasks.grade_submission")
    health.record_failure("exercises.tasks.grade_submission")
    client = APIClient()
    client.force_login(staff)

    body = assert_schema(client.get("/api/ops/tasks/")).json()

    assert body["mode"] == "in-process"
    assert body["queued"] == 0
    assert body["running"] == 0
    assert body["grading"]["queued"] == 1
    assert body["grading"]["failed_last_24h"] == 1
    assert body["grading"]["oldest_pending_seconds"] >= 0
    assert body["failed_last_24h"]["exercises.tasks.grade_submission"] == 2
    assert body["failed_last_24h"]["exercises.tasks.submissions_requeue"] == 0
