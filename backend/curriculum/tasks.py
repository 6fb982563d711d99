from celery import shared_task
from django.conf import settings
from django.utils import timezone

from . import curation_services, links, selectors
from .models import LinkCheckRun, Resource

# A run over a few thousand resources stops after this many batches even if rows keep coming.
MAX_BATCHES = 400
BATCH_SECONDS_LIMIT = 15 * 60


@shared_task(acks_late=True, soft_time_limit=30, time_limit=60)
def role_summary(slug: str) -> dict:
    """Compute a role's hour totals from the database, in whichever process runs the task.

    Used by the worker health check and the integration tests: a round trip proves the worker
    reads the same database the web process writes.
    """
    summary = selectors.role_get(slug=slug)
    return {"slug": summary.role.slug, "hours": summary.hours, "topics": len(summary.levels)}


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90, expires=6 * 60 * 60)
def resource_links_check() -> int:
    """Weekly: start a link-check run over every active resource; batches do the work."""
    run = LinkCheckRun.objects.create()
    resource_links_check_batch.delay(run.pk)
    return run.pk


@shared_task(
    acks_late=True,
    soft_time_limit=BATCH_SECONDS_LIMIT,
    time_limit=BATCH_SECONDS_LIMIT + 30,
    expires=24 * 60 * 60,
)
def resource_links_check_batch(run_id: int, batches_left: int = MAX_BATCHES) -> int:
    """Check up to LINK_CHECK_BATCH_SIZE resources the run has not checked yet, then queue
    the next batch; the last batch closes the run. Re-running a batch repeats no recorded check.
    """
    run = LinkCheckRun.objects.filter(pk=run_id, finished_at__isnull=True).first()
    if run is None:
        return 0
    size = settings.LINK_CHECK_BATCH_SIZE
    todo = list(
        Resource.objects.active()
        .exclude(link_checks__run=run)
        .order_by("pk")
        .values_list("pk", "url")[:size]
    )
    recorded = 0
    for resource_id, url in todo:
        result = links.check_url(
            url,
            timeout=settings.LINK_CHECK_TIMEOUT_SECONDS,
            allow_private=settings.LINK_CHECK_ALLOW_PRIVATE,
        )
        recorded += curation_services.link_result_record(
            run=run, resource_id=resource_id, result=result
        )
    if len(todo) == size and batches_left > 1:
        resource_links_check_batch.delay(run_id, batches_left - 1)
    else:
        LinkCheckRun.objects.filter(pk=run_id, finished_at__isnull=True).update(
            finished_at=timezone.now()
        )
    return recorded
