"""The load test's hot requests stay at a fixed, small number of queries (the profile's fixes:
the curriculum graph cached, the planner's reads batched). A regression here shows up as a
slower `make loadtest` long before it shows up in production."""

from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User

pytestmark = pytest.mark.usefixtures("loaded_exercises")


@pytest.fixture
def learner() -> APIClient:
    client = APIClient()
    client.force_login(User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42"))
    response = client.put(
        "/api/learning/profile/", {"role": "engineer", "hours_per_day": "1.5"}, format="json"
    )
    assert response.status_code == 200, response.content
    return client


def test_page_loads_take_a_fixed_number_of_queries(
    learner: APIClient, django_assert_max_num_queries: Any
):
    learner.get("/api/roles/engineer/roadmap/")  # builds the cached graph once
    with django_assert_max_num_queries(2):  # the session and the user; the graph is cached
        assert learner.get("/api/roles/engineer/roadmap/").status_code == 200
    with django_assert_max_num_queries(10):
        today = learner.get("/api/learning/today/")
    assert today.status_code == 200
    with django_assert_max_num_queries(10):
        assert learner.get("/api/learning/dashboard/").status_code == 200
    with django_assert_max_num_queries(6):
        created = learner.post("/api/exercises/instances/", {"topic": "vectors"}, format="json")
    assert created.status_code == 201
    with django_assert_max_num_queries(3):
        preview = learner.post(
            "/api/exercises/preview/", {"answer": "x+1", "kind": "expression"}, format="json"
        )
    assert preview.status_code == 200


@pytest.mark.usefixtures("grade_in_process")
def test_the_queue_does_not_grow_its_queries_with_history(
    learner: APIClient, django_assert_max_num_queries: Any, django_capture_on_commit_callbacks: Any
):
    instance = learner.post("/api/exercises/instances/", {"topic": "vectors"}, format="json")
    for answer in ["1", "2", "3", "4", "5", "6"]:
        with django_capture_on_commit_callbacks(execute=True):
            learner.post(
                f"/api/exercises/instances/{instance.json()['id']}/submissions/",
                {"answer": answer},
                format="json",
            )
    # Repeated wrong answers add one read (the mistakes to remediate), never one per answer.
    with django_assert_max_num_queries(12):
        assert learner.get("/api/learning/today/").status_code == 200
    with django_assert_max_num_queries(12):
        assert learner.get("/api/learning/dashboard/").status_code == 200
