"""Reads for curators and for learners' own suggestions. Each runs a fixed number of queries."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from accounts.models import User

from .models import (
    CurationLogEntry,
    LinkCheckResult,
    LinkCheckRun,
    Resource,
    ResourceRating,
    ResourceSuggestion,
    ResourceTopic,
)

RESOURCE_STATES = ("active", "retired", "all")


def curated_resource_list(
    *, state: str = "active", link_status: str | None = None, topic: str | None = None
) -> QuerySet[Resource]:
    resources = Resource.objects.all()
    if state == "active":
        resources = resources.filter(retired_at__isnull=True)
    elif state == "retired":
        resources = resources.filter(retired_at__isnull=False)
    if link_status:
        resources = resources.filter(link_status=link_status)
    if topic:
        resources = resources.filter(topic_links__topic__slug=topic)
    links = ResourceTopic.objects.select_related("topic").order_by("topic__slug")
    return resources.prefetch_related(Prefetch("topic_links", queryset=links)).distinct()


def curated_resource_get(*, slug: str) -> Resource:
    links = ResourceTopic.objects.select_related("topic").order_by("topic__slug")
    return get_object_or_404(
        Resource.objects.prefetch_related(Prefetch("topic_links", queryset=links)), slug=slug
    )


def suggestion_list(*, status: str | None = None, limit: int = 100) -> list[ResourceSuggestion]:
    suggestions = ResourceSuggestion.objects.select_related(
        "topic", "suggested_by", "reviewed_by", "resource"
    )
    if status:
        suggestions = suggestions.filter(status=status)
    return list(suggestions[:limit])


def suggestion_list_of(*, user: User) -> QuerySet[ResourceSuggestion]:
    return ResourceSuggestion.objects.filter(suggested_by=user).select_related("topic", "resource")


def rating_list_of(*, user: User, topic_slug: str) -> QuerySet[ResourceRating]:
    """The learner's votes on the resources of one topic."""
    return (
        ResourceRating.objects.filter(user=user, topic__slug=topic_slug)
        .select_related("topic", "resource")
        .order_by("resource__slug")
    )


def log_entry_list(
    *,
    action: str | None = None,
    target_type: str | None = None,
    target_id: int | None = None,
    limit: int = 100,
) -> list[CurationLogEntry]:
    entries = CurationLogEntry.objects.select_related("actor", "reverted_by")
    if action:
        entries = entries.filter(action=action)
    if target_type:
        entries = entries.filter(target_type=target_type)
    if target_id is not None:
        entries = entries.filter(target_id=target_id)
    return list(entries[:limit])


def link_report_list(*, limit: int = 10) -> list[LinkCheckRun]:
    """The latest link-check runs with their counts and broken links, newest first."""
    broken = LinkCheckResult.objects.filter(ok=False).select_related("resource")
    return list(
        LinkCheckRun.objects.annotate(
            checked=Count("results"), broken_count=Count("results", filter=Q(results__ok=False))
        ).prefetch_related(Prefetch("results", queryset=broken, to_attr="broken"))[:limit]
    )
