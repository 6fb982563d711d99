"""Placement and test-out quizzes: asking real exercises, reading their graded answers, and
crediting what the learner has shown they know."""

import random
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from curriculum.graph import ancestors
from curriculum.models import Topic
from exercises import services as exercise_services
from exercises.models import ExerciseTemplate, Submission
from learning import mastery, planner
from learning import selectors as learning_selectors
from learning import services as learning_services

from . import kst
from .models import Assessment, Question

TEST_OUT_QUESTIONS = 3
TEST_OUT_PASS = 2  # right answers needed: one slip is forgiven, a lucky guess is not enough
PLACEMENT_DIFFICULTY = 2  # placement asks typical exercises, not the hardest


def _graph(topics: list[str]) -> kst.Graph:
    info = learning_selectors.planner_topics()
    return kst.Graph({slug: info[slug].prerequisites for slug in topics if slug in info})


def _askable(topics: list[str]) -> set[str]:
    return set(
        ExerciseTemplate.objects.filter(retired_at__isnull=True, topic__slug__in=topics)
        .values_list("topic__slug", flat=True)
        .distinct()
    )


def _template(assessment: Assessment, topic: str, position: int) -> ExerciseTemplate:
    """A template for the next question: computed answers before multiple choice (a guess is
    unlikely, so an answer says more); typical difficulty for placement, the hardest first for a
    test-out quiz; never a template this assessment has already used when another exists."""
    used = set(assessment.questions.values_list("instance__template_id", flat=True))
    templates = list(
        ExerciseTemplate.objects.filter(retired_at__isnull=True, topic__slug=topic).order_by("slug")
    )
    rng = random.Random(assessment.seed * 1009 + position)  # noqa: S311 -- not a secret

    def rank(template: ExerciseTemplate) -> tuple:
        if assessment.kind == Assessment.Kind.PLACEMENT:
            fit = abs(min(template.difficulty, 3) - PLACEMENT_DIFFICULTY)
        else:
            fit = -template.difficulty
        return (template.pk in used, template.kind == "choice", fit, rng.random())

    return min(templates, key=rank)


def _ask(assessment: Assessment, topic: str) -> Question:
    position = assessment.questions.count() + 1
    template = _template(assessment, topic, position)
    instance = exercise_services.instance_create(user=assessment.user, template=template.slug)
    return Question.objects.create(
        assessment=assessment,
        position=position,
        topic=template.topic,
        instance=instance,
        guess=mastery.guess_rate(template.kind, len(template.source.get("choices") or [])),
    )


def _read_answer(question: Question) -> bool:
    """Take the first graded answer on the question's exercise that judges the mathematics
    (an unreadable answer can be typed again). Returns whether the question is answered."""
    if question.outcome:
        return True
    submission = (
        Submission.objects.filter(
            instance=question.instance,
            status=Submission.Status.GRADED,
            code__in=learning_services.EVIDENCE_CODES,
        )
        .order_by("graded_at", "created_at")
        .first()
    )
    if submission is None:
        return False
    question.outcome = (
        Question.Outcome.CORRECT if submission.correct else Question.Outcome.INCORRECT
    )
    question.answered_at = submission.graded_at or timezone.now()
    question.save(update_fields=["outcome", "answered_at"])
    return True


def answers(assessment: Assessment) -> list[kst.Answer]:
    return [
        kst.Answer(question.topic.slug, kst.Outcome(question.outcome), question.guess)
        for question in assessment.questions.select_related("topic")
        if question.outcome
    ]


def _finish(assessment: Assessment, stop_reason: str, result: dict, credit: dict[str, str]) -> None:
    now = timezone.now()
    if credit:
        learning_services.topics_credit(user=assessment.user, reasons=credit, at=now)
    assessment.status = Assessment.Status.FINISHED
    assessment.stop_reason = stop_reason
    assessment.finished_at = now
    assessment.result = result
    assessment.save(update_fields=["status", "stop_reason", "finished_at", "result", "updated_at"])


def _finish_placement(assessment: Assessment, estimate: kst.Estimate, stop_reason: str) -> None:
    graph = _graph(assessment.topics)
    given = answers(assessment)
    placed = kst.classify(graph, given, estimate.p_known)
    credit = {
        p.topic: f"Placement: {p.why[0].lower()}{p.why[1:]}"
        for p in placed
        if p.verdict == kst.Verdict.KNOWN
    }
    result = {
        "accuracy": round(estimate.accuracy, 3),
        "questions": len(given),
        "topics": [
            {"topic": p.topic, "verdict": p.verdict.value, "p_known": p.p_known, "why": p.why}
            for p in placed
        ],
    }
    _finish(assessment, stop_reason, result, credit)


def _advance_placement(assessment: Assessment) -> None:
    graph = _graph(assessment.topics)
    estimate = kst.estimate(
        graph, answers(assessment), seed=assessment.seed, askable=_askable(assessment.topics)
    )
    assessment.confidence = round(estimate.accuracy, 3)
    assessment.save(update_fields=["confidence", "updated_at"])
    if estimate.next_topic is None:
        _finish_placement(assessment, estimate, estimate.stop_reason)
    else:
        _ask(assessment, estimate.next_topic)


def _advance_test_out(assessment: Assessment) -> None:
    outcomes = [q.outcome for q in assessment.questions.all()]
    right = outcomes.count(Question.Outcome.CORRECT)
    wrong = len(outcomes) - right
    assert assessment.topic is not None
    topic = assessment.topic.slug
    if right >= TEST_OUT_PASS:
        prerequisites = {
            s: info.prerequisites for s, info in learning_selectors.planner_topics().items()
        }
        credit = {topic: f"Test-out quiz passed: {right} of {len(outcomes)} right."}
        for slug in sorted(ancestors([topic], prerequisites)):
            credit[slug] = f"Needed by {assessment.topic.title}, which you tested out of."
        result = {
            "passed": True,
            "right": right,
            "asked": len(outcomes),
            "credited": sorted(credit),
        }
        _finish(assessment, "passed", result, credit)
    elif wrong > TEST_OUT_QUESTIONS - TEST_OUT_PASS:
        result = {"passed": False, "right": right, "asked": len(outcomes), "credited": []}
        _finish(assessment, "failed", result, {})
    else:
        _ask(assessment, topic)


def assessment_advance(*, assessment: Assessment) -> Assessment:
    """Bring an assessment up to date: read the answer to the open question, then ask the next
    one or finish. Safe to call any number of times (resuming is calling it again)."""
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.status != Assessment.Status.ACTIVE:
            return locked
        last = locked.questions.order_by("-position").first()
        if last is not None and not _read_answer(last):
            return locked  # still waiting for an answer
        if locked.kind == Assessment.Kind.PLACEMENT:
            _advance_placement(locked)
        else:
            _advance_test_out(locked)
    locked.refresh_from_db()
    return locked


def _open_question(assessment: Assessment) -> Question:
    question = assessment.questions.order_by("-position").first()
    if question is None or question.outcome:
        raise ValidationError({"question": "There is no open question to answer."})
    return question


def question_dont_know(*, assessment: Assessment) -> Assessment:
    """ "I don't know" for the open question (unless the exercise was already answered)."""
    if assessment.status != Assessment.Status.ACTIVE:
        raise ValidationError({"assessment": "This quiz is already over."})
    question = _open_question(assessment)
    if not _read_answer(question):
        question.outcome = Question.Outcome.DONT_KNOW
        question.answered_at = timezone.now()
        question.save(update_fields=["outcome", "answered_at"])
    return assessment_advance(assessment=assessment)


def placement_start(*, user: User) -> Assessment:
    """Start a placement over the learner's goal, or resume the one in progress."""
    active = Assessment.objects.filter(
        user=user, kind=Assessment.Kind.PLACEMENT, status=Assessment.Status.ACTIVE
    ).first()
    if active is not None:
        return assessment_advance(assessment=active)
    profile = learning_selectors.profile_get(user=user)
    if profile is None:
        raise ValidationError(
            {"profile": "Set up your plan first: placement covers your goal's topics."}
        )
    info = learning_selectors.planner_topics()
    topics = sorted(planner.needed_topics(info, learning_selectors.goal_topics(profile)))
    if not topics:
        raise ValidationError({"profile": "Your goal has no topics to place you on."})
    assessment = Assessment.objects.create(
        user=user, kind=Assessment.Kind.PLACEMENT, topics=topics, seed=secrets.randbelow(2**31)
    )
    return assessment_advance(assessment=assessment)


def placement_stop(*, assessment: Assessment) -> Assessment:
    """Finish now with what the answers so far show; without any answer, skip placement."""
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.status != Assessment.Status.ACTIVE:
            return locked
        last = locked.questions.order_by("-position").first()
        if last is not None:
            _read_answer(last)
        given = answers(locked)
        if not given:
            locked.status = Assessment.Status.SKIPPED
            locked.finished_at = timezone.now()
            locked.save(update_fields=["status", "finished_at", "updated_at"])
            return locked
        estimate = kst.estimate(_graph(locked.topics), given, seed=locked.seed)
        _finish_placement(locked, estimate, "stopped_early")
    locked.refresh_from_db()
    return locked


def placement_skip(*, user: User) -> Assessment:
    """Record that the learner skipped placement (they can still take it later)."""
    active = Assessment.objects.filter(
        user=user, kind=Assessment.Kind.PLACEMENT, status=Assessment.Status.ACTIVE
    ).first()
    if active is not None:
        active.status = Assessment.Status.SKIPPED
        active.finished_at = timezone.now()
        active.save(update_fields=["status", "finished_at", "updated_at"])
        return active
    return Assessment.objects.create(
        user=user,
        kind=Assessment.Kind.PLACEMENT,
        seed=0,
        status=Assessment.Status.SKIPPED,
        finished_at=timezone.now(),
    )


def test_out_start(*, user: User, topic: str) -> Assessment:
    """Start a test-out quiz on a topic, or resume the one in progress on it."""
    active = Assessment.objects.filter(
        user=user,
        kind=Assessment.Kind.TEST_OUT,
        topic__slug=topic,
        status=Assessment.Status.ACTIVE,
    ).first()
    if active is not None:
        return assessment_advance(assessment=active)
    info = learning_selectors.planner_topics()
    if topic not in info:
        raise ValidationError({"topic": f"No topic '{topic[:80]}'."})
    if not _askable([topic]):
        raise ValidationError({"topic": "This topic has no exercises to test you on yet."})
    assessment = Assessment.objects.create(
        user=user,
        kind=Assessment.Kind.TEST_OUT,
        topic=Topic.objects.get(slug=topic),
        topics=[topic],
        seed=secrets.randbelow(2**31),
    )
    return assessment_advance(assessment=assessment)
