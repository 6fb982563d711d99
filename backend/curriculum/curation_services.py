"""Curation writes: resources, suggestions, ratings, link checks and reverting the log.

Every change a curator (or the link checker) makes is logged with its before and after state.
"""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound, ValidationError

from accounts.models import User

from . import cached
from . import curation_audit as audit
from .links import LinkResult
from .models import (
    CurationAction,
    CurationLogEntry,
    CurationTarget,
    LinkCheckResult,
    LinkCheckRun,
    LinkStatus,
    Resource,
    ResourceCost,
    ResourceKind,
    ResourceOrigin,
    ResourceRating,
    ResourceSuggestion,
    ResourceTopic,
    SuggestionStatus,
    Topic,
)

MAX_PENDING_SUGGESTIONS = 20


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This conflicts with the current state."
    default_code = "conflict"


@dataclass(frozen=True)
class TopicCoverage:
    topic: str  # slug
    section: str = ""


def _topic_ids(coverage: list[TopicCoverage], *, field: str = "topics") -> dict[str, int]:
    slugs = [item.topic for item in coverage]
    if not slugs:
        raise ValidationError({field: ["List at least one topic the resource covers."]})
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise ValidationError({field: [f"Topic '{duplicates[0]}' is listed more than once."]})
    found = dict(Topic.objects.active().filter(slug__in=slugs).values_list("slug", "pk"))
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise ValidationError({field: [f"Unknown topic '{unknown[0]}'."]})
    return found


def _set_topics(resource: Resource, coverage: list[TopicCoverage]) -> None:
    ids = _topic_ids(coverage)
    ResourceTopic.objects.filter(resource=resource).delete()
    ResourceTopic.objects.bulk_create(
        ResourceTopic(resource=resource, topic_id=ids[item.topic], section=item.section)
        for item in coverage
    )
    cached.invalidate()  # bulk_create sends no signals


@transaction.atomic
def resource_create(
    *,
    actor: User,
    slug: str,
    title: str,
    provider: str,
    kind: str,
    cost: str,
    url: str,
    description: str,
    topics: list[TopicCoverage],
    authors: str = "",
    language: str = "en",
    minutes_to_complete: int | None = None,
) -> Resource:
    if Resource.objects.filter(slug=slug).exists():
        raise ValidationError({"slug": [f"A resource with slug '{slug}' already exists."]})
    _topic_ids(topics)
    resource = Resource.objects.create(
        slug=slug,
        title=title,
        authors=authors,
        provider=provider,
        kind=kind,
        cost=cost,
        url=url,
        description=description,
        language=language,
        minutes_to_complete=minutes_to_complete,
        origin=ResourceOrigin.CURATION,
    )
    _set_topics(resource, topics)
    audit.log_change(
        actor=actor,
        action=CurationAction.RESOURCE_CREATE,
        target_type=CurationTarget.RESOURCE,
        target_id=resource.pk,
        before=None,
        after=audit.resource_snapshot(resource),
    )
    return resource


@transaction.atomic
def resource_update(
    *, actor: User, resource: Resource, topics: list[TopicCoverage] | None = None, **changes: Any
) -> Resource:
    """Edit the given fields (only audit.EDITABLE_FIELDS) and, if given, replace the topics."""
    unknown = set(changes) - set(audit.EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    before = audit.resource_snapshot(resource)
    fields = [*changes, "updated_at"]
    if "url" in changes and changes["url"] != resource.url:
        # A new link has not been checked yet; it leaves the broken list until the next run.
        resource.link_status, resource.link_final_url, resource.link_problem = "unchecked", "", ""
        fields += ["link_status", "link_final_url", "link_problem"]
    for name, value in changes.items():
        setattr(resource, name, value)
    if changes:
        resource.save(update_fields=fields)
    if topics is not None:
        _set_topics(resource, topics)
    after = audit.resource_snapshot(resource)
    if after != before:
        audit.log_change(
            actor=actor,
            action=CurationAction.RESOURCE_UPDATE,
            target_type=CurationTarget.RESOURCE,
            target_id=resource.pk,
            before=before,
            after=after,
        )
    return resource


@transaction.atomic
def resource_retire(*, actor: User, resource: Resource) -> Resource:
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    if resource.retired_at is not None:
        raise Conflict("This resource is already retired.")
    before = audit.resource_snapshot(resource)
    resource.retired_at = timezone.now()
    resource.save(update_fields=["retired_at", "updated_at"])
    audit.log_change(
        actor=actor,
        action=CurationAction.RESOURCE_RETIRE,
        target_type=CurationTarget.RESOURCE,
        target_id=resource.pk,
        before=before,
        after=audit.resource_snapshot(resource),
    )
    return resource


def suggestion_create(
    *, user: User, topic_slug: str, title: str, url: str, why: str
) -> ResourceSuggestion:
    topic = Topic.objects.active().filter(slug=topic_slug).first()
    if topic is None:
        raise ValidationError({"topic": [f"Unknown topic '{topic_slug}'."]})
    pending = ResourceSuggestion.objects.filter(suggested_by=user, status=SuggestionStatus.PENDING)
    if pending.filter(topic=topic, url=url).exists():
        raise ValidationError({"url": ["You have already suggested this link for this topic."]})
    if pending.count() >= MAX_PENDING_SUGGESTIONS:
        raise ValidationError(
            f"You have {MAX_PENDING_SUGGESTIONS} suggestions waiting for review; "
            "please wait until curators have looked at them."
        )
    return ResourceSuggestion.objects.create(
        suggested_by=user, topic=topic, title=title, url=url, why=why
    )


def _claim_pending(suggestion_id: int) -> ResourceSuggestion:
    suggestion = (
        ResourceSuggestion.objects.select_for_update()
        .select_related("topic")
        .filter(pk=suggestion_id)
        .first()
    )
    if suggestion is None:
        raise NotFound("No such suggestion.")
    if suggestion.status != SuggestionStatus.PENDING:
        raise Conflict(f"This suggestion was already {suggestion.status}.")
    return suggestion


def _free_slug(title: str) -> str:
    base = (slugify(title)[:70].strip("-")) or "resource"
    taken = set(Resource.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def suggestion_approve(
    *,
    actor: User,
    suggestion_id: int,
    slug: str | None = None,
    title: str | None = None,
    provider: str | None = None,
    kind: str = ResourceKind.ARTICLE,
    cost: str = ResourceCost.FREE,
    description: str | None = None,
    section: str = "",
    authors: str = "",
    language: str = "en",
    minutes_to_complete: int | None = None,
) -> ResourceSuggestion:
    """Create the suggested resource, linked to the suggested topic, and mark it approved.

    Anything the curator leaves out comes from the suggestion: the title, the link's host as
    the provider and the learner's reason as the description.
    """
    suggestion = _claim_pending(suggestion_id)
    before = audit.suggestion_snapshot(suggestion)
    resource = resource_create(
        actor=actor,
        slug=slug or _free_slug(title or suggestion.title),
        title=title or suggestion.title,
        provider=provider or urlsplit(suggestion.url).hostname or "unknown",
        kind=kind,
        cost=cost,
        url=suggestion.url,
        description=description or suggestion.why,
        topics=[TopicCoverage(suggestion.topic.slug, section)],
        authors=authors,
        language=language,
        minutes_to_complete=minutes_to_complete,
    )
    suggestion.status = SuggestionStatus.APPROVED
    suggestion.reviewed_by = actor
    suggestion.reviewed_at = timezone.now()
    suggestion.resource = resource
    suggestion.save()
    audit.log_change(
        actor=actor,
        action=CurationAction.SUGGESTION_APPROVE,
        target_type=CurationTarget.SUGGESTION,
        target_id=suggestion.pk,
        before=before,
        after=audit.suggestion_snapshot(suggestion),
    )
    return suggestion


@transaction.atomic
def suggestion_reject(*, actor: User, suggestion_id: int, reason: str) -> ResourceSuggestion:
    if not reason.strip():
        raise ValidationError({"reason": ["Tell the learner why the suggestion was rejected."]})
    suggestion = _claim_pending(suggestion_id)
    before = audit.suggestion_snapshot(suggestion)
    suggestion.status = SuggestionStatus.REJECTED
    suggestion.rejection_reason = reason.strip()
    suggestion.reviewed_by = actor
    suggestion.reviewed_at = timezone.now()
    suggestion.save()
    audit.log_change(
        actor=actor,
        action=CurationAction.SUGGESTION_REJECT,
        target_type=CurationTarget.SUGGESTION,
        target_id=suggestion.pk,
        before=before,
        after=audit.suggestion_snapshot(suggestion),
    )
    return suggestion


def rating_set(*, user: User, topic_slug: str, resource_slug: str, helpful: bool) -> ResourceRating:
    """Record or change the learner's one vote on a resource for a topic it covers."""
    link = (
        ResourceTopic.objects.filter(
            topic__slug=topic_slug,
            topic__retired_at__isnull=True,
            resource__slug=resource_slug,
            resource__retired_at__isnull=True,
        )
        .only("topic_id", "resource_id")
        .first()
    )
    if link is None:
        raise NotFound("This topic does not list that resource.")
    rating, _ = ResourceRating.objects.update_or_create(
        user=user,
        resource_id=link.resource_id,
        topic_id=link.topic_id,
        defaults={"helpful": helpful},
    )
    return rating


@transaction.atomic
def curator_ensure(*, username: str, password: str) -> tuple[User, bool]:
    """Make `username` a curator (staff with curriculum.curate), creating the account if needed.

    An existing account keeps its password. Returns the user and whether it was created.
    """
    from django.contrib.auth.models import Permission

    user = User.objects.filter(username=username).first()
    created = user is None
    if user is None:
        user = User.objects.create_user(username, "", password)
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    curate = Permission.objects.get(codename="curate", content_type__app_label="curriculum")
    user.user_permissions.add(curate)
    return user, created


def rating_delete(*, user: User, topic_slug: str, resource_slug: str) -> int:
    deleted, _ = ResourceRating.objects.filter(
        user=user, topic__slug=topic_slug, resource__slug=resource_slug
    ).delete()
    return deleted


@transaction.atomic
def link_result_record(*, run: LinkCheckRun, resource_id: int, result: LinkResult) -> bool:
    """Store one check in the run's report and update the resource; False if already recorded.

    A change of status (other than a first check that finds the link working) is logged.
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            LinkCheckResult.objects.create(
                run=run,
                resource_id=resource_id,
                checked_at=now,
                ok=result.ok,
                status_code=result.status_code,
                final_url=result.final_url[:500],
                problem=result.problem[:300],
            )
    except IntegrityError:
        return False
    resource = Resource.objects.select_for_update().get(pk=resource_id)
    before = audit.link_snapshot(resource)
    resource.link_status = LinkStatus.OK if result.ok else LinkStatus.BROKEN
    resource.link_final_url = result.final_url[:500] if result.ok else ""
    resource.link_problem = result.problem[:300]
    resource.link_checked_at = now
    resource.save(
        update_fields=["link_status", "link_final_url", "link_problem", "link_checked_at"]
    )
    first_and_fine = before["link_status"] == LinkStatus.UNCHECKED and result.ok
    if before["link_status"] != resource.link_status and not first_and_fine:
        audit.log_change(
            actor=None,
            action=CurationAction.LINK_STATUS,
            target_type=CurationTarget.RESOURCE_LINK,
            target_id=resource.pk,
            before=before,
            after=audit.link_snapshot(resource),
        )
    return True


@transaction.atomic
def log_entry_revert(*, actor: User, entry_id: int) -> CurationLogEntry:
    """Put the entry's target back to its `before` state, and log that as a new entry.

    Refused if the entry was already reverted, or if the target changed after the entry (a
    revert must not silently undo later work: revert the later entries first).
    """
    entry = CurationLogEntry.objects.select_for_update().filter(pk=entry_id).first()
    if entry is None:
        raise NotFound("No such log entry.")
    if CurationLogEntry.objects.filter(reverts=entry).exists():
        raise Conflict("This change has already been reverted.")
    current = audit.current_snapshot(target_type=entry.target_type, target_id=entry.target_id)
    if current != entry.after:
        raise Conflict("The target has changed since this entry; revert the later entries first.")
    audit.restore(target_type=entry.target_type, target_id=entry.target_id, state=entry.before)
    revert = audit.log_change(
        actor=actor,
        action=CurationAction.REVERT,
        target_type=entry.target_type,
        target_id=entry.target_id,
        before=current,
        after=audit.current_snapshot(target_type=entry.target_type, target_id=entry.target_id),
        reverts=entry,
    )
    created = (entry.after or {}).get("resource")
    if (
        entry.target_type == CurationTarget.SUGGESTION
        and created
        and not (entry.before or {}).get("resource")
    ):
        # Un-approving a suggestion hides the resource the approval created.
        resource = Resource.objects.get(pk=created)
        if resource.retired_at is None:
            resource_retire(actor=actor, resource=resource)
    return revert
