"""Study groups: creating and editing groups, invites, membership and roles, sharing settings,
the weekly goal, and topic discussions. Every write checks the acting member's role here, so
the rules hold whichever view calls them.

Leaving: an owner cannot leave while other members remain (they transfer ownership first);
an owner who is the last member leaves by deleting the group."""

import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, F, When
from django.utils import timezone

from accounts.models import User
from curriculum.models import Role, Topic

from .models import Answer, Invite, Membership, Question, StudyGroup

INVITE_DAYS_DEFAULT = 7
INVITE_DAYS_MAX = 30
INVITE_CODE_BYTES = 18  # 24 URL-safe characters: unguessable, short enough to share


class GroupError(Exception):
    """A request the group's rules refuse; `status` is the HTTP status the API answers with."""

    status = 400

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class Forbidden(GroupError):
    status = 403


class Missing(GroupError):
    status = 404


class Gone(GroupError):
    status = 410


def require_manager(actor: Membership) -> None:
    if not actor.manages:
        raise Forbidden("not_group_admin", "Only the group's owner and admins can do this.")


def _require_owner(actor: Membership) -> None:
    if actor.role != Membership.Role.OWNER:
        raise Forbidden("not_group_owner", "Only the group's owner can do this.")


def _goal(slug: str | None) -> Role | None:
    if not slug:
        return None
    role = Role.objects.active().filter(slug=slug).first()
    if role is None:
        raise ValidationError({"goal": f"No role '{slug}'."})
    return role


@dataclass(frozen=True)
class GroupInput:
    name: str
    description: str = ""
    goal: str | None = None
    visibility: str = StudyGroup.Visibility.PRIVATE
    member_limit: int | None = None


@transaction.atomic
def group_create(*, user: User, data: GroupInput) -> StudyGroup:
    group = StudyGroup.objects.create(
        name=data.name.strip(),
        description=data.description.strip(),
        goal=_goal(data.goal),
        visibility=data.visibility,
        member_limit=data.member_limit,
        created_by=user,
    )
    Membership.objects.create(
        user=user, group=group, role=Membership.Role.OWNER, joined_at=timezone.now()
    )
    return group


_UNSET = object()


@transaction.atomic
def group_update(
    *,
    actor: Membership,
    name: str | None = None,
    description: str | None = None,
    goal: object = _UNSET,
    visibility: str | None = None,
    member_limit: object = _UNSET,
) -> StudyGroup:
    """Change what was given; `goal` and `member_limit` may be set to None to clear them."""
    require_manager(actor)
    group = StudyGroup.objects.select_for_update().get(pk=actor.group_id)
    changed = []
    if name is not None:
        group.name = name.strip()
        changed.append("name")
    if description is not None:
        group.description = description.strip()
        changed.append("description")
    if goal is not _UNSET:
        assert goal is None or isinstance(goal, str)
        group.goal = _goal(goal)
        changed.append("goal")
    if visibility is not None:
        group.visibility = visibility
        changed.append("visibility")
    if member_limit is not _UNSET:
        assert member_limit is None or isinstance(member_limit, int)
        if member_limit is not None and member_limit < group.memberships.count():
            raise ValidationError(
                {"member_limit": "The group already has more members than this limit."}
            )
        group.member_limit = member_limit
        changed.append("member_limit")
    if changed:
        group.save(update_fields=[*changed, "updated_at"])
    return group


def group_delete(*, actor: Membership) -> None:
    _require_owner(actor)
    StudyGroup.objects.filter(pk=actor.group_id).delete()


def invite_create(
    *, actor: Membership, expires_in_days: int = INVITE_DAYS_DEFAULT, max_uses: int | None = None
) -> Invite:
    require_manager(actor)
    if not 1 <= expires_in_days <= INVITE_DAYS_MAX:
        raise ValidationError(
            {"expires_in_days": f"An invite lasts between 1 and {INVITE_DAYS_MAX} days."}
        )
    if max_uses is not None and max_uses < 1:
        raise ValidationError({"max_uses": "An invite must be usable at least once."})
    return Invite.objects.create(
        group_id=actor.group_id,
        code=secrets.token_urlsafe(INVITE_CODE_BYTES),
        created_by=actor.user,
        expires_at=timezone.now() + timedelta(days=expires_in_days),
        max_uses=max_uses,
    )


def invite_revoke(*, actor: Membership, invite: Invite) -> Invite:
    require_manager(actor)
    assert invite.group_id == actor.group_id
    if invite.revoked_at is None:
        invite.revoked_at = timezone.now()
        invite.save(update_fields=["revoked_at"])
    return invite


def invite_refusal(invite: Invite) -> GroupError | None:
    """Why the invite itself cannot be used now (None when it can); shared by join and lookup."""
    if invite.revoked_at is not None:
        return Gone("invite_revoked", "This invite has been withdrawn.")
    if invite.expires_at <= timezone.now():
        return Gone("invite_expired", "This invite has expired; ask for a new one.")
    if invite.max_uses is not None and invite.uses >= invite.max_uses:
        return Gone("invite_used_up", "This invite has been used as often as it allows.")
    return None


def invite_join(*, user: User, code: str) -> Membership:
    """Join the invite's group. The invite and the group are locked, so concurrent joins
    cannot exceed the invite's uses or the group's member limit."""
    with transaction.atomic():
        invite = Invite.objects.select_for_update().filter(code=code).first()
        if invite is None:
            raise Missing("invite_unknown", "This invite code is not valid.")
        group = StudyGroup.objects.select_for_update().get(pk=invite.group_id)
        refusal = invite_refusal(invite)
        if refusal is not None:
            raise refusal
        if group.memberships.filter(user=user).exists():
            raise GroupError("already_member", "You are already in this group.")
        if group.member_limit is not None and group.memberships.count() >= group.member_limit:
            raise GroupError("group_full", "This group is full.")
        membership = Membership.objects.create(user=user, group=group, joined_at=timezone.now())
        Invite.objects.filter(pk=invite.pk).update(uses=F("uses") + 1)
    return membership


def membership_leave(*, membership: Membership) -> bool:
    """Leave the group. Returns whether the group was deleted (its last member, the owner,
    left). An owner with other members must transfer ownership first."""
    with transaction.atomic():
        group = StudyGroup.objects.select_for_update().get(pk=membership.group_id)
        if membership.role == Membership.Role.OWNER:
            if group.memberships.exclude(pk=membership.pk).exists():
                raise GroupError(
                    "owner_must_transfer",
                    "Transfer ownership to another member before leaving the group.",
                )
            group.delete()
            return True
        membership.delete()
        return False


def membership_settings_update(
    *,
    membership: Membership,
    share_progress: bool | None = None,
    share_hours: bool | None = None,
    digest_email: bool | None = None,
) -> Membership:
    changed = []
    if digest_email is not None:
        membership.digest_email = digest_email
        changed.append("digest_email")
    if share_progress is not None:
        membership.share_progress = share_progress
        changed.append("share_progress")
    if share_hours is not None:
        membership.share_hours = share_hours
        changed.append("share_hours")
    if changed:
        membership.save(update_fields=changed)
    return membership


def member_remove(*, actor: Membership, target: Membership) -> None:
    """Owners remove anyone but themselves; admins remove plain members only."""
    require_manager(actor)
    assert target.group_id == actor.group_id
    if target.pk == actor.pk:
        raise GroupError("use_leave", "To leave the group, use leave.")
    if actor.role == Membership.Role.ADMIN and target.role != Membership.Role.MEMBER:
        raise Forbidden("not_group_owner", "Only the owner can remove an owner or an admin.")
    target.delete()


def member_role_set(*, actor: Membership, target: Membership, role: str) -> Membership:
    _require_owner(actor)
    assert target.group_id == actor.group_id
    if role not in (Membership.Role.ADMIN, Membership.Role.MEMBER):
        raise ValidationError({"role": "Use transfer to make someone the owner."})
    if target.role == Membership.Role.OWNER:
        raise GroupError("owner_role", "Transfer ownership to change the owner's role.")
    target.role = role
    target.save(update_fields=["role"])
    return target


def ownership_transfer(*, actor: Membership, target: Membership) -> Membership:
    """Make `target` the owner; the old owner stays on as an admin. The old owner is demoted
    first so the one-owner constraint holds at every statement."""
    _require_owner(actor)
    assert target.group_id == actor.group_id
    if target.pk == actor.pk:
        raise GroupError("already_owner", "You already own this group.")
    with transaction.atomic():
        Membership.objects.filter(pk=actor.pk).update(role=Membership.Role.ADMIN)
        Membership.objects.filter(pk=target.pk).update(role=Membership.Role.OWNER)
    target.refresh_from_db()
    return target


def ownerships_hand_over(*, user: User) -> list[uuid.UUID]:
    """Before `user`'s account is deleted: each group they own passes to its longest-standing
    admin, else its longest-standing member; a group with nobody else in it is deleted.
    Returns the ids of the groups deleted. Run inside the deletion's transaction."""
    deleted = []
    owned = Membership.objects.filter(user=user, role=Membership.Role.OWNER).values("group_id")
    for group in StudyGroup.objects.select_for_update().filter(pk__in=owned).order_by("pk"):
        heir = (
            group.memberships.exclude(user=user)
            .order_by(Case(When(role=Membership.Role.ADMIN, then=0), default=1), "joined_at", "id")
            .first()
        )
        if heir is None:
            deleted.append(group.pk)
            group.delete()
            continue
        # The old owner's membership goes first so the one-owner constraint always holds.
        group.memberships.filter(user=user).delete()
        Membership.objects.filter(pk=heir.pk).update(role=Membership.Role.OWNER)
    return deleted


def weekly_goal_set(*, actor: Membership, hours: Decimal | None, topics: int | None) -> StudyGroup:
    require_manager(actor)
    group = actor.group
    group.weekly_hours = hours
    group.weekly_topics = topics
    group.save(update_fields=["weekly_hours", "weekly_topics", "updated_at"])
    return group


def _topic(slug: str) -> Topic:
    topic = Topic.objects.active().filter(slug=slug).first()
    if topic is None:
        raise ValidationError({"topic": f"No topic '{slug}'."})
    return topic


def _text(body: str) -> str:
    if not body.strip():
        raise ValidationError({"body": "Write something first."})
    return body


def question_create(*, membership: Membership, topic: str, title: str, body: str) -> Question:
    return Question.objects.create(
        group_id=membership.group_id,
        topic=_topic(topic),
        author=membership.user,
        title=title.strip(),
        body=_text(body),
    )


def answer_create(*, membership: Membership, question: Question, body: str) -> Answer:
    assert question.group_id == membership.group_id
    return Answer.objects.create(question=question, author=membership.user, body=_text(body))


def answer_mark(*, membership: Membership, answer: Answer, helpful: bool) -> Answer:
    """The asker or a group admin marks an answer helpful (any number of answers may be)."""
    assert answer.question.group_id == membership.group_id
    if answer.question.author_id != membership.user_id and not membership.manages:
        raise Forbidden(
            "not_asker", "Only the asker and the group's admins can mark answers helpful."
        )
    answer.helpful = helpful
    answer.marked_by = membership.user if helpful else None
    answer.save(update_fields=["helpful", "marked_by", "updated_at"])
    return answer


def _require_author(membership: Membership, author_id: int | None, what: str) -> None:
    if author_id != membership.user_id:
        raise Forbidden("not_author", f"Only the author can edit this {what}.")


def _require_author_or_manager(membership: Membership, author_id: int | None, what: str) -> None:
    if author_id != membership.user_id and not membership.manages:
        raise Forbidden(
            "not_author", f"Only the author and the group's admins can delete this {what}."
        )


def question_update(
    *, membership: Membership, question: Question, title: str | None = None, body: str | None = None
) -> Question:
    """The author edits their own question; admins moderate by deleting, never by rewriting."""
    assert question.group_id == membership.group_id
    _require_author(membership, question.author_id, "question")
    changed = []
    if title is not None:
        question.title = title.strip()
        changed.append("title")
    if body is not None:
        question.body = _text(body)
        changed.append("body")
    if changed:
        question.save(update_fields=[*changed, "updated_at"])
    return question


def question_delete(*, membership: Membership, question: Question) -> None:
    """The author or a group admin deletes the question; its answers go with it (cascade)."""
    assert question.group_id == membership.group_id
    _require_author_or_manager(membership, question.author_id, "question")
    question.delete()


def answer_update(*, membership: Membership, answer: Answer, body: str) -> Answer:
    assert answer.question.group_id == membership.group_id
    _require_author(membership, answer.author_id, "answer")
    answer.body = _text(body)
    answer.save(update_fields=["body", "updated_at"])
    return answer


def answer_delete(*, membership: Membership, answer: Answer) -> None:
    assert answer.question.group_id == membership.group_id
    _require_author_or_manager(membership, answer.author_id, "answer")
    answer.delete()
