import hashlib
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.db.models import QuerySet, Sum
from django.utils import timezone

from accounts.models import User
from curriculum import cached as curriculum_cached
from curriculum.graph import ancestors
from curriculum.models import Prerequisite, RoleTopic, Topic
from exercises import selectors as exercise_selectors

from . import forecast, goals, milestones, pauses, planner, reviews
from .forecast import Forecast
from .mastery import LEVELS, Level
from .models import LearnerProfile, Pause, TimeEntry, TopicProgress
from .pace import Pace, observed_pace
from .planner import Item, TopicInfo, TopicStatus


def profile_get(*, user: User) -> LearnerProfile | None:
    return (
        LearnerProfile.objects.select_related("role")
        .prefetch_related("custom_topics")
        .filter(user=user)
        .first()
    )


def _shown(level: str, due_at: datetime | None, now: datetime) -> Level:
    if level == Level.MASTERED and due_at is not None and due_at <= now:
        return Level.DUE
    return Level(level)


def shown_level(progress: TopicProgress, now: datetime | None = None) -> str:
    """The stored level, with 'mastered' shown as 'due' once its review date has come."""
    return _shown(progress.level, progress.due_at, now or timezone.now())


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
    """Every active topic with its prerequisites, for the planner (cached until the curriculum
    changes; two queries otherwise)."""
    return curriculum_cached.cached("planner-topics", _planner_topics)


def _planner_topics() -> dict[str, TopicInfo]:
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
    """What the planner needs to know about each topic the learner has attempted (only the
    columns it reads: this is on every queue and forecast request)."""
    now = now or timezone.now()
    rows = TopicProgress.objects.filter(user=user).values_list(
        "topic__slug", "level", "due_at", "p_known", "failures_in_a_row"
    )
    return {
        slug: TopicStatus(
            level=_shown(level, due_at, now),
            p_known=p_known,
            failures_in_a_row=failures,
        )
        for slug, level, due_at, p_known, failures in rows
    }


def learner_today(profile: LearnerProfile, now: datetime | None = None) -> date:
    """Today in the learner's time zone."""
    return (now or timezone.now()).astimezone(ZoneInfo(profile.time_zone)).date()


def pause_spans(*, user: User) -> list[pauses.Span]:
    return [
        pauses.Span(starts_on, ends_on)
        for starts_on, ends_on in Pause.objects.filter(user=user).values_list(
            "starts_on", "ends_on"
        )
    ]


def catch_up_get(
    *, profile: LearnerProfile, spans: list[pauses.Span], now: datetime
) -> tuple[pauses.CatchUp, dict[str, float]] | None:
    """The catch-up after a recent pause, with the retrievability of each due review (FSRS) for
    the most-forgotten-first order; None when nothing piled up."""
    today = learner_today(profile, now)
    if not any(0 < (today - s.ends_on).days <= pauses.CATCH_UP_WINDOW_DAYS for s in spans):
        return None  # no recent pause: skip the card reads
    zone = ZoneInfo(profile.time_zone)
    due: dict[str, date] = {}
    recall: dict[str, float] = {}
    reviewed_today = 0
    for slug, due_at, card in TopicProgress.objects.filter(
        user=profile.user, card__isnull=False
    ).values_list("topic__slug", "due_at", "card"):
        if card is None:
            continue
        loaded = reviews.load(card)
        if reviews.reviewed_on(loaded, today, zone):
            reviewed_today += 1
        if due_at is not None and due_at <= now:
            due[slug] = due_at.astimezone(zone).date()
            recall[slug] = round(reviews.retrievability(loaded, now), 3)
    found = pauses.catch_up(
        spans=spans,
        today=today,
        due=due.values(),
        reviewed_today=reviewed_today,
        budget_minutes=int(profile.hours_per_day * 60),
        review_minutes=planner.REVIEW_MINUTES,
    )
    return None if found is None else (found, recall)


def today_queue(*, user: User, now: datetime | None = None) -> list[Item] | None:
    """Today's queue for the learner, or None if they have no profile. Empty during a pause;
    after one, the reviews that piled up are capped per day, the most forgotten first."""
    profile = profile_get(user=user)
    if profile is None:
        return None
    now = now or timezone.now()
    spans = pause_spans(user=user)
    if pauses.active(spans, learner_today(profile, now)):
        return []
    catching_up = catch_up_get(profile=profile, spans=spans, now=now)
    statuses = topic_statuses(user=user, now=now)
    failing = {s for s, st in statuses.items() if st.failures_in_a_row >= planner.REPEATED_FAILURES}
    mistakes = exercise_selectors.recent_mistakes(user=user, topics=failing) if failing else {}
    for slug, tags in mistakes.items():
        statuses[slug] = replace(statuses[slug], recent_mistakes=tags)
    topics = planner_topics()
    return planner.today(
        topics=topics,
        goals=goal_topics(profile),
        status=statuses,
        mistake_topics=exercise_selectors.topics_training(
            {t for ts in mistakes.values() for t in ts},
            among=ancestors(failing, {slug: info.prerequisites for slug, info in topics.items()}),
        ),
        budget_minutes=int(profile.hours_per_day * 60),
        max_reviews=catching_up[0].left_today if catching_up else None,
        retrievability=catching_up[1] if catching_up else None,
    )


def topic_minutes(*, user: User) -> dict[str, float]:
    """Minutes the learner has recorded per topic (exercise activity and logged time)."""
    return dict(
        TimeEntry.objects.filter(user=user, topic__isnull=False)
        .values("topic__slug")
        .annotate(total=Sum("minutes"))
        .values_list("topic__slug", "total")
    )


def learner_pace(
    *,
    user: User,
    statuses: dict[str, TopicStatus],
    topics: dict[str, TopicInfo],
    minutes: dict[str, float] | None = None,
) -> Pace:
    """The learner's observed pace from their time on finished topics (see pace.py)."""
    if minutes is None:
        minutes = topic_minutes(user=user)
    credited = set(
        TopicProgress.objects.filter(user=user, credited_at__isnull=False).values_list(
            "topic__slug", flat=True
        )
    )
    return observed_pace(
        (topics[slug].hours, minutes.get(slug, 0.0) / 60)
        for slug, state in statuses.items()
        if state.level in planner.DONE and slug in topics and slug not in credited
    )


def review_schedules(*, user: User, now: datetime) -> dict[str, tuple[int, int]]:
    """For each mastered topic: (days until its next review, its current interval in days)."""
    out = {}
    for slug, card in TopicProgress.objects.filter(
        user=user, level=Level.MASTERED, card__isnull=False
    ).values_list("topic__slug", "card"):
        if card:
            out[slug] = forecast.review_schedule(reviews.load(card), now)
    return out


@dataclass(frozen=True)
class Alternative:
    candidate: goals.Candidate
    forecast: Forecast


@dataclass(frozen=True)
class PlanForecast:
    profile: LearnerProfile
    forecast: Forecast
    as_of: date
    pace: Pace
    alternatives: list[Alternative]


def _role_goals() -> list[goals.RoleGoal]:
    core: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for slug, title, position, topic in RoleTopic.objects.filter(
        level="core", role__retired_at__isnull=True, topic__retired_at__isnull=True
    ).values_list("role__slug", "role__title", "role__position", "topic__slug"):
        core[slug, title, position].add(topic)
    return [goals.RoleGoal(s, t, p, frozenset(c)) for (s, t, p), c in core.items()]


FORECAST_CACHE_SECONDS = 24 * 3600


def plan_forecast(*, user: User, today: date | None = None) -> PlanForecast | None:
    """The finish-date forecast for the learner's goal, or None without a profile.

    Remaining work is goals.remaining_work scaled by the learner's observed pace; paused days
    are no study days; when the target is unlikely, narrower goals are simulated on the same runs
    and the best offered."""
    profile = profile_get(user=user)
    if profile is None:
        return None
    now = timezone.now()
    topics = planner_topics()
    statuses = topic_statuses(user=user, now=now)
    goal = goal_topics(profile)
    work = goals.remaining_work(topics, goal, statuses)
    minutes = topic_minutes(user=user)
    observed = learner_pace(user=user, statuses=statuses, topics=topics, minutes=minutes)
    schedule = review_schedules(user=user, now=now)
    start = max(today or timezone.localdate(), profile.start_date)
    hours = float(profile.hours_per_day)

    def plan(needed: Collection[str], goal: set[str]) -> list[forecast.TopicPlan]:
        order = milestones.study_order(topics, goal, statuses)
        return forecast.plan_topics(
            topics, order, needed, statuses, spent_minutes=minutes, schedule=schedule
        )

    paused = pauses.paused_offsets(pause_spans(user=user), start, forecast.HORIZON_DAYS)
    role_goals = _role_goals()
    # The simulation is a pure function of these inputs (its seed included), so its result is
    # kept until one of them changes: a new answer, a profile edit, a new day, new content.
    key = (
        "forecast:"
        + hashlib.sha256(
            repr(
                (
                    user.pk,
                    sorted(topics.items()),
                    sorted(goal),
                    sorted(statuses.items()),
                    sorted(minutes.items()),
                    sorted(schedule.items()),
                    start,
                    profile.target_date,
                    hours,
                    profile.study_days_per_week,
                    observed.value,
                    work.finished,
                    sorted(paused),
                    profile.role.slug if profile.role else None,
                    sorted(role_goals, key=lambda r: r.slug),
                )
            ).encode()
        ).hexdigest()
    )
    cached = cache.get(key)
    if cached is not None:
        result, alternatives = cached
        return PlanForecast(profile, result, start, observed, alternatives)
    simulation = forecast.Simulation(
        days_per_week=profile.study_days_per_week,
        pace=observed.value,
        finished_topics=work.finished,
        seed=user.pk,
        paused=paused,
    )
    result = forecast.outlook(
        simulation,
        plan=plan(work.needed, goal),
        hours_per_day=hours,
        today=start,
        target=profile.target_date,
        fix=True,
    )
    alternatives = []
    if result.status != "done" and result.chance_by_target < forecast.LIKELY:
        simulated = [
            (
                option,
                forecast.outlook(
                    simulation,
                    plan=plan(option.work.needed, set(option.goals)),
                    hours_per_day=hours,
                    today=start,
                    target=profile.target_date,
                ),
            )
            for option in goals.candidates(
                topics=topics,
                status=statuses,
                goals=goal,
                role=profile.role.slug if profile.role else None,
                roles=role_goals,
            )
        ]
        by_option = {id(option): outcome for option, outcome in simulated}
        ranked = goals.best_first(
            [(option, outcome.chance_by_target) for option, outcome in simulated], forecast.LIKELY
        )
        alternatives = [Alternative(option, by_option[id(option)]) for option, _ in ranked]
    cache.set(key, (result, alternatives), FORECAST_CACHE_SECONDS)
    return PlanForecast(profile, result, start, observed, alternatives)


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
