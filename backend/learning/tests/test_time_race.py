"""Two graders recording the same learner's answers at once: one time row, both answers counted.

Found by the Redis fault test: without the unique constraint both workers created the day's
exercise-time row, and every later answer that day failed to update mastery.
"""

import threading
from typing import Any

import pytest
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor

from accounts.models import User
from exercises import services as exercise_services
from exercises.models import Submission
from learning import services
from learning.models import TimeEntry, TopicProgress


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_concurrent_records_share_one_time_row_and_count_every_answer(loaded_exercises: Any):
    user = User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")
    instance = exercise_services.instance_create(user=user, template="vector-sum", seed=1)
    submissions = [
        Submission.objects.create(
            instance=instance, answer=str(n), status=Submission.Status.GRADED, code="incorrect"
        )
        for n in range(6)
    ]
    barrier = threading.Barrier(len(submissions))
    errors: list[BaseException] = []

    def record(submission: Submission) -> None:
        try:
            barrier.wait()
            services.attempt_record(submission_id=str(submission.pk))
        except BaseException as error:  # reported below, with the thread's own error
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=record, args=(s,)) for s in submissions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert TimeEntry.objects.filter(user=user, source="exercises").count() == 1
    assert TopicProgress.objects.get(user=user).attempts == len(submissions)


@pytest.mark.django_db(transaction=True)
def test_the_migration_merges_rows_a_race_duplicated():
    executor = MigrationExecutor(connection)
    before = [("learning", "0007_remind_when_behind")]
    after = [("learning", "0008_one_exercise_time_row")]
    executor.migrate(before)
    try:
        apps = executor.loader.project_state(before).apps
        user = apps.get_model("accounts", "User").objects.create(username="ada")
        topic = apps.get_model("curriculum", "Topic").objects.create(
            slug="vectors", title="Vectors", area="linear-algebra", estimated_hours=2
        )
        rows = apps.get_model("learning", "TimeEntry").objects
        for minutes in (2.0, 3.0, 4.5):
            rows.create(
                user=user, day="2026-11-20", topic=topic, source="exercises", minutes=minutes
            )
        rows.create(user=user, day="2026-11-20", topic=topic, source="manual", minutes=30)

        executor = MigrationExecutor(connection)
        executor.migrate(after)

        apps = executor.loader.project_state(after).apps
        merged = apps.get_model("learning", "TimeEntry").objects.filter(user_id=user.pk)
        assert sorted(merged.values_list("source", "minutes")) == [
            ("exercises", 9.5),
            ("manual", 30.0),
        ]
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
