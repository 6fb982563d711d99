"""Task round trips: in-process by default, and through Redis to a real worker on PostgreSQL."""

from typing import Any

import pytest
from celery.result import EagerResult

from curriculum import selectors, tasks


@pytest.mark.django_db
def test_role_summary_runs_in_process_without_a_broker(loaded_small_curriculum: Any, settings: Any):
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.skip("this run has a broker; the round trip below covers it")

    result = tasks.role_summary.delay("scientist")

    assert isinstance(result, EagerResult)
    assert result.get() == {
        "slug": "scientist",
        "hours": {"core": 16.0, "recommended": 3.0, "optional": 0.0},
        "topics": 5,
    }


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_role_summary_round_trip_through_redis_and_a_real_worker(
    celery_worker_process: Any, loaded_small_curriculum: Any
):
    # given a curriculum committed to PostgreSQL by this process
    expected = selectors.role_get(slug="scientist").hours

    # when a worker process computes the same summary from the database
    result = tasks.role_summary.delay("scientist")

    # then the answer travelled through Redis and matches
    assert not isinstance(result, EagerResult)
    assert result.get(timeout=60) == {"slug": "scientist", "hours": expected, "topics": 5}
    assert result.state == "SUCCESS"
    assert celery_worker_process.poll() is None  # the worker is still alive
