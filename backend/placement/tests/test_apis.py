"""Placement and test-out quizzes through the API, with answers graded by the real exercise
engine (in-process) and credit landing in the learner's mastery."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import User
from exercises.content import template_from_source
from exercises.instances import instantiate
from exercises.models import ExerciseInstance
from exercises.tests.conftest import vector_templates, write_templates
from learning.models import LevelChange, TopicProgress
from placement import kst
from placement.models import Assessment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("grade_in_process")]

TOPICS = ["vectors", "matrices", "functions", "derivatives", "gradients"]


@pytest.fixture
def exercises_everywhere(db: None, curriculum_dir: Path) -> None:
    """Number exercises on every topic of the small curriculum, two per topic."""
    from curriculum import services
    from curriculum.content import read_curriculum
    from exercises import services as exercise_services
    from exercises.content import read_templates

    base = vector_templates()[0]
    for topic in TOPICS:
        folder = write_templates(
            curriculum_dir,
            topic,
            [{**base, "slug": f"{topic}-sum-{n}", "difficulty": n, "mistakes": []} for n in (1, 2)],
        )
    curriculum = read_curriculum(curriculum_dir)
    services.roadmaps_load(curriculum=curriculum)
    exercise_services.templates_load(templates=read_templates(folder, set(curriculum.topics)))


@pytest.fixture
def client(exercises_everywhere: None) -> APIClient:
    learner = User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")
    client = APIClient()
    client.force_login(learner)
    return client


def plan(client: APIClient, role: str = "scientist") -> None:
    response = client.put(
        "/api/learning/profile/", {"role": role, "hours_per_day": "1"}, format="json"
    )
    assert response.status_code == 200, response.json()


def current(state: dict) -> dict:
    """The open question: the last one, while it has no outcome."""
    last = state["questions"][-1]
    assert state["status"] == "active"
    assert not last["outcome"]
    return last


def answer(client: APIClient, capture: Any, instance_id: str, *, right: bool) -> dict:
    stored = ExerciseInstance.objects.select_related("template__topic").get(pk=instance_id)
    data = template_from_source(stored.template.source, stored.template.topic.slug)
    expected = instantiate(data, stored.seed).expected
    with capture(execute=True):
        response = client.post(
            f"/api/exercises/instances/{instance_id}/submissions/",
            {"answer": expected if right else f"{expected} + 1"},
            format="json",
        )
    assert response.status_code == 202, response.json()
    return client.post(
        f"/api/assessments/{stored.assessment_question.assessment_id}/advance/"
    ).json()


def test_placement_needs_a_plan_first(client: APIClient):
    response = client.post("/api/assessments/placement/")

    assert response.status_code == 400
    assert "profile" in response.json()["error"]["fields"]
    assert client.get("/api/assessments/placement/").status_code == 404


def test_a_learner_who_knows_everything_is_placed_and_credited(
    client: APIClient, django_capture_on_commit_callbacks: Any, assert_schema: Any
):
    plan(client)
    started = client.post("/api/assessments/placement/")
    assert started.status_code == 200, started.json()
    assert_schema(started)
    state = started.json()
    assert state["status"] == "active"
    assert state["topic_count"] == 4  # gradients and what it needs
    asked = []
    while state["status"] == "active":
        asked.append(current(state)["topic"])
        state = answer(
            client, django_capture_on_commit_callbacks, current(state)["instance"], right=True
        )

    assert state["status"] == "finished"
    assert 1 <= len(asked) <= kst.MAX_QUESTIONS
    assert sorted(state["credited"]) == ["derivatives", "functions", "gradients", "vectors"]
    assert state["answered"] == state["right"] == len(asked)
    assert {row["verdict"] for row in state["placed"]} == {"known"}
    assert state["confidence"] >= kst.CONFIDENT
    progress = TopicProgress.objects.get(topic__slug="functions")
    assert progress.level == "mastered"
    assert progress.due_at is not None
    assert progress.due_at > timezone.now() + timedelta(days=5)  # first check in about a week
    reason = LevelChange.objects.filter(progress=progress).first()
    assert reason is not None
    assert reason.reason.startswith("Placement: ")
    # the plan moves on: nothing left to learn for this goal
    assert client.get("/api/learning/today/").json() == []


def test_i_dont_know_to_everything_places_the_learner_at_the_start(client: APIClient):
    plan(client)
    state = client.post("/api/assessments/placement/").json()
    while state["status"] == "active":
        response = client.post(f"/api/assessments/{state['id']}/dont-know/")
        assert response.status_code == 200, response.json()
        state = response.json()

    verdicts = {row["topic"]: row["verdict"] for row in state["placed"]}
    assert verdicts == {
        "functions": "ready",
        "vectors": "ready",
        "derivatives": "not_yet",
        "gradients": "not_yet",
    }
    assert state["credited"] == []
    assert not TopicProgress.objects.filter(level="mastered").exists()
    assert {q["outcome"] for q in state["questions"]} == {"dont_know"}


def test_placement_is_resumable_and_waits_for_an_answer(
    client: APIClient, django_capture_on_commit_callbacks: Any
):
    plan(client)
    first = client.post("/api/assessments/placement/").json()

    again = client.post("/api/assessments/placement/").json()
    waiting = client.post(f"/api/assessments/{first['id']}/advance/").json()

    assert again["id"] == first["id"]
    assert current(again) == current(waiting) == current(first)
    # an answer the grader cannot read does not count; the question stays open
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/api/exercises/instances/{current(first)['instance']}/submissions/",
            {"answer": "((("},
            format="json",
        )
    still = client.post(f"/api/assessments/{first['id']}/advance/").json()
    assert current(still) == current(first)
    assert still["answered"] == 0


def test_stopping_early_uses_the_answers_so_far_and_without_any_skips(
    client: APIClient, django_capture_on_commit_callbacks: Any
):
    plan(client)
    state = client.post("/api/assessments/placement/").json()
    skipped = client.post(f"/api/assessments/{state['id']}/stop/").json()
    assert skipped["status"] == "skipped"

    state = client.post("/api/assessments/placement/").json()
    assert state["id"] != skipped["id"]
    state = answer(
        client, django_capture_on_commit_callbacks, current(state)["instance"], right=True
    )
    stopped = client.post(f"/api/assessments/{state['id']}/stop/").json()

    assert stopped["status"] == "finished"
    assert stopped["stop_reason"] == "stopped_early"
    assert stopped["answered"] == 1
    assert client.get("/api/assessments/placement/").json()["id"] == stopped["id"]


def test_skipping_placement_is_remembered(client: APIClient):
    plan(client)

    skipped = client.post("/api/assessments/placement/skip/")

    assert skipped.status_code == 200
    assert client.get("/api/assessments/placement/").json()["status"] == "skipped"


def test_passing_a_test_out_credits_the_topic_and_everything_it_needs(
    client: APIClient, django_capture_on_commit_callbacks: Any, assert_schema: Any
):
    response = client.post("/api/assessments/test-out/", {"topic": "gradients"}, format="json")
    assert response.status_code == 200, response.json()
    assert_schema(response)
    state = response.json()
    assert state["kind"] == "test_out"
    assert state["max_questions"] == 3
    first_template = ExerciseInstance.objects.get(pk=current(state)["instance"]).template_id
    state = answer(
        client, django_capture_on_commit_callbacks, current(state)["instance"], right=True
    )
    second = ExerciseInstance.objects.get(pk=current(state)["instance"])
    assert second.template_id != first_template  # a different exercise each time
    state = answer(client, django_capture_on_commit_callbacks, str(second.pk), right=True)

    assert state["status"] == "finished"
    assert state["passed"] is True
    assert state["credited"] == ["derivatives", "functions", "gradients", "vectors"]
    levels = dict(TopicProgress.objects.values_list("topic__slug", "level"))
    assert levels == dict.fromkeys(state["credited"], "mastered")
    reasons = set(LevelChange.objects.values_list("reason", flat=True))
    assert "Needed by Gradients, which you tested out of." in reasons


def test_failing_a_test_out_credits_nothing(
    client: APIClient, django_capture_on_commit_callbacks: Any
):
    state = client.post(
        "/api/assessments/test-out/", {"topic": "derivatives"}, format="json"
    ).json()
    state = answer(
        client, django_capture_on_commit_callbacks, current(state)["instance"], right=False
    )
    state = answer(
        client, django_capture_on_commit_callbacks, current(state)["instance"], right=True
    )
    state = answer(
        client, django_capture_on_commit_callbacks, current(state)["instance"], right=False
    )

    assert (state["passed"], state["right"], state["answered"]) == (False, 1, 3)
    assert state["credited"] == state["placed"] == []
    assert not TopicProgress.objects.filter(level="mastered").exists()
    assert client.post(f"/api/assessments/{state['id']}/dont-know/").status_code == 400


@pytest.mark.parametrize(
    ("body", "field"), [({"topic": "alchemy"}, "topic"), ({"topic": "no spaces!"}, "topic")]
)
def test_a_test_out_on_an_unknown_topic_is_refused(client: APIClient, body: dict, field: str):
    response = client.post("/api/assessments/test-out/", body, format="json")

    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert not Assessment.objects.exists()


def test_learners_cannot_see_each_others_quizzes(client: APIClient):
    plan(client)
    state = client.post("/api/assessments/placement/").json()
    other = APIClient()
    other.force_login(User.objects.create_user("bob", "", "another-Unusual-passphrase-7"))

    assert other.get(f"/api/assessments/{state['id']}/").status_code == 404
    assert other.post(f"/api/assessments/{state['id']}/dont-know/").status_code == 404
    assert APIClient().post("/api/assessments/placement/").status_code == 403
