"""Answer previews and submissions are rate-limited per learner, far above real practice."""

from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from exercises.models import Submission

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("grade_in_process")]
PASSWORD = "a-long-Unusual-passphrase-42"


def rates(settings: Any, **scopes: str) -> None:
    rest = settings.REST_FRAMEWORK
    settings.REST_FRAMEWORK = {
        **rest,
        "DEFAULT_THROTTLE_RATES": {**rest["DEFAULT_THROTTLE_RATES"], **scopes},
    }


def signed_in(username: str) -> APIClient:
    client = APIClient()
    client.force_login(User.objects.create_user(username, "", PASSWORD))
    return client


def preview(client: APIClient, answer: str = "2x") -> Any:
    return client.post(
        "/api/exercises/preview/", {"answer": answer, "variables": ["x"]}, format="json"
    )


def new_instance(client: APIClient) -> str:
    response = client.post("/api/exercises/instances/", {"topic": "vectors"}, format="json")
    assert response.status_code == 201, response.json()
    return response.json()["id"]


@pytest.fixture
def submit(django_capture_on_commit_callbacks: Any) -> Any:
    """Submit an answer and let it be graded (in-process), as the player does."""

    def run(client: APIClient, instance: str, answer: str) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"/api/exercises/instances/{instance}/submissions/",
                {"answer": answer},
                format="json",
            )

    return run


def test_previews_beyond_the_rate_get_429_and_another_learner_is_unaffected(
    loaded_exercises: Any, settings: Any, assert_schema: Any
):
    rates(settings, preview="3/min")
    ada, grace = signed_in("ada"), signed_in("grace")

    allowed = [preview(ada, f"{n}x").status_code for n in range(3)]
    blocked = assert_schema(preview(ada))

    assert allowed == [200, 200, 200]
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "throttled"
    assert blocked.json()["error"]["message"].startswith("Too many requests. Try again in ")
    assert 0 < int(blocked["Retry-After"]) <= 60
    assert preview(grace).status_code == 200


def test_submissions_beyond_the_rate_get_429_and_are_not_saved(
    loaded_exercises: Any, settings: Any, assert_schema: Any, submit: Any
):
    rates(settings, submit="2/min")
    ada, grace = signed_in("ada"), signed_in("grace")
    instance = new_instance(ada)

    allowed = [submit(ada, instance, answer).status_code for answer in ("1", "2")]
    blocked = assert_schema(submit(ada, instance, "3"))

    assert allowed == [202, 202]
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "throttled"
    assert int(blocked["Retry-After"]) > 0
    assert "Try again in" in blocked.json()["error"]["message"]
    assert sorted(Submission.objects.values_list("answer", flat=True)) == ["1", "2"]
    assert submit(grace, new_instance(grace), "1").status_code == 202


def test_the_default_rates_leave_room_for_eager_practice(loaded_exercises: Any, submit: Any):
    """A quick learner: a preview after every pause in typing, then an answer, for a minute."""
    ada = signed_in("ada")
    instance = new_instance(ada)

    previews = {preview(ada, f"{n}x").status_code for n in range(120)}
    submissions = {submit(ada, instance, str(n)).status_code for n in range(20)}

    assert previews == {200}
    assert submissions == {202}
