"""What is running and how it is doing: the checks behind /healthz and the staff task counts.

Every probe is bounded (about a second) and reports a failure instead of raising, so a health
check never hangs or errors when the thing it checks is down.
"""

import logging
from datetime import timedelta
from typing import Any, TypedDict

import redis
from django.conf import settings
from django.db import connection
from django.db.models import Count, Min, Q
from django.utils import timezone

from common.throttling import wait_in_words

logger = logging.getLogger(__name__)
PROBE_SECONDS = 1.0
FAILURE_KEY = "tasks:failed:{task}:{day}"
FAILURE_DAYS_KEPT = 8


class Check(TypedDict):
    ok: bool
    detail: str


def database() -> Check:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        logger.warning("health: database unavailable: %s", error)
        return {"ok": False, "detail": f"unavailable: {type(error).__name__}"}
    return {"ok": True, "detail": connection.vendor}


def _redis_client() -> redis.Redis:
    return redis.Redis.from_url(
        settings.REDIS_URL, socket_connect_timeout=PROBE_SECONDS, socket_timeout=PROBE_SECONDS
    )


def redis_server() -> Check:
    if not settings.REDIS_URL:
        return {"ok": True, "detail": "not configured: tasks run in-process"}
    try:
        _redis_client().ping()
    except (redis.RedisError, OSError) as error:
        return {"ok": False, "detail": f"unavailable: {type(error).__name__}"}
    return {"ok": True, "detail": "answers"}


def workers() -> Check:
    """Ask the Celery workers to answer a ping, and count the answers."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {"ok": True, "detail": "in-process (no worker needed)"}
    from config.celery import app

    try:
        replies = app.control.ping(timeout=PROBE_SECONDS) or []
    except Exception as error:
        return {"ok": False, "detail": f"unreachable: {type(error).__name__}"}
    answered = sum(len(reply) for reply in replies)
    if not answered:
        return {"ok": False, "detail": "no worker answered"}
    return {"ok": True, "detail": f"{answered} answered"}


def grading() -> Check:
    """Whether answers get their verdicts: how many wait, and how long the oldest has waited.
    A worker can answer a ping and still consume nothing (a broker connection it lost without
    noticing), and the sweep re-sends a lost answer within minutes, so an answer waiting longer
    than GRADING_HEALTH_MAX_WAIT_SECONDS means grading has stalled."""
    try:
        counts = grading_counts()
    except Exception as error:
        logger.warning("health: grading counts unavailable: %s", error)
        return {"ok": False, "detail": f"unknown: {type(error).__name__}"}
    waiting = counts["queued"] + counts["grading"]
    oldest = counts["oldest_pending_seconds"]
    if oldest is None:
        return {"ok": True, "detail": "nothing waiting"}
    detail = f"{waiting} waiting, the oldest for {wait_in_words(int(oldest))}"
    if oldest > settings.GRADING_HEALTH_MAX_WAIT_SECONDS:
        return {"ok": False, "detail": f"stalled: {detail}"}
    return {"ok": True, "detail": detail}


def healthz() -> dict[str, Any]:
    checks = {
        "database": database(),
        "redis": redis_server(),
        "worker": workers(),
        "grading": grading(),
    }
    return {"ok": all(check["ok"] for check in checks.values()), "checks": checks}


# --- task counts for staff -------------------------------------------------------------------


def record_failure(task_name: str) -> None:
    """Count a failed task for today (called from Celery's task_failure signal)."""
    from django.core.cache import cache

    key = FAILURE_KEY.format(task=task_name, day=timezone.now().date().isoformat())
    if not cache.add(key, 1, timeout=FAILURE_DAYS_KEPT * 86400):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=FAILURE_DAYS_KEPT * 86400)


def failures(task_names: list[str], days: int = 1) -> dict[str, int]:
    from django.core.cache import cache

    today = timezone.now().date()
    keys = {
        FAILURE_KEY.format(task=name, day=(today - timedelta(days=back)).isoformat()): name
        for name in task_names
        for back in range(days)
    }
    counts = dict.fromkeys(task_names, 0)
    for key, value in cache.get_many(list(keys)).items():
        counts[keys[key]] += int(value)
    return counts


def queued_messages() -> int | None:
    """Messages waiting in the broker's default queue (None when it can't be read)."""
    if not settings.REDIS_URL:
        return 0
    from config.celery import app

    try:
        return int(_redis_client().llen(app.conf.task_default_queue))
    except (redis.RedisError, OSError):
        return None


def running_tasks() -> dict[str, list[str]] | None:
    """Tasks each worker is executing now (None when no worker could be asked)."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {}
    from config.celery import app

    try:
        active = app.control.inspect(timeout=PROBE_SECONDS).active()
    except Exception:
        return None
    if active is None:
        return None
    return {worker: [task["name"] for task in tasks] for worker, tasks in active.items()}


def grading_counts() -> dict[str, Any]:
    """Submissions by state, from the database (the source of truth for grading)."""
    from exercises.models import Submission

    now = timezone.now()
    day_ago = now - timedelta(days=1)
    pending = Submission.objects.filter(
        status__in=(Submission.Status.QUEUED, Submission.Status.GRADING)
    )
    totals = pending.aggregate(
        queued=Count("pk", filter=Q(status=Submission.Status.QUEUED)),
        grading=Count("pk", filter=Q(status=Submission.Status.GRADING)),
        oldest=Min("created_at"),
    )
    recent = Submission.objects.filter(created_at__gte=day_ago).aggregate(
        graded=Count("pk", filter=Q(status=Submission.Status.GRADED)),
        failed=Count("pk", filter=Q(status=Submission.Status.FAILED)),
    )
    oldest = totals["oldest"]
    return {
        "queued": totals["queued"],
        "grading": totals["grading"],
        "oldest_pending_seconds": (now - oldest).total_seconds() if oldest else None,
        "graded_last_24h": recent["graded"],
        "failed_last_24h": recent["failed"],
    }


def task_counts() -> dict[str, Any]:
    from config.celery import app

    app.loader.import_default_modules()  # every app's tasks module, not only those used so far
    names = sorted(name for name in app.tasks if not name.startswith("celery."))
    running = running_tasks()
    return {
        "mode": "in-process" if settings.CELERY_TASK_ALWAYS_EAGER else "workers",
        "queued": queued_messages(),
        "running": None if running is None else sum(len(tasks) for tasks in running.values()),
        "workers": None if running is None else sorted(running),
        "failed_last_24h": failures(names),
        "grading": grading_counts(),
    }
