"""Writes for learners' topic notes and their public profile. A note's body is kept exactly as
written (no trimming, no HTML rendering); sharing with a group needs a membership in it."""

import uuid
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import User
from curriculum.models import Topic

from .models import DISPLAY_NAME_MAX, NOTE_BODY_MAX, Membership, Note, NoteShare, PublicProfile
from .services import Missing

NOTE_GROUPS_MAX = 50


def _topic(slug: str) -> Topic:
    topic = Topic.objects.active().filter(slug=slug).first()
    if topic is None:
        raise Missing("topic_unknown", f"No topic '{slug}'.")
    return topic


def _body(body: str) -> str:
    if not body.strip():
        raise ValidationError({"body": "Write something first (or delete the note)."})
    if len(body) > NOTE_BODY_MAX:
        message = f"A note holds at most {NOTE_BODY_MAX:,} characters; this one has {len(body):,}."
        raise ValidationError({"body": message})
    return body


def _memberships(user: User, group_ids: Sequence[uuid.UUID]) -> list[Membership]:
    wanted = set(group_ids)
    if not wanted:
        raise ValidationError({"groups": "Choose at least one of your groups to share with."})
    if len(wanted) > NOTE_GROUPS_MAX:
        raise ValidationError({"groups": f"Share with at most {NOTE_GROUPS_MAX} groups."})
    memberships = list(Membership.objects.filter(user=user, group_id__in=wanted))
    if len(memberships) != len(wanted):
        raise ValidationError({"groups": "You can only share with groups you are a member of."})
    return memberships


@transaction.atomic
def note_save(
    *,
    user: User,
    topic: str,
    body: str,
    visibility: str = Note.Visibility.PRIVATE,
    groups: Sequence[uuid.UUID] = (),
) -> Note:
    """Create or replace the user's note on a topic. `groups` counts only for the "groups"
    visibility; any other visibility drops the note's group shares."""
    if visibility not in Note.Visibility.values:
        raise ValidationError({"visibility": f"Choose one of {', '.join(Note.Visibility.values)}."})
    memberships = _memberships(user, groups) if visibility == Note.Visibility.GROUPS else []
    note, _ = Note.objects.update_or_create(
        author=user,
        topic=_topic(topic),
        defaults={"body": _body(body), "visibility": visibility},
    )
    note.shares.exclude(membership__in=memberships).delete()
    NoteShare.objects.bulk_create(
        [NoteShare(note=note, membership=membership) for membership in memberships],
        ignore_conflicts=True,
    )
    return note


def note_delete(*, user: User, topic: str) -> None:
    deleted, _ = Note.objects.filter(author=user, topic__slug=topic).delete()
    if not deleted:
        raise Missing("note_unknown", "You have no note on this topic.")


def profile_update(
    *, user: User, enabled: bool | None = None, display_name: str | None = None
) -> PublicProfile:
    profile, _ = PublicProfile.objects.get_or_create(user=user)
    changed = []
    if enabled is not None:
        profile.enabled = enabled
        changed.append("enabled")
    if display_name is not None:
        name = " ".join(display_name.split())
        if len(name) > DISPLAY_NAME_MAX:
            raise ValidationError(
                {"display_name": f"A display name has at most {DISPLAY_NAME_MAX} characters."}
            )
        profile.display_name = name
        changed.append("display_name")
    if changed:
        profile.save(update_fields=[*changed, "updated_at"])
    return profile
