"""Wake a waiting long-poll the moment a verdict is written (Redis), instead of polling.

Without Redis (the embedded default) grading finishes inside the submit request, so there is
nothing to wait for. While Redis is unreachable the signal is skipped and a waiting request polls
the database instead: the verdict is in PostgreSQL either way, Redis only makes it arrive sooner.
"""

import logging
import time
from collections.abc import Callable
from functools import cache

import redis
from django.conf import settings

from common.cache import UNAVAILABLE

logger = logging.getLogger(__name__)
POLL_SECONDS = 0.25

KEY = "lemma:verdict:{}"
TTL_SECONDS = 120


@cache
def _client() -> redis.Redis | None:
    if not settings.REDIS_URL:
        return None
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1.0)


def verdict_ready(submission_id: str) -> None:
    client = _client()
    if client is None:
        return
    key = KEY.format(submission_id)
    try:
        with client.pipeline() as pipe:
            pipe.rpush(key, 1)
            pipe.expire(key, TTL_SECONDS)
            pipe.execute()
    except UNAVAILABLE as error:
        logger.warning(
            "verdict signal for %s skipped: Redis unavailable (%s)", submission_id, error
        )


def wait_for_verdict(submission_id: str, timeout: float, is_done: Callable[[], bool]) -> None:
    """Block up to `timeout` seconds for the worker's signal (returns early when it comes).

    Without the signal (Redis away), ask `is_done` every POLL_SECONDS until the time is up.
    """
    client = _client()
    if client is None or timeout <= 0:
        return
    deadline = time.monotonic() + timeout
    try:
        client.blpop([KEY.format(submission_id)], timeout=timeout)
        return
    except UNAVAILABLE as error:
        logger.warning(
            "verdict wait for %s polls the database: Redis unavailable (%s)", submission_id, error
        )
    while time.monotonic() < deadline:
        if is_done():
            return
        time.sleep(min(POLL_SECONDS, max(deadline - time.monotonic(), 0)))
