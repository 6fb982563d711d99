"""The learning API: the profile, and mastery updated by graded answers through the real
exercise API (grading in-process)."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import User
from exercises.content import template_from_source
from exercises.instances import instantiate
from exercises.models import ExerciseInstance, Submission
from learning import services
from learning.forecast import Forecast
from learning.forecast_message import forecast_message
from learning.models import LearnerProfile, LevelChange, TopicProgress

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("grade_in_process")]


def put_profile(client: APIClient, **data: Any) -> Any:
    body = {"role": "engineer", "hours_per_day": "2", "time_zone": "Europe/London", **data}
    return client.put("/api/learning/profile/", body, format="json")


def test_profile_defaults_follow_the_seed_promise(client: APIClient):
    one = client.get("/api/learning/profile/defaults/", {"hours_per_day": "1"}).json()
    three = client.get("/api/learning/profile/defaults/", {"hours_per_day": "3"}).json()
    four = client.get("/api/learning/profile/defaults/", {"hours_per_day": "4"}).json()

    assert (one["months"], three["months"], four["months"]) == (6.0, 3.0, 3.0)
    assert services.default_months(2) == 4.5
    bad = client.get("/api/learning/profile/defaults/", {"hours_per_day": "9"})
    assert bad.status_code == 400
    assert "hours_per_day" in bad.json()["error"]["fields"]


def test_a_new_learner_has_no_profile_until_they_save_one(client: APIClient, assert_schema: Any):
    missing = client.get("/api/learning/profile/")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "You have not set up a learning plan yet."

    saved = put_profile(client, start_date="2026-01-05")

    assert saved.status_code == 200, saved.json()
    body = saved.json()
    assert body["role"] == "engineer"
    assert body["hours_per_day"] == "2.00"
    assert body["target_date"] == str(date(2026, 1, 5) + timedelta(days=round(4.5 * 30.44)))
    assert_schema(saved)
    assert client.get("/api/learning/profile/").json() == body


def test_changing_the_profile_replaces_it(client: APIClient):
    put_profile(client)
    changed = put_profile(client, role=None, custom_topics=["vectors", "matrices"], hours_per_day=1)

    assert changed.status_code == 200
    assert changed.json()["role"] is None
    assert changed.json()["custom_topics"] == ["matrices", "vectors"]
    assert LearnerProfile.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"hours_per_day": "0.25"}, "hours_per_day"),
        ({"hours_per_day": "5"}, "hours_per_day"),
        ({"study_days_per_week": 0}, "study_days_per_week"),
        ({"role": "astronaut"}, "role"),
        ({"role": None}, "role"),
        ({"custom_topics": ["vectors", "alchemy"]}, "custom_topics"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"start_date": "2026-05-01", "target_date": "2026-04-01"}, "target_date"),
    ],
)
def test_bad_profiles_are_refused_by_field(client: APIClient, change: dict, field: str):
    put_profile(client, start_date="2026-01-05")

    response = put_profile(client, **change)

    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    # nothing saved: the earlier profile is intact
    assert client.get("/api/learning/profile/").json()["hours_per_day"] == "2.00"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"start_date": "9999-12-01"}, "start_date"),  # its default target overflowed: a 500
        ({"start_date": "0001-01-01"}, "start_date"),
        ({"target_date": "9999-12-31"}, "target_date"),  # the dashboard and feed overflowed
    ],
)
def test_plan_dates_no_one_needs_are_refused_by_field(
    client: APIClient, assert_schema: Any, change: dict, field: str
):
    response = assert_schema(put_profile(client, **change))

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]
    assert not LearnerProfile.objects.exists()


def test_a_plan_may_start_a_year_ahead_and_last_ten_years(client: APIClient):
    start = timezone.localdate() + timedelta(days=366)
    response = put_profile(
        client, start_date=str(start), target_date=str(start + timedelta(days=3653))
    )

    assert response.status_code == 200, response.json()
    assert client.get("/api/learning/dashboard/").status_code == 200


def answer(client: APIClient, capture: Any, instance: dict, text: str) -> dict:
    with capture(execute=True):
        response = client.post(
            f"/api/exercises/instances/{instance['id']}/submissions/",
            {"answer": text},
            format="json",
        )
    assert response.status_code == 202
    return client.get(f"/api/exercises/submissions/{response.json()['id']}/?wait=5").json()


def new_sum(client: APIClient, seed: int) -> tuple[dict, str]:
    response = client.post(
        "/api/exercises/instances/", {"template": "vector-sum", "seed": seed}, format="json"
    )
    assert response.status_code == 201, response.json()
    instance = response.json()
    stored = ExerciseInstance.objects.get(pk=instance["id"])
    data = template_from_source(stored.template.source, "vectors")
    return instance, instantiate(data, seed).expected


def test_graded_answers_move_mastery_with_a_history(
    client: APIClient, django_capture_on_commit_callbacks: Any
):
    first, right = new_sum(client, 1)
    answer(client, django_capture_on_commit_callbacks, first, f"{right} + 1")
    progress = client.get("/api/learning/progress/vectors/").json()
    assert progress["level"] == "learning"
    assert progress["attempts"] == 1
    low = progress["p_known"]

    answer(client, django_capture_on_commit_callbacks, first, right)
    second, right2 = new_sum(client, 2)
    answer(client, django_capture_on_commit_callbacks, second, right2)

    progress = client.get("/api/learning/progress/vectors/").json()
    assert progress["level"] == "practised"
    assert progress["distinct_solved"] == 2
    assert progress["p_known"] > low
    assert progress["due_at"] is not None  # practised topics get a review card
    assert [change["to_level"] for change in progress["history"]] == ["practised", "learning"]
    assert progress["history"][0]["reason"].startswith("Correct on 2 different exercises")
    listed = client.get("/api/learning/progress/").json()
    assert [row["topic"] for row in listed] == ["vectors"]


def test_unreadable_answers_are_not_evidence(
    client: APIClient, django_capture_on_commit_callbacks: Any
):
    instance, _ = new_sum(client, 3)

    verdict = answer(client, django_capture_on_commit_callbacks, instance, "2 +* 3")

    assert verdict["code"] == "syntax_error"
    assert not TopicProgress.objects.exists()
    assert client.get("/api/learning/progress/vectors/").status_code == 404


def test_recording_is_once_per_submission(client: APIClient, learner: User):
    instance, right = new_sum(client, 4)
    stored = ExerciseInstance.objects.get(pk=instance["id"])
    submission = Submission.objects.create(
        instance=stored,
        answer=right,
        status=Submission.Status.GRADED,
        correct=True,
        code="correct",
        graded_at=timezone.now(),
    )
    services.attempt_record(submission_id=str(submission.pk))

    progress = TopicProgress.objects.get(user=learner)
    assert progress.attempts == 1
    assert LevelChange.objects.filter(progress=progress).count() == 1


def test_progress_is_private(
    client: APIClient, learner: User, django_capture_on_commit_callbacks: Any
):
    instance, right = new_sum(client, 5)
    answer(client, django_capture_on_commit_callbacks, instance, right)
    other = APIClient()
    other.force_login(User.objects.create_user("bob", "", "a-long-Unusual-passphrase-43"))

    assert other.get("/api/learning/progress/").json() == []
    assert other.get("/api/learning/progress/vectors/").status_code == 404
    assert APIClient().get("/api/learning/progress/").status_code == 403


def test_today_needs_a_profile_then_fits_the_budget(client: APIClient, assert_schema: Any):
    assert client.get("/api/learning/today/").status_code == 404

    put_profile(client, hours_per_day="1")
    response = client.get("/api/learning/today/")

    assert response.status_code == 200
    assert_schema(response)
    items = response.json()
    # The engineer's goal is matrices: vectors first (its prerequisite), nothing else is ready.
    assert [(item["kind"], item["topic"]) for item in items] == [("new", "vectors")]
    assert items[0]["title"] == "Vectors"
    assert sum(item["minutes"] for item in items) <= 60


def test_today_continues_what_was_started(
    client: APIClient, django_capture_on_commit_callbacks: Any
):
    put_profile(client, hours_per_day="2")
    instance, right = new_sum(client, 6)
    answer(client, django_capture_on_commit_callbacks, instance, f"{right} + 1")

    items = client.get("/api/learning/today/").json()

    assert items[0]["kind"] == "continue"
    assert items[0]["topic"] == "vectors"
    assert items[0]["reason"].startswith("Keep practising")


def test_forecast_is_honest_about_a_tight_target(client: APIClient, assert_schema: Any):
    assert client.get("/api/learning/forecast/").status_code == 404
    # The engineer's goal is vectors (4 h), then matrices (3 h) in the test curriculum: a chain
    # of two, at most one 45-minute session a day each, so more daily hours can't make two weeks
    # of one study day a week enough.
    today = date.today()
    put_profile(
        client,
        hours_per_day="0.5",
        study_days_per_week=1,
        start_date=str(today),
        target_date=str(today + timedelta(days=14)),
    )

    response = client.get("/api/learning/forecast/")

    assert response.status_code == 200
    assert_schema(response)
    body = response.json()
    # Simulated: 70% of the estimate to practised, then sessions on later days and reviews. The
    # median run's hours move with the seed (derived from the learner, whose id differs between
    # runs on PostgreSQL), by about 8% either way; the bounds hold for any seed.
    assert 7.0 * 0.5 <= body["remaining_hours"] <= 7.0 * 3
    assert body["status"] == "behind"
    assert body["chance_by_target"] < 0.1
    assert body["hours_for_target"] is None
    assert body["message"].startswith("At 0.5 h a day you will most likely finish around")
    assert "Even 4 h a day would not make the target likely" in body["message"]
    assert body["as_of"] == str(today)

    put_profile(
        client,
        hours_per_day="2",
        study_days_per_week=6,
        start_date=str(today),
        target_date=str(today + timedelta(days=90)),
    )
    relaxed = client.get("/api/learning/forecast/").json()
    assert relaxed["status"] == "ahead"
    assert relaxed["hours_for_target"] is None
    assert relaxed["p50"] < str(today + timedelta(days=45))


def test_forecast_message_says_how_many_hours_would_fix_the_plan():
    behind = Forecast(120.0, None, date(2026, 9, 1), None, None, 0.3, "behind", 2.4)

    text = forecast_message(Decimal("1.5"), behind)

    assert text == (
        "At 1.5 h a day you will most likely finish around 1 September 2026; the chance of "
        "making your target date is 30%. About 2.4 h a day would make the target likely, or "
        "narrow your goal to fewer topics."
    )


def test_success_on_a_topic_is_implicit_review_of_its_prerequisites(learner: User):
    from fsrs import Rating

    from curriculum.models import Topic
    from learning import reviews

    first = timezone.now() - timedelta(days=10)
    card = reviews.new_card(first, Rating.Good)
    vectors = TopicProgress.objects.create(
        user=learner,
        topic=Topic.objects.get(slug="vectors"),
        p_known=0.9,
        level="practised",
        card=reviews.dump(card),
        due_at=card.due,
    )
    matrices = TopicProgress.objects.create(
        user=learner, topic=Topic.objects.get(slug="matrices"), p_known=0.5
    )
    unrelated = TopicProgress.objects.create(
        user=learner,
        topic=Topic.objects.get(slug="functions"),
        p_known=0.9,
        card=reviews.dump(card),
        due_at=card.due,
    )

    now = timezone.now()
    services._credit_prerequisites(matrices, now)
    vectors.refresh_from_db()
    assert vectors.implicit_credit == 0.5
    assert vectors.due_at == card.due

    services._credit_prerequisites(matrices, now)
    vectors.refresh_from_db()
    unrelated.refresh_from_db()
    assert vectors.implicit_credit == 0.0
    assert vectors.due_at > now  # reviewed: the next review moved out
    assert unrelated.implicit_credit == 0.0  # not a prerequisite of matrices


def test_answers_record_study_time_and_the_dashboard_shows_it(
    client: APIClient, django_capture_on_commit_callbacks: Any, assert_schema: Any
):
    assert client.get("/api/learning/dashboard/").status_code == 404
    put_profile(client, start_date=str(date.today() - timedelta(days=3)))
    instance, right = new_sum(client, 7)
    answer(client, django_capture_on_commit_callbacks, instance, "2 +* 3")  # unreadable: still time
    answer(client, django_capture_on_commit_callbacks, instance, right)

    response = client.get("/api/learning/dashboard/")

    assert response.status_code == 200
    assert_schema(response)
    board = response.json()
    assert board["needed_topics"] == 2  # matrices and its prerequisite vectors
    assert board["levels"]["learning"] == 1
    assert board["levels"]["not_started"] == 1
    assert board["share_mastered"] == 0.0
    assert board["total_hours"] == 7.0
    assert len(board["days"]) == 84
    assert board["days"][-1]["day"] == str(date.today())
    assert 1.0 <= board["minutes_today"] <= 20.0  # two answers, each at least half a minute
    assert board["streak"] == 1
    assert board["plan_vs_actual"][0]["studied_hours"] is not None
    assert board["plan_vs_actual"][-1]["planned_hours"] == 7.0
    assert board["plan_vs_actual"][-1]["studied_hours"] is None  # the future


def test_time_logged_by_hand_counts_and_is_validated(client: APIClient):
    put_profile(client)
    yesterday = date.today() - timedelta(days=1)

    logged = client.post(
        "/api/learning/time/",
        {"day": str(yesterday), "minutes": 45, "topic": "vectors", "note": "3Blue1Brown, ch. 1"},
        format="json",
    )

    assert logged.status_code == 201, logged.json()
    assert logged.json() == {
        "day": str(yesterday),
        "minutes": 45.0,
        "topic": "vectors",
        "note": "3Blue1Brown, ch. 1",
    }
    board = client.get("/api/learning/dashboard/").json()
    assert board["days"][-2] == {"day": str(yesterday), "minutes": 45.0}
    assert board["streak"] == 1  # yesterday counts while today is still open

    for body, field in [
        ({"day": str(yesterday), "minutes": 0}, "minutes"),
        ({"day": str(yesterday), "minutes": 601}, "minutes"),
        ({"day": str(date.today() + timedelta(days=2)), "minutes": 30}, "day"),
        ({"day": str(yesterday), "minutes": 30, "topic": "alchemy"}, "topic"),
        ({"day": "yesterday", "minutes": 30}, "day"),
    ]:
        response = client.post("/api/learning/time/", body, format="json")
        assert response.status_code == 400, body
        assert field in response.json()["error"]["fields"]


def test_a_review_that_came_due_is_in_the_history(
    client: APIClient, learner: User, django_capture_on_commit_callbacks: Any
):
    from curriculum.models import Topic

    credited_at = timezone.now() - timedelta(days=30)
    services.topics_credit(user=learner, reasons={"vectors": "Placement: known."}, at=credited_at)
    progress = TopicProgress.objects.get(user=learner, topic=Topic.objects.get(slug="vectors"))
    assert progress.level == "mastered"
    assert progress.due_at is not None
    assert progress.due_at < timezone.now()
    assert client.get("/api/learning/progress/vectors/").json()["level"] == "due"

    instance, right = new_sum(client, 3)
    answer(client, django_capture_on_commit_callbacks, instance, right)

    history = client.get("/api/learning/progress/vectors/").json()["history"]
    assert [(h["from_level"], h["to_level"]) for h in history] == [
        ("due", "mastered"),
        ("mastered", "due"),
        ("not_started", "mastered"),
    ]
    assert history[0]["reason"] == "Review passed: the topic is still remembered."
    assert history[1]["at"] == progress.due_at.isoformat().replace("+00:00", "Z")
    assert history[2]["reason"] == "Placement: known."


def test_remediation_follows_the_misconception_to_the_prerequisite_that_trains_it(
    curriculum_dir: Any, django_capture_on_commit_callbacks: Any
):
    """Gradients needs derivatives (which needs functions) and vectors. Three wrong answers on
    gradients tagged 'times-not-plus', a mistake only the functions exercises train, send the
    learner back to functions: two steps back, not the weakest direct prerequisite."""
    from curriculum import services as curriculum_services
    from curriculum.content import read_curriculum
    from exercises import services as exercise_services
    from exercises.content import read_templates
    from exercises.tests.conftest import vector_templates, write_templates

    with_tag = vector_templates()[0]
    without = {**with_tag, "mistakes": []}
    for topic, template in [
        ("functions", with_tag),
        ("derivatives", without),
        ("vectors", without),
        ("gradients", with_tag),
    ]:
        folder = write_templates(curriculum_dir, topic, [{**template, "slug": f"{topic}-sum"}])
    curriculum = read_curriculum(curriculum_dir)
    curriculum_services.roadmaps_load(curriculum=curriculum)
    exercise_services.templates_load(templates=read_templates(folder, set(curriculum.topics)))
    client = APIClient()
    client.force_login(User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42"))
    put_profile(client, role="scientist")

    for seed in (1, 2, 3):
        created = client.post(
            "/api/exercises/instances/", {"template": "gradients-sum", "seed": seed}, format="json"
        ).json()
        stored = ExerciseInstance.objects.get(pk=created["id"])
        drawn = instantiate(template_from_source(stored.template.source, "gradients"), seed)
        product = str(drawn.values["product"])
        verdict = answer(client, django_capture_on_commit_callbacks, created, product)
        assert verdict["misconception"] == "times-not-plus"

    queue = client.get("/api/learning/today/").json()

    assert queue[0]["kind"] == "remediate"
    assert queue[0]["topic"] == "functions"
    assert "(times not plus)" in queue[0]["reason"]
