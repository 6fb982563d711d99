"""Reads for the weekly group digest. What members hide stays hidden: hours only of members
sharing hours, masteries only of members sharing progress (and only since they joined)."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID

from django.db.models import Count, F, Q
from django.utils import timezone

from common.models import EmailSent
from learning.mastery import Level
from learning.models import LevelChange

from .models import DELETED_LEARNER, Answer, Membership, Question, StudyGroup
from .selectors import Weekly, group_get, weekly

LIST_MAX = 15  # lines per section of the email; the rest is counted


@dataclass(frozen=True)
class Mastery:
    username: str
    topic: str


@dataclass(frozen=True)
class QuestionLine:
    title: str
    topic: str
    author: str
    answers: int


@dataclass(frozen=True)
class Digest:
    group: StudyGroup
    week: Weekly
    masteries: list[Mastery]
    masteries_total: int
    questions: list[QuestionLine]
    questions_total: int
    answers_total: int  # answers posted this week, to any question of the group

    @property
    def empty(self) -> bool:
        return (
            not self.masteries_total
            and not self.questions_total
            and not self.answers_total
            and not any(row.met or row.hours or row.topics for row in self.week.rows)
        )


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def digest_group_ids(*, after: UUID | None, limit: int) -> list[UUID]:
    """Groups with at least one member who takes the digest, in id order after `after`."""
    groups = StudyGroup.objects.filter(memberships__digest_email=True)
    if after is not None:
        groups = groups.filter(pk__gt=after)
    return list(groups.order_by("pk").values_list("pk", flat=True).distinct()[:limit])


def digest_get(*, group_id: UUID, week_start: date) -> Digest | None:
    group = group_get(pk=group_id)
    if group is None:
        return None
    week = weekly(group=group, today=week_start)
    start, end = _day_start(week.week_start), _day_start(week.week_end + timedelta(days=1))
    changes = (
        LevelChange.objects.filter(
            progress__user__group_memberships__group=group,
            progress__user__group_memberships__share_progress=True,
            progress__user__group_memberships__joined_at__lte=F("at"),
            to_level=Level.MASTERED,
            at__gte=start,
            at__lt=end,
        )
        .order_by("at", "id")
        .values_list("progress__user__username", "progress__topic__title")
    )
    masteries = list(dict.fromkeys(Mastery(user, topic) for user, topic in changes))
    questions = (
        Question.objects.filter(group=group, created_at__gte=start, created_at__lt=end)
        .select_related("author", "topic")
        .annotate(answer_count=Count("answers"))
        .order_by("created_at", "id")
    )
    return Digest(
        group=group,
        week=week,
        masteries=masteries[:LIST_MAX],
        masteries_total=len(masteries),
        questions=[
            QuestionLine(
                q.title,
                q.topic.title,
                q.author.username if q.author else DELETED_LEARNER,
                q.answer_count,
            )
            for q in questions[:LIST_MAX]
        ],
        questions_total=questions.count(),
        answers_total=Answer.objects.filter(
            question__group=group, created_at__gte=start, created_at__lt=end
        ).count(),
    )


def digest_recipients(*, group_id: UUID, week_start: date) -> list[Membership]:
    """Members who take the digest, have an email address, and have not been sent this
    week's digest of this group."""
    sent = EmailSent.objects.filter(
        kind=EmailSent.Kind.GROUP_DIGEST, about=str(group_id), week=week_start
    ).values("user_id")
    return list(
        Membership.objects.filter(group_id=group_id, digest_email=True, user__is_active=True)
        .exclude(Q(user__email="") | Q(user_id__in=sent))
        .select_related("user")
    )
