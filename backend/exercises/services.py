"""Writes for exercises: loading templates, instances, hints, submissions and grading."""

import logging
import secrets
import time
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from rest_framework.exceptions import APIException, NotFound, ValidationError

from common.loading import retire_missing, upsert_by_slug
from curriculum.models import Topic
from grading import preview

from . import notify, sandbox, signals
from .content import TemplateData, template_from_source
from .grading_runner import grade_answer
from .instances import instantiate
from .models import ExerciseInstance, ExerciseTemplate, Submission

logger = logging.getLogger(__name__)

MAX_ANSWER_CHARS = 5000
EMBEDDED_GRADING_TIMEOUT = 5.0
MAX_GRADING_ATTEMPTS = 3
FAST_LANE_MAX_CHARS = 200


@transaction.atomic
def templates_load(*, templates: dict[str, TemplateData]) -> Counter:
    topics = dict(
        Topic.objects.active()
        .filter(slug__in={t.topic for t in templates.values()})
        .values_list("slug", "id")
    )
    report: Counter = Counter()
    for template in templates.values():
        _, outcome = upsert_by_slug(
            ExerciseTemplate,
            template.slug,
            {
                "topic_id": topics[template.topic],
                "title": template.title,
                "difficulty": template.difficulty,
                "kind": template.kind,
                "source": template.source,
            },
        )
        report[outcome] += 1
    report["retired"] += retire_missing(ExerciseTemplate, set(templates))
    return report


def _template_data(template: ExerciseTemplate) -> TemplateData:
    return template_from_source(template.source, template.topic.slug)


def instance_create(
    *, user: Any, topic: str | None = None, template: str | None = None, seed: int | None = None
) -> ExerciseInstance:
    """A fresh exercise: a given template and seed, or a random template of a topic."""
    templates = ExerciseTemplate.objects.filter(retired_at__isnull=True).select_related("topic")
    if template:
        chosen = templates.filter(slug=template).first()
    else:
        candidates = list(templates.filter(topic__slug=topic).values_list("pk", flat=True))
        chosen = templates.get(pk=secrets.choice(candidates)) if candidates else None
    if chosen is None:
        raise NotFound("There is no exercise for that topic yet." if topic else None)
    if seed is None:
        seed = secrets.randbelow(2**31)
    instantiate(_template_data(chosen), seed)  # fail now, not at grading, if it cannot render
    return ExerciseInstance.objects.create(user=user, template=chosen, seed=seed)


def hint_reveal(*, instance: ExerciseInstance) -> ExerciseInstance:
    total = len(_template_data(instance.template).hints)
    ExerciseInstance.objects.filter(pk=instance.pk, hints_revealed__lt=total).update(
        hints_revealed=F("hints_revealed") + 1, updated_at=timezone.now()
    )
    instance.refresh_from_db()
    return instance


def solution_reveal(*, instance: ExerciseInstance) -> ExerciseInstance:
    """Show the worked solution; recorded as giving up on this instance."""
    if instance.solution_revealed_at is None:
        instance.solution_revealed_at = timezone.now()
        instance.save(update_fields=["solution_revealed_at", "updated_at"])
    return instance


def submission_create(*, instance: ExerciseInstance, answer: str) -> Submission:
    """Store the attempt as typed, then queue grading once the row is committed."""
    if len(answer) > MAX_ANSWER_CHARS:
        raise ValidationError(
            {"answer": [f"Answers can be at most {MAX_ANSWER_CHARS} characters long."]}
        )
    _refuse_when_too_many_pending(instance.user_id)
    data = _template_data(instance.template)
    read = preview(answer, kind=data.kind, variables=data.variables)
    submission = Submission.objects.create(
        instance=instance, answer=answer, interpretation=read.latex if read.ok else ""
    )
    transaction.on_commit(lambda: grading_enqueue(str(submission.pk)))
    return submission


def grading_queue(submission: Submission) -> str:
    """The fast lane for an ordinary answer; the backlog lane (its own, lower-priority worker)
    for what could crowd others out: an answer the reader already refused, a very long one, or
    one from a learner who still has another answer waiting. Someone practising sends one short
    answer at a time and always gets the fast lane; a flood goes to the backlog."""
    if not submission.interpretation or len(submission.answer) > FAST_LANE_MAX_CHARS:
        return settings.GRADING_BACKLOG_QUEUE
    others_waiting = (
        Submission.objects.filter(
            instance__user_id=submission.instance.user_id,
            status__in=(Submission.Status.QUEUED, Submission.Status.GRADING),
            created_at__gte=timezone.now() - timedelta(minutes=5),
        )
        .exclude(pk=submission.pk)
        .exists()
    )
    return settings.GRADING_BACKLOG_QUEUE if others_waiting else settings.GRADING_QUEUE


class TooManyPending(APIException):
    status_code = 429
    default_code = "too_many_pending"
    wait = 2  # seconds, sent as Retry-After


def _refuse_when_too_many_pending(user_id: int) -> None:
    """Fairness: one learner's answers can't fill the graders' queue. Someone practising has one
    answer in flight at a time; a flood (or a script) waits for its earlier answers first. Only
    recent ones count, so a submission stuck by an outage never locks anyone out."""
    recent = timezone.now() - timedelta(minutes=5)
    pending = Submission.objects.filter(
        instance__user_id=user_id,
        status__in=(Submission.Status.QUEUED, Submission.Status.GRADING),
        created_at__gte=recent,
    ).count()
    if pending >= settings.GRADING_MAX_PENDING_PER_LEARNER:
        raise TooManyPending(
            f"You have {pending} answers still being checked. "
            "Wait for their results, then send this one again."
        )


def grading_enqueue(submission_id: str) -> bool:
    """Queue grading for a stored submission. If the broker is unreachable the answer stays
    queued in the database, and `submissions_requeue` sends it again once the broker is back:
    an accepted answer is never lost, and the learner's request doesn't fail."""
    from kombu.exceptions import OperationalError
    from redis.exceptions import ConnectionError as RedisConnectionError

    from .tasks import grade_submission

    submission = Submission.objects.select_related("instance").filter(pk=submission_id).first()
    if submission is None:
        return False
    try:
        grade_submission.apply_async((submission_id,), queue=grading_queue(submission))
    except (OperationalError, RedisConnectionError, ConnectionError) as error:
        logger.warning("grading of %s not queued yet, will be retried: %s", submission_id, error)
        return False
    return True


def submissions_requeue(*, now: datetime | None = None, limit: int = 500) -> int:
    """Send again what a lost message or a dead worker left behind: answers queued for longer
    than GRADING_REQUEUE_AFTER_SECONDS, and claims older than the stale-claim limit. Grading
    claims each submission atomically, so a duplicate message costs one no-op update."""
    now = now or timezone.now()
    queued_before = now - timedelta(seconds=settings.GRADING_REQUEUE_AFTER_SECONDS)
    stuck = Submission.objects.filter(
        Q(status=Submission.Status.QUEUED, created_at__lt=queued_before)
        | Q(status=Submission.Status.GRADING, started_at__lt=now - stale_claim())
    ).order_by("created_at")
    ids = [str(pk) for pk in stuck.values_list("pk", flat=True)[:limit]]
    sent = sum(grading_enqueue(submission_id) for submission_id in ids)
    if ids:
        logger.info("requeued %d of %d stuck submissions", sent, len(ids))
    return sent


def submission_nudge(submission: Submission) -> bool:
    """Called while a learner waits for a verdict: an answer still queued after
    GRADING_REQUEUE_AFTER_SECONDS is sent again at once (at most once per that interval), so a
    lost message is recovered even when the beat sweep is not running."""
    from django.core.cache import cache

    after = settings.GRADING_REQUEUE_AFTER_SECONDS
    if submission.status != Submission.Status.QUEUED:
        return False
    if submission.created_at > timezone.now() - timedelta(seconds=after):
        return False
    if not cache.add(f"grading:nudged:{submission.pk}", 1, timeout=after):
        return False
    return grading_enqueue(str(submission.pk))


def stale_claim() -> timedelta:
    """A claim older than this belongs to a worker that died mid-grading; another may take
    over. Longer than the task's hard time limit, so a live grader is never overtaken."""
    return timedelta(seconds=settings.GRADING_STALE_CLAIM_SECONDS)


def _claim(submission_id: str) -> bool:
    """Take the submission for grading; only one runner can win."""
    now = timezone.now()
    fresh = Submission.objects.filter(pk=submission_id, status=Submission.Status.QUEUED)
    if fresh.update(status=Submission.Status.GRADING, started_at=now, attempts=F("attempts") + 1):
        return True
    stale = Submission.objects.filter(
        pk=submission_id, status=Submission.Status.GRADING, started_at__lt=now - stale_claim()
    )
    return bool(stale.update(started_at=now, attempts=F("attempts") + 1))


def _finish(submission_id: str, **fields: Any) -> None:
    """Save the verdict and what follows from it (the learner's mastery) in one transaction,
    then wake the waiting page: whoever sees the verdict also sees the updated plan."""
    with transaction.atomic():
        updated = Submission.objects.filter(
            pk=submission_id, status=Submission.Status.GRADING
        ).update(graded_at=timezone.now(), **fields)
        if updated and fields.get("status") == Submission.Status.GRADED:
            # A failing listener must not lose the verdict: each runs in its own savepoint.
            for receiver, result in signals.submission_graded.send_robust(
                sender=Submission, submission_id=submission_id
            ):
                if isinstance(result, Exception):
                    logger.error(
                        "%s failed for submission %s", receiver, submission_id, exc_info=result
                    )
    notify.verdict_ready(submission_id)


def submission_grade(*, submission_id: str, in_process: bool) -> None:
    """Grade a submission exactly once. Safe to call twice or concurrently.

    `in_process` means there is no worker: grade in the bounded child process instead.
    """
    if not _claim(submission_id):
        return
    if settings.GRADING_FAULT_DELAY_SECONDS:
        # Fault injection for the fault tests only (off unless the environment sets it): hold
        # the claim so a test can kill the worker in the middle of grading.
        time.sleep(settings.GRADING_FAULT_DELAY_SECONDS)
    submission = (
        Submission.objects.select_related("instance__template__topic")
        .filter(pk=submission_id)
        .first()
    )
    if submission is None:  # deleted with its learner's account while queued
        return
    if submission.attempts > MAX_GRADING_ATTEMPTS:
        _finish(
            submission_id,
            status=Submission.Status.FAILED,
            code="grading_failed",
            feedback="This answer could not be graded. Try writing it another way.",
        )
        return
    instance = submission.instance
    args = (
        instance.template.source,
        instance.template.topic.slug,
        instance.seed,
        submission.answer,
    )
    try:
        if in_process:
            verdict = sandbox.run_bounded(grade_answer, *args, timeout=EMBEDDED_GRADING_TIMEOUT)
        else:
            verdict = grade_answer(*args)
    except (sandbox.GradingTimeout, MemoryError):
        _finish(
            submission_id,
            status=Submission.Status.GRADED,
            correct=False,
            code="too_complex",
            feedback="This answer took too long to check. Try a simpler form of it.",
        )
        return
    _finish(
        submission_id,
        status=Submission.Status.GRADED,
        correct=verdict["correct"],
        code=verdict["code"],
        feedback=verdict["feedback"],
        form_ok=verdict["form_ok"],
        misconception=verdict["misconception"] or "",
        error_position=verdict["error_position"],
        suggestion=(verdict["suggestion"] or "")[:300],
        grader_version=verdict["grader_version"],
        sample_points=verdict["sample_points"],
        method=verdict["method"],
        interpretation=verdict["interpreted"],
    )
