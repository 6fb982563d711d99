from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings

from . import services
from .models import Submission


@shared_task(
    acks_late=True,
    soft_time_limit=10,
    time_limit=15,
    reject_on_worker_lost=True,
    ignore_result=True,
)
def grade_submission(submission_id: str) -> None:
    """Thin and re-runnable: the service claims the row, so a second run does nothing."""
    try:
        services.submission_grade(
            submission_id=submission_id, in_process=settings.CELERY_TASK_ALWAYS_EAGER
        )
    except SoftTimeLimitExceeded:
        Submission.objects.filter(pk=submission_id, status=Submission.Status.GRADING).update(
            status=Submission.Status.GRADED,
            correct=False,
            code="too_complex",
            feedback="This answer took too long to check. Try a simpler form of it.",
        )


@shared_task(ignore_result=True)
def submissions_requeue() -> int:
    """Beat, every GRADING_SWEEP_SECONDS: re-send answers a lost message or a dead worker left."""
    return services.submissions_requeue()
