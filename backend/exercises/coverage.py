"""How well the exercise bank covers the curriculum. Pure: no Django imports.

Every topic needs MIN_TEMPLATES templates at two or more difficulty levels; a core topic of an
applied role (the roles in APPLIED_ROLES, prerequisites pulled in included) needs MIN_CORE.
"""

from collections import Counter
from dataclasses import dataclass

from curriculum.content import Curriculum
from curriculum.graph import role_levels

from .content import TemplateData

MIN_TEMPLATES = 3
MIN_CORE = 5
MIN_LEVELS = 2
APPLIED_ROLES = ("ml-engineer", "data-scientist", "dl-engineer")


@dataclass(frozen=True)
class TopicCoverage:
    topic: str
    area: str
    templates: int
    required: int
    levels: int
    core_for: tuple[str, ...]

    @property
    def short(self) -> bool:
        return self.templates < self.required or self.levels < MIN_LEVELS


def coverage(curriculum: Curriculum, templates: dict[str, TemplateData]) -> list[TopicCoverage]:
    prerequisites = curriculum.prerequisites()
    core: dict[str, list[str]] = {}
    for role in curriculum.roles.values():
        if role.slug not in APPLIED_ROLES:
            continue
        for slug, level in role_levels(role.goals, prerequisites).items():
            if level == "core":
                core.setdefault(slug, []).append(role.slug)
    counts = Counter(template.topic for template in templates.values())
    levels: dict[str, set[int]] = {}
    for template in templates.values():
        levels.setdefault(template.topic, set()).add(template.difficulty)
    return [
        TopicCoverage(
            topic=slug,
            area=topic.area,
            templates=counts[slug],
            required=MIN_CORE if slug in core else MIN_TEMPLATES,
            levels=len(levels.get(slug, ())),
            core_for=tuple(sorted(core.get(slug, ()))),
        )
        for slug, topic in sorted(
            curriculum.topics.items(), key=lambda item: (item[1].area, item[0])
        )
    ]


def by_group(
    rows: list[TopicCoverage], curriculum: Curriculum, templates: dict[str, TemplateData]
) -> tuple[dict[str, int], dict[str, int]]:
    """Template counts per area, and per role (templates on any topic the role needs)."""
    per_area: Counter[str] = Counter()
    for row in rows:
        per_area[row.area] += row.templates
    counts = {row.topic: row.templates for row in rows}
    prerequisites = curriculum.prerequisites()
    per_role = {
        role.title: sum(counts.get(slug, 0) for slug in role_levels(role.goals, prerequisites))
        for role in sorted(curriculum.roles.values(), key=lambda role: role.position)
    }
    return dict(sorted(per_area.items())), per_role
