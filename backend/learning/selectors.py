from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from curriculum.models import Prerequisite, RoleTopic, Topic

from . import forecast, planner
from .forecast import Forecast
from .mastery import LEVELS, Level
from .models import LearnerProfile, TimeEntry, TopicProgress
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


def topic_statuses(*, user: User, now: datetime | None = None) -> dict[str, TopicStatus]:
    """What the planner needs to know about each topic the learner has attempted."""
    now = now or timezone.now()
    return {
        progress.topic.slug: TopicStatus(
            level=Level(shown_level(progress, now)),
            p_known=progress.p_known,
            failures_in_a_row=progress.failures_in_a_row,
        )
        for progress in progress_list(user=user)
    }


def today_queue(*, user: User, now: datetime | None = None) -> list[Item] | None:
    """Today's queue for the learner, or None if they have no profile."""
    profile = profile_get(user=user)
    if profile is None:
        return None
    return planner.today(
        topics=planner_topics(),
        goals=goal_topics(profile),
        status=topic_statuses(user=user, now=now),
        budget_minutes=int(profile.hours_per_day * 60),
    )


PRACTISED_REMAINING_SHARE = 0.3  # a practised topic still needs consolidation and review


def plan_forecast(
    *, user: User, today: date | None = None
) -> tuple[LearnerProfile, Forecast, date] | None:
    """The finish-date forecast for the learner's goal, or None without a profile.

    Remaining hours: every needed topic (goals and their prerequisites) that is not mastered
    counts its estimated hours, a practised one PRACTISED_REMAINING_SHARE of them. The pace is
    taken as the estimates' (1.0): the learner's observed pace is not computed yet."""
    profile = profile_get(user=user)
    if profile is None:
        return None
    topics = planner_topics()
    statuses = topic_statuses(user=user)
    remaining = 0.0
    finished = 0
    for slug in planner.needed_topics(topics, goal_topics(profile)):
        level = statuses.get(slug, TopicStatus()).level
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


HEATMAP_DAYS = 84
UPCOMING_REVIEWS = 8


@dataclass(frozen=True)
class Dashboard:
    needed_topics: int
    levels: dict[str, int]
    share_mastered: float  # of the goal's estimated hours
    total_hours: float
    days: list[tuple[date, float]]  # minutes studied per day, oldest first
    streak: int
    minutes_today: float
    upcoming: list[TopicProgress]
    plan_vs_actual: list[tuple[date, float, float | None]]  # week end, planned h, studied h


def _streak(minutes_by_day: dict[date, float], today: date) -> int:
    """Days in a row with any study, up to today (or yesterday, while today is still open)."""
    day = today if minutes_by_day.get(today, 0) > 0 else today - timedelta(days=1)
    count = 0
    while minutes_by_day.get(day, 0) > 0:
        count += 1
        day -= timedelta(days=1)
    return count


def dashboard(*, user: User, today: date | None = None) -> Dashboard | None:
    profile = profile_get(user=user)
    if profile is None:
        return None
    today = today or timezone.localdate()
    topics = planner_topics()
    needed = planner.needed_topics(topics, goal_topics(profile))
    statuses = topic_statuses(user=user)
    levels = dict.fromkeys(LEVELS, 0)
    done_hours = 0.0
    for slug in needed:
        level = statuses.get(slug, TopicStatus()).level
        levels[level] += 1
        if level in (Level.MASTERED, Level.DUE):
            done_hours += topics[slug].hours
    total = sum(topics[slug].hours for slug in needed)
    first = min(today - timedelta(days=HEATMAP_DAYS - 1), profile.start_date)
    minutes_by_day: dict[date, float] = defaultdict(float)
    for day, minutes in TimeEntry.objects.filter(user=user, day__gte=first).values_list(
        "day", "minutes"
    ):
        minutes_by_day[day] += minutes
    days = [
        (
            today - timedelta(days=offset),
            round(minutes_by_day.get(today - timedelta(days=offset), 0.0), 1),
        )
        for offset in range(HEATMAP_DAYS - 1, -1, -1)
    ]
    upcoming = list(
        TopicProgress.objects.filter(user=user, due_at__isnull=False)
        .select_related("topic")
        .order_by("due_at")[:UPCOMING_REVIEWS]
    )
    return Dashboard(
        needed_topics=len(needed),
        levels=levels,
        share_mastered=round(done_hours / total, 4) if total else 1.0,
        total_hours=round(total, 1),
        days=days,
        streak=_streak(minutes_by_day, today),
        minutes_today=round(minutes_by_day.get(today, 0.0), 1),
        upcoming=upcoming,
        plan_vs_actual=_plan_vs_actual(profile, total, minutes_by_day, today),
    )


def _plan_vs_actual(
    profile: LearnerProfile, total_hours: float, minutes_by_day: dict[date, float], today: date
) -> list[tuple[date, float, float | None]]:
    """Weekly points from the start to the target date: the hours the plan expects by then (a
    straight line to the goal's hours at the target) and the hours actually studied so far."""
    span = max((profile.target_date - profile.start_date).days, 1)
    points = []
    week_end = profile.start_date
    studied = 0.0
    counted = profile.start_date
    while True:
        while counted <= min(week_end, today):
            studied += minutes_by_day.get(counted, 0.0) / 60
            counted += timedelta(days=1)
        planned = total_hours * min(1.0, (week_end - profile.start_date).days / span)
        actual = round(studied, 1) if week_end <= today + timedelta(days=6) else None
        points.append((week_end, round(planned, 1), actual))
        if week_end >= profile.target_date or len(points) >= 104:
            break
        week_end = min(week_end + timedelta(days=7), profile.target_date)
    return points
