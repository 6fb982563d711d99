"""The weekly group digest: what it says, whom it reaches, and that a week is sent once."""

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone

from common.models import EmailSent
from curriculum.models import Topic
from groups import tasks
from groups.models import Answer, Membership, Question, StudyGroup

from .conftest import Cast, add_member, client_for, make_user, record_level, record_minutes

pytestmark = pytest.mark.django_db


def alternatives_of(message: EmailMessage) -> list[Any]:
    assert isinstance(message, EmailMultiAlternatives)
    return list(message.alternatives)


def with_email(*users: Any) -> None:
    for user in users:
        user.email = f"{user.username}@example.com"
        user.save(update_fields=["email"])


@pytest.fixture
def busy_week(cast: Cast) -> Cast:
    """mia shares everything and meets the goal; tom hides everything and studies more; adam
    asks a question (with markup in it) that olga answers, and has turned the digest off."""
    today = timezone.localdate()
    StudyGroup.objects.filter(pk=cast.group.pk).update(weekly_hours=1, weekly_topics=1)
    Membership.objects.filter(user=cast.member).update(share_hours=True)
    Membership.objects.filter(user=cast.target).update(share_progress=False, share_hours=False)
    Membership.objects.filter(user=cast.admin).update(digest_email=False)
    with_email(cast.owner, cast.admin, cast.member, cast.target, cast.outsider)
    record_minutes(cast.member, today, 90)
    record_level(cast.member, "vectors", "mastered")
    record_minutes(cast.target, today, 300)
    record_level(cast.target, "functions", "mastered")
    question = Question.objects.create(
        group=cast.group,
        topic=Topic.objects.get(slug="vectors"),
        author=cast.admin,
        title="Why is <b>v</b> a column?",
        body="…",
    )
    Answer.objects.create(question=question, author=cast.owner, body="Convention.")
    return cast


def send(grade_in_process: None) -> int:
    tasks.group_digests_send.delay(timezone.localdate().isoformat()).get()
    return len(mail.outbox)


def test_the_digest_tells_the_week_and_never_what_a_member_hides(
    busy_week: Cast, grade_in_process: None
):
    send(grade_in_process)

    by_recipient = {message.to[0]: message for message in mail.outbox}
    # adam turned it off, otto is no member
    assert sorted(by_recipient) == ["mia@example.com", "olga@example.com", "tom@example.com"]
    message = by_recipient["olga@example.com"]
    assert message.subject.startswith("Secret circle: your group's week")
    text = message.body
    assert "Hi olga," in text
    assert "The group's weekly goal: 1 h of study and 1 topic mastered. Met by mia." in text
    assert "- mia: 1.5 h studied, 1 topic mastered — met the goal" in text
    assert "- mia mastered Vectors" in text
    assert "- adam asked “Why is <b>v</b> a column?” on Vectors (1 answer)" in text
    assert "- 1 answer posted this week" in text
    # tom hides his hours and progress: no figure of his, no mastery, anywhere
    html = alternatives_of(message)[0].content
    for body in (text, html):
        assert "tom:" not in body
        assert "tom mastered" not in body
        assert "Functions" not in body
        assert " 5 h" not in body
    # the HTML alternative escapes what members wrote
    assert "&lt;b&gt;v&lt;/b&gt;" in html
    assert "<b>v</b>" not in html
    # and it ends with how to turn it off
    assert "turn off “Weekly digest email”" in text
    assert f"https://lemma.test/groups/{busy_week.group.pk}" in text.split("--")[-1]


def test_a_week_is_sent_once_however_often_the_task_runs(busy_week: Cast, grade_in_process: None):
    assert send(grade_in_process) == 3

    assert send(grade_in_process) == 3  # the second run sends nothing more
    assert EmailSent.objects.filter(kind="group_digest", sent_at__isnull=False).count() == 3


def test_a_claimed_digest_is_not_sent_again(busy_week: Cast, grade_in_process: None):
    # given another worker already claimed mia's digest of this week
    monday = timezone.localdate() - timedelta(days=timezone.localdate().weekday())
    EmailSent.objects.create(
        user=busy_week.member, kind="group_digest", about=str(busy_week.group.pk), week=monday
    )

    send(grade_in_process)

    assert sorted(m.to[0] for m in mail.outbox) == ["olga@example.com", "tom@example.com"]


def test_groups_come_in_bounded_batches_and_a_quiet_group_gets_no_email(
    busy_week: Cast, grade_in_process: None, settings: Any
):
    settings.EMAIL_BATCH_SIZE = 1
    quiet_owner = make_user("quinn")
    with_email(quiet_owner)
    quiet = StudyGroup.objects.create(name="Quiet", created_by=quiet_owner)
    add_member(quiet, quiet_owner, Membership.Role.OWNER)
    others = []
    for n in range(2):
        group = StudyGroup.objects.create(name=f"Busy {n}")
        user = make_user(f"user{n}")
        with_email(user)
        add_member(group, user, Membership.Role.OWNER, share_hours=True)
        record_minutes(user, timezone.localdate(), 30)
        others.append(user.email)

    send(grade_in_process)

    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted(["mia@example.com", "olga@example.com", "tom@example.com", *others])


def test_members_turn_the_digest_off_in_their_settings(cast: Cast, assert_schema: Any):
    mine = client_for(cast.member)
    url = f"/api/groups/{cast.group.pk}/"

    assert assert_schema(mine.get(url)).json()["digest_email"] is True
    changed = assert_schema(mine.patch(url + "me/", {"digest_email": False}, format="json"))

    assert changed.json()["digest_email"] is False
    assert changed.json()["share_progress"] is True  # untouched
    assert Membership.objects.get(user=cast.member).digest_email is False
    assert assert_schema(mine.get(url)).json()["digest_email"] is False
    # other members do not see it
    members = client_for(cast.owner).get(url).json()["members"]
    assert all("digest_email" not in m for m in members)
    bad = mine.patch(url + "me/", {"digest_email": "perhaps"}, format="json")
    assert bad.status_code == 400
    assert "digest_email" in bad.json()["error"]["fields"]


def test_the_digest_is_scheduled_weekly_with_a_real_task(settings: Any):
    from config.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["group-digests-weekly"]
    assert entry["task"] == "groups.tasks.group_digests_send"
    assert entry["task"] in app.tasks
    # the worker finds it by autodiscovery: `<installed app>.tasks`
    assert entry["task"].rsplit(".", 1)[0] in {f"{a}.tasks" for a in settings.INSTALLED_APPS}
    assert entry["schedule"].day_of_week == {1}
    assert entry["options"]["expires"] <= 24 * 60 * 60
