from datetime import date

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from common.emails import email_send_once, week_of
from common.models import EmailSent

from . import pauses, reminders, selectors
from .forecast_message import forecast_message
from .models import LearnerProfile

MAX_BATCHES = 400
BATCH_SECONDS_LIMIT = 10 * 60


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90, expires=6 * 60 * 60)
def behind_reminders_send() -> str:
    """Weekly: remind the learners who asked for it and whose plan is behind; batches of
    learners do the work."""
    week = week_of(timezone.localdate()).isoformat()
    behind_reminders_send_batch.delay(week)
    return week


@shared_task(
    acks_late=True,
    soft_time_limit=BATCH_SECONDS_LIMIT,
    time_limit=BATCH_SECONDS_LIMIT + 30,
    expires=24 * 60 * 60,
)
def behind_reminders_send_batch(week: str, after: int = 0, batches_left: int = MAX_BATCHES) -> int:
    """Forecast up to EMAIL_BATCH_SIZE opted-in learners after profile `after` and email those
    who are behind (not while on a pause), queueing the next batch first. At most one reminder
    per learner and week, however often this runs."""
    week_start = date.fromisoformat(week)
    size = settings.EMAIL_BATCH_SIZE
    ids = reminders.reminder_profile_ids(week=week_start, after=after, limit=size)
    if len(ids) == size and batches_left > 1:
        behind_reminders_send_batch.delay(week, ids[-1], batches_left - 1)
    sent = 0
    for profile in LearnerProfile.objects.filter(pk__in=ids).select_related("user"):
        user = profile.user
        if pauses.active(selectors.pause_spans(user=user), selectors.learner_today(profile)):
            continue
        found = selectors.plan_forecast(user=user)
        if found is None or found.forecast.status != "behind":
            continue
        message = forecast_message(found.profile.hours_per_day, found.forecast, found.alternatives)
        sent += email_send_once(
            user=user,
            kind=EmailSent.Kind.BEHIND_PLAN,
            week=week_start,
            email=reminders.behind_email(
                username=user.username,
                message=message,
                target=found.profile.target_date,
                site_url=settings.SITE_URL,
            ),
        )
    return sent
