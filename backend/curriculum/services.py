"""Writes to the curriculum. Loading roadmaps/ is idempotent and keyed by slug."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction

from common.loading import retire_missing, upsert_by_slug

from . import cached
from .content import Curriculum
from .models import (
    Prerequisite,
    Resource,
    ResourceOrigin,
    ResourceTopic,
    Role,
    RoleTopic,
    Topic,
)
from .move_services import topic_moves_apply
from .topic_moves import TopicMoveData

OUTCOMES = ("created", "updated", "unchanged", "retired")


@dataclass
class LoadReport:
    counts: dict[str, Counter] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. the topic moves applied

    def add(self, kind: str, outcome: str, count: int = 1) -> None:
        self.counts.setdefault(kind, Counter())[outcome] += count

    def lines(self) -> list[str]:
        return [
            f"{kind}: " + ", ".join(f"{counter[outcome]} {outcome}" for outcome in OUTCOMES)
            for kind, counter in self.counts.items()
        ] + self.notes


def _sync_links(
    link_model: type[models.Model],
    owner_field: str,
    owner_id: int,
    wanted: dict[int, dict[str, Any]],
    target_field: str,
) -> bool:
    """Make the owner's links equal `wanted` (target id -> extra fields); True if changed."""
    manager = link_model._default_manager
    current = {
        getattr(link, f"{target_field}_id"): link
        for link in manager.filter(**{f"{owner_field}_id": owner_id})
    }
    changed = False
    stale = [link.pk for target, link in current.items() if target not in wanted]
    if stale:
        manager.filter(pk__in=stale).delete()
        changed = True
    for target, extra in wanted.items():
        link = current.get(target)
        if link is None:
            manager.create(**{f"{owner_field}_id": owner_id, f"{target_field}_id": target}, **extra)
            changed = True
        elif any(getattr(link, name) != value for name, value in extra.items()):
            for name, value in extra.items():
                setattr(link, name, value)
            link.save(update_fields=list(extra))
            changed = True
    return changed


@transaction.atomic
def roadmaps_load(*, curriculum: Curriculum, moves: Sequence[TopicMoveData] = ()) -> LoadReport:
    """Bring the database in line with validated content; never delete learner-facing rows.

    Topics, roles and resources are matched by slug. One that disappeared from the files is
    retired (hidden, kept with everything that refers to it), so no learner data is lost.
    Topic moves (renames, merges, splits) carry learner data to their targets first.
    """
    report = LoadReport()

    topics: dict[str, Topic] = {}
    outcomes: dict[str, str] = {}
    for data in curriculum.topics.values():
        topics[data.slug], outcomes[data.slug] = upsert_by_slug(
            Topic,
            data.slug,
            {
                "title": data.title,
                "area": data.area,
                "summary": data.summary,
                "explanation": data.explanation,
                "ml_use": data.ml_use,
                "estimated_hours": data.hours,
            },
        )
    for data in curriculum.topics.values():
        topic = topics[data.slug]
        wanted: dict[int, dict[str, Any]] = {topics[p].pk: {} for p in data.prerequisites}
        links_changed = _sync_links(Prerequisite, "topic", topic.pk, wanted, "prerequisite")
        if links_changed and outcomes[data.slug] == "unchanged":
            outcomes[data.slug] = "updated"
        report.add("topics", outcomes[data.slug])
    if moves:
        report.notes += topic_moves_apply(moves=moves, topics=topics)
    report.add("topics", "retired", retire_missing(Topic, set(topics)))

    roles: set[str] = set()
    for role_data in curriculum.roles.values():
        role, outcome = upsert_by_slug(
            Role,
            role_data.slug,
            {
                "title": role_data.title,
                "summary": role_data.summary,
                "description": role_data.description,
                "needs": list(role_data.needs),
                "longer_than_plan": role_data.longer_than_plan,
                "position": role_data.position,
            },
        )
        goals = {topics[slug].pk: {"level": level} for slug, level in role_data.goals.items()}
        if _sync_links(RoleTopic, "role", role.pk, goals, "topic") and outcome == "unchanged":
            outcome = "updated"
        report.add("roles", outcome)
        roles.add(role_data.slug)
    report.add("roles", "retired", retire_missing(Role, roles))

    resources: set[str] = set()
    for resource_data in curriculum.resources.values():
        resource, outcome = upsert_by_slug(
            Resource,
            resource_data.slug,
            {
                "title": resource_data.title,
                "authors": resource_data.authors,
                "provider": resource_data.provider,
                "kind": resource_data.kind,
                "cost": resource_data.cost,
                "language": resource_data.language,
                "minutes_to_complete": resource_data.minutes,
                "url": resource_data.url,
                "description": resource_data.description,
            },
        )
        covered = {
            topics[item.topic].pk: {"section": item.section} for item in resource_data.topics
        }
        if _sync_links(ResourceTopic, "resource", resource.pk, covered, "topic"):
            outcome = "updated" if outcome == "unchanged" else outcome
        report.add("resources", outcome)
        resources.add(resource_data.slug)
    # Resources curators added through the API live only in the database.
    curated = Resource.objects.filter(origin=ResourceOrigin.CURATION).values_list("slug", flat=True)
    report.add("resources", "retired", retire_missing(Resource, resources | set(curated)))

    for kind in ("topics", "roles", "resources"):
        report.counts.setdefault(kind, Counter())
    cached.invalidate()  # bulk writes and retirements send no signals
    return report
