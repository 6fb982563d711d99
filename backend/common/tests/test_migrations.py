"""Lemma's migrations carry real data forward: from every app's first migration to the latest,
on the production database (PostgreSQL, in `make test-services`)."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from accounts.models import User
from curriculum.models import Topic
from exercises.models import ExerciseInstance, Submission
from groups.models import Answer, Membership, Note, Question, StudyGroup
from learning.models import LearnerProfile, LevelChange, TopicProgress

PROJECT_APPS = ["accounts", "common", "curriculum", "exercises", "learning", "placement", "groups"]
NOTES = ("groups", "0002_notes")  # where notes first exist

Node = tuple[str, str]


def migrate(targets: list[Node]) -> Any:
    """Migrate to `targets`; return the historical models there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def first_migrations() -> list[Node]:
    graph = MigrationExecutor(connection).loader.graph
    return [node for app in PROJECT_APPS for node in graph.root_nodes(app)]


def latest_migrations() -> list[Node]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def at_first_migrations(transactional_db: None) -> Any:
    """The schema of every app's first migration, put back to the latest afterwards even if
    the test fails."""
    try:
        yield migrate(first_migrations())
    finally:
        migrate(latest_migrations())


def demo_data(old: Any) -> dict[str, Any]:
    """A learner with a plan, mastery and its history, an answered exercise, and a group with a
    question and an answer, written through the first migrations' models."""
    now = timezone.now()
    user = old.get_model("accounts", "User").objects.create(
        username="ada", email="ada@example.org", password="!"
    )
    topic = old.get_model("curriculum", "Topic").objects.create(
        slug="vectors",
        title="Vectors",
        area="linear-algebra",
        summary="Arrows.",
        explanation="All about $v$.",
        ml_use="Features.",
        estimated_hours=4,
    )
    role = old.get_model("curriculum", "Role").objects.create(
        slug="engineer", title="Engineer", summary="Ships.", description="Builds."
    )
    old.get_model("curriculum", "RoleTopic").objects.create(role=role, topic=topic, level="core")
    template = old.get_model("exercises", "ExerciseTemplate").objects.create(
        slug="vector-sum",
        topic=topic,
        title="Add two numbers",
        difficulty=1,
        kind="number",
        source={"slug": "vector-sum", "answer": "{{a}} + {{b}}"},
    )
    instance = old.get_model("exercises", "ExerciseInstance").objects.create(
        user=user, template=template, seed=7, hints_revealed=1
    )
    submission = old.get_model("exercises", "Submission").objects.create(
        instance=instance,
        answer="3 + 4",
        status="graded",
        correct=True,
        code="correct",
        feedback="Right.",
        graded_at=now,
    )
    profile = old.get_model("learning", "LearnerProfile").objects.create(
        user=user,
        role=role,
        hours_per_day=Decimal("1.50"),
        start_date=date(2025, 1, 6),
        target_date=date(2025, 6, 30),
    )
    profile.custom_topics.add(topic)
    progress = old.get_model("learning", "TopicProgress").objects.create(
        user=user,
        topic=topic,
        level="practised",
        p_known=0.6,
        attempts=3,
        correct=2,
        solved_instances=[str(instance.pk)],
        card={"stability": 2.5},
        due_at=now + timedelta(days=2),
    )
    old.get_model("learning", "LevelChange").objects.create(
        progress=progress,
        at=now,
        from_level="learning",
        to_level="practised",
        p_known=0.6,
        reason="Two right answers",
    )
    group = old.get_model("groups", "StudyGroup").objects.create(
        name="Circle", created_by=user, weekly_hours=Decimal("3.5")
    )
    old.get_model("groups", "Membership").objects.create(
        user=user, group=group, role="owner", joined_at=now, share_hours=True
    )
    question = old.get_model("groups", "Question").objects.create(
        group=group, topic=topic, author=user, title="Why columns?", body="Rows *or* columns?"
    )
    old.get_model("groups", "Answer").objects.create(
        question=question, author=user, body="Convention.", helpful=True, marked_by=user
    )
    return {
        "user": user.pk,
        "instance": instance.pk,
        "submission": submission.pk,
        "group": group.pk,
        "question": question.pk,
    }


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_data_from_the_first_migrations_arrives_intact_at_the_latest(at_first_migrations: Any):
    # given demo data written at every app's first migration (before notes or pauses existed),
    # and a note where notes begin
    assert not {"groups_note", "learning_pause"} & set(connection.introspection.table_names())
    ids = demo_data(at_first_migrations)
    with_notes = migrate([NOTES])
    with_notes.get_model("groups", "Note").objects.create(
        author_id=ids["user"],
        topic_id=with_notes.get_model("curriculum", "Topic").objects.get().pk,
        body="My words: $x$",
    )

    # when every app migrates forward to its latest migration
    migrate(latest_migrations())

    # then the current models read it all back, with later columns at their defaults
    user = User.objects.get(pk=ids["user"])
    assert (user.username, user.email) == ("ada", "ada@example.org")
    topic = Topic.objects.get(slug="vectors")
    assert [role.slug for role in topic.roles.all()] == ["engineer"]
    instance = ExerciseInstance.objects.select_related("template").get(pk=ids["instance"])
    assert (instance.user, instance.template.slug, instance.seed) == (user, "vector-sum", 7)
    submission = Submission.objects.get(pk=ids["submission"])
    assert (submission.instance_id, submission.answer, submission.correct) == (
        instance.pk,
        "3 + 4",
        True,
    )
    profile = LearnerProfile.objects.get(user=user)
    assert (profile.role.slug if profile.role else None, profile.hours_per_day) == (
        "engineer",
        Decimal("1.50"),
    )
    assert [t.slug for t in profile.custom_topics.all()] == ["vectors"]
    assert (profile.calendar_token, profile.remind_when_behind) == (None, False)
    progress = TopicProgress.objects.get(user=user, topic=topic)
    assert (progress.level, progress.p_known, progress.solved_instances, progress.card) == (
        "practised",
        0.6,
        [str(instance.pk)],
        {"stability": 2.5},
    )
    assert (progress.failures_in_a_row, progress.implicit_credit, progress.credited_at) == (
        0,
        0.0,
        None,
    )
    assert [c.reason for c in LevelChange.objects.filter(progress=progress)] == [
        "Two right answers"
    ]
    group = StudyGroup.objects.get(pk=ids["group"])
    assert (group.name, group.created_by, group.weekly_hours) == ("Circle", user, Decimal("3.5"))
    membership = Membership.objects.get(group=group)
    assert (membership.user, membership.role, membership.share_hours) == (user, "owner", True)
    assert membership.digest_email is True
    question = Question.objects.get(pk=ids["question"])
    assert (question.author, question.title, question.body) == (
        user,
        "Why columns?",
        "Rows *or* columns?",
    )
    answer = Answer.objects.get(question=question)
    assert (answer.author, answer.marked_by, answer.helpful) == (user, user, True)
    note = Note.objects.get(author=user)
    assert (note.topic, note.body, note.visibility) == (topic, "My words: $x$", "private")
    # and the latest schema works for new writes too: the author can now be deleted
    user.delete()
    question.refresh_from_db()
    assert question.author is None
