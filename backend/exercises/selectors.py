"""Read-only queries about exercises: learner statistics for authors."""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet, TextField, Value
from django.db.models.functions import Replace

from accounts.models import User

from .models import ExerciseInstance, ExerciseTemplate, Submission

COMMON_WRONG = 10


@dataclass(frozen=True)
class WrongAnswer:
    answer: str
    count: int
    tags: tuple[str, ...]


@dataclass(frozen=True)
class TemplateStats:
    attempts: int
    correct: int
    learners: int
    instances: int
    solutions_revealed: int
    hints_revealed: int
    common_wrong: tuple[WrongAnswer, ...]
    tags: tuple[tuple[str, int], ...]

    @property
    def success_rate(self) -> float | None:
        return self.correct / self.attempts if self.attempts else None


def templates_with_stats() -> QuerySet[ExerciseTemplate]:
    """Templates annotated with graded attempts and correct ones (for the admin's list)."""
    graded = Q(instances__submissions__status=Submission.Status.GRADED)
    return ExerciseTemplate.objects.annotate(
        attempts=Count("instances__submissions", filter=graded),
        correct_attempts=Count(
            "instances__submissions", filter=graded & Q(instances__submissions__correct=True)
        ),
    )


def template_stats(template: ExerciseTemplate) -> TemplateStats:
    """How learners fare on a template: attempts, success, and the commonest wrong answers
    (compared without spaces) with the misconception tags the grader gave them."""
    graded = Submission.objects.filter(instance__template=template, status=Submission.Status.GRADED)
    totals = graded.aggregate(
        attempts=Count("id"),
        correct=Count("id", filter=Q(correct=True)),
        learners=Count("instance__user", distinct=True),
    )
    instances = ExerciseInstance.objects.filter(template=template).aggregate(
        instances=Count("id"),
        solutions=Count("id", filter=Q(solution_revealed_at__isnull=False)),
        hints=Count("id", filter=Q(hints_revealed__gt=0)),
    )
    # One grouped query: (answer without spaces, tag) -> count, folded into answers.
    rows = (
        graded.filter(correct=False)
        .annotate(compact=Replace(F("answer"), Value(" "), Value(""), output_field=TextField()))
        .values("compact", "misconception")
        .annotate(count=Count("id"))
        .order_by()
    )
    counts: Counter[str] = Counter()
    tag_counts: Counter[str] = Counter()
    tags: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        counts[row["compact"]] += row["count"]
        if row["misconception"]:
            tags[row["compact"]].add(row["misconception"])
            tag_counts[row["misconception"]] += row["count"]
    common = [
        WrongAnswer(answer, count, tuple(sorted(tags[answer])))
        for answer, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ][:COMMON_WRONG]
    return TemplateStats(
        attempts=totals["attempts"],
        correct=totals["correct"],
        learners=totals["learners"],
        instances=instances["instances"],
        solutions_revealed=instances["solutions"],
        hints_revealed=instances["hints"],
        common_wrong=tuple(common),
        tags=tuple(sorted(tag_counts.items(), key=lambda item: (-item[1], item[0]))),
    )


def topics_training(tags: set[str], among: set[str]) -> dict[str, set[str]]:
    """For each misconception tag: the topics (of `among`) with a live template that names it
    (as a common mistake or a wrong option), i.e. whose exercises train the learner out of it."""
    out: dict[str, set[str]] = defaultdict(set)
    if not tags or not among:
        return out
    templates = ExerciseTemplate.objects.filter(
        retired_at__isnull=True, topic__slug__in=among
    ).values_list("topic__slug", "source")
    for topic, source in templates:
        for rule in [*(source.get("mistakes") or []), *(source.get("choices") or [])]:
            tag = rule.get("tag") if isinstance(rule, dict) else None
            if tag in tags:
                out[tag].add(topic)
    return out


def recent_mistakes(*, user: User, topics: set[str], per_topic: int = 5) -> dict[str, tuple]:
    """The misconception tags of the learner's latest wrong answers on these topics, newest
    first (at most `per_topic` answers looked at per topic)."""
    out: dict[str, list[str]] = defaultdict(list)
    seen: Counter[str] = Counter()
    rows = (
        Submission.objects.filter(
            instance__user=user,
            instance__template__topic__slug__in=topics,
            status=Submission.Status.GRADED,
            correct=False,
        )
        .order_by("-created_at")
        .values_list("instance__template__topic__slug", "misconception")[: per_topic * len(topics)]
    )
    for topic, tag in rows:
        seen[topic] += 1
        if seen[topic] <= per_topic and tag:
            out[topic].append(tag)
    return {topic: tuple(tags) for topic, tags in out.items()}
