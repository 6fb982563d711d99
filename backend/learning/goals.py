"""What is left of a goal, and narrower goals to suggest when it is out of reach. Pure: no Django
imports.

Remaining work: every needed topic (the goals and their prerequisites) that is not mastered
counts its estimated hours, a practised one PRACTISED_REMAINING_SHARE of them.

Narrower goals, for a plan that is behind: the current goal without calculus proper (the seeds
call it optional for the machine learning engineer, whose bare minimum is vectors, matrices and
introductory statistics), and each role's core goals with and without calculus, from the
researcher down to the machine learning engineer. Only those with clearly less work left than the
current goal are offered; the caller simulates each and ranks them with `best_first`.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from curriculum.graph import ancestors

from .mastery import Level
from .planner import TopicInfo, TopicStatus, needed_topics

PRACTISED_REMAINING_SHARE = 0.3  # a practised topic still needs consolidation and review
CALCULUS_AREA = "calculus"
CALCULUS_ROOT = "limits-and-continuity"
NARROWER = 0.95  # an alternative must leave at most this share of the current remaining hours
MAX_ALTERNATIVES = 4


@dataclass(frozen=True)
class Work:
    remaining_hours: float  # at the estimates (pace 1)
    finished: int  # needed topics mastered (or mastered and due for review)
    needed: frozenset[str]


def remaining_work(
    topics: Mapping[str, TopicInfo], goals: set[str], status: Mapping[str, TopicStatus]
) -> Work:
    remaining = 0.0
    finished = 0
    needed = needed_topics(topics, goals)
    for slug in needed:
        level = status.get(slug, TopicStatus()).level
        if level in (Level.MASTERED, Level.DUE):
            finished += 1
        elif level == Level.PRACTISED:
            remaining += topics[slug].hours * PRACTISED_REMAINING_SHARE
        else:
            remaining += topics[slug].hours
    return Work(remaining, finished, frozenset(needed))


def calculus_proper(topics: Mapping[str, TopicInfo]) -> set[str]:
    """Calculus-area topics from limits on: derivatives, integrals and what builds on them. The
    area's precalculus groundwork (algebra, functions, exponents, trigonometry) stays in any
    goal that needs it, as the seeds say: "groundwork rather than calculus proper"."""
    prerequisites = {slug: info.prerequisites for slug, info in topics.items()}
    return {
        slug
        for slug, info in topics.items()
        if info.area == CALCULUS_AREA
        and (slug == CALCULUS_ROOT or CALCULUS_ROOT in ancestors([slug], prerequisites))
    }


def without(topics: Mapping[str, TopicInfo], goals: Iterable[str], skipped: set[str]) -> set[str]:
    """The goals that need none of `skipped`, themselves or through their prerequisites."""
    prerequisites = {slug: info.prerequisites for slug, info in topics.items()}
    return {
        goal
        for goal in goals
        if goal in topics and not ({goal} | ancestors([goal], prerequisites)) & skipped
    }


@dataclass(frozen=True)
class RoleGoal:
    slug: str
    title: str
    position: int
    core: frozenset[str]


@dataclass(frozen=True)
class Candidate:
    label: str
    role: str | None  # the role to save with it
    custom_topics: tuple[str, ...]  # the custom goal to save; empty: the role's core as it is
    goals: frozenset[str]
    work: Work


def candidates(
    *,
    topics: Mapping[str, TopicInfo],
    status: Mapping[str, TopicStatus],
    goals: set[str],
    role: str | None,
    roles: Sequence[RoleGoal],
) -> list[Candidate]:
    """Narrower goals than `goals` (the learner's, from `role` or custom topics), each once."""
    current = remaining_work(topics, goals, status)
    options: list[tuple[str, str | None, set[str], bool]] = []
    calculus = calculus_proper(topics)
    trimmed = without(topics, goals, calculus)
    options.append(("Your goal without calculus", role, trimmed, True))
    for other in sorted(roles, key=lambda r: (-r.position, r.slug)):
        core = set(other.core)
        no_calculus = without(topics, core, calculus)
        if no_calculus == core:
            options.append(
                (f"{other.title}: core topics (no calculus needed)", other.slug, core, False)
            )
        else:
            options.append((f"{other.title}: core topics", other.slug, core, False))
            options.append(
                (f"{other.title}: core topics without calculus", other.slug, no_calculus, True)
            )
    seen = {current.needed}
    out = []
    for label, role_slug, option, custom in options:
        if not option:
            continue
        work = remaining_work(topics, option, status)
        if work.needed in seen or work.remaining_hours <= 0:
            continue
        if work.remaining_hours > current.remaining_hours * NARROWER:
            continue
        seen.add(work.needed)
        out.append(
            Candidate(
                label=label,
                role=role_slug,
                custom_topics=tuple(sorted(option)) if custom else (),
                goals=frozenset(option),
                work=work,
            )
        )
    return out


def best_first(
    options: Sequence[tuple[Candidate, float]], likely: float
) -> list[tuple[Candidate, float]]:
    """(candidate, chance by the target) ranked: those likely to be done in time first, keeping
    the most of the goal (most work left) among them; then the rest by their chance, the
    smaller first when the chances are equal."""

    def rank(pair: tuple[Candidate, float]) -> tuple[int, float, float, str]:
        option, chance = pair
        hours = option.work.remaining_hours
        if chance >= likely:
            return (0, -hours, 0.0, option.label)
        return (1, -chance, hours, option.label)

    return sorted(options, key=rank)[:MAX_ALTERNATIVES]
