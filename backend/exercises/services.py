"""Writes for exercises: loading templates, instances, hints, submissions and grading."""

import logging
import secrets
from collections import Counter
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from rest_framework.exceptions import NotFound, ValidationError

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
# A claim older than this belongs to a worker that died mid-grading; another may take over.
STALE_CLAIM = timedelta(seconds=60)
MAX_GRADING_ATTEMPTS = 3


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
    data = _template_data(instance.template)
    read = preview(answer, kind=data.kind, variables=data.variables)
    submission = Submission.objects.create(
        instance=instance, answer=answer, interpretation=read.latex if read.ok else ""
    )
    from .tasks import grade_submission

    transaction.on_commit(lambda: grade_submission.delay(str(submission.pk)))
    return submission


def _claim(submission_id: str) -> bool:
    """Take the submission for grading; only one runner can win."""
    now = timezone.now()
    fresh = Submission.objects.filter(pk=submission_id, status=Submission.Status.QUEUED)
    if fresh.update(status=Submission.Status.GRADING, started_at=now, attempts=F("attempts") + 1):
        return True
    stale = Submission.objects.filter(
        pk=submission_id, status=Submission.Status.GRADING, started_at__lt=now - STALE_CLAIM
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
    submission = Submission.objects.select_related("instance__template__topic").get(
        pk=submission_id
    )
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
