from datetime import date, timedelta
from uuid import UUID

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from common.emails import email_send_once, week_of
from common.models import EmailSent

from . import digest_selectors
from .emails import digest_email

MAX_BATCHES = 200
BATCH_SECONDS_LIMIT = 10 * 60


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90, expires=6 * 60 * 60)
def group_digests_send(day: str | None = None) -> str:
    """Weekly (Monday morning): the digest of the ISO week that holds `day`, yesterday by
    default, so the week just ended; batches of groups do the work."""
    on = date.fromisoformat(day) if day else timezone.localdate() - timedelta(days=1)
    week = week_of(on).isoformat()
    group_digests_send_batch.delay(week)
    return week


@shared_task(
    acks_late=True,
    soft_time_limit=BATCH_SECONDS_LIMIT,
    time_limit=BATCH_SECONDS_LIMIT + 30,
    expires=24 * 60 * 60,
)
def group_digests_send_batch(
    week: str, after: str | None = None, batches_left: int = MAX_BATCHES
) -> int:
    """Send the week's digest to the members of up to EMAIL_BATCH_SIZE groups after `after`,
    queueing the next batch first. Re-running sends nobody a second digest of a group's week."""
    week_start = date.fromisoformat(week)
    size = settings.EMAIL_BATCH_SIZE
    group_ids = digest_selectors.digest_group_ids(after=UUID(after) if after else None, limit=size)
    # Queued first: a batch that times out does not stop the groups after it.
    if len(group_ids) == size and batches_left > 1:
        group_digests_send_batch.delay(week, str(group_ids[-1]), batches_left - 1)
    sent = 0
    for group_id in group_ids:
        recipients = digest_selectors.digest_recipients(group_id=group_id, week_start=week_start)
        if not recipients:
            continue
        digest = digest_selectors.digest_get(group_id=group_id, week_start=week_start)
        if digest is None or digest.empty:
            continue
        for member in recipients:
            sent += email_send_once(
                user=member.user,
                kind=EmailSent.Kind.GROUP_DIGEST,
                about=str(group_id),
                week=week_start,
                email=digest_email(
                    digest=digest, username=member.user.username, site_url=settings.SITE_URL
                ),
            )
    return sent
