"""The opt-in behind-plan reminder: the profile setting, who gets the email, and once a week."""

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import User
from common.models import EmailSent
from learning import services, tasks
from learning.models import LearnerProfile, Pause

pytestmark = pytest.mark.django_db


def alternatives_of(message: EmailMessage) -> list[Any]:
    assert isinstance(message, EmailMultiAlternatives)
    return list(message.alternatives)


def plan(user: User, *, behind: bool, remind: bool) -> LearnerProfile:
    """Behind: the scientist goal (16 h of topics) at half an hour a day, due in a week.
    Otherwise: the engineer goal (7 h) at two hours a day, due in a year."""
    today = timezone.localdate()
    profile = services.profile_save(
        user=user,
        data=services.ProfileInput(
            role="scientist" if behind else "engineer",
            custom_topics=[],
            hours_per_day=Decimal("0.5") if behind else Decimal("2"),
            study_days_per_week=6,
            start_date=today,
            target_date=today + timedelta(days=7 if behind else 365),
            time_zone="UTC",
            remind_when_behind=remind,
        ),
    )
    return profile


def learner(name: str) -> User:
    return User.objects.create_user(name, f"{name}@example.com", "a-long-Unusual-passphrase-42")


def send() -> list[str]:
    tasks.behind_reminders_send.delay().get()
    return sorted(message.to[0] for message in mail.outbox)


def test_only_opted_in_learners_who_are_behind_get_it_once_a_week(
    loaded_exercises: Any, grade_in_process: None
):
    plan(learner("behind"), behind=True, remind=True)
    plan(learner("quiet"), behind=True, remind=False)  # behind, but did not ask
    plan(learner("fine"), behind=False, remind=True)  # asked, but on track
    no_address = User.objects.create_user("nomail", "", "a-long-Unusual-passphrase-42")
    plan(no_address, behind=True, remind=True)
    paused = learner("paused")
    plan(paused, behind=True, remind=True)
    today = timezone.localdate()
    Pause.objects.create(user=paused, starts_on=today, ends_on=today + timedelta(days=3))

    assert send() == ["behind@example.com"]
    (message,) = mail.outbox
    assert message.subject == "Your Lemma plan is behind"
    assert "Hi behind," in message.body
    # where they stand and what would fix it: the plan page's own forecast message
    assert "the chance of making your target date is" in message.body
    assert ("h a day would make the target likely" in message.body) or (
        "move the date or narrow the goal" in message.body
    )
    # and how to turn it off
    assert "turn that setting off in your plan settings" in message.body
    assert "https://lemma.test/plan" in message.body
    assert alternatives_of(message)[0].mimetype == "text/html"

    # the same week again: nothing more
    assert send() == ["behind@example.com"]
    assert EmailSent.objects.filter(kind="behind_plan").count() == 1


def test_next_week_they_are_reminded_again(loaded_exercises: Any, grade_in_process: None):
    user = learner("behind")
    plan(user, behind=True, remind=True)
    last_week = timezone.localdate() - timedelta(days=7)
    EmailSent.objects.create(
        user=user, kind="behind_plan", week=last_week - timedelta(days=last_week.weekday())
    )

    assert send() == ["behind@example.com"]


def test_learners_come_in_bounded_batches(
    loaded_exercises: Any, grade_in_process: None, settings: Any
):
    settings.EMAIL_BATCH_SIZE = 2
    for n in range(5):
        plan(learner(f"l{n}"), behind=n % 2 == 0, remind=True)

    assert send() == ["l0@example.com", "l2@example.com", "l4@example.com"]


def test_the_profile_api_turns_the_reminder_on_and_keeps_it(
    loaded_exercises: Any, assert_schema: Any
):
    client = APIClient()
    client.force_login(learner("ada"))
    body = {"role": "engineer", "hours_per_day": "2", "time_zone": "UTC"}

    created = assert_schema(client.put("/api/learning/profile/", body, format="json"))
    assert created.json()["remind_when_behind"] is False  # off unless asked for

    on = client.put("/api/learning/profile/", {**body, "remind_when_behind": True}, format="json")
    assert assert_schema(on).json()["remind_when_behind"] is True
    # a save that does not mention it keeps it
    kept = assert_schema(client.put("/api/learning/profile/", body, format="json"))
    assert kept.json()["remind_when_behind"] is True
    assert assert_schema(client.get("/api/learning/profile/")).json()["remind_when_behind"] is True
    bad = client.put("/api/learning/profile/", {**body, "remind_when_behind": "x"}, format="json")
    assert bad.status_code == 400
    assert "remind_when_behind" in bad.json()["error"]["fields"]


def test_the_reminder_is_scheduled_weekly_with_a_real_task(settings: Any):
    from config.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["behind-plan-reminders-weekly"]
    assert entry["task"] == "learning.tasks.behind_reminders_send"
    assert entry["task"] in app.tasks
    # the worker finds it by autodiscovery: `<installed app>.tasks`
    assert entry["task"].rsplit(".", 1)[0] in {f"{a}.tasks" for a in settings.INSTALLED_APPS}
    assert entry["schedule"].day_of_week == {1}
    assert entry["options"]["expires"] <= 24 * 60 * 60
