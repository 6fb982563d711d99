"""Reads for the plan over time: weekly milestones, pauses and the catch-up after them, and the
private calendar feed."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from accounts.models import User
from curriculum.models import Topic

from . import ical, milestones, pauses, planner
from .models import LearnerProfile, Pause
from .pace import Pace
from .pauses import CatchUp
from .selectors import (
    catch_up_get,
    goal_topics,
    learner_pace,
    learner_today,
    pause_spans,
    planner_topics,
    profile_get,
    today_queue,
    topic_statuses,
)

PAST_WEEKS = 26


@dataclass(frozen=True)
class MilestoneWeek:
    week: milestones.Week
    when: str  # past, current or future
    met: bool | None  # past weeks with topics: were they all practised or better?
    paused_days: int


@dataclass(frozen=True)
class Milestones:
    as_of: date
    pace: Pace
    weekly_hours: float
    weeks: list[MilestoneWeek]
    titles: dict[str, str]


def _titles(slugs: set[str]) -> dict[str, str]:
    return dict(Topic.objects.filter(slug__in=slugs).values_list("slug", "title"))


def milestones_get(*, user: User, today: date | None = None) -> Milestones | None:
    """Weekly milestones from the profile's start date, or None without a profile.

    Past weeks show the plan as the current goal and budget would have cut it from the start
    (at the estimates' pace), each met if its topics are practised or better now. From this week
    on, the topics still to practise are cut again, from today, at the learner's pace."""
    profile = profile_get(user=user)
    if profile is None:
        return None
    today = today or learner_today(profile)
    topics = planner_topics()
    statuses = topic_statuses(user=user)
    goal = goal_topics(profile)
    spans = pause_spans(user=user)
    pace = learner_pace(user=user, statuses=statuses, topics=topics)
    hours_per_day = float(profile.hours_per_day)
    available = milestones.capacity(
        hours_per_day=hours_per_day, days_per_week=profile.study_days_per_week, spans=spans
    )
    grid = profile.start_date
    current = milestones.week_start(today, grid) if today >= grid else grid
    weeks: list[MilestoneWeek] = []
    if current > grid:
        original = milestones.cut(
            milestones.study_order(topics, goal, {}),
            {slug: info.hours for slug, info in topics.items()},
            first_week=grid,
            start=grid,
            available=available,
            max_weeks=(current - grid).days // 7,
        )
        done = {slug for slug, s in statuses.items() if s.level in planner.DONE}
        weeks += [
            MilestoneWeek(
                week,
                "past",
                all(t in done for t in week.topics) if week.topics else None,
                pauses.paused_days(spans, week.starts_on, week.ends_on),
            )
            for week in original[-PAST_WEEKS:]
        ]
    order = milestones.study_order(topics, goal, statuses)
    ahead = milestones.cut(
        order,
        {slug: topics[slug].hours * pace.value for slug in order},
        first_week=current,
        start=max(today, grid),
        available=available,
    )
    weeks += [
        MilestoneWeek(
            week,
            "current" if week.starts_on <= today else "future",
            None,
            pauses.paused_days(spans, week.starts_on, week.ends_on),
        )
        for week in ahead
    ]
    slugs = {t for w in weeks for t in w.week.topics} | {
        w.week.continuing for w in weeks if w.week.continuing
    }
    return Milestones(
        as_of=today,
        pace=pace,
        weekly_hours=milestones.weekly_hours(
            hours_per_day=hours_per_day, days_per_week=profile.study_days_per_week
        ),
        weeks=weeks,
        titles=_titles(slugs),
    )


@dataclass(frozen=True)
class PauseState:
    today: date
    pauses: list[Pause]  # running and upcoming, soonest first
    active: Pause | None
    waiting_reviews: int  # reviews due now, on hold while paused
    catch_up: CatchUp | None


def pause_state(*, user: User, now: datetime | None = None) -> PauseState | None:
    profile = profile_get(user=user)
    if profile is None:
        return None
    now = now or timezone.now()
    today = learner_today(profile, now)
    rows = list(Pause.objects.filter(user=user, ends_on__gte=today))
    active = next((p for p in rows if p.starts_on <= today), None)
    waiting = 0
    if active is not None:
        waiting = profile.user.topic_progress.filter(due_at__lte=now).count()
    found = catch_up_get(profile=profile, spans=pause_spans(user=user), now=now)
    return PauseState(today, rows, active, waiting, found[0] if found else None)


def calendar_url_token(*, user: User) -> str | None:
    return LearnerProfile.objects.filter(user=user).values_list("calendar_token", flat=True).first()


def calendar_feed(*, token: str, now: datetime | None = None) -> bytes | None:
    """The learner's plan as iCalendar, or None for an unknown token."""
    profile = (
        LearnerProfile.objects.select_related("role", "user").filter(calendar_token=token).first()
        if token
        else None
    )
    if profile is None:
        return None
    now = now or timezone.now()
    user = profile.user
    today = learner_today(profile, now)
    plan = milestones_get(user=user, today=today)
    assert plan is not None
    queue = today_queue(user=user, now=now) or []
    titles = {**plan.titles, **_titles({item.topic for item in queue})}
    labels = {"review": "review", "remediate": "strengthen", "continue": "continue", "new": "new"}
    goal = profile.role.title if profile.role and not profile.custom_topics.exists() else None
    items = ical.entries(
        today=today,
        hours_per_day=float(profile.hours_per_day),
        days_per_week=profile.study_days_per_week,
        target=profile.target_date,
        goal=goal or "your chosen topics",
        today_items=[(labels[i.kind], titles.get(i.topic, i.topic), i.minutes) for i in queue],
        weeks=[w.week for w in plan.weeks if w.when != "past"],
        titles=titles,
        pauses=[
            (pauses.Span(p.starts_on, p.ends_on), p.reason)
            for p in Pause.objects.filter(user=user, ends_on__gte=today)
        ],
    )
    return ical.calendar(items, key=str(profile.pk), stamp=now)
