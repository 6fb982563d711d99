"""The exercise API as the player uses it. Grading runs in-process here (no broker)."""

from typing import Any

import pytest
from django.db import transaction
from rest_framework.test import APIClient

from accounts.models import User
from exercises import services
from exercises.models import ExerciseInstance, Submission
from exercises.signals import submission_graded

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("grade_in_process")]


@pytest.fixture
def learner(loaded_exercises: Any) -> User:
    return User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")


@pytest.fixture
def client(learner: User) -> APIClient:
    client = APIClient()
    client.force_login(learner)
    return client


def new_instance(client: APIClient, **data: Any) -> dict:
    response = client.post("/api/exercises/instances/", data or {"topic": "vectors"}, format="json")
    assert response.status_code == 201, response.json()
    return response.json()


@pytest.fixture
def submit(django_capture_on_commit_callbacks: Any) -> Any:
    """Submit as the page does, then long-poll the verdict."""

    def run(client: APIClient, instance: dict, answer: str) -> dict:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/api/exercises/instances/{instance['id']}/submissions/",
                {"answer": answer},
                format="json",
            )
        assert response.status_code == 202, response.json()
        verdict = client.get(f"/api/exercises/submissions/{response.json()['id']}/?wait=5")
        return verdict.json()

    return run


def test_a_new_instance_shows_the_prompt_but_not_the_answer(client: APIClient, assert_schema: Any):
    instance = new_instance(client, template="vector-sum", seed=3)

    assert instance["prompt"].startswith("Compute $")
    assert instance["kind"] == "number"
    assert instance["answer"] is None
    assert instance["solution"] is None
    assert instance["hints"] == []
    assert instance["hints_total"] == 2
    again = client.get(f"/api/exercises/instances/{instance['id']}/")
    assert assert_schema(again).json()["prompt"] == instance["prompt"]


def test_a_correct_answer_in_another_form_is_accepted(
    client: APIClient, submit: Any, assert_schema: Any
):
    instance = new_instance(client, template="scale-expression", seed=1)
    k = instance["prompt"].split("$")[3]

    verdict = submit(client, instance, f"{k}x + {k}")

    assert verdict["status"] == "graded"
    assert verdict["correct"] is True
    assert verdict["interpretation"]  # "read as" LaTeX


def test_a_known_mistake_gets_targeted_feedback(client: APIClient, submit: Any):
    instance = new_instance(client, template="scale-expression", seed=1)
    k = instance["prompt"].split("$")[3]

    verdict = submit(client, instance, f"{k}x + 1")

    assert verdict["correct"] is False
    assert verdict["code"] == "mistake"
    assert verdict["misconception"] == "partial-distribution"
    assert verdict["feedback"] == "Multiply the 1 too."


def test_unreadable_answer_is_kept_and_explained(client: APIClient, submit: Any):
    instance = new_instance(client, template="scale-expression", seed=1)

    verdict = submit(client, instance, "3x +* (")

    assert verdict["correct"] is False
    assert verdict["code"] == "syntax_error"
    assert verdict["answer"] == "3x +* ("  # nothing the learner typed is lost
    assert Submission.objects.get(pk=verdict["id"]).answer == "3x +* ("


def test_an_answer_over_the_limit_is_refused_with_a_field_error(client: APIClient):
    instance = new_instance(client)
    response = client.post(
        f"/api/exercises/instances/{instance['id']}/submissions/",
        {"answer": "1" * (services.MAX_ANSWER_CHARS + 1)},
        format="json",
    )

    assert response.status_code == 400
    assert "at most 5000 characters" in response.json()["error"]["fields"]["answer"][0]
    assert not Submission.objects.exists()


def test_preview_reads_without_grading(client: APIClient, assert_schema: Any):
    ok = assert_schema(
        client.post(
            "/api/exercises/preview/",
            {"answer": "2x(x+1)", "kind": "expression", "variables": ["x"]},
            format="json",
        )
    ).json()
    bad = client.post(
        "/api/exercises/preview/", {"answer": "2x +", "variables": ["x"]}, format="json"
    ).json()

    assert ok["ok"] is True
    assert "x" in ok["latex"]
    assert bad["ok"] is False
    assert bad["code"] == "syntax_error"
    assert not Submission.objects.exists()


def test_hints_come_one_at_a_time(client: APIClient):
    instance = new_instance(client, template="vector-sum", seed=3)
    url = f"/api/exercises/instances/{instance['id']}/hints/"

    first = client.post(url).json()
    second = client.post(url).json()
    third = client.post(url).json()

    assert first["hints"] == ["Add them."]
    assert len(second["hints"]) == 2
    assert third["hints"] == second["hints"]  # no more to reveal


def test_revealing_the_solution_is_recorded_as_giving_up(client: APIClient):
    instance = new_instance(client, template="vector-sum", seed=3)

    revealed = client.post(f"/api/exercises/instances/{instance['id']}/solution/").json()

    assert revealed["solution"].startswith("$")
    assert revealed["answer"]
    assert ExerciseInstance.objects.get(pk=instance["id"]).solution_revealed_at is not None


def test_grading_twice_gives_one_verdict(client: APIClient, submit: Any):
    instance = new_instance(client, template="vector-sum", seed=3)
    verdict = submit(client, instance, "0")
    graded_at = Submission.objects.get(pk=verdict["id"]).graded_at

    services.submission_grade(submission_id=verdict["id"], in_process=True)

    submission = Submission.objects.get(pk=verdict["id"])
    assert submission.graded_at == graded_at
    assert submission.attempts == 1


def test_other_learners_cannot_see_or_answer_my_exercise(client: APIClient, learner: User):
    instance = new_instance(client)
    other = APIClient()
    other.force_login(User.objects.create_user("eve", "", "another-Long-passphrase-9"))

    assert other.get(f"/api/exercises/instances/{instance['id']}/").status_code == 404
    response = other.post(
        f"/api/exercises/instances/{instance['id']}/submissions/", {"answer": "1"}, format="json"
    )
    assert response.status_code == 404


def test_exercises_need_a_login(loaded_exercises: Any):
    response = APIClient().post("/api/exercises/instances/", {"topic": "vectors"}, format="json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_authenticated"


def test_topic_without_exercises_says_so(client: APIClient):
    response = client.post("/api/exercises/instances/", {"topic": "gradients"}, format="json")
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "There is no exercise for that topic yet."


def test_templates_list_by_topic(client: APIClient, assert_schema: Any):
    body = assert_schema(client.get("/api/exercises/templates/?topic=vectors")).json()
    assert {t["slug"] for t in body} == {"vector-sum", "scale-expression"}


def test_a_failing_listener_does_not_lose_the_verdict(client: APIClient, submit: Any):
    def broken_receiver(sender: Any, **kwargs: Any) -> None:
        with transaction.atomic():
            ExerciseInstance.objects.update(hints_revealed=99)  # undone with its savepoint
            raise RuntimeError("a listener that breaks")

    submission_graded.connect(broken_receiver, dispatch_uid="test-broken")
    try:
        verdict = submit(client, new_instance(client), "1")
    finally:
        submission_graded.disconnect(dispatch_uid="test-broken")

    assert verdict["status"] == "graded"
    assert Submission.objects.get(pk=verdict["id"]).status == Submission.Status.GRADED
    assert not ExerciseInstance.objects.filter(hints_revealed=99).exists()
