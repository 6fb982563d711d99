"""The plan over time through the API: observed pace and narrower goals in the forecast, weekly
milestones, pauses with a catch-up afterwards, and the private calendar feed."""

from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone
from icalendar import Calendar
from rest_framework.test import APIClient

from accounts.models import User
from curriculum.models import Topic
from learning.models import TimeEntry, TopicProgress

pytestmark = pytest.mark.django_db


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
    # What is left (matrices, and a session on a later day for each topic) takes longer at
    # this pace than for a learner who took vectors at its estimate, on the same simulated luck.
    TimeEntry.objects.filter(user=learner).update(minutes=4 * 60)
    at_estimate = client.get("/api/learning/forecast/").json()
    assert at_estimate["pace"] == 1.0
    assert body["remaining_hours"] > at_estimate["remaining_hours"]
    assert body["p50"] >= at_estimate["p50"]


def test_a_plan_that_is_behind_offers_narrower_goals_best_first(
    client: APIClient, assert_schema: Any
):
    today = date.today()
    # the scientist's goal (gradients) needs 16 h, a chain of functions, derivatives and
    # gradients among them; the engineer's core (matrices) 7 h
    put_profile(
        client,
        role="scientist",
        hours_per_day="0.5",
        study_days_per_week=6,
        start_date=str(today),
        target_date=str(today + timedelta(days=40)),
    )

    response = client.get("/api/learning/forecast/")

    assert_schema(response)
    body = response.json()
    assert body["chance_by_target"] < 0.8
    [option] = body["alternatives"]
    assert option["label"] == "Engineer: core topics (no calculus needed)"
    assert (option["role"], option["custom_topics"]) == ("engineer", [])
    assert (option["goal_topics"], option["needed_topics"]) == (1, 2)
    assert option["remaining_hours"] < body["remaining_hours"]
    assert option["chance_by_target"] > body["chance_by_target"]
    assert option["p50"] <= body["p50"]
    assert option["chance_by_target"] >= 0.8
    assert "Narrower: Engineer: core topics (no calculus needed) has a" in body["message"]

    put_profile(
        client, role="scientist", hours_per_day="0.5", target_date=str(today + timedelta(days=12))
    )
    hopeless = client.get("/api/learning/forecast/").json()
    assert hopeless["alternatives"][0]["chance_by_target"] < 0.8
    assert hopeless["message"].endswith("Even the narrower goals below leave the target unlikely.")

    put_profile(client, role="engineer", target_date=str(today + timedelta(days=200)))
    assert client.get("/api/learning/forecast/").json()["alternatives"] == []


def test_milestones_cut_the_goal_into_weeks_and_mark_past_ones(
    client: APIClient, learner: User, assert_schema: Any
):
    assert client.get("/api/learning/milestones/").status_code == 404
    today = date.today()
    # scientist: functions 2 h, vectors 4 h, derivatives 6 h, gradients 4 h; 1 h a day, every
    # day: 5.95 h of new study a week
    put_profile(
        client,
        role="scientist",
        hours_per_day="1",
        study_days_per_week=7,
        start_date=str(today - timedelta(days=14)),
        target_date=str(today + timedelta(days=60)),
    )
    finish(learner, "vectors", minutes=4 * 60, level="mastered")

    response = client.get("/api/learning/milestones/")

    assert_schema(response)
    body = response.json()
    assert body["weekly_hours"] == 6.0
    weeks = body["weeks"]
    assert [w["when"] for w in weeks[:3]] == ["past", "past", "current"]
    assert weeks[0]["starts_on"] == str(today - timedelta(days=14))
    # from the start the planner would take functions (2 h) and vectors (4 h) in week one...
    assert [t["slug"] for t in weeks[0]["topics"]] == ["functions", "vectors"][
        : len(weeks[0]["topics"])
    ]
    assert weeks[0]["met"] is False  # functions is not practised
    assert weeks[2]["starts_on"] == str(today)
    # ...and from today what is left: functions, derivatives, gradients (12 h), at pace 1
    ahead = [t["slug"] for w in weeks if w["when"] != "past" for t in w["topics"]]
    assert ahead == ["functions", "derivatives", "gradients"]
    assert all(w["met"] is None for w in weeks if w["when"] != "past")
    assert {t["title"] for w in weeks for t in w["topics"]} >= {"Derivatives", "Gradients"}


def test_a_pause_empties_today_and_is_validated(client: APIClient, assert_schema: Any):
    assert client.post("/api/learning/pauses/", {}, format="json").status_code == 404
    put_profile(client)
    today = date.today()
    assert client.get("/api/learning/today/").json()  # a plan for today

    bad = client.post(
        "/api/learning/pauses/",
        {"starts_on": str(today - timedelta(days=1)), "ends_on": str(today + timedelta(days=3))},
        format="json",
    )
    assert bad.status_code == 400
    assert "starts_on" in bad.json()["error"]["fields"]
    backwards = client.post(
        "/api/learning/pauses/",
        {"starts_on": str(today + timedelta(days=3)), "ends_on": str(today)},
        format="json",
    )
    assert backwards.json()["error"]["fields"]["ends_on"] == [
        "The pause must end on or after the day it starts."
    ]
    long = client.post(
        "/api/learning/pauses/",
        {"starts_on": str(today), "ends_on": str(today + timedelta(days=60))},
        format="json",
    )
    assert long.json()["error"]["fields"] == {"ends_on": ["A pause can last at most 60 days."]}
    missing = client.post("/api/learning/pauses/", {"ends_on": "soon"}, format="json")
    assert set(missing.json()["error"]["fields"]) == {"starts_on", "ends_on"}

    created = client.post(
        "/api/learning/pauses/",
        {"starts_on": str(today), "ends_on": str(today + timedelta(days=6)), "reason": "Holiday"},
        format="json",
    )

    assert created.status_code == 201
    assert_schema(created)
    assert client.get("/api/learning/today/").json() == []
    state = client.get("/api/learning/pauses/")
    assert_schema(state)
    body = state.json()
    assert body["paused"] is True
    assert body["pauses"][0]["reason"] == "Holiday"
    assert body["message"].startswith("You're taking a break until")
    assert body["catch_up"]["piled"] == 0
    overlap = client.post(
        "/api/learning/pauses/",
        {"starts_on": str(today + timedelta(days=6)), "ends_on": str(today + timedelta(days=8))},
        format="json",
    )
    assert "overlaps" in overlap.json()["error"]["fields"]["starts_on"][0]
    forecast = client.get("/api/learning/forecast/").json()
    assert forecast["p50"] > str(today + timedelta(days=6))
    weeks = client.get("/api/learning/milestones/").json()["weeks"]
    assert weeks[0]["paused_days"] == 7
    assert weeks[0]["hours"] == 0.0

    # ending a pause that began today cancels it: today is a study day again
    ended = client.delete(f"/api/learning/pauses/{created.json()['id']}/")
    assert ended.json() == {"result": "cancelled"}
    assert client.get("/api/learning/today/").json()
    assert client.delete(f"/api/learning/pauses/{created.json()['id']}/").status_code == 404


def test_after_a_pause_the_piled_up_reviews_are_spread_out(client: APIClient, learner: User):
    from fsrs import Rating

    from learning import reviews
    from learning.models import Pause

    put_profile(client, role="scientist", hours_per_day="1")  # 60 min: 2 reviews a day at most
    today = date.today()
    Pause.objects.create(
        user=learner, starts_on=today - timedelta(days=20), ends_on=today - timedelta(days=1)
    )
    practised = timezone.now() - timedelta(days=30)
    for slug, days_ago in (("functions", 30), ("vectors", 10), ("derivatives", 18)):
        card = reviews.new_card(timezone.now() - timedelta(days=days_ago + 5), Rating.Good)
        TopicProgress.objects.create(
            user=learner,
            topic=Topic.objects.get(slug=slug),
            level="mastered",
            p_known=0.97,
            card=reviews.dump(card),
            due_at=timezone.now() - timedelta(days=days_ago),
            last_attempt_at=practised,
        )

    state = client.get("/api/learning/pauses/").json()
    queue = client.get("/api/learning/today/").json()

    assert state["paused"] is False
    assert state["catch_up"]["piled"] == 3
    assert state["catch_up"]["per_day"] == 2
    assert state["catch_up"]["message"] == (
        "Welcome back: 3 reviews piled up while you were away, spread over 2 days "
        "(at most 2 a day, the most forgotten first)."
    )
    review_items = [item for item in queue if item["kind"] == "review"]
    assert len(review_items) == 2
    assert all("catching up after your pause" in item["reason"] for item in review_items)


def test_the_private_calendar_feed(client: APIClient, learner: User, assert_schema: Any):
    put_profile(client)
    assert client.get("/api/learning/calendar/").json() == {"url": None}

    made = client.post("/api/learning/calendar/")

    assert made.status_code == 201
    assert_schema(made)
    url = made.json()["url"]
    assert url.startswith("http://testserver/api/learning/calendar/")
    assert url.endswith(".ics")
    anonymous = APIClient()  # calendar apps send no cookies
    feed = anonymous.get(url, HTTP_ACCEPT="text/calendar")
    assert feed.status_code == 200
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    parsed = Calendar.from_ical(feed.content)
    summaries = [str(event["SUMMARY"]) for event in parsed.walk("VEVENT")]
    assert "Lemma target date" in summaries
    assert any(summary.startswith("Lemma: study 2 h") for summary in summaries)
    assert anonymous.get(url).status_code == 200  # Accept: */* too

    again = client.post("/api/learning/calendar/").json()["url"]
    assert again != url
    assert anonymous.get(url).status_code == 404  # the old URL is revoked
    assert anonymous.get(url, HTTP_ACCEPT="text/calendar").status_code == 404
    assert client.delete("/api/learning/calendar/").status_code == 204
    assert anonymous.get(again).status_code == 404
    assert client.get("/api/learning/calendar/").json() == {"url": None}


def test_a_pause_at_the_end_of_the_calendar_is_refused(client: APIClient):
    """It was accepted, and the calendar feed then failed with a 500 (a date past 9999-12-31)."""
    put_profile(client)

    far = client.post(
        "/api/learning/pauses/",
        {"starts_on": "9999-12-30", "ends_on": "9999-12-31"},
        format="json",
    )

    assert far.status_code == 400
    assert far.json()["error"]["fields"] == {
        "starts_on": ["A pause can start at most a year ahead."]
    }
    feed = client.post("/api/learning/calendar/").json()["url"]
    assert APIClient().get(feed).status_code == 200


def test_the_forecast_is_simulated_again_only_when_its_inputs_change(
    client: APIClient, learner: User, monkeypatch: pytest.MonkeyPatch
):
    from learning import forecast

    made = []
    real = forecast.Simulation

    def counted(**kwargs: Any) -> forecast.Simulation:
        made.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(forecast, "Simulation", counted)
    today = date.today()
    put_profile(client, start_date=str(today), target_date=str(today + timedelta(days=90)))

    first = client.get("/api/learning/forecast/").json()
    again = client.get("/api/learning/forecast/").json()
    assert (len(made), again) == (1, first)

    finish(learner, "vectors", minutes=12 * 60)
    changed = client.get("/api/learning/forecast/").json()
    assert len(made) == 2
    assert changed["pace"] != first["pace"]

    put_profile(client, start_date=str(today), target_date=str(today + timedelta(days=60)))
    client.get("/api/learning/forecast/")
    assert len(made) == 3
