"""Wake a waiting long-poll the moment a verdict is written (Redis), instead of polling.

Without Redis (the embedded default) grading finishes inside the submit request, so there is
nothing to wait for.
"""

from functools import cache

import redis
from django.conf import settings

KEY = "lemma:verdict:{}"
TTL_SECONDS = 120


@cache
def _client() -> redis.Redis | None:
    return redis.Redis.from_url(settings.REDIS_URL) if settings.REDIS_URL else None


def verdict_ready(submission_id: str) -> None:
    client = _client()
    if client is None:
        return
    key = KEY.format(submission_id)
    with client.pipeline() as pipe:
        pipe.rpush(key, 1)
        pipe.expire(key, TTL_SECONDS)
        pipe.execute()


def wait_for_verdict(submission_id: str, timeout: float) -> None:
    """Block up to `timeout` seconds for the worker's signal (returns early when it comes)."""
    client = _client()
    if client is None or timeout <= 0:
        return
    client.blpop([KEY.format(submission_id)], timeout=timeout)
