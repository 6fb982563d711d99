"""The curation log: snapshots of what a change touched, and restoring a snapshot.

A snapshot is plain JSON, so the log survives schema changes of the rows it describes.
"""

from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from . import cached
from .models import (
    CurationLogEntry,
    CurationTarget,
    Resource,
    ResourceSuggestion,
    ResourceTopic,
    Topic,
)

# What a curator may change on a resource; the log's snapshot of one is these and its slug.
EDITABLE_FIELDS = (
    "title",
    "authors",
    "provider",
    "kind",
    "cost",
    "url",
    "description",
    "language",
    "minutes_to_complete",
)
RESOURCE_FIELDS = ("slug", *EDITABLE_FIELDS)
LINK_FIELDS = ("link_status", "link_final_url", "link_problem")


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def resource_snapshot(resource: Resource) -> dict[str, Any]:
    links = ResourceTopic.objects.filter(resource=resource).select_related("topic")
    return {
        **{name: getattr(resource, name) for name in RESOURCE_FIELDS},
        "retired_at": _when(resource.retired_at),
        "topics": sorted(
            ({"topic": link.topic.slug, "section": link.section} for link in links),
            key=lambda item: item["topic"],
        ),
    }


def link_snapshot(resource: Resource) -> dict[str, Any]:
    return {name: getattr(resource, name) for name in LINK_FIELDS}


def suggestion_snapshot(suggestion: ResourceSuggestion) -> dict[str, Any]:
    return {
        "status": suggestion.status,
        "rejection_reason": suggestion.rejection_reason,
        "reviewed_by": suggestion.reviewed_by_id,
        "reviewed_at": _when(suggestion.reviewed_at),
        "resource": suggestion.resource_id,
    }


def current_snapshot(*, target_type: str, target_id: int) -> dict[str, Any] | None:
    if target_type == CurationTarget.SUGGESTION:
        suggestion = ResourceSuggestion.objects.filter(pk=target_id).first()
        return suggestion_snapshot(suggestion) if suggestion else None
    resource = Resource.objects.filter(pk=target_id).first()
    if resource is None:
        return None
    if target_type == CurationTarget.RESOURCE_LINK:
        return link_snapshot(resource)
    return resource_snapshot(resource)


def log_change(
    *,
    actor: Any,
    action: str,
    target_type: str,
    target_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reverts: CurationLogEntry | None = None,
) -> CurationLogEntry:
    return CurationLogEntry.objects.create(
        actor=actor,
        action=action,
        target_type=target_type,
        target_id=target_id,
        before=before,
        after=after,
        reverts=reverts,
    )


def _restore_resource(resource_id: int, state: dict[str, Any] | None) -> None:
    resource = Resource.objects.get(pk=resource_id)
    if state is None:
        # Before its creation the resource did not exist; rows refer to it, so hide it instead.
        resource.retired_at = timezone.now()
        resource.save(update_fields=["retired_at", "updated_at"])
        return
    for name in RESOURCE_FIELDS:
        setattr(resource, name, state[name])
    resource.retired_at = parse_datetime(state["retired_at"]) if state["retired_at"] else None
    resource.save()
    topics = {
        t.slug: t.pk for t in Topic.objects.filter(slug__in=[i["topic"] for i in state["topics"]])
    }
    ResourceTopic.objects.filter(resource=resource).delete()
    ResourceTopic.objects.bulk_create(
        ResourceTopic(resource=resource, topic_id=topics[item["topic"]], section=item["section"])
        for item in state["topics"]
        if item["topic"] in topics
    )
    cached.invalidate()  # bulk_create sends no signals


def _restore_link(resource_id: int, state: dict[str, Any] | None) -> None:
    assert state is not None, "a resource exists before its link is checked"
    resource = Resource.objects.get(pk=resource_id)
    for name in LINK_FIELDS:
        setattr(resource, name, state[name])
    resource.save(update_fields=[*LINK_FIELDS, "updated_at"])


def _restore_suggestion(suggestion_id: int, state: dict[str, Any] | None) -> None:
    suggestion = ResourceSuggestion.objects.get(pk=suggestion_id)
    assert state is not None, "a suggestion exists before any curator acts on it"
    suggestion.status = state["status"]
    suggestion.rejection_reason = state["rejection_reason"]
    suggestion.reviewed_by_id = state["reviewed_by"]
    suggestion.reviewed_at = parse_datetime(state["reviewed_at"]) if state["reviewed_at"] else None
    suggestion.resource_id = state["resource"]
    suggestion.save()


RESTORERS = {
    CurationTarget.RESOURCE: _restore_resource,
    CurationTarget.RESOURCE_LINK: _restore_link,
    CurationTarget.SUGGESTION: _restore_suggestion,
}


def restore(*, target_type: str, target_id: int, state: dict[str, Any] | None) -> None:
    RESTORERS[CurationTarget(target_type)](target_id, state)
