from celery import shared_task

from . import selectors


@shared_task(acks_late=True, soft_time_limit=30, time_limit=60)
def role_summary(slug: str) -> dict:
    """Compute a role's hour totals from the database, in whichever process runs the task.

    Used by the worker health check and the integration tests: a round trip proves the worker
    reads the same database the web process writes.
    """
    summary = selectors.role_get(slug=slug)
    return {"slug": summary.role.slug, "hours": summary.hours, "topics": len(summary.levels)}
