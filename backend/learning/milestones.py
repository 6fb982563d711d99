"""Weekly milestones: the topics left, in the order the planner would take them, cut into weeks by
the weekly study hours. Pure: no Django imports.

Order: topics in progress first (least known first, like today's queue), then new topics from
the frontier one at a time, ranked as planner.today ranks them (most unmastered goal topics
reached, then the longest chain of hours through them, areas alternating), each counted as
practised once taken, so its dependants can follow.

Weeks: each week offers hours_per_day x days_per_week x (1 - REVIEW_SHARE) hours of new study
(reviews take the rest), less its paused days, and a topic takes its estimated hours times the
learner's pace. A week's milestone is the topics finished in it; a long topic may carry over
into the next week.
"""

from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .mastery import Level
from .pauses import Span, paused_days
from .planner import TopicInfo, TopicStatus, chains, frontier, needed_topics

MAX_WEEKS = 104
REVIEW_SHARE = 0.15  # of each study day, kept for reviews in the weekly plan
EPSILON = 1e-6


def study_order(
    topics: Mapping[str, TopicInfo], goals: set[str], status: Mapping[str, TopicStatus]
) -> list[str]:
    """The needed topics not yet practised, in the order the planner would take them.

    The planner's ranking of a topic depends only on the topics after it (the goals it leads
    to, the chain of hours below it), and none of those can be taken before it, so the ranking
    is computed once and the frontier grows as topics are taken."""
    needed = needed_topics(topics, goals)
    state = dict(status)
    order = sorted(
        (s for s in needed if state.get(s, TopicStatus()).level == Level.LEARNING),
        key=lambda s: (state[s].p_known, s),
    )
    for slug in order:
        state[slug] = TopicStatus(level=Level.PRACTISED)
    leads, chain = chains({slug: topics[slug] for slug in needed}, goals, state)

    def rank(slug: str) -> tuple[int, float, str]:
        return (-len(leads.get(slug, ())), -chain.get(slug, 0.0), slug)

    dependents: dict[str, list[str]] = {}
    for slug in needed:
        for prerequisite in topics[slug].prerequisites:
            dependents.setdefault(prerequisite, []).append(slug)
    ready = set(frontier(topics, needed, state))
    last_area = topics[order[-1]].area if order else None
    while ready:
        ranked = sorted(ready, key=rank)
        pick = next((s for s in ranked if topics[s].area != last_area), ranked[0])
        order.append(pick)
        ready.discard(pick)
        state[pick] = TopicStatus(level=Level.PRACTISED)
        last_area = topics[pick].area
        ready.update(frontier(topics, set(dependents.get(pick, ())), state))
    return order


@dataclass(frozen=True)
class Week:
    starts_on: date
    ends_on: date
    topics: tuple[str, ...]  # finished this week: the milestone
    hours: float  # hours of new study planned this week
    continuing: str | None  # begun or worked on this week, finished in a later one


def capacity(
    *, hours_per_day: float, days_per_week: int, spans: Iterable[Span]
) -> Callable[[date, date], float]:
    """Hours of new study from one day to another (both included), paused days excluded."""
    paused = list(spans)
    per_day = hours_per_day * (1 - REVIEW_SHARE) * days_per_week / 7

    def hours(first: date, last: date) -> float:
        days = (last - first).days + 1
        return max(0.0, per_day * (days - paused_days(paused, first, last)))

    return hours


def weekly_hours(*, hours_per_day: float, days_per_week: int) -> float:
    return round(hours_per_day * days_per_week * (1 - REVIEW_SHARE), 1)


def cut(
    order: Sequence[str],
    hours: Mapping[str, float],
    *,
    first_week: date,
    start: date,
    available: Callable[[date, date], float],
    max_weeks: int = MAX_WEEKS,
) -> list[Week]:
    """Weeks from `first_week` (its first day; the plan itself starts on `start`, within it)
    until every topic of `order` is finished, taking `hours[slug]` each."""
    queue = deque((slug, hours[slug]) for slug in order if hours[slug] > 0)
    weeks: list[Week] = []
    starts_on = first_week
    while queue and len(weeks) < max_weeks:
        ends_on = starts_on + timedelta(days=6)
        room = available(max(starts_on, start), ends_on)
        used = 0.0
        finished: list[str] = []
        continuing = None
        while queue and room - used > EPSILON:
            slug, left = queue[0]
            take = min(left, room - used)
            used += take
            if left - take <= EPSILON:
                finished.append(slug)
                queue.popleft()
            else:
                queue[0] = (slug, left - take)
                continuing = slug
        weeks.append(Week(starts_on, ends_on, tuple(finished), round(used, 1), continuing))
        starts_on = ends_on + timedelta(days=1)
    return weeks


def week_start(day: date, grid: date) -> date:
    """The first day of the week containing `day`, with weeks counted from `grid`."""
    return day - timedelta(days=(day - grid).days % 7)
