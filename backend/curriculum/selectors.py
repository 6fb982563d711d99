"""Reads of the curriculum. Every function runs a fixed number of queries."""

from collections import defaultdict
from dataclasses import asdict, dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from . import cached, graph, ranking
from .models import Area, Prerequisite, Resource, ResourceTopic, Role, RoleTopic, Topic

HOURS_PER_DAY_OPTIONS = (1, 2, 3)
PLAN_CLAIM = {"min_months": 3, "max_months": 6, "min_hours_per_day": 1, "max_hours_per_day": 3}


@dataclass(frozen=True)
class TopicNode:
    slug: str
    title: str
    area: str
    estimated_hours: float


@dataclass(frozen=True)
class CurriculumGraph:
    topics: dict[str, TopicNode]
    prerequisites: dict[str, list[str]]

    def hours(self) -> dict[str, float]:
        return {slug: topic.estimated_hours for slug, topic in self.topics.items()}


def curriculum_graph() -> CurriculumGraph:
    """All active topics and the prerequisite edges between them (cached; two queries when
    the curriculum changed)."""
    return cached.cached("graph", _curriculum_graph)


def _curriculum_graph() -> CurriculumGraph:
    topics = {
        row["slug"]: TopicNode(**row)
        for row in Topic.objects.active().values("slug", "title", "area", "estimated_hours")
    }
    prerequisites: dict[str, list[str]] = {slug: [] for slug in topics}
    edges = Prerequisite.objects.filter(
        topic__retired_at__isnull=True, prerequisite__retired_at__isnull=True
    ).values_list("topic__slug", "prerequisite__slug")
    for topic_slug, prerequisite_slug in edges:
        prerequisites[topic_slug].append(prerequisite_slug)
    return CurriculumGraph(topics=topics, prerequisites=prerequisites)


def _goals_by_role(roles: list[Role]) -> dict[int, dict[str, str]]:
    goals: dict[int, dict[str, str]] = defaultdict(dict)
    links = RoleTopic.objects.filter(role__in=roles, topic__retired_at__isnull=True).values_list(
        "role_id", "topic__slug", "level"
    )
    for role_id, topic_slug, level in links:
        goals[role_id][topic_slug] = level
    return goals


@dataclass(frozen=True)
class RoleSummary:
    role: Role
    levels: dict[str, str]
    hours: dict[str, float]

    @property
    def claim(self) -> dict[str, int]:
        """What the source articles promise for applied roles, to compare the plan against."""
        return PLAN_CLAIM

    @property
    def core_hours(self) -> float:
        return self.hours["core"]

    def plan(self) -> list[dict[str, float]]:
        core = self.hours["core"]
        core_and_recommended = core + self.hours["recommended"]
        return [
            {
                "hours_per_day": per_day,
                "core_months": graph.months_at(core, per_day),
                "core_and_recommended_months": graph.months_at(core_and_recommended, per_day),
            }
            for per_day in HOURS_PER_DAY_OPTIONS
        ]


def _summaries(
    roles: list[Role],
    curriculum: CurriculumGraph,
    goals: dict[int, dict[str, str]] | None = None,
) -> list[RoleSummary]:
    goals = _goals_by_role(roles) if goals is None else goals
    hours = curriculum.hours()
    summaries = []
    for role in roles:
        levels = graph.role_levels(goals[role.pk], curriculum.prerequisites)
        summaries.append(RoleSummary(role, levels, graph.hours_by_level(levels, hours)))
    return summaries


def role_list() -> list[RoleSummary]:
    return _summaries(list(Role.objects.active()), curriculum_graph())


def role_get(*, slug: str) -> RoleSummary:
    role = get_object_or_404(Role.objects.active(), slug=slug)
    return _summaries([role], curriculum_graph())[0]


@dataclass(frozen=True)
class Roadmap:
    summary: RoleSummary
    topics: list[dict]
    edges: list[dict[str, str]]


def role_roadmap(*, slug: str) -> Roadmap:
    """The role's goals plus every prerequisite they pull in, in study order, and the edges
    (cached per role until the curriculum changes)."""
    return cached.cached(f"roadmap:{slug}", lambda: _role_roadmap(slug))


def _role_roadmap(slug: str) -> Roadmap:
    role = get_object_or_404(Role.objects.active(), slug=slug)
    curriculum = curriculum_graph()
    goals_by_role = _goals_by_role([role])
    summary = _summaries([role], curriculum, goals_by_role)[0]
    goals = goals_by_role[role.pk]
    order = graph.study_order(summary.levels, curriculum.prerequisites)
    topics = [
        {
            **asdict(curriculum.topics[slug]),
            "level": summary.levels[slug],
            "is_goal": slug in goals,
        }
        for slug in order
    ]
    edges = [
        {"from": prerequisite, "to": slug}
        for slug in order
        for prerequisite in sorted(curriculum.prerequisites[slug])
        if prerequisite in summary.levels
    ]
    return Roadmap(summary=summary, topics=topics, edges=edges)


def area_list() -> list[dict]:
    counts = dict(
        Topic.objects.active().values_list("area").annotate(n=Count("id")).values_list("area", "n")
    )
    return [
        {"slug": value, "title": label, "topic_count": counts.get(value, 0)}
        for value, label in Area.choices
    ]


def topic_list(*, area: str | None = None) -> QuerySet[Topic]:
    topics = Topic.objects.active().only("slug", "title", "area")
    return topics.filter(area=area) if area else topics


def topic_resources_ranked(*, topic: Topic) -> list[Resource]:
    """The topic's active resources, most helpful first (one query).

    Each resource carries `section`, `helpful_count`, `not_helpful_count` and `helpfulness`, the
    Wilson lower bound of the share of learners who found it helpful for this topic (see
    ranking.wilson_lower_bound). Ties, such as unrated resources, keep cost-then-title order.
    """
    ratings = Q(resource__ratings__topic=topic)
    links = (
        ResourceTopic.objects.filter(topic=topic, resource__retired_at__isnull=True)
        .select_related("resource")
        .annotate(
            helpful_count=Count(
                "resource__ratings", filter=ratings & Q(resource__ratings__helpful=True)
            ),
            not_helpful_count=Count(
                "resource__ratings", filter=ratings & Q(resource__ratings__helpful=False)
            ),
        )
        .order_by("resource__cost", "resource__title")
    )
    resources = []
    for link in links:
        resource = link.resource
        helpful, unhelpful = link.helpful_count, link.not_helpful_count
        resource.section = link.section  # type: ignore[attr-defined]
        resource.helpful_count = helpful  # type: ignore[attr-defined]
        resource.not_helpful_count = unhelpful  # type: ignore[attr-defined]
        resource.helpfulness = round(  # type: ignore[attr-defined]
            ranking.wilson_lower_bound(helpful, helpful + unhelpful), 4
        )
        resources.append(resource)
    resources.sort(key=lambda r: -r.helpfulness)  # type: ignore[attr-defined]
    return resources


@dataclass(frozen=True)
class TopicDetail:
    topic: Topic
    prerequisites: list[Topic]
    dependents: list[Topic]
    resources: list[Resource]
    roles: list[dict]


def topic_detail(*, slug: str) -> TopicDetail:
    topic = get_object_or_404(Topic.objects.active(), slug=slug)
    prerequisites = list(
        Topic.objects.active().filter(dependent_links__topic=topic).only("slug", "title", "area")
    )
    dependents = list(
        Topic.objects.active()
        .filter(prerequisite_links__prerequisite=topic)
        .only("slug", "title", "area")
    )
    resources = topic_resources_ranked(topic=topic)
    roles = [
        {"slug": summary.role.slug, "title": summary.role.title, "level": summary.levels[slug]}
        for summary in role_list()
        if slug in summary.levels
    ]
    return TopicDetail(topic, prerequisites, dependents, resources, roles)


@dataclass(frozen=True)
class LearningPath:
    target: TopicNode
    topics: list[TopicNode]

    @property
    def total_hours(self) -> float:
        return round(sum(topic.estimated_hours for topic in self.topics), 1)


def topic_path(*, slug: str) -> LearningPath:
    curriculum = curriculum_graph()
    if slug not in curriculum.topics:
        get_object_or_404(Topic.objects.none(), slug=slug)
    path = graph.learning_path(slug, curriculum.prerequisites)
    return LearningPath(target=curriculum.topics[slug], topics=[curriculum.topics[s] for s in path])


def resource_list(
    *, kind: str | None = None, cost: str | None = None, topic: str | None = None
) -> QuerySet[Resource]:
    resources = Resource.objects.active()
    if kind:
        resources = resources.filter(kind=kind)
    if cost:
        resources = resources.filter(cost=cost)
    if topic:
        resources = resources.filter(
            Q(topic_links__topic__slug=topic) & Q(topic_links__topic__retired_at__isnull=True)
        )
    links = ResourceTopic.objects.filter(topic__retired_at__isnull=True).select_related("topic")
    return resources.prefetch_related(Prefetch("topic_links", queryset=links)).distinct()
