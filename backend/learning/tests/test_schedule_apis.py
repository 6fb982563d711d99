"""The plan over time through the API: observed pace and narrower goals in the forecast, weekly
milestones, pauses with a catch-up afterwards, and the private calendar feed."""

from datetime import date, timedelta
from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from curriculum.models import Topic
from learning.models import TimeEntry, TopicProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(loaded_exercises: Any) -> User:
    return User.objects.create_user("grace", "", "a-long-Unusual-passphrase-42")


@pytest.fixture
def client(learner: User) -> APIClient:
    client = APIClient()
    client.force_login(learner)
    return client


def put_profile(client: APIClient, **data: Any) -> Any:
    body = {"role": "engineer", "hours_per_day": "2", "time_zone": "UTC", **data}
    response = client.put("/api/learning/profile/", body, format="json")
    assert response.status_code == 200, response.json()
    return response.json()


def finish(learner: User, slug: str, minutes: float, level: str = "practised") -> None:
    topic = Topic.objects.get(slug=slug)
    TopicProgress.objects.create(user=learner, topic=topic, p_known=0.9, level=level)
    TimeEntry.objects.create(
        user=learner, day=date.today(), topic=topic, source="exercises", minutes=minutes
    )


def test_the_forecast_uses_the_observed_pace_and_explains_it(
    client: APIClient, learner: User, assert_schema: Any
):
    today = date.today()
    put_profile(client, start_date=str(today), target_date=str(today + timedelta(days=90)))
    fresh = client.get("/api/learning/forecast/").json()
    assert (fresh["pace"], fresh["pace_observed"], fresh["pace_topics"]) == (1.0, None, 0)
    assert "face value" in fresh["pace_explanation"]

    finish(learner, "vectors", minutes=12 * 60)  # 4 h estimated, 12 h studied

    response = client.get("/api/learning/forecast/")

    assert_schema(response)
    body = response.json()
    assert body["pace_observed"] == 3.0
    assert body["pace"] == round((12 + 10) / (4 + 10), 2)
    assert body["pace_topics"] == 1
    assert body["pace_explanation"].startswith(
        "You have been taking 3.0\u00d7 the estimated time on 1 finished topic"
    )
    # matrices (3 h) and consolidating the practised vectors (30% of 4 h), times the pace
    assert body["remaining_hours"] == round((3 + 0.3 * 4) * body["pace"], 1)


def test_a_plan_that_is_behind_offers_narrower_goals_best_first(
    client: APIClient, assert_schema: Any
):
    today = date.today()
    # the scientist's goal (gradients) needs 16 h; the engineer's core (matrices) 7 h
    put_profile(
        client,
        role="scientist",
        hours_per_day="0.5",
        start_date=str(today),
        target_date=str(today + timedelta(days=21)),
    )

    response = client.get("/api/learning/forecast/")

    assert_schema(response)
    body = response.json()
    assert body["status"] == "behind"
    [option] = body["alternatives"]
    assert option["label"] == "Engineer: core topics (no calculus needed)"
    assert (option["role"], option["custom_topics"]) == ("engineer", [])
    assert (option["goal_topics"], option["needed_topics"]) == (1, 2)
    assert option["remaining_hours"] == 7.0
    assert option["chance_by_target"] > body["chance_by_target"]
    assert option["p50"] <= body["p50"]
    assert "Narrower: Engineer: core topics" in body["message"]

    put_profile(client, role="engineer", target_date=str(today + timedelta(days=200)))
    assert client.get("/api/learning/forecast/").json()["alternatives"] == []
