from collections import defaultdict
from datetime import date, datetime

from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from curriculum.graph import ancestors
from curriculum.models import Prerequisite, RoleTopic, Topic

from . import forecast, planner
from .forecast import Forecast
from .mastery import Level
from .models import LearnerProfile, TopicProgress
from .planner import Item, TopicInfo, TopicStatus


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


def goal_topics(profile: LearnerProfile) -> set[str]:
    """The learner's goal: their custom topics, or their role's core goals."""
    custom = {topic.slug for topic in profile.custom_topics.all()}
    if custom:
        return custom
    if profile.role is None:
        return set()
    return set(
        RoleTopic.objects.filter(role=profile.role, level="core").values_list(
            "topic__slug", flat=True
        )
    )


def planner_topics() -> dict[str, TopicInfo]:
    """Every active topic with its prerequisites, for the planner (two queries)."""
    links: dict[int, list[str]] = defaultdict(list)
    for topic_id, slug in Prerequisite.objects.filter(
        prerequisite__retired_at__isnull=True
    ).values_list("topic_id", "prerequisite__slug"):
        links[topic_id].append(slug)
    return {
        slug: TopicInfo(slug, area, hours, tuple(sorted(links[pk])))
        for pk, slug, area, hours in Topic.objects.active().values_list(
            "pk", "slug", "area", "estimated_hours"
        )
    }


def today_queue(*, user: User, now: datetime | None = None) -> list[Item] | None:
    """Today's queue for the learner, or None if they have no profile."""
    profile = profile_get(user=user)
    if profile is None:
        return None
    now = now or timezone.now()
    status = {
        progress.topic.slug: TopicStatus(
            level=Level(shown_level(progress, now)),
            p_known=progress.p_known,
            failures_in_a_row=progress.failures_in_a_row,
        )
        for progress in progress_list(user=user)
    }
    return planner.today(
        topics=planner_topics(),
        goals=goal_topics(profile),
        status=status,
        budget_minutes=int(profile.hours_per_day * 60),
    )


PRACTISED_REMAINING_SHARE = 0.3  # a practised topic still needs consolidation and review


def plan_forecast(
    *, user: User, today: date | None = None
) -> tuple[LearnerProfile, Forecast, date] | None:
    """The finish-date forecast for the learner's goal, or None without a profile.

    Remaining hours: every needed topic (goals and their prerequisites) that is not mastered
    counts its estimated hours, a practised one PRACTISED_REMAINING_SHARE of them. Time spent is
    not recorded yet, so the pace is taken as the estimates' (1.0)."""
    profile = profile_get(user=user)
    if profile is None:
        return None
    topics = planner_topics()
    goals = goal_topics(profile)
    prerequisites = {slug: info.prerequisites for slug, info in topics.items()}
    needed = (goals | ancestors(goals, prerequisites)) & set(topics)
    levels = {p.topic.slug: p.level for p in progress_list(user=user)}
    remaining = 0.0
    finished = 0
    for slug in needed:
        level = levels.get(slug, Level.NOT_STARTED)
        if level in (Level.MASTERED, Level.DUE):
            finished += 1
        elif level == Level.PRACTISED:
            remaining += topics[slug].hours * PRACTISED_REMAINING_SHARE
        else:
            remaining += topics[slug].hours
    start = max(today or timezone.localdate(), profile.start_date)
    result = forecast.forecast(
        remaining_hours=remaining,
        hours_per_day=float(profile.hours_per_day),
        days_per_week=profile.study_days_per_week,
        pace=1.0,
        finished_topics=finished,
        today=start,
        target=profile.target_date,
        seed=user.pk,
    )
    return profile, result, start
