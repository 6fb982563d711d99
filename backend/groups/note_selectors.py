"""Reads for topic notes. Who sees a note: its author always; the members of a group it is
shared with (through the author's current membership) or, for a public note, the members of
any group the author is in; anyone, on the author's public profile, when the note is public and
the profile is turned on."""

from datetime import datetime

from django.db.models import Prefetch, Q, QuerySet

from accounts.models import User

from .models import Membership, Note, NoteShare, PublicProfile, StudyGroup


def _mine(user: User) -> QuerySet[Note]:
    shares = NoteShare.objects.select_related("membership__group").order_by(
        "membership__group__name", "membership__group_id"
    )
    return (
        Note.objects.filter(author=user)
        .select_related("topic")
        .prefetch_related(Prefetch("shares", queryset=shares))
    )


def note_list_mine(*, user: User) -> list[Note]:
    """The user's notes, most recently edited first, each with its shares and their groups."""
    return list(_mine(user))


def note_list_for_export(*, user: User) -> list[Note]:
    return list(_mine(user).order_by("topic__title", "topic__slug"))


def _visibility_line(note: Note) -> str:
    if note.visibility == Note.Visibility.GROUPS:
        names = ", ".join(share.membership.group.name for share in note.shares.all())
        return f"Visibility: my groups ({names or 'none: not shared with any group now'})"
    return f"Visibility: {note.visibility}"


def note_export_markdown(*, user: User, exported_at: datetime) -> str:
    """All the user's notes as one Markdown file: a heading per topic (by title), then a line
    with the topic's slug, the visibility and when it was last edited, then the note as
    written."""
    notes = note_list_for_export(user=user)
    lines = [
        f"# Lemma notes of {user.username}",
        "",
        f"Exported on {exported_at:%Y-%m-%d %H:%M} UTC: {len(notes)} "
        f"{'note' if len(notes) == 1 else 'notes'}.",
    ]
    for note in notes:
        lines += [
            "",
            f"## {note.topic.title}",
            "",
            f"Topic: {note.topic.slug} · {_visibility_line(note)} · "
            f"Updated: {note.updated_at:%Y-%m-%d %H:%M} UTC",
            "",
            note.body.rstrip("\n"),
        ]
    return "\n".join(lines) + "\n"


def note_get_mine(*, user: User, topic: str) -> Note | None:
    return _mine(user).filter(topic__slug=topic).first()


def note_list_for_group(*, group: StudyGroup, topic: str | None = None) -> list[Note]:
    """Notes its members shared with the group, and their public notes, newest first."""
    shared = NoteShare.objects.filter(membership__group=group).values("note_id")
    members = Membership.objects.filter(group=group).values("user_id")
    notes = Note.objects.filter(
        Q(visibility=Note.Visibility.GROUPS, pk__in=shared)
        | Q(visibility=Note.Visibility.PUBLIC, author_id__in=members)
    )
    if topic:
        notes = notes.filter(topic__slug=topic)
    return list(notes.select_related("topic", "author"))


def profile_get(*, user: User) -> PublicProfile:
    """The user's profile settings; an unsaved, turned-off one if they never set them."""
    return PublicProfile.objects.filter(user=user).first() or PublicProfile(user=user)


def public_profile_get(*, username: str) -> PublicProfile | None:
    """A turned-on public profile, or None (no such user, or the profile is off)."""
    return (
        PublicProfile.objects.select_related("user")
        .filter(user__username=username, user__is_active=True, enabled=True)
        .first()
    )


def note_list_public(*, user: User) -> list[Note]:
    return list(
        Note.objects.filter(author=user, visibility=Note.Visibility.PUBLIC)
        .select_related("topic")
        .order_by("topic__title", "topic__slug")
    )
