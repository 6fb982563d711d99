"""Reads for study groups. Private data (levels, hours, streaks, masteries) only ever comes
from members who share it: share_progress for levels and masteries, share_hours for hours and
streaks."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID

from django.db.models import Count, F, Q, QuerySet, Sum
from django.utils import timezone

from accounts.models import User
from curriculum.graph import study_order
from curriculum.models import RoleTopic, Topic
from learning import planner
from learning import selectors as learning_selectors
from learning.mastery import Level
from learning.models import LevelChange, TimeEntry, TopicProgress

from . import streaks
from .models import Answer, Invite, Membership, Question, StudyGroup

FEED_LIMIT_MAX = 50
STREAK_WINDOW_DAYS = 400  # how far back the feed looks for study days to find streaks


def _with_count(groups: QuerySet[StudyGroup]) -> QuerySet[StudyGroup]:
    return groups.select_related("goal").annotate(member_count=Count("memberships"))


def group_get(*, pk: UUID) -> StudyGroup | None:
    return _with_count(StudyGroup.objects.filter(pk=pk)).first()


def invite_by_code(*, code: str) -> tuple[Invite, StudyGroup] | None:
    """The invite with its group (goal and member_count loaded), for the invite preview."""
    invite = Invite.objects.filter(code=code).first()
    if invite is None:
        return None
    group = _with_count(StudyGroup.objects.filter(pk=invite.group_id)).get()
    return invite, group


def membership_get(*, group_id: UUID, user: User) -> Membership | None:
    return (
        Membership.objects.select_related("group", "user")
        .filter(group_id=group_id, user=user)
        .first()
    )


def membership_of(*, group: StudyGroup, user_id: int) -> Membership | None:
    return Membership.objects.select_related("user").filter(group=group, user_id=user_id).first()


def group_list_mine(*, user: User) -> list[StudyGroup]:
    """The user's groups, each with `my_role` set, by name."""
    roles = dict(Membership.objects.filter(user=user).values_list("group_id", "role"))
    groups = list(_with_count(StudyGroup.objects.filter(pk__in=roles)).order_by("name", "pk"))
    for group in groups:
        group.my_role = roles[group.pk]  # type: ignore[attr-defined]
    return groups


def group_list_public(*, search: str = "", limit: int = 50) -> list[StudyGroup]:
    groups = StudyGroup.objects.filter(visibility=StudyGroup.Visibility.PUBLIC)
    if search:
        groups = groups.filter(name__icontains=search)
    return list(_with_count(groups).order_by("-created_at", "pk")[:limit])


def member_list(*, group: StudyGroup) -> list[Membership]:
    return list(group.memberships.select_related("user"))


def invite_list(*, group: StudyGroup) -> list[Invite]:
    return list(group.invites.all())


def invite_get(*, group: StudyGroup, pk: int) -> Invite | None:
    return group.invites.filter(pk=pk).first()


def roadmap(*, group: StudyGroup) -> list[Topic]:
    """The shared roadmap: the goal role's core topics and everything they need, in a study
    order. Empty without a goal."""
    if group.goal_id is None:
        return []
    goals = set(
        RoleTopic.objects.filter(role_id=group.goal_id, level="core").values_list(
            "topic__slug", flat=True
        )
    )
    info = learning_selectors.planner_topics()
    needed = planner.needed_topics(info, goals)
    order = study_order(needed, {slug: t.prerequisites for slug, t in info.items()})
    by_slug = {t.slug: t for t in Topic.objects.filter(slug__in=needed)}
    return [by_slug[slug] for slug in order]


@dataclass(frozen=True)
class HeatmapRow:
    member: Membership
    levels: list[str] | None  # per roadmap topic; None when the member does not share


@dataclass(frozen=True)
class Heatmap:
    topics: list[Topic]
    rows: list[HeatmapRow]


def heatmap(*, group: StudyGroup) -> Heatmap:
    topics = roadmap(group=group)
    members = member_list(group=group)
    sharing = [m.user_id for m in members if m.share_progress]
    levels: dict[tuple[int, int], str] = {}
    if topics and sharing:
        levels = {
            (user_id, topic_id): level
            for user_id, topic_id, level in TopicProgress.objects.filter(
                user_id__in=sharing, topic__in=topics
            ).values_list("user_id", "topic_id", "level")
        }
    rows = [
        HeatmapRow(
            m,
            [levels.get((m.user_id, t.pk), Level.NOT_STARTED.value) for t in topics]
            if m.share_progress
            else None,
        )
        for m in members
    ]
    return Heatmap(topics, rows)


def iso_week(today: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week of `today`."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


@dataclass(frozen=True)
class WeeklyRow:
    member: Membership
    hours: float | None  # None: not shared
    topics: int | None  # None: not shared
    met: bool | None  # None: no goal, or the goal needs a figure the member does not share


@dataclass(frozen=True)
class Weekly:
    week_start: date
    week_end: date
    goal_hours: Decimal | None
    goal_topics: int | None
    rows: list[WeeklyRow]


def weekly(*, group: StudyGroup, today: date | None = None) -> Weekly:
    """Who met this ISO week's goal: hours from TimeEntry (members sharing hours), topics
    mastered from LevelChange (members sharing progress). Days and weeks are in the server's
    time zone."""
    monday, sunday = iso_week(today or timezone.localdate())
    members = member_list(group=group)
    hours_of = [m.user_id for m in members if m.share_hours]
    progress_of = [m.user_id for m in members if m.share_progress]
    minutes = dict(
        TimeEntry.objects.filter(user_id__in=hours_of, day__range=(monday, sunday))
        .values("user_id")
        .annotate(total=Sum("minutes"))
        .values_list("user_id", "total")
    )
    mastered = dict(
        LevelChange.objects.filter(
            progress__user_id__in=progress_of,
            to_level=Level.MASTERED,
            at__gte=_day_start(monday),
            at__lt=_day_start(sunday + timedelta(days=1)),
        )
        .values("progress__user_id")
        .annotate(total=Count("progress__topic_id", distinct=True))
        .values_list("progress__user_id", "total")
    )
    rows = []
    for m in members:
        hours = round(minutes.get(m.user_id, 0.0) / 60, 2) if m.share_hours else None
        topics = mastered.get(m.user_id, 0) if m.share_progress else None
        rows.append(WeeklyRow(m, hours, topics, _met(group, hours, topics)))
    return Weekly(monday, sunday, group.weekly_hours, group.weekly_topics, rows)


def _met(group: StudyGroup, hours: float | None, topics: int | None) -> bool | None:
    if group.weekly_hours is None and group.weekly_topics is None:
        return None
    checks = []
    if group.weekly_hours is not None:
        checks.append(None if hours is None else hours >= float(group.weekly_hours))
    if group.weekly_topics is not None:
        checks.append(None if topics is None else topics >= group.weekly_topics)
    if None in checks:
        return None
    return all(checks)


@dataclass(frozen=True)
class Event:
    kind: str  # joined, mastered, streak
    at: datetime
    user: User
    topic: Topic | None = None
    days: int | None = None


@dataclass(frozen=True)
class Feed:
    events: list[Event]
    next_before: datetime | None  # pass as `before` for the next page; None at the end


def activity(*, group: StudyGroup, before: datetime | None = None, limit: int = 20) -> Feed:
    """The group's feed, newest first: members joining, masteries of members sharing progress
    (since they joined), and streak milestones of members sharing hours (since they joined).
    Each source reads at most limit + 1 rows; three queries in all."""
    limit = max(1, min(limit, FEED_LIMIT_MAX))
    before = before or timezone.now() + timedelta(seconds=1)
    events: list[Event] = [
        Event("joined", m.joined_at, m.user)
        for m in group.memberships.filter(joined_at__lt=before)
        .select_related("user")
        .order_by("-joined_at", "-id")[: limit + 1]
    ]
    sharing = Q(
        progress__user__group_memberships__group=group,
        progress__user__group_memberships__share_progress=True,
        progress__user__group_memberships__joined_at__lte=F("at"),
    )
    events += [
        Event("mastered", change.at, change.progress.user, topic=change.progress.topic)
        for change in LevelChange.objects.filter(sharing, to_level=Level.MASTERED, at__lt=before)
        .select_related("progress__user", "progress__topic")
        .order_by("-at", "-id")[: limit + 1]
    ]
    events += _streak_events(group, before, limit + 1)
    events.sort(key=lambda e: e.at, reverse=True)
    page = events[:limit]
    return Feed(page, page[-1].at if len(events) > limit else None)


def _streak_events(group: StudyGroup, before: datetime, limit: int) -> list[Event]:
    members = {
        m.user_id: m for m in group.memberships.filter(share_hours=True).select_related("user")
    }
    if not members:
        return []
    first = timezone.localdate() - timedelta(days=STREAK_WINDOW_DAYS)
    days: dict[int, set[date]] = defaultdict(set)
    for user_id, day in TimeEntry.objects.filter(
        user_id__in=members, day__gte=first, minutes__gt=0
    ).values_list("user_id", "day"):
        days[user_id].add(day)
    events = []
    for user_id, studied in days.items():
        member = members[user_id]
        since = timezone.localtime(member.joined_at).date()
        for milestone in streaks.milestones(studied, since=since):
            at = max(_day_start(milestone.day), member.joined_at)
            if at < before:
                events.append(Event("streak", at, member.user, days=milestone.days))
    events.sort(key=lambda e: e.at, reverse=True)
    return events[:limit]


def helpers(*, group: StudyGroup, topic: Topic, exclude: User | None = None) -> list[Membership]:
    """Members sharing progress who have mastered `topic`."""
    users = TopicProgress.objects.filter(topic=topic, level=Level.MASTERED).values("user_id")
    found = group.memberships.filter(share_progress=True, user_id__in=users).select_related("user")
    if exclude is not None:
        found = found.exclude(user=exclude)
    return list(found)


def topic_get(*, slug: str) -> Topic | None:
    return Topic.objects.active().filter(slug=slug).first()


def question_list(
    *, group: StudyGroup, topic: str | None = None, before: datetime | None = None, limit: int = 20
) -> list[Question]:
    questions = group.questions.select_related("author", "topic").annotate(
        answer_count=Count("answers"),
        helpful_count=Count("answers", filter=Q(answers__helpful=True)),
    )
    if topic:
        questions = questions.filter(topic__slug=topic)
    if before:
        questions = questions.filter(created_at__lt=before)
    return list(questions.order_by("-created_at", "-id")[:limit])


def question_get(*, group: StudyGroup, pk: int) -> Question | None:
    return (
        group.questions.select_related("author", "topic")
        .prefetch_related("answers__author")
        .filter(pk=pk)
        .first()
    )


def answer_get(*, question: Question, pk: int) -> Answer | None:
    return question.answers.select_related("question").filter(pk=pk).first()
