from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User

from .mastery import Level
from .models import LearnerProfile, TopicProgress


def profile_get(*, user: User) -> LearnerProfile | None:
    return (
        LearnerProfile.objects.select_related("role")
        .prefetch_related("custom_topics")
        .filter(user=user)
        .first()
    )


def shown_level(progress: TopicProgress, now: datetime | None = None) -> str:
    """The stored level, with 'mastered' shown as 'due' once its review date has come."""
    now = now or timezone.now()
    if progress.level == Level.MASTERED and progress.due_at is not None and progress.due_at <= now:
        return Level.DUE
    return progress.level


def progress_list(*, user: User) -> QuerySet[TopicProgress]:
    return TopicProgress.objects.filter(user=user).select_related("topic").order_by("topic__slug")


def progress_get(*, user: User, topic: str) -> TopicProgress | None:
    return (
        TopicProgress.objects.filter(user=user, topic__slug=topic)
        .select_related("topic")
        .prefetch_related("history")
        .first()
    )
